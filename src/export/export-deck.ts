import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { HTML_LANG, LOCALES } from '../model/types.ts';
import { settleWithin, untilAborted } from './cancel.ts';
import { capturePng } from './capture-png.ts';
import { ExportAborted, ExportError, ExportInputError } from './export-error.ts';
import { FORMATS, resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './export-options.ts';
import { findBrowser, NO_BROWSER_HINT } from './find-browser.ts';
import { BrowserUnavailable, launchBrowser } from './launch-browser.ts';
import { parseRange, RangeSpecError } from './parse-range.ts';
import { finishPdf, type Bookmark } from './pdf-outline.ts';
import { phaseOf, placeFailure, trackWhereabouts, type ExportWhereabouts } from './place-failure.ts';
import { renderPptx } from './pptx/render-pptx.ts';
import { prepareDist, type DeckSummary } from './prepare-dist.ts';
import { checkAnnotatedSlides, readAnnotations } from './read-annotations.ts';
import { renderPdf } from './render-pdf.ts';
import { inkKey } from '../protocol/ink-storage.ts';
import { serveDist, type DistServer } from './serve-dist.ts';
import { checkWritable, StagedFolder, writeFileAtomic } from './write-output.ts';

/** What an export wrote, and what it cost. */
export interface ExportResult {
  readonly format: 'pdf' | 'png' | 'pptx';
  readonly deck: string;
  readonly locale: 'en' | 'zh';
  /** The PDF file or the PNG folder. */
  readonly out: string;
  /** Every file written (one PDF, or the PNGs). */
  readonly files: readonly string[];
  /** PDF pages or PNG images. */
  readonly pages: number;
  /** Slides exported (after --range). */
  readonly slides: number;
  /** Total size of what was written. */
  readonly bytes: number;
  /** Wall time of the whole export, and of its parts, in ms. */
  readonly ms: number;
  readonly timings: { readonly build: number; readonly render: number; readonly write: number };
  /** PPTX only: slides whose step-by-step elements are all shown at once. */
  readonly flattened?: number;
  /** True when an up-to-date build (or the given distDir) was used instead of building. */
  readonly reusedBuild: boolean;
}

/**
 * Exports a deck to a PDF (one page per slide or step, or a handout with notes), to PNGs or to an
 * editable PPTX (one slide per slide, notes in the notes pane): builds
 * or reuses the site, serves it on a loopback port, drives the system Chromium, writes atomically.
 * Throws ExportInputError for a wrong request, DeckError(s) for content mistakes, ExportError when
 * the page fails, BrowserUnavailable without a browser, ExportAborted when `signal` fires.
 */
export async function exportDeck(options: ExportOptions = {}): Promise<ExportResult> {
  const began = performance.now();
  let o = resolveExportOptions(options);
  validate(o);
  // Read first: a wrong file is answered before anything is built or launched.
  const annotations = o.annotations === undefined ? undefined : await readAnnotations(o.annotations);
  await checkWritable(o.out, o.format === 'png' ? 'dir' : 'file', o.format === 'pptx' ? 'PPTX' : 'PDF');
  if (o.distDir && !existsSync(path.join(o.distDir, 'index.html'))) {
    throw new ExportInputError(`${o.distDir} is not a built site (no index.html): build it with npm run build, or leave --dist out`);
  }
  const browserPath = o.browserPath ?? findBrowser();
  if (!browserPath) {
    const given = process.env.CHROME_PATH?.trim();
    throw new BrowserUnavailable(given ? `CHROME_PATH is set to "${given}", which does not exist. ${NO_BROWSER_HINT}` : NO_BROWSER_HINT);
  }
  o.signal?.throwIfAborted();
  const where: ExportWhereabouts = { phase: phaseOf('start') };
  const report = o.onProgress;
  o = { ...o, onProgress: (progress) => (trackWhereabouts(where, progress), report(progress)) };

  let server: DistServer | undefined;
  let browser: Browser | undefined;
  const staged = o.format === 'png' ? new StagedFolder(o.out) : undefined;
  // Ctrl-C: closing the browser makes whatever the page was doing fail; the export itself
  // rejects at once (untilAborted) rather than wait for that.
  const onAbort = (): void => void browser?.close().catch(() => undefined);
  o.signal?.addEventListener('abort', onAbort);
  // Chromium starts while the library compiles (or the build runs): the two do not depend on each other.
  const launching = launchBrowser(browserPath).then((started) => (browser = started));
  launching.catch(() => undefined);
  const work = (async (): Promise<ExportResult> => {
    const dist = await prepareDist({
      root: o.root,
      library: o.library,
      distDir: o.distDir,
      deck: o.deck,
      checkDeck: (summary) => void selectSlides(o, summary),
      onStatus: (message) => o.onProgress({ phase: 'build', message }),
    });
    const deck = dist.decks.get(o.deck) as DeckSummary;
    const indices = selectSlides(o, deck);
    const built = performance.now();
    o.signal?.throwIfAborted();
    where.phase = phaseOf('serve');
    server = await serveDist(dist.dir);
    where.phase = phaseOf('start');
    const running = await launching;
    o.signal?.throwIfAborted();
    const slideIds = deck.slides.map((slide) => slide.id);
    if (annotations) checkAnnotatedSlides(annotations, o.deck, slideIds);
    // The page reads its drawings where the presenting browser keeps them.
    const storage = annotations ? { [inkKey(o.deck)]: JSON.stringify(annotations.slides) } : undefined;
    const picked = indices.map((i) => slideIds[i] as string);
    if (o.format === 'pdf') {
      const printed = await renderPdf(running, {
        baseUrl: server.url,
        deck: o.deck,
        locale: o.locale,
        second: o.second,
        storage,
        steps: o.steps,
        notes: o.notes,
        slideIds: o.range ? picked : undefined,
        timeoutMs: o.timeoutMs,
        onStatus: (message) => o.onProgress({ phase: 'load', message }),
      });
      checkPages(printed.pageSlides, picked, o);
      const rendered = performance.now();
      o.signal?.throwIfAborted();
      o.onProgress({ phase: 'write', message: `writing ${path.relative(process.cwd(), o.out) || o.out}` });
      const finished = await finishPdf(printed.bytes, metadata(deck, o), bookmarks(deck, printed.pageSlides, o));
      if (finished.pageCount !== printed.pageSlides.length) {
        throw new ExportError(
          `[talk] Chromium printed ${finished.pageCount} pages where the print view laid out ${printed.pageSlides.length} (deck "${o.deck}"): ` +
            'something outside the slides printed as extra pages.',
        );
      }
      o.signal?.throwIfAborted();
      await writeFileAtomic(o.out, finished.bytes);
      return result(o, dist.reused, [o.out], finished.pageCount, indices.length, finished.bytes.length, began, built, rendered);
    }

    if (o.format === 'pptx') {
      const written = await renderPptx(
        running,
        {
          baseUrl: server.url,
          deck: o.deck,
          locale: o.locale,
          slideIds: o.range ? picked : undefined,
          timeoutMs: o.timeoutMs,
          onStatus: (message) => o.onProgress({ phase: 'load', message }),
        },
        { ...metadata(deck, o), language: PPTX_LANG[o.locale] },
      );
      checkPages(written.slideIds, picked, o);
      const rendered = performance.now();
      o.signal?.throwIfAborted();
      o.onProgress({ phase: 'write', message: `writing ${path.relative(process.cwd(), o.out) || o.out}` });
      await writeFileAtomic(o.out, written.bytes);
      const done = result(o, dist.reused, [o.out], written.slideIds.length, indices.length, written.bytes.length, began, built, rendered);
      return { ...done, flattened: written.flattened };
    }

    const files: string[] = [];
    let bytes = 0;
    const images = await capturePng(running, {
      baseUrl: server.url,
      deck: o.deck,
      locale: o.locale,
      second: o.second,
      storage,
      steps: o.steps,
      indices,
      slideIds,
      size: o.size,
      scale: o.scale,
      timeoutMs: o.timeoutMs,
      signal: o.signal,
      onImage: async ({ name, bytes: png, slide, done, total }) => {
        o.signal?.throwIfAborted();
        await staged?.add(name, png);
        files.push(path.join(o.out, name));
        bytes += png.length;
        o.onProgress({ phase: 'slide', message: `slide ${slide + 1}/${deck.slides.length} ${name}`, done, total });
      },
    });
    const rendered = performance.now();
    o.signal?.throwIfAborted();
    await staged?.commit();
    return result(o, dist.reused, files, images, indices.length, bytes, began, built, rendered);
  })();
  try {
    return await untilAborted(work, o.signal);
  } catch (error) {
    if (o.signal?.aborted) throw new ExportAborted('export cancelled: nothing was written');
    throw placeFailure(error, where, o);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    // Bounded: a browser that will not close is killed by playwright when the process exits.
    await settleWithin(launching, CLOSE_WAIT_MS);
    await settleWithin(browser?.close(), CLOSE_WAIT_MS);
    // The work may still be running after a cancel: let it notice before its staged files go.
    await settleWithin(work, CLOSE_WAIT_MS);
    await staged?.discard();
    await settleWithin(server?.close(), CLOSE_WAIT_MS);
  }
}

/** The language tag office suites use for the PPTX's runs and document. */
const PPTX_LANG = { en: 'en-US', zh: 'zh-CN' } as const;

/** How long cleanup waits for each of the browser, the abandoned work and the server. */
const CLOSE_WAIT_MS = 5000;

function validate(o: ResolvedExportOptions): void {
  if (!FORMATS.includes(o.format)) throw new ExportInputError(`unknown format "${String(o.format)}": use ${FORMATS.join(', ')}`);
  if (o.notes && o.format !== 'pdf') {
    throw new ExportInputError(`--notes makes a PDF handout; use it with --format pdf${o.format === 'pptx' ? ' (the PPTX always has the notes, in each slide\'s notes pane)' : ''}`);
  }
  if (o.steps && o.format === 'pptx') throw new ExportInputError('--steps is for pdf and png: the PPTX has one slide per slide, every step shown');
  if (o.format === 'pptx' && o.second) throw new ExportInputError('--lang with two languages is for pdf and png: a PPTX is written in one language (export one per language)');
  if (o.format === 'pptx' && o.annotations !== undefined) throw new ExportInputError('--annotations is for pdf and png: a PPTX has no drawing layer');
  if (!(o.scale > 0 && o.scale <= 4)) throw new ExportInputError(`bad scale ${o.scale}: use a device pixel ratio between 0.1 and 4, e.g. 2`);
  if (o.range !== undefined) {
    try {
      parseRange(o.range);
    } catch (error) {
      if (error instanceof RangeSpecError) throw new ExportInputError(error.message);
      throw error;
    }
  }
}

function selectSlides(o: ResolvedExportOptions, deck: DeckSummary): number[] {
  // A build from before decks had languages lists none: it has both.
  const languages = deck.languages ?? LOCALES;
  if (!languages.includes(o.locale)) {
    throw new ExportInputError(`deck "${deck.id}" is given in ${languages.join(' and ')} only, not in ${o.locale}: use --lang ${languages.join(' or --lang ')}`);
  }
  if (o.range === undefined) return deck.slides.map((_, i) => i);
  try {
    return parseRange(o.range, deck.slides.length);
  } catch (error) {
    if (error instanceof RangeSpecError) throw new ExportInputError(`${error.message}; deck "${deck.id}"`);
    throw error;
  }
}

/** Pages must follow the deck: every slide asked for, in order, once (or once per step). */
function checkPages(pageSlides: readonly string[], picked: readonly string[], o: ResolvedExportOptions): void {
  const order = pageSlides.filter((id, i) => id !== pageSlides[i - 1]);
  const same = order.length === picked.length && order.every((id, i) => id === picked[i]);
  const counted = o.steps ? pageSlides.length >= picked.length : pageSlides.length === picked.length;
  if (!same || !counted) {
    throw new ExportError(
      `[talk] the print view of deck "${o.deck}" laid out ${pageSlides.length} pages for ${picked.length} slides` +
        ` (pages show: ${order.slice(0, 8).join(', ')}${order.length > 8 ? ', …' : ''}); expected ${o.steps ? 'each slide, once per step' : 'one page per slide'}, in deck order.`,
    );
  }
}

function metadata(deck: DeckSummary, o: ResolvedExportOptions): Parameters<typeof finishPdf>[1] {
  const handout = o.notes ? (o.locale === 'zh' ? '（讲稿）' : ' (handout with speaker notes)') : '';
  return {
    title: deck.title[o.locale],
    author: deck.author[o.locale],
    subject: `${deck.subtitle?.[o.locale] ?? deck.title[o.locale]}${handout}`,
    language: HTML_LANG[o.locale],
  };
}

/** One bookmark per section (at its first page), with its slides beneath. */
function bookmarks(deck: DeckSummary, pageSlides: readonly string[], o: ResolvedExportOptions): Bookmark[] {
  const firstPage = new Map<string, number>();
  pageSlides.forEach((id, page) => firstPage.has(id) || firstPage.set(id, page));
  const titles = new Map(deck.slides.map((slide) => [slide.id, slide.title[o.locale]]));
  return deck.sections.flatMap((section) => {
    const children = section.slideIds.filter((id) => firstPage.has(id)).map((id) => ({ title: titles.get(id) ?? id, page: firstPage.get(id) as number }));
    const first = children[0];
    return first ? [{ title: section.title[o.locale], page: first.page, children }] : [];
  });
}

function result(
  o: ResolvedExportOptions,
  reusedBuild: boolean,
  files: string[],
  pages: number,
  slides: number,
  bytes: number,
  started: number,
  built: number,
  rendered: number,
): ExportResult {
  const now = performance.now();
  return {
    format: o.format,
    deck: o.deck,
    locale: o.locale,
    out: o.out,
    files,
    pages,
    slides,
    bytes,
    ms: now - started,
    timings: { build: built - started, render: rendered - built, write: now - rendered },
    reusedBuild,
  };
}

/** The images in a PNG export folder, in order (for checks). */
export async function listPngs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.png') && statSync(path.join(dir, name)).isFile()).sort();
}
