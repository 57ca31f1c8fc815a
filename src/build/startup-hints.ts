import { Parser } from 'htmlparser2';
import { LOCALES, type Locale } from '../model/types.ts';
import { VIEW_DISTANCE } from '../runtime/view-distance.ts';
import { charsIn, type FontFace } from './font-faces.ts';

/** What a page can fetch before its script asks: a deck's chunk and its first view's fonts. */
export interface DeckHints {
  /** The deck's JavaScript chunk (a URL relative to the page). */
  readonly js: string;
  /** The first slide's id: the hash that still means "the first view". */
  readonly first: string;
  /** Font files the first view draws with, per locale (URLs relative to the page). */
  readonly fonts: Readonly<Record<Locale, readonly string[]>>;
}

/** A font face of the built stylesheet, its url() resolved to a page-relative URL. */
export interface BuiltFontFace extends Pick<FontFace, 'family' | 'weight' | 'ranges'> {
  readonly href: string;
}

/**
 * How many slides reveal.js lays out at start: the first and those nearer to it than its
 * `viewDistance`. Their text is what the first fonts are loaded for.
 */
export const FIRST_VIEW_SLIDES = VIEW_DISTANCE;

// Text in these is drawn bold by the theme (or the browser's defaults).
const BOLD = new Set(['h1', 'h2', 'h3', 'h4', 'strong', 'b', 'th']);
const BOLD_CLASSES = ['talk-kicker', 'talk-statement'];
// Never laid out as text at start: notes, diagram sources (drawn later), math (KaTeX's own fonts).
const SKIPPED_CLASSES = ['notes', 'mermaid', 'talk-mermaid', 'katex'];

/**
 * The characters the first `slides` sections of `html` show in `locale`, split by weight: the
 * other locale's spans, notes, diagram sources and formulas are left out.
 */
export function firstViewText(html: string, locale: Locale, slides = FIRST_VIEW_SLIDES): { regular: Set<string>; bold: Set<string> } {
  const regular = new Set<string>();
  const bold = new Set<string>();
  const other = LOCALES.filter((l) => l !== locale).map((l) => `talk-${l}`);
  const stack: { skip: boolean; bold: boolean }[] = [];
  let sectionDepth = 0;
  let sectionsSeen = 0;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        const classes = (attributes.class ?? '').split(/\s+/);
        const parent = stack[stack.length - 1] ?? { skip: false, bold: false };
        if (name === 'section') {
          if (sectionDepth === 0) sectionsSeen++;
          sectionDepth++;
        }
        stack.push({
          skip: parent.skip || name === 'aside' || classes.some((c) => other.includes(c) || SKIPPED_CLASSES.includes(c)),
          bold: parent.bold || BOLD.has(name) || classes.some((c) => BOLD_CLASSES.includes(c)),
        });
      },
      ontext(text) {
        const top = stack[stack.length - 1];
        if (done || !top || top.skip || sectionDepth === 0) return;
        for (const char of text) if (!/\s/.test(char)) (top.bold ? bold : regular).add(char);
      },
      onclosetag(name) {
        if (done) return;
        stack.pop();
        if (name === 'section') {
          sectionDepth--;
          if (sectionDepth === 0 && sectionsSeen >= slides) done = true;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { regular, bold };
}

/**
 * The font files the text needs: for each weight, the first family in `stack` whose face has
 * the character in its unicode-range (as the browser picks), once per file.
 */
export function fontsFor(text: { regular: Set<string>; bold: Set<string> }, faces: readonly BuiltFontFace[], stack: readonly string[]): string[] {
  const files = new Set<string>();
  for (const [weight, chars] of [['400', text.regular], ['700', text.bold]] as const) {
    for (const char of chars) {
      for (const family of stack) {
        const face = faces.find((f) => f.family === family && f.weight === weight && charsIn(new Set([char]), f.ranges) !== '');
        if (face) {
          files.add(face.href);
          break;
        }
      }
    }
  }
  return [...files].sort();
}

/**
 * The page's startup script: reads `?deck=`, `?lang=` and the hash as the deck will, and adds
 * `<link rel=modulepreload>` for the deck's chunk and `<link rel=preload>` for the fonts of its
 * first view (only when the first view is what will be shown), so that they load in parallel
 * with the page's own script instead of after it.
 */
export function startupScript(hints: Readonly<Record<string, DeckHints>>, defaultDeck: string): string {
  return `(() => {
  const hints = ${JSON.stringify(hints).replace(/</g, '\\u003c')};
  const search = new URLSearchParams(location.search);
  const deck = hints[search.get('deck') || ${JSON.stringify(defaultDeck)}];
  if (!deck) return;
  const link = (rel, href, font) => {
    const el = document.createElement('link');
    el.rel = rel;
    el.href = href;
    el.crossOrigin = '';
    if (font) { el.as = 'font'; el.type = 'font/woff2'; }
    document.head.append(el);
  };
  link('modulepreload', deck.js, false);
  const hash = location.hash.replace(/^#\\/?/, '');
  if (search.has('print-pdf') || search.has('receiver') || !['', '0', deck.first].includes(hash)) return;
  for (const href of deck.fonts[search.get('lang') === 'zh' ? 'zh' : 'en']) link('preload', href, true);
})();`;
}
