import { describe, expect, test } from 'vitest';
import { settleWithin, untilAborted } from './cancel.ts';
import { ExportAborted } from './export-error.ts';

describe('untilAborted', () => {
  test('rejects with ExportAborted as soon as the signal fires, without waiting for the work', async () => {
    const controller = new AbortController();
    const never = new Promise<string>(() => undefined);
    const racing = untilAborted(never, controller.signal);
    controller.abort();
    await expect(racing).rejects.toBeInstanceOf(ExportAborted);
  });

  test('passes the work through when nothing is aborted', async () => {
    await expect(untilAborted(Promise.resolve(7), new AbortController().signal)).resolves.toBe(7);
    await expect(untilAborted(Promise.reject(new Error('page broke')), undefined)).rejects.toThrow('page broke');
  });

  test('an already aborted signal rejects at once', async () => {
    await expect(untilAborted(Promise.resolve(1), AbortSignal.abort())).rejects.toBeInstanceOf(ExportAborted);
  });
});

describe('settleWithin', () => {
  test('true when the promise settles in time, either way; false when it does not', async () => {
    expect(await settleWithin(Promise.resolve(), 50)).toBe(true);
    expect(await settleWithin(Promise.reject(new Error('closed twice')), 50)).toBe(true);
    expect(await settleWithin(new Promise(() => undefined), 20)).toBe(false);
    expect(await settleWithin(undefined, 20)).toBe(true);
  });
});
