import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, test } from 'vitest';
import { postScriptName, withFontNames } from '../../src/fonts/font-names.ts';

const require = createRequire(import.meta.url);
const notoDir = path.join(path.dirname(require.resolve('@fontsource-variable/noto-sans-sc/package.json')), 'files');
// The chunk with 知 and 分 (a few kB): Noto Sans SC as the fontsource package ships it, variable.
const variable = readFileSync(path.join(notoDir, 'noto-sans-sc-118-wght-normal.woff2'));

/** Sum of the big-endian 32-bit words: 0xB1B0AFBA for a whole font whose head adjustment is right. */
function fontChecksum(font: Uint8Array): number {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= font.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

describe('withFontNames', () => {
  test("a bold instance of the variable font is named for its weight, not the default instance's", async () => {
    const instance = await subsetFont(variable, '知分', { targetFormat: 'sfnt', variationAxes: { wght: 700 } });
    expect(postScriptName(instance)).toBe('NotoSansSC-Thin');
    const named = withFontNames(instance, { family: 'Noto Sans SC', style: 'Bold' });
    expect(postScriptName(named)).toBe('NotoSansSC-Bold');
    expect(fontChecksum(named)).toBe(0xb1b0afba);
  });

  test('the renamed font is still a font: HarfBuzz subsets it again and keeps its glyphs', async () => {
    const instance = await subsetFont(variable, '知分', { targetFormat: 'sfnt', variationAxes: { wght: 400 } });
    const named = withFontNames(instance, { family: 'Noto Sans SC', style: 'Regular' });
    const again = await subsetFont(Buffer.from(named), '知', { targetFormat: 'sfnt' });
    expect(postScriptName(again)).toBe('NotoSansSC-Regular');
    // A font with the glyph is larger than one without it.
    const none = await subsetFont(Buffer.from(named), 'A', { targetFormat: 'sfnt' });
    expect(again.length).toBeGreaterThan(none.length + 100);
  });
});
