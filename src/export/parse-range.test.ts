import { describe, expect, test } from 'vitest';
import { parseRange } from './parse-range.ts';

describe('parseRange', () => {
  test('single numbers and ranges become sorted, distinct 0-based indices', () => {
    expect(parseRange('1,3-5', 10)).toEqual([0, 2, 3, 4]);
    expect(parseRange('5, 1 ,2-3,3', 10)).toEqual([0, 1, 2, 4]);
    expect(parseRange('8-', 10)).toEqual([7, 8, 9]);
  });

  test('syntax alone is checked when the deck size is not known yet', () => {
    expect(parseRange('2-4')).toEqual([1, 2, 3]);
    expect(() => parseRange('2-x')).toThrow(/"2-x" is not a slide number/);
  });

  test.each([
    ['', /"" is not a slide number/],
    ['0', /numbered from 1/],
    ['5-3', /runs backwards/],
    ['1,,2', /"" is not a slide number/],
    ['a', /"a" is not/],
    ['11', /past the last slide \(the deck has 10 slides\)/],
    ['9-12', /past the last slide/],
  ])('"%s" is refused with a reason', (spec, reason) => {
    expect(() => parseRange(spec, 10)).toThrow(reason);
  });
});
