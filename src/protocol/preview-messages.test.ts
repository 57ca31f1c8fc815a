import { describe, expect, test } from 'vitest';
import { asPreviewShow, asPreviewShown, isPreviewReady, previewTargetOrigin } from './preview-messages.ts';

const show = { type: 'talk:preview-show', id: 3, h: 4, v: 0, f: -1, steps: 1, settle: true };
const shown = { type: 'talk:preview-shown', id: 3, h: 4, v: 0, f: 2, slide: 'attention' };

describe('messages between the speaker view and its previews', () => {
  test('a well-formed request passes, with nothing but its own fields', () => {
    expect(asPreviewShow({ ...show, extra: '<script>' })).toEqual(show);
    expect(asPreviewShow({ ...show, steps: -1, settle: false })).toMatchObject({ steps: -1, settle: false });
  });

  test.each([
    ['another type', { ...show, type: 'talk:preview-shown' }],
    ['a string index', { ...show, h: '4' }],
    ['a negative slide', { ...show, h: -1 }],
    ['a fraction', { ...show, v: 0.5 }],
    ['a step before -1', { ...show, f: -2 }],
    ['an infinite step', { ...show, f: Infinity }],
    ['NaN', { ...show, id: NaN }],
    ['two steps at once', { ...show, steps: 2 }],
    ['no settle flag', { ...show, settle: undefined }],
  ])('a request with %s is refused', (_what, data) => {
    expect(asPreviewShow(data)).toBeUndefined();
  });

  test('non-objects are refused', () => {
    for (const data of [null, undefined, 'talk:preview-show', 42, []]) {
      expect(asPreviewShow(data)).toBeUndefined();
      expect(asPreviewShown(data)).toBeUndefined();
      expect(isPreviewReady(data)).toBe(false);
    }
  });

  test('an answer carries the position, f undefined on a slide without steps', () => {
    expect(asPreviewShown(shown)).toEqual(shown);
    expect(asPreviewShown({ ...shown, f: undefined })).toEqual({ ...shown, f: undefined });
    expect(asPreviewShown({ ...shown, slide: 7 })).toBeUndefined();
    expect(asPreviewShown({ ...shown, f: 1.5 })).toBeUndefined();
    expect(isPreviewReady({ type: 'talk:preview-ready' })).toBe(true);
  });

  test('the target origin is the page’s own, or any for an opaque file:// origin', () => {
    expect(previewTargetOrigin('http://127.0.0.1:5173')).toBe('http://127.0.0.1:5173');
    expect(previewTargetOrigin('null')).toBe('*');
  });
});
