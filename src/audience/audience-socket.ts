import { AUDIENCE_SOCKET_PATH, parseServerMessage, type AudienceHello, type AudienceServerMessage } from '../protocol/audience-messages.ts';
import type { Locale } from '../model/types.ts';

/** Where the connection is. */
export type SocketStatus = 'connecting' | 'open' | 'retrying';

/** First retry after this long, doubling up to MAX_DELAY_MS (each with some jitter, so a room does not reconnect in step). */
const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 10_000;

/**
 * The viewer's websocket to the relay: says hello with the viewer's language, hands on what the
 * server sends, and when the connection drops reconnects by itself with backoff (the server sends
 * the current state on every connection, so the page catches up).
 */
export class AudienceSocket {
  private socket: WebSocket | undefined;
  private failures = 0;

  constructor(
    private locale: Locale,
    private readonly onMessage: (message: AudienceServerMessage) => void,
    private readonly onStatus: (status: SocketStatus) => void,
  ) {}

  connect(): void {
    this.onStatus(this.failures === 0 ? 'connecting' : 'retrying');
    const url = new URL(AUDIENCE_SOCKET_PATH, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    const socket = new WebSocket(url);
    this.socket = socket;
    socket.addEventListener('open', () => {
      this.failures = 0;
      this.onStatus('open');
      this.hello();
    });
    socket.addEventListener('message', (event) => {
      const message = typeof event.data === 'string' ? parseServerMessage(event.data) : undefined;
      if (message) this.onMessage(message);
    });
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = undefined;
      const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** this.failures++);
      this.onStatus('retrying');
      window.setTimeout(() => this.connect(), delay * (0.75 + Math.random() * 0.5));
    });
  }

  /** The viewer switched language: the server counts viewers per language, nothing more. */
  setLocale(locale: Locale): void {
    this.locale = locale;
    this.hello();
  }

  private hello(): void {
    const hello: AudienceHello = { type: 'hello', locale: this.locale };
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(hello));
  }
}
