/**
 * The talk's stopwatch and where its time went, slide by slide. Pure: every change takes `now`
 * (epoch milliseconds), so the same state can be stored, sent to another window and replayed.
 */
export interface TimerState {
  /** Milliseconds counted before the current running stretch. */
  readonly elapsed: number;
  /** When the current running stretch began (epoch ms); null while stopped or paused. */
  readonly since: number | null;
  /** The slide the running stretch is counted for. */
  readonly slide: string | undefined;
  /** Milliseconds per slide id, counted before the current running stretch. */
  readonly perSlide: Readonly<Record<string, number>>;
}

/** A timer at zero that has not started. */
export const STOPPED: TimerState = { elapsed: 0, since: null, slide: undefined, perSlide: {} };

/** Whether the timer is counting. */
export function isRunning(state: TimerState): boolean {
  return state.since !== null;
}

/** Whether the timer has never run since its last reset. */
export function isFresh(state: TimerState): boolean {
  return state.since === null && state.elapsed === 0;
}

/** Milliseconds counted at `now`. */
export function elapsedAt(state: TimerState, now: number): number {
  return state.elapsed + (state.since === null ? 0 : Math.max(0, now - state.since));
}

/** Milliseconds per slide at `now`, the running stretch included. */
export function perSlideAt(state: TimerState, now: number): Record<string, number> {
  return { ...fold(state, now).perSlide };
}

/** Starts or resumes counting (no change while running). */
export function startTimer(state: TimerState, now: number): TimerState {
  return state.since === null ? { ...state, since: now } : state;
}

/** Stops counting and keeps what was counted. */
export function pauseTimer(state: TimerState, now: number): TimerState {
  return { ...fold(state, now), since: null };
}

/** Counts time from `now` on for another slide. */
export function showSlide(state: TimerState, slide: string, now: number): TimerState {
  return { ...fold(state, now), slide };
}

/** Back to zero, stopped, on the same slide. */
export function resetTimer(state: TimerState): TimerState {
  return { ...STOPPED, slide: state.slide };
}

/** Moves the running stretch into the counters, so that it restarts at `now`. */
function fold(state: TimerState, now: number): TimerState {
  if (state.since === null) return state;
  const stretch = Math.max(0, now - state.since);
  const perSlide = state.slide === undefined ? state.perSlide : { ...state.perSlide, [state.slide]: (state.perSlide[state.slide] ?? 0) + stretch };
  return { elapsed: state.elapsed + stretch, since: now, slide: state.slide, perSlide };
}

/** A stored or received value as a TimerState, or undefined when it is not one. */
export function asTimerState(value: unknown): TimerState | undefined {
  const v = value as Partial<TimerState> | null;
  if (typeof v !== 'object' || v === null) return undefined;
  if (typeof v.elapsed !== 'number' || !(v.since === null || typeof v.since === 'number')) return undefined;
  if (typeof v.perSlide !== 'object' || v.perSlide === null) return undefined;
  return { elapsed: v.elapsed, since: v.since, slide: typeof v.slide === 'string' ? v.slide : undefined, perSlide: v.perSlide };
}
