import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { LOCALES, type Locale } from '../model/types.ts';
import { DECK_PREFIX } from '../library/deck-modules.ts';
import { parseFontFaces } from '../fonts/font-faces.ts';
import { isSingleFileBuild, loaderApi, type LoaderApi } from './sibling-plugins.ts';
import { firstViewText, fontsFor, startupScript, type BuiltFontFace, type DeckHints } from './startup-hints.ts';
import type { ResolvedTalkOptions } from './talk-options.ts';

/**
 * `talk:startup-hints`: the built index.html starts loading the deck's chunk and its first view's
 * fonts at once, from a small inline script, instead of after the page's script has run and
 * reveal.js has laid the slides out (see startup-hints.ts). Not in the single file (nothing to fetch).
 */
export function startupHintsPlugin(options: ResolvedTalkOptions): Plugin {
  let loader: LoaderApi | undefined;
  let singleFile = false;
  return {
    name: 'talk:startup-hints',
    apply: 'build',
    configResolved(config) {
      loader = loaderApi(config);
      singleFile = isSingleFileBuild(config);
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const decks = loader?.decks();
        if (singleFile || !ctx.bundle || !decks || path.basename(ctx.filename) !== 'index.html') return html;
        const bundle = Object.values(ctx.bundle);
        const faces = bundle
          .filter((file): file is Rollup.OutputAsset => file.type === 'asset' && file.fileName.endsWith('.css'))
          .flatMap((css) =>
            parseFontFaces(String(css.source)).map((face): BuiltFontFace => ({
              family: face.family,
              weight: face.weight,
              ranges: face.ranges,
              href: `./${path.posix.join(path.posix.dirname(css.fileName), face.url)}`,
            })),
          );
        const hints: Record<string, DeckHints> = {};
        for (const deck of decks.values()) {
          const chunk = bundle.find((file): file is Rollup.OutputChunk => file.type === 'chunk' && file.facadeModuleId === `\0${DECK_PREFIX}${deck.id}`);
          const first = deck.slides[0];
          if (!chunk || !first) continue;
          const fonts = Object.fromEntries(LOCALES.map((locale) => [locale, fontsFor(firstViewText(deck.html, locale), faces)])) as Record<Locale, string[]>;
          hints[deck.id] = { js: `./${chunk.fileName}`, first: first.id, fonts };
        }
        // After the page's own script and preloads (fetched first), before the style sheets: an
        // inline script after a style sheet would wait for it.
        const script = `<script>${startupScript(hints, options.deck)}</script>\n    `;
        const at = html.search(/<link rel="stylesheet"/);
        return at < 0 ? html.replace('</head>', `${script}</head>`) : html.slice(0, at) + script + html.slice(at);
      },
    },
  };
}
