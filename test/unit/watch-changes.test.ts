import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, expect, test, vi } from 'vitest';
import { watchChanges } from '../../src/vite/watch-changes.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'talk-watch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** A watcher that reports only what the test emits, as chokidar reports only the changes it does not drop. */
function watched(accept = (_file: string) => true) {
  const watcher = new EventEmitter();
  const handled: string[] = [];
  watchChanges(watcher as never, accept, (event, file) => handled.push(`${event} ${path.basename(file)}`));
  return { watcher, handled };
}

test('a write chokidar drops (within 50 ms of the change it reported) is reported once the window is over', () => {
  const file = path.join(dir, 'slide.ts');
  writeFileSync(file, 'one');
  const { watcher, handled } = watched();
  watcher.emit('all', 'change', file);
  expect(handled).toEqual(['change slide.ts']);
  // The second save, a few ms later: chokidar says nothing of it.
  writeFileSync(file, 'two');
  utimesSync(file, new Date(), new Date(Date.now() + 1000));
  vi.advanceTimersByTime(100);
  expect(handled).toEqual(['change slide.ts', 'change slide.ts']);
});

test('a file that did not change again is reported once; files it does not accept not at all', () => {
  const file = path.join(dir, 'notes.md');
  writeFileSync(file, 'notes');
  const { watcher, handled } = watched((f) => f.endsWith('.md'));
  watcher.emit('all', 'change', file);
  watcher.emit('all', 'change', path.join(dir, 'other.css'));
  vi.advanceTimersByTime(1000);
  expect(handled).toEqual(['change notes.md']);
});
