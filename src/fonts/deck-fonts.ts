import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { ALWAYS_KEPT } from './always-kept.ts';
import { deckFamily, stackOf } from './font-families.ts';
import { charsIn, parseFontFaces, type FontFace } from './font-faces.ts';
import { withFontNames } from './font-names.ts';


/**
 * Punctuation both families draw, each its own way: Inter's quotes and ellipsis sit tight against
 * Latin letters, Noto Sans SC's are full-width, as Chinese text sets them (theme.css gives Chinese
 * text Noto Sans SC first). Kept in both subsets.
 */
export const SHARED_PUNCTUATION = '“”‘’…—·';

/** Bumped when the way instances are named changes, so that cached subsets are made again. */
const NAMING = 'named-1';

/** The weights the theme uses (regular text, bold titles). */
const WEIGHTS = [400, 700];

/** What to write the deck's @font-face rules for. */
export interface DeckFontsOptions {
  /** The stylesheet that @imports the font packages (src/runtime/styles/fonts.css). */
  readonly fontsCss: string;
  /** Every character the pages can show; undefined keeps whole fonts (dev server). */
  readonly chars: ReadonlySet<string> | undefined;
  /**
   * Characters the first slides of some deck show. Each chunk's characters are cut into two files,
   * these and the rest, so that the first slides load only the first part of each.
   */
  readonly firstView?: ReadonlySet<string>;
  /** Where subset font files are written (a cache: named by content). */
  readonly cacheDir: string;
}

/**
 * The deck's @font-face rules, with url()s relative to `fontsCss`. With `chars`, each
 * unicode-range chunk of each font is cut down to the characters used (a talk shows a few
 * hundred of Noto Sans SC's 30,000 glyphs), and chunks with none are left out: a slide then
 * loads a few small files. Families are renamed to the deck's names (font-families.ts).
 */
export async function deckFontFaces({ fontsCss, chars, firstView, cacheDir }: DeckFontsOptions): Promise<string> {
  const require = createRequire(fontsCss);
  const stylesheets = [...(await readFile(fontsCss, 'utf8')).matchAll(/@import\s+['"]([^'"]+)['"]/g)].map((m) => require.resolve(m[1] ?? ''));
  const wanted = chars === undefined ? undefined : new Set([...ALWAYS_KEPT, ...chars]);
  // The page's own marks (slide number, punctuation) are on screen from the start too.
  const early = firstView && new Set([...ALWAYS_KEPT, ...firstView]);
  let subsetFont: typeof import('subset-font').default | undefined;
  let fontverter: typeof import('fontverter') | undefined;
  if (wanted) mkdirSync(cacheDir, { recursive: true });
  const rules: string[] = [];
  // A family later in a stack never draws what an earlier one covers (Inter draws Latin before
  // Noto Sans SC would): leaving those glyphs out keeps files small and PDF text unambiguous.
  const coveredIn = { text: new Set<string>(), code: new Set<string>() };
  for (const stylesheet of stylesheets) {
    const faces = parseFontFaces(await readFile(stylesheet, 'utf8'));
    const stack = stackOf(deckFamily(faces[0]?.family ?? ''));
    const covered = coveredIn[stack];
    const forThis = wanted && new Set([...wanted].filter((c) => !covered.has(c) || SHARED_PUNCTUATION.includes(c)));
    for (const face of faces) {
      const fontFile = path.resolve(path.dirname(stylesheet), face.url);
      if (!wanted) {
        rules.push(fontFaceRule(face, face.weight, path.relative(path.dirname(fontsCss), fontFile), face.unicodeRange));
        continue;
      }
      const used = charsIn(forThis ?? wanted, face.ranges);
      if (used === '') continue;
      for (const c of used) covered.add(c);
      const font = await readFile(fontFile);
      // Static instances at the weights the deck uses (the dev server serves the variable fonts
      // whole): Chromium writes variable fonts into PDFs as unnamed Type 3 fonts, static ones as subsets.
      const variable = /\d\s+\d/.test(face.weight);
      // The first view's own files are for its text (startup-hints.ts preloads them); code loads whole chunks.
      const parts = early && stack === 'text' ? [[...used].filter((c) => early.has(c)).join(''), [...used].filter((c) => !early.has(c)).join('')] : [used];
      for (const part of parts.filter((p) => p !== '')) {
        for (const weight of variable ? WEIGHTS : [Number(face.weight)]) {
          const key = createHash('sha256').update(font).update(part).update(String(weight)).update(NAMING).digest('hex').slice(0, 16);
          const file = path.join(cacheDir, `${path.basename(fontFile, '.woff2')}-${weight}-${key}.woff2`);
          if (!existsSync(file)) {
            subsetFont ??= (await import('subset-font')).default;
            fontverter ??= await import('fontverter');
            const instance = await subsetFont(font, part, { targetFormat: 'sfnt', ...(variable ? { variationAxes: { wght: weight } } : {}) });
            // An instance keeps the variable font's names (its default, e.g. "NotoSansSC-Thin"): name it for its weight.
            const named = variable ? withFontNames(instance, { family: deckFamily(face.family), style: weight >= 700 ? 'Bold' : 'Regular' }) : instance;
            // Written aside, then renamed: a build running at the same time never reads half a file.
            const temp = `${file}.${process.pid}.tmp`;
            await writeFile(temp, await fontverter.convert(Buffer.from(named), 'woff2', 'truetype'));
            await rename(temp, file);
          }
          rules.push(fontFaceRule(face, String(weight), path.relative(path.dirname(fontsCss), file), unicodeRangeOf(part)));
        }
      }
    }
  }
  return rules.join('\n');
}

/** One @font-face rule under the deck's family name; `url` relative to the stylesheet. */
function fontFaceRule(face: FontFace, weight: string, url: string, unicodeRange: string | undefined): string {
  return (
    `@font-face {\n  font-family: '${deckFamily(face.family)}';\n  font-style: ${face.style};\n  font-display: swap;\n  font-weight: ${weight};\n` +
    `  src: url('${url.split(path.sep).join('/')}') format('woff2');${unicodeRange ? `\n  unicode-range: ${unicodeRange};` : ''}\n}`
  );
}

/** A compact unicode-range for the characters of `text`: consecutive code points become ranges. */
export function unicodeRangeOf(text: string): string {
  const points = [...new Set([...text].map((c) => c.codePointAt(0) as number))].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < points.length; ) {
    let j = i;
    while (j + 1 < points.length && points[j + 1] === (points[j] as number) + 1) j++;
    const hex = (n: number) => n.toString(16).toUpperCase();
    parts.push(i === j ? `U+${hex(points[i] as number)}` : `U+${hex(points[i] as number)}-${hex(points[j] as number)}`);
    i = j + 1;
  }
  return parts.join(',');
}
