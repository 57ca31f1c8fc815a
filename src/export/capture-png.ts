import type { Browser } from 'playwright-core';
import { formatLanguageMode } from '../model/language-mode.ts';
import { assertDeckHealthy, openDeckPage, waitDeckReady } from './deck-page.ts';
import type { PrintViewRequest } from './print-view.ts';

/** What to capture: the deck page as the print view would open it (not printed), and the images. */
export interface CaptureRequest extends Pick<PrintViewRequest, 'baseUrl' | 'deck' | 'locale' | 'second' | 'storage' | 'steps' | 'timeoutMs'> {
  /** 0-based slide positions to capture, in order. */
  readonly indices: readonly number[];
  readonly slideIds: readonly string[];
  readonly size: { width: number; height: number };
  readonly scale: number;
  /** Called with each image as soon as it is taken. */
  readonly onImage: (image: { name: string; bytes: Uint8Array; slide: number; done: number; total: number }) => Promise<void>;
  readonly signal?: AbortSignal;
}

interface RevealLike {
  slide(h: number, v?: number, f?: number): void;
  getCurrentSlide(): HTMLElement;
}

/**
 * One PNG per slide (all its steps shown) or, with `steps`, per step, of the normal view at
 * `size` and `scale`: go to the slide, wait for the readiness signal, take a screenshot.
 */
export async function capturePng(browser: Browser, request: CaptureRequest): Promise<number> {
  const deck = await openDeckPage(browser, {
    baseUrl: request.baseUrl,
    query: { deck: request.deck, lang: formatLanguageMode({ first: request.locale, second: request.second }) },
    storage: request.storage,
    viewport: request.size,
    scale: request.scale,
    dataset: { talkCapture: 'png' },
  });
  try {
    const { page } = deck;
    await waitDeckReady(deck, request.timeoutMs);
    const fragmentCounts = await page.$$eval('.reveal .slides > section', (sections) =>
      sections.map((section) => new Set([...section.querySelectorAll<HTMLElement>('.fragment')].map((f) => f.dataset.fragmentIndex ?? '')).size),
    );
    const shots = request.indices.flatMap((h) => {
      const count = fragmentCounts[h] ?? 0;
      // Without steps a slide is shown whole (every fragment), as in the PDF.
      if (!request.steps || count === 0) return [{ h, f: count - 1, step: 0 }];
      return Array.from({ length: count + 1 }, (_, i) => ({ h, f: i - 1, step: i + 1 }));
    });
    const width = String(fragmentCounts.length).length < 2 ? 2 : String(fragmentCounts.length).length;
    let done = 0;
    for (const shot of shots) {
      request.signal?.throwIfAborted();
      await page.evaluate(({ h, f }) => (window as unknown as { Reveal: RevealLike }).Reveal.slide(h, 0, f), shot);
      const id = request.slideIds[shot.h] ?? `slide-${shot.h + 1}`;
      await waitDeckReady(deck, request.timeoutMs, id);
      await assertDeckHealthy(deck);
      const bytes = await page.screenshot({ type: 'png', animations: 'disabled', caret: 'hide' });
      const name = `${String(shot.h + 1).padStart(width, '0')}-${id}${shot.step > 0 ? `-${shot.step}` : ''}.png`;
      await request.onImage({ name, bytes, slide: shot.h, done: ++done, total: shots.length });
    }
    return shots.length;
  } finally {
    await deck.context.close();
  }
}
