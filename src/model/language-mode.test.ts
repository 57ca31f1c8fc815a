import { describe, expect, test } from 'vitest';
import { formatLanguageMode, LANGUAGE_MODES, parseLanguageMode, switchFirst, toggleSecond } from './language-mode.ts';

describe('language modes', () => {
  test('parses one language or two, written with + or as a query string reads it back (a space)', () => {
    expect(parseLanguageMode('en')).toEqual({ first: 'en' });
    expect(parseLanguageMode('zh+en')).toEqual({ first: 'zh', second: 'en' });
    expect(parseLanguageMode('en zh')).toEqual({ first: 'en', second: 'zh' });
    expect(new URLSearchParams('lang=zh+en').get('lang')).toBe('zh en');
    for (const bad of ['', 'fr', 'zh+zh', 'zh+en+zh', 'zh+', 'EN', null, undefined]) expect(parseLanguageMode(bad)).toBeUndefined();
  });

  test('formats back to what it parsed; every mode is listed once', () => {
    expect(LANGUAGE_MODES.map(formatLanguageMode)).toEqual(['en', 'zh', 'en+zh', 'zh+en']);
    for (const mode of LANGUAGE_MODES) expect(parseLanguageMode(formatLanguageMode(mode))).toEqual(mode);
  });

  test('L swaps the language (or the order of two); D adds or removes the second', () => {
    expect(switchFirst({ first: 'en' })).toEqual({ first: 'zh' });
    expect(switchFirst({ first: 'zh', second: 'en' })).toEqual({ first: 'en', second: 'zh' });
    expect(toggleSecond({ first: 'zh' })).toEqual({ first: 'zh', second: 'en' });
    expect(toggleSecond({ first: 'zh', second: 'en' })).toEqual({ first: 'zh' });
  });
});
