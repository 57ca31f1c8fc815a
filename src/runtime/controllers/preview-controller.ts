import type { Controller, DeckContext } from '../deck-context.ts';
import { asPreviewShow, PREVIEW_READY, PREVIEW_SHOWN, previewTargetOrigin, type PreviewShow, type PreviewShown } from '../../protocol/preview-messages.ts';

/**
 * Makes this page a preview inside the speaker view (`?receiver` in a frame): the speaker view
 * posts which slide and step to show, this page moves its own reveal.js and answers with where it
 * stands. Messages, not window.Reveal, because in the single-file build the frame is a file://
 * page with an opaque origin that its parent cannot reach into.
 */
export class PreviewController implements Controller {
  private readonly onMessage = (event: MessageEvent): void => {
    // Only the page that holds this frame drives it.
    if (event.source !== window.parent || event.origin !== window.origin) return;
    const request = asPreviewShow(event.data);
    if (request) void this.show(request);
  };

  constructor(private readonly ctx: Pick<DeckContext, 'reveal'>) {}

  bind(): void {
    window.addEventListener('message', this.onMessage);
    this.post({ type: PREVIEW_READY });
  }

  unbind(): void {
    window.removeEventListener('message', this.onMessage);
  }

  private async show(request: PreviewShow): Promise<void> {
    const { reveal } = this.ctx;
    reveal.slide(request.h, request.v, request.f);
    if (request.steps === 1) reveal.next();
    else if (request.steps === -1) reveal.prev();
    const { h, v, f } = reveal.getIndices();
    const answer: PreviewShown = { type: PREVIEW_SHOWN, id: request.id, h, v: v ?? 0, f, slide: reveal.getCurrentSlide()?.id ?? '' };
    if (request.settle) await deckReady();
    this.post(answer);
  }

  private post(message: PreviewShown | { type: typeof PREVIEW_READY }): void {
    window.parent.postMessage(message, previewTargetOrigin(window.origin));
  }
}

/**
 * Resolves once `<html data-deck-ready>` is "true": moving reveal marks the page busy at once
 * (create-deck tracks every slide and fragment change), so this waits for the new step's diagrams.
 */
function deckReady(): Promise<void> {
  const root = document.documentElement;
  if (root.dataset.deckReady === 'true') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (root.dataset.deckReady !== 'true') return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributes: true, attributeFilter: ['data-deck-ready'] });
  });
}
