import type { Locale } from '../model/types.ts';
import type { DeckPosition } from './sync-messages.ts';

/**
 * Custom events on the dev server's websocket between the deck, the server and the phone remote.
 * Types and constants only: the server side (src/vite/remote-plugin.ts) imports this module too.
 */
export const REMOTE_EVENTS = {
  /** deck on this machine -> server -> the remotes that proved the secret: where the deck is, its language and timer. */
  state: 'talk:deck-state',
  /** remote -> server: proves the secret and asks for the last state. */
  hello: 'talk:remote-hello',
  /** remote -> server (checks the secret) -> decks. */
  command: 'talk:remote-command',
  /** server -> one remote: what the server thinks of it (secret required? refused?). */
  status: 'talk:remote-status',
} as const;

/** What a remote can ask the deck to do. */
export type RemoteAction = 'next' | 'prev' | 'blackout';

export const REMOTE_ACTIONS: readonly RemoteAction[] = ['next', 'prev', 'blackout'];

/** The deck's state as the remote sees it; elapsed is sent as a duration, since phone and laptop clocks differ. */
export interface RemoteDeckState extends DeckPosition {
  readonly deck: string;
  readonly locale: Locale;
  readonly index: number;
  readonly total: number;
  readonly elapsedMs: number;
  readonly running: boolean;
  readonly paused: boolean;
}

/** A remote's hello: the secret from the QR code's URL, if any. */
export interface RemoteHello {
  readonly secret?: string;
}

/** A command as sent by the remote; the server strips the secret before passing it on. */
export interface RemoteCommand {
  readonly action: RemoteAction;
  readonly secret?: string;
}

/** What the server tells a remote, in answer to its hello and to a refused command. */
export interface RemoteStatus {
  /** The server was started with a secret (`npm start -- --remote`). */
  readonly secretRequired: boolean;
  /**
   * The remote gets no state and its commands are dropped: wrong or missing secret, or (without
   * a secret) the remote is on another machine.
   */
  readonly refused?: boolean;
}
