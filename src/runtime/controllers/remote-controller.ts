import { REMOTE_ACTIONS, REMOTE_EVENTS, type RemoteAction, type RemoteDeckState } from '../../protocol/remote-messages.ts';
import { elapsedAt, isRunning, STOPPED, type TimerState } from '../../pacing/talk-timer.ts';
import type { Controller, DeckContext } from '../deck-context.ts';

/**
 * Lets the phone remote drive the deck through the dev server's own websocket (`npm start --
 * --remote`): commands arrive as custom events the server has checked, and every move, language
 * change and timer change goes back to the remote. Absent in a static build (no dev server).
 */
export class RemoteController implements Controller {
  private timer: TimerState = STOPPED;
  private offs: (() => void)[] = [];

  constructor(private readonly ctx: Pick<DeckContext, 'reveal' | 'deck' | 'on' | 'locale'>) {}

  bind(): void {
    const hot = import.meta.hot;
    if (!hot) return;
    const onCommand = ({ action }: { action: RemoteAction }): void => {
      if (REMOTE_ACTIONS.includes(action)) this.act(action);
    };
    hot.on(REMOTE_EVENTS.command, onCommand);
    this.offs.push(() => hot.off(REMOTE_EVENTS.command, onCommand));
    const { reveal } = this.ctx;
    const send = (): void => hot.send(REMOTE_EVENTS.state, this.state());
    const types = ['slidechanged', 'fragmentshown', 'fragmenthidden', 'paused', 'resumed'];
    types.forEach((type) => reveal.on(type, send));
    this.offs.push(() => types.forEach((type) => reveal.off(type, send)));
    this.offs.push(this.ctx.on('talk:locale-changed', send));
    this.offs.push(
      this.ctx.on('talk:timer-changed', ({ timer }) => {
        this.timer = timer;
        send();
      }),
    );
    send();
  }

  unbind(): void {
    this.offs.forEach((off) => off());
  }

  private act(action: RemoteAction): void {
    const { reveal } = this.ctx;
    if (action === 'next') reveal.next();
    else if (action === 'prev') reveal.prev();
    else reveal.togglePause();
  }

  private state(): RemoteDeckState {
    const { reveal } = this.ctx;
    const { h, v, f } = reveal.getIndices();
    return {
      deck: this.ctx.deck.id,
      locale: this.ctx.locale(),
      h,
      v: v ?? 0,
      f,
      slide: reveal.getCurrentSlide()?.id ?? '',
      index: reveal.getSlidePastCount() + 1,
      total: reveal.getTotalSlides(),
      elapsedMs: elapsedAt(this.timer, Date.now()),
      running: isRunning(this.timer),
      paused: reveal.isPaused(),
    };
  }
}
