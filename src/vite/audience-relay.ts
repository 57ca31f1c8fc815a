import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Locale } from '../model/types.ts';
import { parseHello, sameAudienceState, type AudienceServerMessage, type AudienceState, type RelayKind, type RelayMessage } from '../protocol/audience-messages.ts';

/** A viewer's message larger than this closes its socket (a hello is under 40 bytes). */
const MAX_VIEWER_MESSAGE = 512;
/** Messages a viewer may send per window before its socket is closed: a hello per language switch fits. */
const MESSAGE_BUDGET = 30;
const BUDGET_WINDOW_MS = 10_000;
/** A viewer whose socket holds more unsent bytes than this is skipped until it drains (it then gets the latest state). */
const MAX_BUFFERED = 64 * 1024;
/** Sockets that answer no ping for this long are closed, so gone phones do not hold memory. */
const HEARTBEAT_MS = 15_000;

interface Viewer {
  locale: Locale | undefined;
  messages: number;
  windowStart: number;
  alive: boolean;
  /** Skipped a state while its socket was full. */
  behind: boolean;
}

/** How many viewers follow, and in which language (from their hellos). */
export interface ViewerCounts {
  readonly viewers: number;
  readonly en: number;
  readonly zh: number;
}

/**
 * The viewers' side of the audience follow-along: one websocket server (no HTTP server of its
 * own) that sends every viewer the speaker's slide and step, and what the deck relays (pointer,
 * ink). A viewer can only say hello with its language; anything else it sends is dropped without
 * being read, and a viewer that sends too much or too big is disconnected: handling one is bounded,
 * so a flood from one slows no one else. Each state is serialized once for all viewers.
 */
export class AudienceRelay {
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: MAX_VIEWER_MESSAGE, perMessageDeflate: false, clientTracking: false });
  private readonly viewers = new Map<WebSocket, Viewer>();
  private state: { value: AudienceState; text: string } | undefined;
  /** The last relayed message of each kind, for viewers who join later. */
  private readonly relays = new Map<RelayKind, string>();
  private readonly heartbeat: NodeJS.Timeout;

  constructor() {
    this.heartbeat = setInterval(() => this.beat(), HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  /** Takes over an HTTP upgrade request for the viewers' socket. */
  handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    this.wss.handleUpgrade(request, socket, head, (ws) => this.add(ws));
  }

  /** The speaker's new position: sent to every viewer unless it is where they already are. */
  publish(state: AudienceState): void {
    if (sameAudienceState(this.state?.value, state)) return;
    const message: AudienceServerMessage = { type: 'state', state };
    this.state = { value: state, text: JSON.stringify(message) };
    for (const [ws, viewer] of this.viewers) this.sendState(ws, viewer);
  }

  /** Passes a message of the deck's (pointer, ink) on to every viewer. */
  relay(message: RelayMessage): void {
    const text = JSON.stringify({ type: 'relay', kind: message.kind, data: message.data });
    this.relays.set(message.kind, text);
    for (const ws of this.viewers.keys()) if (ws.bufferedAmount <= MAX_BUFFERED) ws.send(text);
  }

  /** Tells every viewer to load the page again (it was rebuilt after an edit). */
  reload(): void {
    const text = JSON.stringify({ type: 'reload' } satisfies AudienceServerMessage);
    for (const ws of this.viewers.keys()) ws.send(text);
  }

  counts(): ViewerCounts {
    let en = 0;
    let zh = 0;
    for (const viewer of this.viewers.values()) {
      if (viewer.locale === 'en') en++;
      else if (viewer.locale === 'zh') zh++;
    }
    return { viewers: this.viewers.size, en, zh };
  }

  /** Drops every viewer's connection (they reconnect by themselves): for tests and restarts. */
  dropAll(): void {
    for (const ws of this.viewers.keys()) ws.terminate();
  }

  close(): void {
    clearInterval(this.heartbeat);
    this.dropAll();
    this.wss.close();
  }

  private add(ws: WebSocket): void {
    const viewer: Viewer = { locale: undefined, messages: 0, windowStart: Date.now(), alive: true, behind: false };
    this.viewers.set(ws, viewer);
    ws.on('close', () => this.viewers.delete(ws));
    ws.on('error', () => ws.terminate());
    ws.on('pong', () => (viewer.alive = true));
    ws.on('message', (data, isBinary) => this.onMessage(ws, viewer, data, isBinary));
    // A late joiner lands on the current slide and step, and sees the current drawing.
    if (this.state) ws.send(this.state.text);
    for (const text of this.relays.values()) ws.send(text);
  }

  private onMessage(ws: WebSocket, viewer: Viewer, data: unknown, isBinary: boolean): void {
    const now = Date.now();
    if (now - viewer.windowStart > BUDGET_WINDOW_MS) {
      viewer.windowStart = now;
      viewer.messages = 0;
    }
    if (++viewer.messages > MESSAGE_BUDGET) {
      ws.terminate();
      return;
    }
    // "Hello, my language" is all a viewer may say.
    if (isBinary) return;
    const hello = parseHello(String(data));
    if (hello) viewer.locale = hello.locale;
  }

  private sendState(ws: WebSocket, viewer: Viewer): void {
    if (!this.state) return;
    if (ws.bufferedAmount > MAX_BUFFERED) {
      viewer.behind = true;
      return;
    }
    viewer.behind = false;
    ws.send(this.state.text);
  }

  private beat(): void {
    for (const [ws, viewer] of this.viewers) {
      if (!viewer.alive) {
        ws.terminate();
        continue;
      }
      viewer.alive = false;
      ws.ping();
      if (viewer.behind) this.sendState(ws, viewer);
    }
  }
}
