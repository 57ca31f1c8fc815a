import type { Browser, Page } from 'playwright-core';
import { formatLanguageMode } from '../model/language-mode.ts';
import type { Locale } from '../model/types.ts';
import { assertDeckHealthy, openDeckPage, waitDeckReady, type DeckPage } from './deck-page.ts';

/** Which print view to open. */
export interface PrintViewRequest {
  readonly baseUrl: string;
  readonly deck: string;
  readonly locale: Locale;
  /** Both languages at once: each text in `locale` with this one beneath it. */
  readonly second?: Locale;
  readonly steps: boolean;
  /** Load the speaker notes into each slide's `aside.notes` (the page loads them only when asked). */
  readonly notes?: boolean;
  /** Slide ids to keep, in deck order; all when absent. */
  readonly slideIds?: readonly string[];
  readonly timeoutMs: number;
  readonly onStatus: (message: string) => void;
  readonly viewport: { width: number; height: number };
  /** localStorage entries the page starts with (drawings to print, for --annotations). */
  readonly storage?: Record<string, string>;
  /** Device pixel ratio (pictures taken from the page for PPTX are sharper at 2). @default 1 */
  readonly scale?: number;
}

/**
 * Opens reveal's print view (`?print-pdf`, with `?steps` one page per fragment step), waits for
 * the page's readiness signal (set after reveal's pdf-ready and every diagram drawn), checks it is
 * healthy and keeps only the slides asked for. The PDF prints it; the PPTX export reads it.
 * The caller closes `deck.context`.
 */
export async function openPrintView(browser: Browser, request: PrintViewRequest): Promise<DeckPage> {
  const query: Record<string, string | true> = { deck: request.deck, lang: formatLanguageMode({ first: request.locale, second: request.second }), 'print-pdf': true };
  if (request.steps) query.steps = true;
  // The notes: the deck page loads its notes chunk only when asked.
  if (request.notes) query.notes = true;
  // Some slides: the page lays out and draws only those (their ids are kebab-case: no comma).
  if (request.slideIds) query.only = request.slideIds.join(',');
  const deck = await openDeckPage(browser, { baseUrl: request.baseUrl, query, viewport: request.viewport, scale: request.scale, storage: request.storage });
  try {
    request.onStatus('laying out the print view…');
    await reportDiagrams(deck.page, request.onStatus);
    await waitDeckReady(deck, request.timeoutMs);
    await assertDeckHealthy(deck);
    if (request.slideIds) {
      await deck.page.evaluate((keep: string[]) => {
        const wanted = new Set(keep);
        for (const sheet of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
          const id = sheet.querySelector<HTMLElement>('section[data-talk-slide]')?.dataset.talkSlide ?? '';
          if (!wanted.has(id)) sheet.remove();
        }
      }, [...request.slideIds]);
    }
    return deck;
  } catch (error) {
    await deck.context.close();
    throw error;
  }
}

/**
 * Progress while the print view draws its diagrams (the slow part): `diagram 3/8 (slide "x")`.
 * Reported from a MutationObserver in the page; it only informs, nothing waits on it.
 */
async function reportDiagrams(page: Page, onStatus: (message: string) => void): Promise<void> {
  await page.exposeBinding('__talkDiagramDrawn', (_source, done: number, total: number, slide: string) => {
    onStatus(`diagram ${done}/${total} drawn (slide "${slide}")`);
  });
  await page.evaluate(() => {
    const report = (window as unknown as { __talkDiagramDrawn: (done: number, total: number, slide: string) => void }).__talkDiagramDrawn;
    // No named inner functions: a TypeScript transform may wrap them in a helper the page does not have.
    const observer = new MutationObserver((records) => {
      const locale = document.documentElement.dataset.talkLocale ?? 'en';
      for (const record of records) {
        const el = record.target as HTMLElement;
        if (el.dataset.talkRendered !== 'true' || !el.classList.contains(`talk-${locale}`)) continue;
        const all = document.querySelectorAll(`.talk-mermaid.talk-${locale}`);
        const drawn = document.querySelectorAll(`.talk-mermaid.talk-${locale}[data-talk-rendered="true"]`);
        void report(drawn.length, all.length, el.closest('section')?.id ?? '?');
      }
    });
    observer.observe(document.documentElement, { subtree: true, attributes: true, attributeFilter: ['data-talk-rendered'] });
  });
}
