/** One `@font-face` rule, with what subsetting needs from it. */
export interface FontFace {
  readonly family: string;
  readonly style: string;
  readonly weight: string;
  /** The first url() of `src`, as written (woff2 when the rule offers it). */
  readonly url: string;
  /** Code point ranges from `unicode-range`, or undefined when the rule has none. */
  readonly ranges: readonly (readonly [number, number])[] | undefined;
  readonly unicodeRange: string | undefined;
}

/** The `@font-face` rules of a style sheet (comments dropped). */
export function parseFontFaces(css: string): FontFace[] {
  const faces: FontFace[] = [];
  for (const match of css.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/@font-face\s*\{([^}]*)\}/g)) {
    const body = match[1] ?? '';
    const get = (name: string): string | undefined => new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    const src = get('src') ?? '';
    const woff2 = /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)/.exec(src)?.[1];
    const url = woff2 ?? /url\(\s*['"]?([^'")]+)['"]?\s*\)/.exec(src)?.[1];
    if (!url) continue;
    const unicodeRange = get('unicode-range');
    faces.push({
      family: (get('font-family') ?? '').replace(/^['"]|['"]$/g, ''),
      style: get('font-style') ?? 'normal',
      weight: get('font-weight') ?? '400',
      url,
      unicodeRange,
      ranges: unicodeRange === undefined ? undefined : parseUnicodeRange(unicodeRange),
    });
  }
  return faces;
}

/** `U+0-ff,U+131,U+4??` to code point ranges. */
export function parseUnicodeRange(value: string): [number, number][] {
  return value.split(',').flatMap((part): [number, number][] => {
    const text = part.trim().replace(/^U\+/i, '');
    if (text.includes('?')) return [[parseInt(text.replace(/\?/g, '0'), 16), parseInt(text.replace(/\?/g, 'f'), 16)]];
    const [from = '', to] = text.split('-');
    const start = parseInt(from, 16);
    return Number.isNaN(start) ? [] : [[start, to === undefined ? start : parseInt(to, 16)]];
  });
}

/** The characters of `chars` that fall in `ranges` (all of them when there are no ranges). */
export function charsIn(chars: ReadonlySet<string>, ranges: FontFace['ranges']): string {
  if (!ranges) return [...chars].join('');
  return [...chars].filter((c) => ranges.some(([a, b]) => (c.codePointAt(0) ?? -1) >= a && (c.codePointAt(0) ?? -1) <= b)).join('');
}
