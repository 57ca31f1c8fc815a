import { fileURLToPath } from 'node:url';
import type { InlineConfig, LogLevel, ServerOptions } from 'vite';
import { talkPlugin } from './index.ts';
import type { TalkOptions } from './talk-options.ts';

/** The folder of the kit itself: index.html, speaker.html, decks.html and src/ live here. */
const KIT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Folders of built files under the kit (a fixture library builds into its own .dist/). */
const BUILT_OUTPUT = ['**/dist/**', '**/.dist/**', '**/exports/**', '**/.cache/**', '**/test-results/**', '**/bench/results/**'];

/** How long a changed file must stay the same before the dev server's watcher reports it. */
const WRITE_SETTLE_MS = 50;

/** What a caller of Vite's JS API passes: the talk's options and where the build goes. */
export interface TalkConfigOptions extends TalkOptions {
  /**
   * Where `vite build` writes the site.
   * @default 'dist' below the kit
   */
  outDir?: string;
  /**
   * The dev server's listening options (port, host).
   * @default { port: 5173, strictPort: false }
   */
  server?: ServerOptions;
  /** @default 'info' */
  logLevel?: LogLevel;
}

/**
 * The whole Vite configuration of the kit, built from typed options. `vite.config.ts`, the CLIs,
 * the export, the bench and the tests all pass their options here explicitly (with
 * `configFile: false`), so that nothing travels between our own modules through the environment.
 */
export function talkConfig(options: TalkConfigOptions = {}): InlineConfig {
  const { outDir, server, logLevel, ...talk } = options;
  const page = (name: string): string => fileURLToPath(new URL(`../../${name}`, import.meta.url));
  return {
    configFile: false,
    root: KIT_ROOT,
    // Relative URLs: the built site works from any sub-path, e.g. /talks/sora/.
    base: './',
    // The dev server's pre-bundled dependencies live with our other caches, not inside node_modules.
    cacheDir: fileURLToPath(new URL('../../.cache/vite', import.meta.url)),
    logLevel,
    plugins: talkPlugin(talk),
    // Built output is never a source: a build or an export running beside `npm start` (into dist/,
    // exports/ or .cache/) gives the dev server's watcher nothing to do. A file's changes are
    // reported once it has stayed the same for WRITE_SETTLE_MS: without that, chokidar drops a
    // change within 50 ms of the last one it reported (its change throttle), so a fix saved right
    // after a mistake, or a formatter rewriting a file on save, left the older file served.
    server: { port: 5173, strictPort: false, watch: { ignored: BUILT_OUTPUT, awaitWriteFinish: { stabilityThreshold: WRITE_SETTLE_MS, pollInterval: 10 } }, ...server },
    preview: { port: 4173 },
    build: {
      outDir: outDir ?? page('dist'),
      emptyOutDir: true,
      chunkSizeWarningLimit: 4096,
      // The deck and its speaker view (opened by S, next to the deck so it works from any sub-path).
      // The phone remote (remote.html) needs the dev server and is served by `npm start` only.
      rolldownOptions: {
        input: {
          index: page('index.html'),
          speaker: page('speaker.html'),
          // The list of every deck with its length and slide count (the root stays the default deck).
          decks: page('decks.html'),
        },
      },
    },
  };
}
