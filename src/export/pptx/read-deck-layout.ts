import type { Browser, Page } from 'playwright-core';
import { ExportError } from '../export-error.ts';
import { openPrintView, type PrintViewRequest } from '../print-view.ts';
import { installSvgReader } from './page-svg.ts';
import { readLaidOutSlides } from './page-slides.ts';
import { installTextReader } from './page-text.ts';
import type { Box, LaidOutSlide, PictureItem } from './slide-layout.ts';
import type { PictureFiles } from './write-pptx.ts';

/** What to read: the print view of one language, every step shown, with its notes. */
export type LayoutRequest = Pick<PrintViewRequest, 'baseUrl' | 'deck' | 'locale' | 'slideIds' | 'timeoutMs' | 'onStatus'>;

/** The slides as laid out, and the files of their pictures. */
export interface DeckLayout {
  readonly slides: readonly LaidOutSlide[];
  readonly pictures: ReadonlyMap<PictureItem, PictureFiles>;
}

/**
 * Opens the same print view the PDF prints (every step of a slide shown), reads each slide's
 * boxes, runs and pictures from it, and takes each picture as a PNG at twice the pixels (the
 * fallback PowerPoint shows where it cannot draw SVG, and the picture of a formula).
 */
export async function readDeckLayout(browser: Browser, request: LayoutRequest): Promise<DeckLayout> {
  const deck = await openPrintView(browser, { ...request, steps: false, notes: true, viewport: PRINT_VIEWPORT, scale: 2 });
  try {
    return await readLayout(deck.page, request);
  } finally {
    await deck.context.close();
  }
}

/** The viewport of the print view that is read (the PDF's). */
export const PRINT_VIEWPORT = { width: 1280, height: 720 } as const;

/** Reads an open, ready print view: its slides, and a PNG and the files of each picture. */
export async function readLayout(page: Page, request: Pick<LayoutRequest, 'baseUrl' | 'onStatus'>): Promise<DeckLayout> {
  // A TypeScript transform may wrap the page functions' inner functions in a naming helper
  // (keepNames) that the page does not have: give the page a harmless one.
  await page.evaluate('globalThis.__name ??= (fn) => fn');
  await page.evaluate(installTextReader);
  await page.evaluate(installSvgReader);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  request.onStatus('reading the laid-out slides…');
  const slides = await page.evaluate(readLaidOutSlides);
  const all = slides.flatMap((slide) => slide.items.filter((item): item is PictureItem => item.kind === 'picture').map((item) => ({ slide, item })));
  const pictures = new Map<PictureItem, PictureFiles>();
  let done = 0;
  for (const { slide, item } of all) {
    const png = await screenshot(page, item.clip);
    const file = item.src ? await fetchFile(page, request.baseUrl, item.src, slide.id) : undefined;
    const media = item.media ? await fetchFile(page, request.baseUrl, item.media, slide.id) : undefined;
    pictures.set(item, { png, file, media });
    done++;
    if (done % 5 === 0 || done === all.length) request.onStatus(`picture ${done}/${all.length} (slide "${slide.id}")`);
  }
  return { slides, pictures };
}

/**
 * A PNG of a region of the print view (document coordinates). Scrolled into the viewport first:
 * a full-page capture of a long deck redraws every page and is many times slower.
 */
async function screenshot(page: Page, clip: Box): Promise<Uint8Array> {
  const viewport = page.viewportSize() ?? PRINT_VIEWPORT;
  if (clip.h > viewport.height || clip.x + clip.w > viewport.width) {
    return page.screenshot({ type: 'png', fullPage: true, clip: { x: clip.x, y: clip.y, width: clip.w, height: clip.h }, animations: 'disabled' });
  }
  const scrolled = await page.evaluate((y) => {
    window.scrollTo(0, y);
    return window.scrollY;
  }, clip.y);
  return page.screenshot({ type: 'png', clip: { x: clip.x, y: clip.y - scrolled, width: clip.w, height: clip.h }, animations: 'disabled' });
}

/** A file the deck serves (an image, a poster, a video), read from its own server only. */
async function fetchFile(page: Page, baseUrl: string, url: string, slideId: string): Promise<{ type: string; bytes: Uint8Array }> {
  const inline = /^data:([^;,]+)?(;base64)?,(.*)$/s.exec(url);
  if (inline) {
    const body = inline[3] ?? '';
    const bytes = inline[2] ? Buffer.from(body, 'base64') : Buffer.from(decodeURIComponent(body));
    return { type: inline[1] ?? 'text/plain', bytes: new Uint8Array(bytes) };
  }
  const origin = new URL(baseUrl).origin;
  if (!url.startsWith(`${origin}/`)) {
    throw new ExportError(`[talk] slide "${slideId}" shows ${url}, which is not served by the deck: export reads only the deck's own files.`);
  }
  const response = await page.request.get(url);
  if (!response.ok()) throw new ExportError(`[talk] slide "${slideId}": ${url} answered ${response.status()}`);
  const type = (response.headers()['content-type'] ?? 'application/octet-stream').split(';')[0]?.trim() ?? 'application/octet-stream';
  return { type, bytes: new Uint8Array(await response.body()) };
}
