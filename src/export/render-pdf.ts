import type { Browser } from 'playwright-core';
import type { Locale } from '../model/types.ts';
import { ExportError } from './export-error.ts';
import { A4_PORTRAIT, layoutHandout } from './handout-layout.ts';
import { openPrintView, type PrintViewRequest } from './print-view.ts';

/** What to print: the print view to open (its page size is the PDF's own), notes or not. */
export interface PrintRequest extends Omit<PrintViewRequest, 'viewport' | 'scale' | 'notes'> {
  readonly notes: boolean;
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
  // The page size comes from the @page rule (reveal's, or the handout's); the viewport must not be
  // wider than the handout's paper, or Chromium shrinks the printed pages to fit it.
  const viewport = request.notes ? { width: A4_PORTRAIT.width, height: A4_PORTRAIT.height } : { width: 1280, height: 720 };
  const deck = await openPrintView(browser, { ...request, viewport });
  try {
    const { page } = deck;
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
