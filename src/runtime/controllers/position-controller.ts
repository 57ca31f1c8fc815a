import type { Controller, DeckContext } from '../deck-context.ts';

const MOVES = ['slidechanged', 'fragmentshown', 'fragmenthidden'] as const;

/**
 * Writes the slide and step into the URL hash at once. reveal.js writes it at most once a second
 * (its replaceState debounce), so a reload right after a step landed one step back; the place
 * must survive a reload on stage.
 */
export class PositionController implements Controller {
  private readonly write = (): void => {
    window.history.replaceState(window.history.state, '', `#${this.ctx.reveal.getSlidePath()}`);
  };

  constructor(private readonly ctx: Pick<DeckContext, 'reveal'>) {}

  bind(): void {
    for (const type of MOVES) this.ctx.reveal.on(type, this.write);
  }

  unbind(): void {
    for (const type of MOVES) this.ctx.reveal.off(type, this.write);
  }
}
