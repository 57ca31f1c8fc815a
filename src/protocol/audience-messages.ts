import { LOCALES, type Locale } from '../model/types.ts';

/**
 * The audience follow-along (`npm start -- --audience`): messages between the dev server and the
 * viewers' pages, over a websocket of its own (never Vite's, whose broadcasts carry notes edits).
 * Types, constants and parsers only: the server (src/vite/audience-plugin.ts) imports this too.
 */

/** The viewers' websocket, on the dev server. */
export const AUDIENCE_SOCKET_PATH = '/_talk/audience';
/** Where the audience page is served (a build of audience.html without notes). */
export const AUDIENCE_PAGE_PATH = '/audience/';
/** The audience URL and its QR code as SVG, for the deck on the laptop (`Q`): `{ url, svg }`. */
export const AUDIENCE_INFO_PATH = '/_talk/audience.json';

/** Custom events on Vite's websocket, from the deck on the laptop to the server. */
export const AUDIENCE_EVENTS = {
  /**
   * deck -> server -> every viewer, untouched: `{ kind, data }` (RelayMessage). The laser pointer
   * and the pen send theirs here; the server keeps the last of each kind for viewers who join later.
   */
  relay: 'talk:audience-relay',
} as const;

/** What the deck may relay to the viewers. */
export type RelayKind = 'pointer' | 'ink';
export const RELAY_KINDS: readonly RelayKind[] = ['pointer', 'ink'];
/** A relayed message larger than this (JSON) is dropped: the whole drawing of a slide fits. */
export const MAX_RELAY_BYTES = 256 * 1024;

/** deck -> server (Vite's websocket), and server -> viewers (inside `{ type: 'relay' }`). */
export interface RelayMessage {
  readonly kind: RelayKind;
  /** Whatever the sender's viewer-side code understands (JSON). */
  readonly data: unknown;
}

/** Where the speaker is: what every viewer follows. No notes, no timer. */
export interface AudienceState {
  readonly deck: string;
  readonly h: number;
  readonly v: number;
  /** The fragment step; -1 (or absent) when none is shown. */
  readonly f: number | undefined;
  readonly slide: string;
  /** Blackout (B) on the projector. */
  readonly paused: boolean;
}

/**
 * server -> viewer. `reload`: the audience page was built again (a slide or asset was edited while
 * `npm start -- --audience` runs); the viewer loads it again and lands on the speaker's place.
 */
export type AudienceServerMessage = { readonly type: 'state'; readonly state: AudienceState } | ({ readonly type: 'relay' } & RelayMessage) | { readonly type: 'reload' };

/** viewer -> server: the only message a viewer may send ("hello, my language"); anything else is dropped. */
export interface AudienceHello {
  readonly type: 'hello';
  readonly locale: Locale;
}

/** A viewer's hello, or undefined for anything else (which the server ignores). */
export function parseHello(text: string): AudienceHello | undefined {
  try {
    const value = JSON.parse(text) as Partial<AudienceHello> | null;
    const locale = LOCALES.find((l) => l === value?.locale);
    return value?.type === 'hello' && locale ? { type: 'hello', locale } : undefined;
  } catch {
    return undefined;
  }
}

/** The state to relay, from what the deck posts to the remote (src/runtime/remote-messages.ts), or undefined. */
export function audienceStateOf(posted: unknown): AudienceState | undefined {
  if (!posted || typeof posted !== 'object') return undefined;
  const p = posted as Record<string, unknown>;
  const int = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
  if (typeof p.deck !== 'string' || typeof p.slide !== 'string' || !int(p.h)) return undefined;
  return { deck: p.deck, h: p.h, v: int(p.v) ? p.v : 0, f: int(p.f) ? p.f : undefined, slide: p.slide, paused: p.paused === true };
}

/** A relay message from the deck, or undefined when its kind is unknown. */
export function relayOf(posted: unknown): RelayMessage | undefined {
  if (!posted || typeof posted !== 'object') return undefined;
  const { kind, data } = posted as Partial<RelayMessage>;
  const known = RELAY_KINDS.find((k) => k === kind);
  return known ? { kind: known, data } : undefined;
}

/** A server message, as the viewer's page reads it; undefined for anything it does not know. */
export function parseServerMessage(text: string): AudienceServerMessage | undefined {
  try {
    const value = JSON.parse(text) as { type?: unknown; state?: unknown; kind?: unknown; data?: unknown } | null;
    if (value?.type === 'state') {
      const state = audienceStateOf(value.state);
      return state ? { type: 'state', state } : undefined;
    }
    if (value?.type === 'relay') {
      const relay = relayOf(value);
      return relay ? { type: 'relay', ...relay } : undefined;
    }
    if (value?.type === 'reload') return { type: 'reload' };
    return undefined;
  } catch {
    return undefined;
  }
}

/** Whether two states show the same slide and step (the timer and language aside). */
export function sameAudienceState(a: AudienceState | undefined, b: AudienceState | undefined): boolean {
  return !!a && !!b && a.deck === b.deck && a.h === b.h && a.v === b.v && (a.f ?? -1) === (b.f ?? -1) && a.paused === b.paused;
}
