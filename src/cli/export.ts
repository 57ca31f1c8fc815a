import path from 'node:path';
import { FORMATS, parseSize, type ExportFormat } from '../export/export-options.ts';
import { parseRange, RangeSpecError } from '../export/parse-range.ts';
import { formatLanguageMode, parseLanguageMode } from '../model/language-mode.ts';
import { LOCALES } from '../model/types.ts';
import { parseCli, runCli, UsageError } from './cli-args.ts';
import type { ExportWhereabouts } from '../export/place-failure.ts';

const USAGE = `Usage: npm run export -- --format pdf|png|pptx [options]

Writes a PDF (one page per slide, vector text, fonts embedded, a bookmark per section), one PNG
per slide, or a PowerPoint file a colleague can edit (text boxes, native tables, diagrams as SVG
pictures, notes in the notes pane). Builds the deck first, or reuses the cached build in
.cache/export/ when no source file changed; then prints it with the system Chromium, offline.

  --format <pdf|png|pptx>
                       what to write (default: pdf)
  --deck <id>          deck to export (default: meetup)
  --lang <en|zh>       language of the slides and notes (default: en); zh+en or en+zh: every
                       text in the first language with the second beneath it, smaller
  --annotations <file> print the drawings saved from the deck (W while presenting writes
                       <deck>-annotations.json) over their slides
  --steps              one page (or PNG) per reveal step instead of per slide
  --notes              PDF only: a handout, each slide with its speaker notes beneath (A4)
  --range <list>       slides to export, numbered from 1, e.g. 1,3-5 or 7- (default: all)
  --size <WxH>         PNG only: viewport in CSS pixels (default: 1920x1080)
  --scale <n>          PNG only: device pixel ratio, e.g. 2 for 3840x2160 images (default: 1)
  --out <file|dir>     PDF or PPTX file, or PNG folder (default: exports/<deck>-<lang>.pdf, with
                       -steps, -notes or -annotated before .pdf when asked;
                       exports/<deck>-<lang>.pptx; PNGs: exports/<deck>-<lang>/NN-<slide-id>.png)
  --timeout <s>        how long to wait for a slide to be ready (default: 30)
  --dist <dir>         export from a site already built by npm run build (built with notes for
                       --notes) instead of building or using the cache
  --library <dir>      export another library's deck (its slides/, speaker-notes/, assets/)
  --debug              on a failure, also print the underlying error and its stack
  -h, --help           show this help

Progress goes to stderr, the summary to stdout. Exit codes: 0 written, 1 failed (content error,
page not ready, no browser), 2 wrong usage, 130 cancelled (Ctrl-C); nothing is left at --out
unless the export succeeded.`;

