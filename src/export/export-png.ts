import path from 'node:path';
import { capturePng } from './capture-png.ts';
import { deckPageOf, type ExportJob, type Written } from './export-job.ts';
import { StagedFolder } from './write-output.ts';

/**
 * The PNG path: one image per slide (or step), each written into a staged folder that replaces
 * `out` only when every image is there. `staged` is the caller's, so that a failure or a cancel
 * anywhere discards it.
 */
export async function exportPng(job: ExportJob, staged: StagedFolder): Promise<Written> {
  const { o, browser, deck, slideIds, indices } = job;
  const files: string[] = [];
  let bytes = 0;
  const pages = await capturePng(browser, {
    ...deckPageOf(job),
    indices,
    slideIds,
    size: o.size,
    scale: o.scale,
    signal: o.signal,
    onImage: async ({ name, bytes: png, slide, done, total }) => {
      o.signal?.throwIfAborted();
      await staged.add(name, png);
      files.push(path.join(o.out, name));
      bytes += png.length;
      o.onProgress({ phase: 'slide', message: `slide ${slide + 1}/${deck.slides.length} ${name}`, done, total });
    },
  });
  const renderedAt = performance.now();
  o.signal?.throwIfAborted();
  await staged.commit();
  return { files, pages, bytes, renderedAt };
}
