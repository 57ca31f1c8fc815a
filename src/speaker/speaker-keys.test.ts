import { describe, expect, test } from 'vitest';
import { speakerAction } from './speaker-keys.ts';

const key = (k: string, more: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {}) => ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...more });

describe('speakerAction', () => {
  test("the deck's keys: arrows, page keys, n/p and space move; Home and End jump", () => {
    for (const k of ['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N', ' ']) expect(speakerAction(key(k)), k).toBe('next');
    for (const k of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P']) expect(speakerAction(key(k)), k).toBe('previous');
    expect(speakerAction(key(' ', { shiftKey: true }))).toBe('previous');
    expect(speakerAction(key('Home'))).toBe('first');
    expect(speakerAction(key('End'))).toBe('last');
  });

  test('L, D, T, B and . in either case; anything else is left alone', () => {
    expect([speakerAction(key('l')), speakerAction(key('L'))]).toEqual(['switch-language', 'switch-language']);
    expect(speakerAction(key('D'))).toBe('toggle-second');
    expect(speakerAction(key('t'))).toBe('timer');
    expect([speakerAction(key('b')), speakerAction(key('.'))]).toEqual(['blackout', 'blackout']);
    expect(speakerAction(key('x'))).toBeUndefined();
    expect(speakerAction(key('Escape'))).toBeUndefined();
  });

  test("with a modifier held, or Space and Enter on a focused button, the key is the browser's", () => {
    expect(speakerAction(key('ArrowRight', { altKey: true }))).toBeUndefined();
    expect(speakerAction(key('l', { ctrlKey: true }))).toBeUndefined();
    expect(speakerAction(key('n', { metaKey: true }))).toBeUndefined();
    expect(speakerAction(key(' '), true)).toBeUndefined();
    expect(speakerAction(key('Enter'), true)).toBeUndefined();
    expect(speakerAction(key('ArrowRight'), true)).toBe('next');
  });
});
