import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { deckFontFaces } from '../fonts/deck-fonts.ts';
import { loaderApi, type LoaderApi } from './sibling-plugins.ts';
import { deckText } from '../fonts/deck-text.ts';
import { firstViewChars } from './startup-hints.ts';

// The page's own words (speaker view, remote, index page) need glyphs too.
const UI_SOURCES = ['src/runtime', 'src/speaker', 'src/remote', 'src/index-page'];

/**
 * `talk:fonts`: serves the runtime's fonts.css as the deck's own @font-face rules. In a build the
 * fonts are subset to the characters of every deck and of the page's own words; the dev server
 * serves them whole, so that live edits never miss a glyph.
 */
export function fontsPlugin(): Plugin {
  let isBuild = false;
  let root = process.cwd();
  let loader: LoaderApi | undefined;
  return {
    name: 'talk:fonts',
    config() {
      // Font files stay files: inlined into the CSS they would all load with the first slide.
      return { build: { assetsInlineLimit: (file: string) => (file.endsWith('.woff2') ? false : undefined) } };
    },
    configResolved(config) {
      isBuild = config.command === 'build';
      root = config.root;
      loader = loaderApi(config);
    },
    load: {
      filter: { id: /[\\/]runtime[\\/]styles[\\/]fonts\.css$/ },
      async handler(id) {
        const decks = isBuild ? loader?.decks() : undefined;
        const chars = decks ? new Set([...[...decks.values()].flatMap((deck) => [...deckText(deck).text]), ...uiChars(root)]) : undefined;
        const firstView = decks && new Set([...decks.values()].flatMap((deck) => firstViewChars(deck.html)));
        return deckFontFaces({ fontsCss: id, chars, firstView, cacheDir: path.join(root, '.cache', 'fonts') });
      },
    },
  };
}

/** The non-ASCII characters of the page's own sources. */
function uiChars(root: string): string[] {
  const chars = new Set<string>();
  for (const dir of UI_SOURCES) {
    let entries: string[] = [];
    try {
      entries = readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' });
    } catch {
      continue;
    }
    for (const entry of entries.filter((name) => /\.(ts|css|html)$/.test(name))) {
      for (const char of readFileSync(path.join(root, dir, entry), 'utf8')) if (char.charCodeAt(0) > 126) chars.add(char);
    }
  }
  for (const html of readdirSync(root).filter((name) => name.endsWith('.html'))) {
    for (const char of readFileSync(path.join(root, html), 'utf8')) if (char.charCodeAt(0) > 126) chars.add(char);
  }
  return [...chars];
}
