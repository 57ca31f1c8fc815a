import type { Browser, Page } from 'playwright-core';
import { formatLanguageMode } from '../model/language-mode.ts';
import type { Locale } from '../model/types.ts';
import { assertDeckHealthy, openDeckPage, waitDeckReady } from './deck-page.ts';
import { ExportError } from './export-error.ts';
import { A4_PORTRAIT, layoutHandout } from './handout-layout.ts';

/** What to print. */
export interface PrintRequest {
  readonly baseUrl: string;
  readonly deck: string;
  readonly locale: Locale;
  /** Shown beneath the first language (`zh+en`). */
  readonly second?: Locale;
  /** localStorage items for the page (the drawings to print). */
  readonly storage?: Record<string, string>;
  readonly steps: boolean;
  readonly notes: boolean;
  /** Slide ids to keep, in deck order; all when absent. */
  readonly slideIds?: readonly string[];
  readonly timeoutMs: number;
  readonly onStatus: (message: string) => void;
}

/** Chromium's PDF, and which slide each of its pages shows. */
export interface PrintedPdf {
  readonly bytes: Uint8Array;
  /** Slide id of every page, in order. */
  readonly pageSlides: readonly string[];
}

const NO_NOTES: Record<Locale, string> = { en: 'No notes for this slide.', zh: '本页没有备注。' };

/**
 * Opens reveal's print view (`?print-pdf`, with `?steps` one page per fragment step), waits for
 * the page's readiness signal (set after reveal's pdf-ready and every diagram drawn), keeps the
 * slides asked for, lays out the handout if asked, and prints with Chromium.
 */
export async function renderPdf(browser: Browser, request: PrintRequest): Promise<PrintedPdf> {
  const query: Record<string, string | true> = { deck: request.deck, lang: formatLanguageMode({ first: request.locale, second: request.second }), 'print-pdf': true };
  if (request.steps) query.steps = true;
  // The handout's notes: the deck page loads its notes chunk only when asked.
  if (request.notes) query.notes = true;
  // The page size comes from the @page rule (reveal's, or the handout's); the viewport must not be
  // wider than the handout's paper, or Chromium shrinks the printed pages to fit it.
  const viewport = request.notes ? { width: A4_PORTRAIT.width, height: A4_PORTRAIT.height } : { width: 1280, height: 720 };
  const deck = await openDeckPage(browser, { baseUrl: request.baseUrl, query, viewport, storage: request.storage });
  try {
    request.onStatus('laying out the print view…');
    await reportDiagrams(deck.page, request.onStatus);
    await waitDeckReady(deck, request.timeoutMs);
    await assertDeckHealthy(deck);
    const { page } = deck;
    if (request.slideIds) {
      await page.evaluate((keep: string[]) => {
        const wanted = new Set(keep);
        for (const sheet of document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')) {
          const id = sheet.querySelector<HTMLElement>('section[data-talk-slide]')?.dataset.talkSlide ?? '';
          if (!wanted.has(id)) sheet.remove();
        }
      }, [...request.slideIds]);
    }
    if (request.notes) await page.evaluate(layoutHandout, { ...A4_PORTRAIT, noNotes: NO_NOTES[request.locale] });
    const layout = await page.evaluate(async () => {
      // Text that is new in this layout (handout notes) may need font chunks not loaded yet.
      void document.body.offsetHeight;
      await document.fonts.ready;
      const sheets = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page, .reveal .slides > .talk-handout-page')];
      const strays = [...document.body.children].filter((el) => !el.classList.contains('reveal') && !['SCRIPT', 'STYLE', 'LINK'].includes(el.tagName));
      return {
        pageSlides: sheets.map((sheet) => sheet.querySelector<HTMLElement>('section[data-talk-slide]')?.dataset.talkSlide ?? ''),
        strays: strays.map((el) => `<${el.tagName.toLowerCase()} class="${el.className}">`),
      };
    });
    if (layout.strays.length > 0) {
      // Mermaid's tooltip <div> in <body> once made an extra blank page (DESIGN.md).
      throw new ExportError(`[talk] the print view has elements outside the deck that would print as extra pages: ${layout.strays.join(', ')}`);
    }
    request.onStatus(`printing ${layout.pageSlides.length} pages…`);
    const bytes = await page.pdf({ preferCSSPageSize: true, printBackground: true, tagged: true, outline: false });
    return { bytes, pageSlides: layout.pageSlides };
  } finally {
    await deck.context.close();
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
