import type { Browser } from 'playwright-core';
import { finishPptx } from './finish-pptx.ts';
import { readDeckLayout, type LayoutRequest } from './read-deck-layout.ts';
import { pictureSvg, writePptx, type PptxMeta } from './write-pptx.ts';

/** A written PowerPoint file, and what is in it. */
export interface RenderedPptx {
  readonly bytes: Uint8Array;
  /** Slide id of every slide, in order. */
  readonly slideIds: readonly string[];
  /** Slides whose step-by-step elements are shown all at once. */
  readonly flattened: number;
  /** Pictures on the slides (diagrams, formulas, QR codes, images, videos). */
  readonly pictures: number;
}

/**
 * A PPTX a colleague can edit, from the print view Chromium laid out for the PDF: text boxes,
 * native tables and pictures where the page shows them, notes in the notes pane.
 */
export async function renderPptx(browser: Browser, request: LayoutRequest, meta: PptxMeta): Promise<RenderedPptx> {
  const layout = await readDeckLayout(browser, request);
  request.onStatus(`writing ${layout.slides.length} slides…`);
  const svgFallbacks = new Map<string, Uint8Array>();
  for (const [item, files] of layout.pictures) {
    const svg = pictureSvg(item, files);
    if (svg !== undefined) svgFallbacks.set(svg, files.png);
  }
  const written = await writePptx(layout.slides, layout.pictures, meta);
  const bytes = await finishPptx(written.bytes, { notes: layout.slides.map((slide) => slide.notes), language: meta.language, svgFallbacks, videoAlts: written.videoAlts });
  return {
    bytes,
    slideIds: layout.slides.map((slide) => slide.id),
    flattened: layout.slides.filter((slide) => slide.steps > 0).length,
    pictures: layout.pictures.size,
  };
}
