import { describe, expect, test } from 'vitest';
import { asDeckInk, asInkMessage, strokePath, touches } from './ink.ts';

const stroke = { color: '#d92d20', width: 5, points: [100, 100, 200, 100, 200, 200] };

describe('ink', () => {
  test('a stroke is a path in slide units; a single point is a dot', () => {
    expect(strokePath(stroke.points)).toBe('M100 100 L200 100 L200 200');
    expect(strokePath([5, 6])).toBe('M5 6 L5 6');
  });

  test('the eraser catches a stroke near any of its segments, not one far away', () => {
    expect(touches(stroke, { x: 150, y: 110 }, 8)).toBe(true);
    expect(touches(stroke, { x: 210, y: 150 }, 8)).toBe(true);
    expect(touches(stroke, { x: 150, y: 150 }, 8)).toBe(false);
  });

  test('messages and stored drawings are checked: malformed strokes and fields are dropped or refused', () => {
    expect(asInkMessage({ type: 'pointer', slide: 'a', at: { x: 1, y: 2 } })).toEqual({ type: 'pointer', slide: 'a', at: { x: 1, y: 2 } });
    expect(asInkMessage({ type: 'pointer', slide: 'a', at: null })).toEqual({ type: 'pointer', slide: 'a', at: null });
    expect(asInkMessage({ type: 'pointer', slide: 'a', at: { x: 'left', y: 2 } })).toBeUndefined();
    expect(asInkMessage({ type: 'ink', slide: 'a', strokes: [stroke, { color: 'javascript:', width: 5, points: [1, 2] }] })).toEqual({ type: 'ink', slide: 'a', strokes: [stroke] });
    expect(asInkMessage({ type: 'position', slide: 'a' })).toBeUndefined();
    expect(asDeckInk({ a: [stroke], b: [], c: 'x' })).toEqual({ a: [stroke] });
    expect(asDeckInk([stroke])).toBeUndefined();
  });
});
