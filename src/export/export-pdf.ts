import { ExportError } from './export-error.ts';
import { checkPages, deckPageOf, documentMetadata, writingMessage, type ExportJob, type Written } from './export-job.ts';
import { finishPdf, type Bookmark } from './pdf-outline.ts';
import type { DeckSummary } from './prepare-dist.ts';
import { renderPdf } from './render-pdf.ts';
import { writeFileAtomic } from './write-output.ts';

/** The PDF path: Chromium prints the print view, then outline and metadata are added and the file written. */
export async function exportPdf(job: ExportJob): Promise<Written> {
  const { o, browser, deck, picked } = job;
  const printed = await renderPdf(browser, {
    ...deckPageOf(job),
    notes: o.notes,
    slideIds: o.range ? picked : undefined,
    onStatus: (message) => o.onProgress({ phase: 'load', message }),
  });
  checkPages(printed.pageSlides, picked, o);
  const renderedAt = performance.now();
  o.signal?.throwIfAborted();
  o.onProgress({ phase: 'write', message: writingMessage(o.out) });
  const finished = await finishPdf(printed.bytes, documentMetadata(deck, o), bookmarks(deck, printed.pageSlides, o.locale));
  if (finished.pageCount !== printed.pageSlides.length) {
    throw new ExportError(
      `[talk] Chromium printed ${finished.pageCount} pages where the print view laid out ${printed.pageSlides.length} (deck "${o.deck}"): ` +
        'something outside the slides printed as extra pages.',
    );
  }
  o.signal?.throwIfAborted();
  await writeFileAtomic(o.out, finished.bytes);
  return { files: [o.out], pages: finished.pageCount, bytes: finished.bytes.length, renderedAt };
}

/** One bookmark per section (at its first page), with its slides beneath. */
function bookmarks(deck: DeckSummary, pageSlides: readonly string[], locale: 'en' | 'zh'): Bookmark[] {
  const firstPage = new Map<string, number>();
  pageSlides.forEach((id, page) => firstPage.has(id) || firstPage.set(id, page));
  const titles = new Map(deck.slides.map((slide) => [slide.id, slide.title[locale]]));
  return deck.sections.flatMap((section) => {
    const children = section.slideIds.filter((id) => firstPage.has(id)).map((id) => ({ title: titles.get(id) ?? id, page: firstPage.get(id) as number }));
    const first = children[0];
    return first ? [{ title: section.title[locale], page: first.page, children }] : [];
  });
}
