import { Parser } from 'htmlparser2';
import { LOCALES, type Locale } from '../model/types.ts';
import { VIEW_DISTANCE } from '../runtime/view-distance.ts';
import { charsIn, type FontFace } from '../fonts/font-faces.ts';

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

/** Which font stack draws a run of text: Latin first (Inter), or Chinese first (theme.css). */
export type Script = 'latin' | 'zh';

/** Characters by the weight they are drawn in. */
export interface ViewText {
  readonly regular: Set<string>;
  readonly bold: Set<string>;
}

/** The theme's font stacks (theme.css --talk-font and --talk-font-zh), our families only. */
export const FONT_STACKS: Readonly<Record<Script, readonly string[]>> = { latin: ['Inter', 'Noto Sans SC'], zh: ['Noto Sans SC', 'Inter'] };

/**
 * The characters the first `slides` sections of `html` show in `locale`, split by weight: the
 * other locale's spans, notes, diagram sources and formulas are left out; text in Chinese (by its
 * lang) apart, as the theme gives it another font stack.
 */
export function firstViewText(html: string, locale: Locale, slides = FIRST_VIEW_SLIDES): Record<Script, ViewText> {
  const text: Record<Script, ViewText> = { latin: { regular: new Set(), bold: new Set() }, zh: { regular: new Set(), bold: new Set() } };
  const other = LOCALES.filter((l) => l !== locale).map((l) => `talk-${l}`);
  // The page's <html lang> follows the locale; a lang attribute changes the font stack below it.
  const stack: { skip: boolean; bold: boolean; zh: boolean }[] = [{ skip: false, bold: false, zh: locale === 'zh' }];
  let sectionDepth = 0;
  let sectionsSeen = 0;
  let done = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (done) return;
        const classes = (attributes.class ?? '').split(/\s+/);
        const parent = stack[stack.length - 1] as (typeof stack)[number];
        if (name === 'section') {
          if (sectionDepth === 0) sectionsSeen++;
          sectionDepth++;
        }
        stack.push({
          skip: parent.skip || name === 'aside' || classes.some((c) => other.includes(c) || SKIPPED_CLASSES.includes(c)),
          bold: parent.bold || BOLD.has(name) || classes.some((c) => BOLD_CLASSES.includes(c)),
          zh: attributes.lang === undefined ? parent.zh : /^zh(-|$)/i.test(attributes.lang),
        });
      },
      ontext(chunk) {
        const top = stack[stack.length - 1];
        if (done || !top || top.skip || sectionDepth === 0) return;
        const run = text[top.zh ? 'zh' : 'latin'];
        for (const char of chunk) if (!/\s/.test(char)) (top.bold ? run.bold : run.regular).add(char);
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
  return text;
}

/** Every character the first slides of `html` show, in either locale, script or weight. */
export function firstViewChars(html: string): string[] {
  return LOCALES.flatMap((locale) => Object.values(firstViewText(html, locale)).flatMap(({ regular, bold }) => [...regular, ...bold]));
}

/**
 * The font files the text needs: for each run and weight, the first family of its stack whose
 * face has the character in its unicode-range (as the browser picks), once per file.
 */
export function fontsFor(text: Readonly<Record<Script, ViewText>>, faces: readonly BuiltFontFace[]): string[] {
  const files = new Set<string>();
  for (const script of ['latin', 'zh'] as const) {
    for (const [weight, chars] of [['400', text[script].regular], ['700', text[script].bold]] as const) {
      for (const char of chars) {
        for (const family of FONT_STACKS[script]) {
          const face = faces.find((f) => f.family === family && f.weight === weight && charsIn(new Set([char]), f.ranges) !== '');
          if (face) {
            files.add(face.href);
            break;
          }
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
