import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { ALWAYS_KEPT } from '../fonts/always-kept.ts';
import { deckFamily } from '../fonts/font-families.ts';
import { charsIn, parseFontFaces, type FontFace } from '../fonts/font-faces.ts';

/** What the inlined fonts must be able to show. */
export interface FontText {
  /** Every character the deck can show (slides, notes, page chrome). */
  readonly text: string;
  /** The characters of the formulas: KaTeX's own fonts are subset to these. */
  readonly math: string;
}

/** The result: a style sheet with every font as a data: URL, and its size. */
export interface InlinedFonts {
  readonly css: string;
  readonly fontBytes: number;
  readonly faces: number;
}

/**
 * The deck's fonts (the `@import`s of the runtime's fonts.css) and KaTeX's, each subset to the
 * characters the deck uses and inlined as WOFF2 data: URLs, keeping the families, weights and
 * unicode ranges of the original rules. ASCII is always kept, for the page's own controls.
 */
export async function inlineFonts(fontsCssFile: string, text: FontText): Promise<InlinedFonts> {
  const require = createRequire(fontsCssFile);
  const imports = [...(await readFile(fontsCssFile, 'utf8')).matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((m) => require.resolve(m[1] ?? ''));
  const textChars = new Set([...ALWAYS_KEPT, ...text.text]);
  const mathChars = new Set([...text.math]);
  const rules: string[] = [];
  let fontBytes = 0;
  const add = async (face: FontFace, cssFile: string, chars: ReadonlySet<string>, display: string): Promise<void> => {
    const wanted = charsIn(chars, face.ranges);
    if (wanted === '') return;
    const source = await readFile(path.resolve(path.dirname(cssFile), face.url));
    const subset = await subsetFont(source, wanted, { targetFormat: 'woff2' });
    fontBytes += subset.length;
    rules.push(
      `@font-face{font-family:'${deckFamily(face.family)}';font-style:${face.style};font-weight:${face.weight};font-display:${display};` +
        `src:url(data:font/woff2;base64,${subset.toString('base64')}) format('woff2')${face.unicodeRange ? `;unicode-range:${face.unicodeRange}` : ''}}`,
    );
  };
  for (const cssFile of imports) {
    for (const face of parseFontFaces(await readFile(cssFile, 'utf8'))) await add(face, cssFile, textChars, 'swap');
  }
  const katexCss = createRequire(import.meta.url).resolve('katex/dist/katex.min.css');
  if (mathChars.size > 0) {
    for (const face of parseFontFaces(await readFile(katexCss, 'utf8'))) await add(face, katexCss, mathChars, 'block');
  }
  return { css: rules.join('\n'), fontBytes, faces: rules.length };
}

/** Drops the `@font-face` rules of a style sheet (KaTeX's: the inlined subsets replace them). */
export function withoutFontFaces(css: string): string {
  return css.replace(/@font-face\s*\{[^}]*\}/g, '');
}
