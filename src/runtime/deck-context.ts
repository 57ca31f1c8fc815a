import type Reveal from 'reveal.js';
import type { LanguageMode } from '../model/language-mode.ts';
import type { Locale } from '../model/types.ts';
import type { PageDeck } from '../render/rendered-deck.ts';
import type { TimerAction } from '../protocol/sync-messages.ts';
import type { TimerState } from '../pacing/talk-timer.ts';

/** The reveal.js API object. */
export type RevealApi = InstanceType<typeof Reveal>;

/** Events controllers send each other through the context, never by calling one another. */
export interface TalkEvents {
  'talk:locale-changed': { locale: Locale; previous: Locale; second?: Locale };
  'talk:slide-shown': { slide: HTMLElement };
  /** The talk timer changed (started, paused, reset, or counted a new slide). */
  'talk:timer-changed': { timer: TimerState; rehearsing: boolean };
  /** Someone (speaker view, remote) asks the timer to change. */
  'talk:timer-command': { action: TimerAction };
}

/** What a controller may use: the deck, reveal, the options, and the event bus. */
export interface DeckContext {
  readonly reveal: RevealApi;
  /** The deck shown (without its notes); a new object after an update in place. */
  readonly deck: PageDeck;
  readonly options: RuntimeOptions;
  /** The locale shown now. */
  locale(): Locale;
  /** The languages shown now: the first, and the one beneath it when both are shown. */
  languages(): LanguageMode;
  emit<K extends keyof TalkEvents>(type: K, detail: TalkEvents[K]): void;
  on<K extends keyof TalkEvents>(type: K, listener: (detail: TalkEvents[K]) => void): () => void;
  /** Marks the page busy until `task` settles: the readiness signal waits for it. */
  track(task: Promise<unknown>): void;
  /** Settles when the page first reports ready: work that can wait for the first slide waits for it. */
  readonly firstReady: Promise<void>;
}

/** Options read from the URL. */
export interface RuntimeOptions {
  readonly locale: Locale;
  /** Shown beneath `locale`, smaller (`?lang=zh+en`); absent for one language. */
  readonly second?: Locale;
  /** The page is reveal's print view (`?print-pdf`). */
  readonly print: boolean;
  /** The page runs inside reveal's speaker view as a preview (`?receiver`). */
  readonly receiver: boolean;
  /** One page per fragment step in print view (`?steps`). */
  readonly steps: boolean;
  readonly theme: string;
  /** Start a rehearsal run at once (`?rehearse`). */
  readonly rehearse: boolean;
  /** Load the speaker notes into the slides' asides (`?notes`, print view only: the handout). */
  readonly notes: boolean;
  /**
   * The audience follow-along page: the viewer's own window, driven by the relay; no speaker view,
   * timer or remote, no language shared with other windows, Mermaid only when a diagram is shown.
   */
  readonly follower?: boolean;
  /** Show the audience page's QR code at once (`?audience-qr`; `Q` toggles it). */
  readonly audienceQr?: boolean;
  /**
   * Print view only: the slides to lay out (`?only=<id>,<id>`, an export's `--range`). The others
   * keep their empty `<section>`, so page and slide numbers stay the deck's, but nothing in them is
   * laid out, loaded or drawn.
   */
  readonly only?: ReadonlySet<string>;
}

/** The lifecycle every controller may implement; the coordinator calls each phase in turn. */
export interface Controller {
  /** Before reveal.js starts: read or prepare the DOM. */
  mount?(): void;
  /** After reveal.js is ready: subscribe to events. */
  bind?(): void;
  unbind?(): void;
  /** The deck's slides were replaced in place (a slide module was saved in `npm start`): re-read them. */
  refresh?(): void;
}
