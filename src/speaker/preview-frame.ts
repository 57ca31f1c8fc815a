import type { DeckPosition } from '../protocol/sync-messages.ts';
import { asPreviewShown, isPreviewReady, PREVIEW_SHOW, previewTargetOrigin, type PreviewShow, type PreviewSteps } from '../protocol/preview-messages.ts';

/**
 * A live preview of the deck: the deck's own page in an iframe (`?receiver`), driven by messages
 * (see preview-messages.ts) rather than through its window.Reveal, so it works the same when the
 * frame is a file:// page of the single-file build. The deck itself draws diagrams and formulas,
 * so the preview looks exactly like the audience's screen.
 */
export class PreviewFrame {
  readonly element: HTMLIFrameElement;
  /** Resolves once the preview's deck has started and listens. */
  readonly ready: Promise<void>;
  private requests = 0;
  private readonly pending = new Map<number, (position: DeckPosition) => void>();

  constructor(src: URL, label: string) {
    const frame = document.createElement('iframe');
    frame.title = label;
    frame.tabIndex = -1;
    frame.src = src.href;
    this.element = frame;
    let started: () => void = () => undefined;
    this.ready = new Promise((resolve) => (started = resolve));
    window.addEventListener('message', (event: MessageEvent) => {
      // Only this frame answers for it.
      if (event.source !== frame.contentWindow || event.origin !== window.origin) return;
      if (isPreviewReady(event.data)) started();
      const answer = asPreviewShown(event.data);
      if (!answer) return;
      this.pending.get(answer.id)?.({ h: answer.h, v: answer.v, f: answer.f, slide: answer.slide });
      this.pending.delete(answer.id);
    });
  }

  /**
   * Shows `position`, then `steps` steps further (1: the next step or slide), and resolves with
   * where the preview then stands: once it is drawn, or with `settle: false` as soon as it moved.
   */
  async show(position: Pick<DeckPosition, 'h' | 'v' | 'f'>, steps: PreviewSteps = 0, settle = true): Promise<DeckPosition> {
    await this.ready;
    const id = ++this.requests;
    const request: PreviewShow = { type: PREVIEW_SHOW, id, h: position.h, v: position.v, f: position.f ?? -1, steps, settle };
    const answer = new Promise<DeckPosition>((resolve) => this.pending.set(id, resolve));
    this.element.contentWindow?.postMessage(request, previewTargetOrigin(window.origin));
    return answer;
  }
}
