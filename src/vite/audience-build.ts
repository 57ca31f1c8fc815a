import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lookup } from 'mrmime';
import { build } from 'vite';
import type { ResolvedTalkOptions } from './talk-options.ts';

/** The audience page, built and kept in a folder of its own while the dev server runs. */
export interface AudienceBuild {
  readonly dir: string;
  /** The file for a path under /audience/, or undefined (never outside `dir`). */
  read(relative: string): Promise<{ body: Buffer; type: string } | undefined>;
  remove(): Promise<void>;
}

const builtDirs = new Set<string>();
let cleanupRegistered = false;

/** A build folder left when the process ends (Ctrl-C on npm start) is removed then, synchronously. */
function removeAtExit(dir: string): void {
  if (!cleanupRegistered) process.once('exit', () => builtDirs.forEach((left) => rmSync(left, { recursive: true, force: true })));
  cleanupRegistered = true;
  builtDirs.add(dir);
}

/**
 * Builds audience.html (minified, one chunk per deck, the page's own policy) WITHOUT notes: no
 * note can reach a viewer, whatever it asks for. Built once when `npm start -- --audience`
 * begins, not served by Vite's dev pipeline, so the phone gets the small bundle and no
 * connection to Vite's websocket (whose broadcasts carry notes edits).
 */
export async function buildAudience(projectRoot: string, options: ResolvedTalkOptions): Promise<AudienceBuild> {
  // Imported here: the plugin list imports this module, and the page is built with that list.
  const { talkConfig } = await import('./talk-config.ts');
  // Outside the project: the dev server's watcher would take the new audience.html for an edit and reload the deck.
  const dir = await mkdtemp(path.join(tmpdir(), 'talk-audience-'));
  removeAtExit(dir);
  const config = talkConfig({ root: options.root, deck: options.deck, theme: options.theme, withoutNotes: true, outDir: dir, logLevel: 'warn' });
  await build({ ...config, build: { ...config.build, rolldownOptions: { input: { audience: path.join(projectRoot, 'audience.html') } } } });
  return {
    dir,
    async read(relative) {
      const file = path.resolve(dir, relative === '' ? 'audience.html' : relative);
      if (!file.startsWith(dir + path.sep)) return undefined;
      try {
        return { body: await readFile(file), type: contentType(file) };
      } catch {
        return undefined;
      }
    },
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      builtDirs.delete(dir);
    },
  };
}

/** The Content-Type of a built file (`.mjs` too: Mermaid's entry is one, and a module script needs it). */
function contentType(file: string): string {
  const type = lookup(file) ?? 'application/octet-stream';
  return /^(text\/|application\/json)/.test(type) ? `${type}; charset=utf-8` : type;
}
