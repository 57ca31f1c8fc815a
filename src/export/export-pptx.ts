import { checkPages, documentMetadata, writingMessage, type ExportJob, type Written } from './export-job.ts';
import { renderPptx } from './pptx/render-pptx.ts';
import { writeFileAtomic } from './write-output.ts';

/** The language tag office suites use for the PPTX's runs and document. */
const PPTX_LANG = { en: 'en-US', zh: 'zh-CN' } as const;

/** The PPTX path: the print view is read box by box and written as editable slides. */
export async function exportPptx({ o, browser, baseUrl, deck, picked }: ExportJob): Promise<Written> {
  const written = await renderPptx(
    browser,
    {
      baseUrl,
      deck: o.deck,
      locale: o.locale,
      slideIds: o.range ? picked : undefined,
      timeoutMs: o.timeoutMs,
      onStatus: (message) => o.onProgress({ phase: 'load', message }),
    },
    { ...documentMetadata(deck, o), language: PPTX_LANG[o.locale] },
  );
  checkPages(written.slideIds, picked, o);
  const renderedAt = performance.now();
  o.signal?.throwIfAborted();
  o.onProgress({ phase: 'write', message: writingMessage(o.out) });
  await writeFileAtomic(o.out, written.bytes);
  return { files: [o.out], pages: written.slideIds.length, bytes: written.bytes.length, renderedAt, flattened: written.flattened };
}
