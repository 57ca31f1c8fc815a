import { execFileSync } from 'node:child_process';
import type { Browser } from 'playwright-core';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli, runCli, UsageError } from '../../src/cli/cli-args.ts';
import { findBrowser } from '../../src/export/find-browser.ts';
import { launchBrowser } from '../../src/export/launch-browser.ts';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';
import { LOCALES, type Locale } from '../../src/model/types.ts';
import { writeGrowthLibrary } from './growth-library.ts';
import { measureCommand } from './measure-command.ts';
import { measureFirstSlide, measureWalk, timeToReady } from './measure-page.ts';
import { measureAudience, writeAudienceReport } from './audience.ts';
import { buildReferenceDeck } from './reference-deck.ts';
import { writeReport, type BenchResult, type DeckFigures } from './report.ts';
import { repeat, stats } from './stats.ts';

const USAGE = `Usage: npm run bench [-- --runs <n>] [--decks a,b|none] [--growth <slides>] [--no-export] [--audience <viewers>]

Builds and measures the decks (several runs each, min/median/max): build time, dist size, bytes
loaded before the first slide, time to ready, diagram drawing while walking, PDF export time,
size, pages and peak memory, and the same for a generated deck of --growth slides; and, as a
yardstick, the first slide of a minimal reveal.js deck in the same harness. Writes
bench/results/<date>.json and docs/performance.md (compared with the previous run).

  --runs <n>        runs per figure (default 3)
  --decks <ids>     decks to measure (default: meetup)
  --growth <n>      slides of the generated growth deck, 0 to skip (default 200)
  --no-export       skip PDF export figures
  --audience <n>    also measure the audience follow-along: n viewer sockets over loopback, the
                    relay's 95th-percentile delay per step, memory per viewer, and the audience
                    page's bytes before its first slide (its own section of docs/performance.md);
                    with --decks none --growth 0, only that
  -h, --help        show this help`;

const project = process.cwd();
// The commands as `npm run` starts them (src/cli/run-ts.mjs), without npm's own start-up.
const runTs = (entry: string, args: string[]): [string, string[]] => [process.execPath, ['src/cli/run-ts.mjs', entry, ...args]];

function du(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile())
    .reduce((n, f) => n + statSync(path.join(f.parentPath, f.name)).size, 0);
}

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? NaN);
}

/** Samples of "ready" per deck and language: cheap, and noisy on a busy machine. */
const READY_SAMPLES = 12;

/**
 * Navigation to ready, `samples` times, alternating with the yardstick deck when there is one:
 * both series then see the same moments of the machine.
 */
async function readySeries(browser: Browser, url: string, locale: Locale, samples: number, reference: DistServer | undefined): Promise<{ own: number[]; reference: number[] }> {
  const own: number[] = [];
  const yardstick: number[] = [];
  for (let k = 0; k < samples; k++) {
    if (reference) yardstick.push(await timeToReady(browser, reference.url, 'en'));
    own.push(await timeToReady(browser, url, locale));
  }
  return { own, reference: yardstick };
}

