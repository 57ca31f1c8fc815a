/**
 * Punctuation width in Chinese text. The interview's text has ASCII `,` `:` `;` `?` `!` `(` `)`
 * where Chinese typesetting uses full-width marks; quotes keep the source's characters and are
 * shown with the full-width ones.
 */

/** Each ASCII mark and the full-width mark Chinese text uses in its place. */
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！', '(': '（', ')': '）' };
const HALF_WIDTH: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(FULL_WIDTH).map(([half, full]) => [full, half]));

/**
 * Chinese text as Chinese is typeset: ASCII `,` `:` `;` `?` `!` `(` `)` become `，` `：` `；` `？`
 * `！` `（` `）`. A comma or colon between two digits (`1,000`, `4:1`) is part of the number and stays.
 */
export function fullWidthPunctuation(chineseText: string): string {
  return chineseText.replace(/[,:;?!()]/g, (mark, at: number, text: string) =>
    (mark === ',' || mark === ':') && /\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '') ? mark : FULL_WIDTH[mark]!,
  );
}

/**
 * The text with every full-width mark of `fullWidthPunctuation` folded to its ASCII twin, so that
 * two texts differing only in punctuation width compare equal. Folding keeps every other character
 * (and the length), so any other difference still shows.
 */
export function foldPunctuationWidth(text: string): string {
  return text.replace(/[，：；？！（）]/g, (mark) => HALF_WIDTH[mark]!);
}
