import { statSync } from 'node:fs';
import type { FSWatcher } from 'vite';

/**
 * chokidar's change throttle: a change to a file within this many ms of the last change it
 * reported for that file is dropped, never reported (chokidar 3, Vite's watcher).
 */
const CHOKIDAR_CHANGE_THROTTLE_MS = 50;
/** When to look at a file again after a reported change: once the throttle window is over. */
const SETTLE_MS = CHOKIDAR_CHANGE_THROTTLE_MS * 2;

/** The file's modification time, or undefined once it is gone. */
function mtimeOf(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/**
 * Calls `handle` for every event of Vite's watcher on a file `accept`s, and also for the change
 * chokidar drops: a second write within 50 ms of the one it reported (an editor saving twice, a
 * formatter rewriting the file on save, a fix saved right after a mistake). Measured: with a write
 * 40 ms after the one reported, the dev server went on serving the older file until the next save.
 * Here each reported change is followed by a second look once the throttle window is over, and a
 * file changed since is reported again.
 */
export function watchChanges(watcher: Pick<FSWatcher, 'on'>, accept: (file: string) => boolean, handle: (event: string, file: string) => void): void {
  watcher.on('all', (event: string, file: string) => {
    if (!accept(file)) return;
    handle(event, file);
    if (event !== 'change' && event !== 'add') return;
    const seen = mtimeOf(file);
    setTimeout(() => {
      const now = mtimeOf(file);
      if (now !== undefined && now !== seen) handle('change', file);
    }, SETTLE_MS).unref();
  });
}