await runCli(USAGE, async () => {
  const { values, positionals } = parseCli(process.argv.slice(2), {
    format: { type: 'string' },
    deck: { type: 'string' },
    lang: { type: 'string' },
    annotations: { type: 'string' },
    steps: { type: 'boolean' },
    notes: { type: 'boolean' },
    range: { type: 'string' },
    size: { type: 'string' },
    scale: { type: 'string' },
    out: { type: 'string' },
    timeout: { type: 'string' },
    dist: { type: 'string' },
    library: { type: 'string' },
    debug: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}" (options start with --)`);
  const format = (values.format ?? 'pdf') as ExportFormat;
  if (!FORMATS.includes(format)) throw new UsageError(`unknown --format "${values.format}": use ${FORMATS.join(', ')}`);
  const languages = parseLanguageMode(values.lang ?? 'en');
  if (!languages) throw new UsageError(`unknown --lang "${values.lang}": use ${LOCALES.join(', ')}, zh+en or en+zh`);
  if (format !== 'png' && (values.size !== undefined || values.scale !== undefined)) {
    throw new UsageError(`--size and --scale are for --format png (a ${format.toUpperCase()} page is the slide, 16:9)`);
  }
  if (format === 'pptx' && values.steps) throw new UsageError('--steps is for pdf and png: the PPTX has one slide per slide, every step shown');
  if (format === 'pptx' && values.notes) throw new UsageError("--notes is for a PDF handout: the PPTX always has the notes, in each slide's notes pane");
  const size = values.size === undefined ? undefined : parseSize(values.size);
  if (values.size !== undefined && !size) throw new UsageError(`bad --size "${values.size}": use WIDTHxHEIGHT in pixels, e.g. 1920x1080`);
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (scale !== undefined && !(scale > 0 && scale <= 4)) throw new UsageError(`bad --scale "${values.scale}": use a number above 0 and at most 4, e.g. 2`);
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!(timeout > 0)) throw new UsageError(`bad --timeout "${values.timeout}": use a number of seconds, e.g. 60`);

  if (values.range !== undefined) {
    try {
      parseRange(values.range);
    } catch (error) {
      throw error instanceof RangeSpecError ? new UsageError(error.message) : error;
    }
  }

  // Loaded only now: a wrong command line is answered without loading Vite and Playwright.
  const { exportDeck, ExportAborted, ExportInputError, phaseOf, placeFailure, trackWhereabouts } = await import('../export/index.ts');
  // Where the export is, for a failure thrown outside it (below): the same phase it would name.
  const whereabouts: ExportWhereabouts = { phase: phaseOf('start') };
  // Ctrl-C cancels cleanly (browser closed, temporary files removed); a second one quits at once.
  const controller = new AbortController();
  const onSigint = (): void => {
    if (controller.signal.aborted) process.exit(130);
    process.stderr.write('\n[talk] cancelling…\n');
    controller.abort();
  };
  // Once cancelled, a late rejection from the closing browser is part of the cancelling.
  const onRejection = (reason: unknown): void => {
    if (!controller.signal.aborted) throw reason;
  };
  // Closing the browser mid-print can also make playwright-core throw from a pending callback.
  const onUncaught = (error: unknown): void => {
    if (controller.signal.aborted) return;
    const placed = placeFailure(error, whereabouts, { deck: values.deck ?? 'meetup', locale: formatLanguageMode(languages) });
    console.error(values.debug ? error : (placed as Error).message);
    process.exit(1);
  };
  process.on('SIGINT', onSigint);
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onUncaught);
  try {
    const result = await exportDeck({
      format,
      deck: values.deck,
      locale: languages.first,
      second: languages.second,
      annotations: values.annotations,
      steps: values.steps,
      notes: values.notes,
      range: values.range,
      size,
      scale,
      out: values.out,
      timeoutMs: timeout * 1000,
      distDir: values.dist,
      library: values.library,
      signal: controller.signal,
      onProgress: (progress) => {
        trackWhereabouts(whereabouts, progress);
        process.stderr.write(`[talk] ${progress.message}\n`);
      },
    });
    const where = path.relative(process.cwd(), result.out) || result.out;
    const what = result.format === 'pdf' ? `${result.pages} pages` : result.format === 'pptx' ? `${result.pages} slides` : `${result.pages} images`;
    const flattened = result.flattened ? `; ${result.flattened} step-by-step slide${result.flattened === 1 ? '' : 's'} shown with every step` : '';
    console.log(
      `wrote ${where}${result.format === 'png' ? '/' : ''}: ${what}${result.format === 'pptx' ? '' : ` (${result.slides} slides)`}${flattened}, ${formatBytes(result.bytes)}, ` +
        `${(result.ms / 1000).toFixed(1)} s (build ${result.reusedBuild ? 'reused' : `${(result.timings.build / 1000).toFixed(1)} s`}, ` +
        `browser ${(result.timings.render / 1000).toFixed(1)} s)`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ExportInputError) throw new UsageError(error.message);
    if (values.debug && error instanceof Error && error.cause) console.error(error.cause);
    if (error instanceof ExportAborted || controller.signal.aborted) {
      console.error('[talk] export cancelled: nothing was written');
      // Everything is cleaned up; exit now rather than wait on a browser that is still closing
      // (playwright kills it on exit).
      process.exit(130);
    }
    throw error;
  } finally {
    process.off('SIGINT', onSigint);
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onUncaught);
  }
});

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.round(bytes / 1024)} KB`;
}
