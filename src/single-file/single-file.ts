import { mkdtemp, readdir, readFile, rename, rm, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { lookup } from 'mrmime';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';
import { DeckErrors, isFatal } from '../model/deck-error.ts';
import { resolveDeck, unknownDeck } from '../model/resolve-deck.ts';
import type { RenderedDeck } from '../render/rendered-deck.ts';
import { compileLibrary } from '../library/compile-library.ts';
import { withContentSecurityPolicy } from '../security/content-security-policy.ts';
import { DECK_PREFIX, DECKS_ID, deckModule, decksModule, NOTES_PREFIX, notesModule, REST_PREFIX, restModule } from '../library/deck-modules.ts';
import { talkPlugin } from '../vite/index.ts';
import { FIRST_VIEW_SLIDES } from '../vite/startup-hints.ts';
import { inlineHtml } from './inline-html.ts';
import { loadLibrary } from '../library/load-library.ts';
import { scopeCss } from './scope-css.ts';
import { deckText } from '../fonts/deck-text.ts';
import { MAX_SINGLE_FILE_VIDEO_BYTES, oversizedVideos } from './single-file-videos.ts';
import { diagramTypes } from '../library/check-diagrams.ts';
import { MERMAID_FILES_ID, mermaidDist } from '../library/mermaid-files.ts';
import { singleFileMermaid, type InlineMermaidFile } from './single-file-mermaid.ts';
import { diagramSource } from '../model/diagram-source.ts';
import type { Library } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import { LOCALES } from '../model/types.ts';
import { inlineFonts, withoutFontFaces } from './single-file-fonts.ts';

/** What to put in the single file. */
export interface SingleFileOptions {
  /** The library: its slides/, speaker-notes/ and assets/ (the kit's own index.html and src/ are used). */
  readonly root: string;
  readonly deck: string;
  /** The HTML file to write. */
  readonly out: string;
  readonly withoutNotes?: boolean;
  /** The theme shown when the URL names none. */
  readonly theme?: string;
}

/** What was written. */
export interface SingleFileResult {
  readonly file: string;
  readonly bytes: number;
  readonly fontBytes: number;
}

/**
 * Builds one deck into ONE HTML file that works from file:// with the network off: the script
 * (reveal.js, Mermaid, the deck) in one inline module with no dynamic imports, the styles inline,
 * images as data: URLs, and the fonts (the deck's and KaTeX's) subset to the characters the deck
 * uses and inlined. The file appears complete or not at all.
 */
export async function buildSingleFile(options: SingleFileOptions): Promise<SingleFileResult> {
  const root = path.resolve(options.root);
  const loaded = await loadLibrary({ root });
  const tooLarge = await oversizedVideos(loaded.library, options.deck, root);
  if (tooLarge.length > 0) throw new DeckErrors(tooLarge);
  const assetUrl = (src: string): string => dataUrls.get(src) ?? `assets/${src}`;
  const dataUrls = new Map<string, string>();
  for (const asset of loaded.assets) {
    if (asset.startsWith('themes/')) continue;
    // A video too large to embed is not read (another deck may use it; this one does not, see above).
    if ((await stat(path.join(root, 'assets', asset))).size > MAX_SINGLE_FILE_VIDEO_BYTES) continue;
    dataUrls.set(asset, `data:${lookup(asset) ?? 'application/octet-stream'};base64,${(await readFile(path.join(root, 'assets', asset))).toString('base64')}`);
  }
  const compiled = await compileLibrary(loaded, { checkDiagrams: true, withoutNotes: options.withoutNotes, assetUrl });
  const fatal = compiled.problems.filter(isFatal);
  const deck = compiled.decks.get(options.deck);
  if (fatal.length > 0) throw new DeckErrors(fatal);
  if (!deck) throw new DeckErrors([unknownDeck(options.deck, compiled.decks.keys())]);

  // The kit (index.html, src/) may be another folder than the library's (a fixture's, say).
  const kit = fileURLToPath(new URL('../..', import.meta.url));
  const fonts = await inlineFonts(path.join(kit, 'src/runtime/styles/fonts.css'), deckText(deck));
  const work = await mkdtemp(path.join(tmpdir(), 'talk-single-'));
  try {
    await build({
      configFile: false,
      root: kit,
      base: './',
      logLevel: 'warn',
      plugins: [singleFilePlugin(deck, fonts.css), ...talkPlugin({ root, deck: options.deck, withoutNotes: options.withoutNotes, theme: options.theme })],
      build: {
        outDir: work,
        emptyOutDir: true,
        assetsInlineLimit: () => true,
        cssCodeSplit: false,
        modulePreload: false,
        chunkSizeWarningLimit: 1 << 20,
        rolldownOptions: { input: path.join(kit, 'index.html'), output: { codeSplitting: false } },
      },
    });
    const files = new Map<string, string>();
    for (const name of (await readdir(work, { recursive: true })) as string[]) {
      if (/\.(js|css)$/.test(name)) files.set(name.split(path.sep).join('/'), await readFile(path.join(work, name), 'utf8'));
    }
    const page = withMermaidFiles(inlineHtml(await readFile(path.join(work, 'index.html'), 'utf8'), files), await deckMermaidFiles(root, loaded.library, options.deck));
    // The scripts are inline now: the page's policy must list their hashes instead of 'self', and
    // allow the blob: URLs Mermaid's files are imported from (load-mermaid.ts).
    const html = withContentSecurityPolicy(page, { scriptSources: ['blob:'] });
    const out = path.resolve(options.out);
    await mkdir(path.dirname(out), { recursive: true });
    const temp = `${out}.${process.pid}.tmp`;
    await writeFile(temp, html);
    await rename(temp, out);
    return { file: out, bytes: Buffer.byteLength(html), fontBytes: fonts.fontBytes };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Mermaid's files that the deck's diagrams need (single-file-mermaid.ts), by the types of its diagrams in every language. */
async function deckMermaidFiles(root: string, library: Library, deckId: string): Promise<InlineMermaidFile[]> {
  const sources = (resolveDeck(library, deckId).deck?.slides ?? []).flatMap(({ slide }) =>
    slideBlocks(slide).flatMap((block) => (block.kind === 'mermaid' ? LOCALES.flatMap((locale) => diagramSource(block, locale) ?? []) : [])),
  );
  if (sources.length === 0) return [];
  const types = await diagramTypes(sources);
  return singleFileMermaid(mermaidDist(root), {
    types: new Set(types.map((type) => type ?? 'unknown')),
    katex: sources.some((source) => /\$\$[\s\S]*\$\$/.test(source)),
  });
}

/** The page with Mermaid's files as JSON text, where load-mermaid.ts finds them. */
function withMermaidFiles(html: string, files: InlineMermaidFile[]): string {
  if (files.length === 0) return html;
  // "<" as \u003c: nothing inside can end the <script> element early, and JSON reads it back the same.
  const json = JSON.stringify(files).replace(/</g, '\\u003c');
  // A function, not a string: the code is full of `$&` and `$'`, which a replacement string expands.
  return html.replace('</body>', () => `  <script type="application/json" id="${MERMAID_FILES_ID}">${json}</script>\n  </body>`);
}

/**
 * Serves only `deck` (so the file carries one deck, and its fonts cover it), swaps the font
 * style sheet for the inlined subsets, and drops KaTeX's @font-face rules (the subsets replace them).
 */
function singleFilePlugin(deck: RenderedDeck, fontCss: string): Plugin {
  return {
    name: 'talk:single-file',
    enforce: 'pre',
    load: {
      filter: { id: /^\0virtual:talk\/|[\\/]runtime[\\/]styles[\\/]fonts\.css$/ },
      handler(id) {
        if (id.endsWith('fonts.css')) return fontCss;
        const publicId = id.slice(1);
        if (publicId === DECKS_ID) return decksModule(new Map([[deck.id, deck]]), deck.id);
        // Split as in a site build, though one script holds both: the first slide still waits for
        // the first few slides only, not for the whole deck's HTML to be parsed and laid out.
        if (publicId === DECK_PREFIX + deck.id) return deckModule(deck, FIRST_VIEW_SLIDES);
        if (publicId === REST_PREFIX + deck.id) return restModule(deck, FIRST_VIEW_SLIDES);
        if (publicId === NOTES_PREFIX + deck.id) return notesModule(deck);
        return undefined;
      },
    },
    transform: {
      filter: { id: /katex(\.min)?\.css$|[\\/]speaker[\\/]speaker\.css$/ },
      handler(code, id) {
        if (/katex(\.min)?\.css$/.test(id)) return withoutFontFaces(code);
        // The speaker view's styles share the one <style> with the deck's: confine them to its page.
        return scopeCss(code, 'html[data-talk-page="speaker"]');
      },
    },
    // Both pages are this one file: the speaker view and its previews open it again.
    resolveId: {
      filter: { id: /page-url\.ts$/ },
      async handler(source, importer) {
        const resolved = await this.resolve(source, importer, { skipSelf: true });
        return resolved && /[\\/]runtime[\\/]page-url\.ts$/.test(resolved.id) ? fileURLToPath(new URL('./page-url.ts', import.meta.url)) : resolved;
      },
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        return html
          .replace('/src/runtime/main.ts', '/src/runtime/single-file-main.ts')
          .replace('</body>', '  <main class="speaker" aria-busy="true"></main>\n  </body>');
      },
    },
  };
}

