import { samePosition, syncChannelName, type DeckPosition, type SyncMessage } from '../../protocol/sync-messages.ts';
import type { TimerState } from '../../pacing/talk-timer.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * Keeps the other windows of this deck (the speaker view) on the same slide and step: it posts
 * every move on a BroadcastChannel and follows the moves the others post. It also relays the
 * timer, which this window owns, and the speaker view's timer buttons.
 */
export class SyncController implements Controller {
  private channel: BroadcastChannel | undefined;
  private timer: { timer: TimerState; rehearsing: boolean } | undefined;
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'emit' | 'on'>) {}

  bind(): void {
    if (typeof BroadcastChannel !== 'function') return;
    const channel = new BroadcastChannel(syncChannelName(this.ctx.deck.id));
    this.channel = channel;
    channel.onmessage = (event: MessageEvent<SyncMessage>) => this.onMessage(event.data);
    const { reveal } = this.ctx;
    const moved = (): void => this.post({ type: 'position', ...this.position() });
    for (const type of ['slidechanged', 'fragmentshown', 'fragmenthidden']) reveal.on(type, moved);
    this.offs.push(() => ['slidechanged', 'fragmentshown', 'fragmenthidden'].forEach((type) => reveal.off(type, moved)));
    this.offs.push(
      this.ctx.on('talk:timer-changed', (detail) => {
        this.timer = detail;
        this.post({ type: 'timer-state', ...detail });
      }),
    );
    moved();
  }

  unbind(): void {
    this.offs.forEach((off) => off());
    this.channel?.close();
  }

  /** Where this window is. */
  position(): DeckPosition {
    const { h, v, f } = this.ctx.reveal.getIndices();
    return { h, v: v ?? 0, f, slide: this.ctx.reveal.getCurrentSlide()?.id ?? '' };
  }

  private onMessage(message: SyncMessage): void {
    if (message.type === 'position') {
      if (!samePosition(message, this.position())) this.ctx.reveal.slide(message.h, message.v, message.f ?? -1);
    } else if (message.type === 'hello') {
      this.post({ type: 'position', ...this.position() });
      if (this.timer) this.post({ type: 'timer-state', ...this.timer });
    } else if (message.type === 'timer') {
      this.ctx.emit('talk:timer-command', { action: message.action });
    } else if (message.type === 'blackout') {
      this.ctx.reveal.togglePause();
    }
  }

  private post(message: SyncMessage): void {
    this.channel?.postMessage(message);
  }
}
