import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { deckFontFaces, unicodeRangeOf } from '../../src/fonts/deck-fonts.ts';
import { parseFontFaces, parseUnicodeRange } from '../../src/fonts/font-faces.ts';

const cacheDir = mkdtempSync(path.join(tmpdir(), 'talk-fonts-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));
const fontsCss = path.resolve('src/runtime/styles/fonts.css');

/** The code points each rule of `css` covers, by family and weight. */
function coverage(css: string): { family: string; weight: string; points: number[] }[] {
  return parseFontFaces(css).map((face) => ({
    family: face.family,
    weight: face.weight,
    points: (face.ranges ?? []).flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i)),
  }));
}

describe('deckFontFaces', () => {
  test('characters the first slides show get files of their own, apart from the rest of their chunk', async () => {
    // 知 and 分 share a unicode-range chunk of Noto Sans SC; only 知 is in the first view.
    const css = await deckFontFaces({ fontsCss, chars: new Set('知分'), firstView: new Set('知'), cacheDir });
    const noto = coverage(css).filter((rule) => rule.family === 'Noto Sans SC' && rule.points.some((p) => p === 0x77e5 || p === 0x5206));
    for (const weight of ['400', '700']) {
      const rules = noto.filter((rule) => rule.weight === weight);
      expect(rules).toHaveLength(2);
      const withFirst = rules.find((rule) => rule.points.includes(0x77e5));
      expect(withFirst?.points).not.toContain(0x5206);
      expect(rules.find((rule) => rule !== withFirst)?.points).toContain(0x5206);
    }
  }, 60_000);

  test('without a first view, one file per chunk and weight', async () => {
    const css = await deckFontFaces({ fontsCss, chars: new Set('知分'), cacheDir });
    const noto = coverage(css).filter((rule) => rule.family === 'Noto Sans SC' && rule.points.includes(0x77e5));
    expect(noto.map((rule) => rule.weight).sort()).toEqual(['400', '700']);
    expect(noto.every((rule) => rule.points.includes(0x5206))).toBe(true);
  }, 60_000);

  test("Latin letters are Inter's in the text stack and JetBrains Mono's too (code is a stack of its own); Noto Sans SC keeps none of them", async () => {
    const css = await deckFontFaces({ fontsCss, chars: new Set('xéü知'), firstView: new Set('é'), cacheDir });
    const drawing = (family: string) => coverage(css).filter((rule) => rule.family === family).flatMap((rule) => rule.points);
    for (const family of ['Inter', 'JetBrains Mono']) expect(drawing(family)).toContain(0x78);
    expect(drawing('Noto Sans SC')).not.toContain(0x78);
    expect(drawing('Noto Sans SC')).toContain(0x77e5);
    // The first view's files are for text: Inter's é and ü are in two files, the code font's in one.
    const holding = (family: string, point: number) => coverage(css).findIndex((rule) => rule.family === family && rule.weight === '400' && rule.points.includes(point));
    expect(holding('Inter', 0xe9)).not.toBe(holding('Inter', 0xfc));
    expect(holding('JetBrains Mono', 0xe9)).toBeGreaterThanOrEqual(0);
    expect(holding('JetBrains Mono', 0xe9)).toBe(holding('JetBrains Mono', 0xfc));
  }, 60_000);

  test('unicode-range: consecutive code points become ranges', () => {
    expect(unicodeRangeOf('abcx知')).toBe('U+61-63,U+78,U+77E5');
    expect(parseUnicodeRange(unicodeRangeOf('abcx'))).toEqual([[0x61, 0x63], [0x78, 0x78]]);
  });
});
