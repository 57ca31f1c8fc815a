import type { Locale } from '../model/types.ts';
import type { TimerState } from '../pacing/talk-timer.ts';
import type { InkStroke, SlidePoint } from './ink.ts';

/** Where a deck's windows (audience, speaker view) are: reveal's indices plus the slide id. */
export interface DeckPosition {
  readonly h: number;
  readonly v: number;
  readonly f: number | undefined;
  readonly slide: string;
}

/** Messages on a deck's BroadcastChannel, between the audience window and the speaker view. */
export type SyncMessage =
  /** A window moved (or answers `hello`): the others follow. */
  | ({ readonly type: 'position' } & DeckPosition)
  /** A window opened and asks for the position and the timer. */
  | { readonly type: 'hello' }
  /** The speaker view asks the audience window, which owns the timer, to change it. */
  | { readonly type: 'timer'; readonly action: TimerAction }
  /** The speaker view's B (or a clicker's black-screen button): blank the audience screen or show it again. */
  | { readonly type: 'blackout' }
  /** The audience window's timer changed. */
  | { readonly type: 'timer-state'; readonly timer: TimerState; readonly rehearsing: boolean }
  /** The laser pointer on slide `slide`, in slide units (1280×720 box); `at: null` hides it. */
  | { readonly type: 'pointer'; readonly slide: string; readonly at: SlidePoint | null }
  /** Every stroke now on slide `slide` (an empty list: cleared); sent while drawing and after. */
  | { readonly type: 'ink'; readonly slide: string; readonly strokes: readonly InkStroke[] };

export type TimerAction = 'start' | 'pause' | 'reset';

/** The channel of one deck's windows. */
export function syncChannelName(deck: string): string {
  return `talk-sync:${deck}`;
}

/** A language switch, sent to every window of the deck (deck, speaker view, previews). */
export interface LocaleMessage {
  readonly locale?: Locale;
  /** Shown beneath `locale` (`zh+en`), or null for one language; left out by older senders (one language). */
  readonly second?: Locale | null;
}

/** The BroadcastChannel on which the deck's windows tell each other the language. */
export function localeChannelName(deck: string): string {
  return `talk-locale:${deck}`;
}

/** Whether two positions show the same slide and step. */
export function samePosition(a: DeckPosition | undefined, b: DeckPosition | undefined): boolean {
  return !!a && !!b && a.h === b.h && a.v === b.v && (a.f ?? -1) === (b.f ?? -1);
}
