declare module 'subset-font' {
  /** Subsets a TTF/WOFF/WOFF2 font to the glyphs of `text` (harfbuzz hb-subset, in wasm). */
  export default function subsetFont(font: Buffer | Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[]; variationAxes?: Record<string, number> }): Promise<Buffer>;
}

declare module 'fontverter' {
  /** Converts between sfnt (TrueType/OpenType), WOFF and WOFF2. */
  export function convert(font: Buffer, to: 'sfnt' | 'truetype' | 'woff' | 'woff2', from?: 'sfnt' | 'truetype' | 'woff' | 'woff2'): Promise<Buffer>;
}
