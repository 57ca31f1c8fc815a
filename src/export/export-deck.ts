import { existsSync, statSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { LOCALES } from '../model/types.ts';
import { settleWithin, untilAborted } from './cancel.ts';
import { ExportAborted, ExportInputError } from './export-error.ts';
import type { ExportJob, Written } from './export-job.ts';
import { exportPdf } from './export-pdf.ts';
import { exportPng } from './export-png.ts';
import { exportPptx } from './export-pptx.ts';
import { FORMATS, resolveExportOptions, type ExportOptions, type ResolvedExportOptions } from './export-options.ts';
import { findBrowser, NO_BROWSER_HINT } from './find-browser.ts';
import { BrowserUnavailable, launchBrowser } from './launch-browser.ts';
import { parseRange, RangeSpecError } from './parse-range.ts';
import { phaseOf, placeFailure, trackWhereabouts, type ExportWhereabouts } from './place-failure.ts';
import { prepareDist, type DeckSummary } from './prepare-dist.ts';
import { checkAnnotatedSlides, readAnnotations } from './read-annotations.ts';
import { inkKey } from '../protocol/ink-storage.ts';
import { serveDist, type DistServer } from './serve-dist.ts';
import { checkWritable, StagedFolder } from './write-output.ts';

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
  const browserPath = o.browser ? undefined : (o.browserPath ?? findBrowser());
  if (!o.browser && !browserPath) {
    const given = process.env.CHROME_PATH?.trim();
    throw new BrowserUnavailable(given ? `CHROME_PATH is set to "${given}", which does not exist. ${NO_BROWSER_HINT}` : NO_BROWSER_HINT);
  }
  o.signal?.throwIfAborted();
  const where: ExportWhereabouts = { phase: phaseOf('start') };
  const report = o.onProgress;
  o = { ...o, onProgress: (progress) => (trackWhereabouts(where, progress), report(progress)) };

  let server: DistServer | undefined;
  // The browser this export started (and closes); a browser the caller passed stays theirs.
  let owned: Browser | undefined;
  const staged = o.format === 'png' ? new StagedFolder(o.out) : undefined;
  // Ctrl-C: closing the browser makes whatever the page was doing fail; the export itself
  // rejects at once (untilAborted) rather than wait for that. In the caller's browser the work
  // stops at its next check of the signal and closes its own context.
  const onAbort = (): void => void owned?.close().catch(() => undefined);
  o.signal?.addEventListener('abort', onAbort);
  // Chromium starts while the library compiles (or the build runs): the two do not depend on each other.
  const launching = o.browser ? Promise.resolve(o.browser) : launchBrowser(browserPath).then((started) => (owned = started));
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
    const job: ExportJob = {
      o,
      browser: running,
      baseUrl: server.url,
      deck,
      slideIds,
      indices,
      picked: indices.map((i) => slideIds[i] as string),
      // The page reads its drawings where the presenting browser keeps them.
      storage: annotations ? { [inkKey(o.deck)]: JSON.stringify(annotations.slides) } : undefined,
    };
    const written = o.format === 'pdf' ? await exportPdf(job) : o.format === 'pptx' ? await exportPptx(job) : await exportPng(job, staged as StagedFolder);
    return result({ o, reusedBuild: dist.reused, slides: indices.length, written, began, built });
  })();
  try {
    return await untilAborted(work, o.signal);
  } catch (error) {
    if (o.signal?.aborted) throw new ExportAborted('export cancelled: nothing was written');
    throw placeFailure(error, where, o);
  } finally {
    o.signal?.removeEventListener('abort', onAbort);
    // Bounded: a browser that will not close is killed by playwright when the process exits.
    if (!o.browser) {
      await settleWithin(launching, CLOSE_WAIT_MS);
      await settleWithin(owned?.close(), CLOSE_WAIT_MS);
    }
    // The work may still be running after a cancel: let it notice before its staged files go.
    await settleWithin(work, CLOSE_WAIT_MS);
    await staged?.discard();
    await settleWithin(server?.close(), CLOSE_WAIT_MS);
  }
}

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

/** The summary of an export: what was written, and where the time went. */
function result(r: { o: ResolvedExportOptions; reusedBuild: boolean; slides: number; written: Written; began: number; built: number }): ExportResult {
  const { o, written } = r;
  const now = performance.now();
  return {
    format: o.format,
    deck: o.deck,
    locale: o.locale,
    out: o.out,
    files: written.files,
    pages: written.pages,
    slides: r.slides,
    bytes: written.bytes,
    ms: now - r.began,
    timings: { build: r.built - r.began, render: written.renderedAt - r.built, write: now - written.renderedAt },
    ...(written.flattened === undefined ? {} : { flattened: written.flattened }),
    reusedBuild: r.reusedBuild,
  };
}

/** The images in a PNG export folder, in order (for checks). */
export async function listPngs(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.png') && statSync(path.join(dir, name)).isFile()).sort();
}