async function measureDeck(deck: string, runs: number, withExport: boolean, library?: string, reference?: DistServer): Promise<DeckFigures> {
  // Another library (the growth deck's) is named by --library on both commands.
  const from = library ? ['--library', library] : [];
  const outDir = path.join(project, '.cache', 'bench', deck);
  const builds = await repeat(runs, async () => {
    const cost = await measureCommand(...runTs('src/cli/build.ts', ['--deck', deck, '--out', outDir, ...from]));
    if (cost.code !== 0) throw new Error(`build of ${deck} failed:\n${cost.stderr}`);
    return cost.ms;
  });
  const distBytes = du(outDir);
  const server = await serveDist(outDir);
  const browser = await launchBrowser();
  const figures: DeckFigures = { deck, buildMs: stats(builds), distBytes, locales: {} };
  try {
    for (const locale of LOCALES) {
      const first = await repeat(runs, () => measureFirstSlide(browser, server.url, locale));
      const walks = await repeat(runs, () => measureWalk(browser, server.url, locale));
      const last = first.at(-1)!;
      const ready = await readySeries(browser, server.url, locale, Math.max(READY_SAMPLES, runs), reference);
      const entry: NonNullable<DeckFigures['locales'][typeof locale]> = {
        readyMs: stats(ready.own),
        ...(reference ? { referenceReadyMs: stats(ready.reference) } : {}),
        js: last.js,
        css: last.css,
        fonts: last.fonts,
        walkMs: stats(walks.map((w) => w.totalMs)),
        slowestDiagramSlideMs: stats(walks.map((w) => Math.max(0, ...w.diagramSlides.map((d) => d.ms)))),
        diagramsDrawn: walks.at(-1)!.diagramsDrawn,
      };
      if (withExport) {
        const pdf = path.join(project, '.cache', 'bench', `${deck}-${locale}.pdf`);
        // Export from the build just measured: the figure is the export's own time.
        const exports = await repeat(runs, async () => {
          rmSync(pdf, { force: true });
          const cost = await measureCommand(...runTs('src/cli/export.ts', ['--format', 'pdf', '--deck', deck, '--lang', locale, '--dist', outDir, '--out', pdf, ...from]));
          if (cost.code !== 0) throw new Error(`export of ${deck} (${locale}) failed:\n${cost.stderr}`);
          return cost;
        });
        entry.export = { ms: stats(exports.map((e) => e.ms)), bytes: statSync(pdf).size, pages: pdfPages(pdf), peakRss: Math.max(...exports.map((e) => e.peakRss)) };
      }
      figures.locales[locale] = entry;
      console.error(`[bench] ${deck} ${locale}: ready ${Math.round(entry.readyMs.median)} ms${entry.referenceReadyMs ? ` (yardstick ${Math.round(entry.referenceReadyMs.median)} ms)` : ''}`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** The yardstick: a minimal reveal.js deck (reference-deck.ts), built and served; what its first slide loads. */
async function startReference(): Promise<{ server: DistServer; bytes: NonNullable<BenchResult['reference']> }> {
  const outDir = path.join(project, '.cache', 'bench', 'reference');
  await buildReferenceDeck(project, outDir);
  const server = await serveDist(outDir);
  const browser = await launchBrowser();
  try {
    const first = await measureFirstSlide(browser, server.url, 'en');
    return { server, bytes: { js: first.js, css: first.css } };
  } finally {
    await browser.close();
  }
}

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    runs: { type: 'string' },
    decks: { type: 'string' },
    growth: { type: 'string' },
    'no-export': { type: 'boolean' },
    audience: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs ?? 3);
  const growth = Number(values.growth ?? 200);
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError(`--runs must be a whole number of at least 1 (got "${values.runs}")`);
  if (!Number.isInteger(growth) || growth < 0) throw new UsageError(`--growth must be a whole number (got "${values.growth}")`);
  const withExport = !values['no-export'] && existsSync(path.join(project, 'src', 'cli', 'export.ts'));
  const decks = (values.decks ?? 'meetup').split(',').filter((id) => id && id !== 'none');
  const viewers = values.audience === undefined ? 0 : Number(values.audience);
  if (!Number.isInteger(viewers) || viewers < 0 || viewers > 5000) throw new UsageError(`--audience must be a number of viewers from 1 to 5000 (got "${values.audience}")`);
  if (viewers > 0) {
    const figures = await measureAudience(project, viewers);
    console.log(writeAudienceReport(project, figures));
    if (decks.length === 0 && growth === 0) return 0;
  }

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}, ${path.basename(findBrowser() ?? 'no browser')}`,
    runs,
    nodeModulesBytes: du(path.join(project, 'node_modules')),
    decks: [],
  };
  const reference = await startReference();
  result.reference = reference.bytes;
  try {
    for (const deck of decks) result.decks.push(await measureDeck(deck, runs, withExport, undefined, reference.server));
    if (growth > 0) {
      const root = await writeGrowthLibrary(project, growth);
      const figures = await measureDeck('growth', runs, withExport, root, reference.server);
      result.decks.push({ ...figures, deck: `growth (${growth} slides)` });
      rmSync(root, { recursive: true, force: true });
    }
  } finally {
    await reference.server.close();
  }
  mkdirSync(path.join(project, 'bench', 'results'), { recursive: true });
  const table = writeReport(project, result);
  console.log(table);
  return 0;
});
