import { asTimerState, STOPPED, type TimerState } from '../pacing/talk-timer.ts';
import type { RehearsalRun } from '../pacing/rehearsal-run.ts';

/** How many rehearsals of a deck are kept. */
export const KEPT_RUNS = 5;

const timerKey = (deck: string): string => `talk:timer:${deck}`;
const runsKey = (deck: string): string => `talk:rehearsals:${deck}`;

/** The stored timer of a deck (shared by every window of the origin), or a stopped one. */
export function loadTimer(deck: string): TimerState {
  return asTimerState(read(timerKey(deck))) ?? STOPPED;
}

export function saveTimer(deck: string, state: TimerState): void {
  write(timerKey(deck), state);
}

/** Whether a `storage` event is about this deck's timer. */
export function isTimerKey(deck: string, key: string | null): boolean {
  return key === timerKey(deck);
}

/** The kept rehearsals of a deck, newest first. */
export function loadRuns(deck: string): RehearsalRun[] {
  const runs = read(runsKey(deck));
  return Array.isArray(runs) ? (runs as RehearsalRun[]).filter((run) => run && Array.isArray(run.slides)) : [];
}

/** Keeps `run` as the newest rehearsal, dropping the oldest beyond KEPT_RUNS. */
export function saveRun(deck: string, run: RehearsalRun): RehearsalRun[] {
  const runs = [run, ...loadRuns(deck)].slice(0, KEPT_RUNS);
  write(runsKey(deck), runs);
  return runs;
}

export function isRunsKey(deck: string, key: string | null): boolean {
  return key === runsKey(deck);
}

function read(key: string): unknown {
  try {
    const text = window.localStorage.getItem(key);
    return text === null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    // Storage disabled (private mode, file:// in some browsers) or a damaged value: start afresh.
    return undefined;
  }
}

function write(key: string, value: unknown): void {
  try {
    window.localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or disabled: the talk goes on, only this value is not kept.
  }
}
