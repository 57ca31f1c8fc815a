import { describe, expect, test } from 'vitest';
import { optionsFrom } from './params.ts';

describe('optionsFrom', () => {
  test('?only= names the slides a print view lays out; outside the print view it means nothing', () => {
    expect(optionsFrom(new URLSearchParams('print-pdf&only=a,b-2')).only).toEqual(new Set(['a', 'b-2']));
    expect(optionsFrom(new URLSearchParams('only=a')).only).toBeUndefined();
    expect(optionsFrom(new URLSearchParams('print-pdf')).only).toBeUndefined();
  });

  test('the language mode, the print view and the theme', () => {
    const options = optionsFrom(new URLSearchParams('lang=zh+en&print-pdf&steps'), 'dark');
    expect(options).toMatchObject({ locale: 'zh', second: 'en', print: true, steps: true, theme: 'dark' });
  });
});
