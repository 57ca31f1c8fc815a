import type { RevealApi } from '../runtime/deck-context.ts';
import type { DeckPosition } from '../runtime/pacing/sync-messages.ts';

/**
 * A live preview of the deck: the deck's own page in an iframe (same origin, `?receiver`), driven
 * through its window.Reveal. The deck itself draws diagrams and formulas, so the preview looks
 * exactly like the audience's screen.
 */
export class PreviewFrame {
  readonly element: HTMLIFrameElement;
  /** Resolves with the preview's reveal.js once its deck has started. */
  readonly ready: Promise<RevealApi>;

  constructor(src: URL, label: string) {
    const frame = document.createElement('iframe');
    frame.title = label;
    frame.tabIndex = -1;
    frame.src = src.href;
    this.element = frame;
    this.ready = new Promise((resolve) => {
      const onMessage = (event: MessageEvent<{ type?: string }>): void => {
        if (event.source !== frame.contentWindow || event.data?.type !== 'talk:preview-ready') return;
        window.removeEventListener('message', onMessage);
        resolve((frame.contentWindow as unknown as { Reveal: RevealApi }).Reveal);
      };
      window.addEventListener('message', onMessage);
    });
  }

  /** Shows `position`, then `steps` steps further (1: the next step or slide). */
  async show(position: DeckPosition, steps = 0): Promise<DeckPosition | undefined> {
    const reveal = await this.ready;
    reveal.slide(position.h, position.v, position.f ?? -1);
    for (let i = 0; i < steps; i++) reveal.next();
    return positionOf(reveal);
  }
}

/** Where a reveal.js instance stands. */
export function positionOf(reveal: RevealApi): DeckPosition {
  const { h, v, f } = reveal.getIndices();
  return { h, v: v ?? 0, f, slide: reveal.getCurrentSlide()?.id ?? '' };
}
