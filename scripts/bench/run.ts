import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseCli, runCli, UsageError } from '../../src/cli/cli-args.ts';
import { launchBrowser } from '../../src/export/launch-browser.ts';
import { serveDist } from '../../src/export/serve-dist.ts';
import { LOCALES } from '../../src/model/types.ts';
import { writeGrowthLibrary } from './growth-library.ts';
import { measureCommand } from './measure-command.ts';
import { measureFirstSlide, measureWalk } from './measure-page.ts';
import { buildReferenceDeck } from './reference-deck.ts';
import { writeReport, type BenchResult, type DeckFigures } from './report.ts';
import { repeat, stats } from './stats.ts';

const USAGE = `Usage: npm run bench [-- --runs <n>] [--decks a,b] [--growth <slides>] [--no-export]

Builds and measures the decks (several runs each, min/median/max): build time, dist size, bytes
loaded before the first slide, time to ready, diagram drawing while walking, PDF export time,
size, pages and peak memory, and the same for a generated deck of --growth slides; and, as a
yardstick, the first slide of a minimal reveal.js deck in the same harness. Writes
bench/results/<date>.json and docs/performance.md (compared with the previous run).

  --runs <n>        runs per figure (default 3)
  --decks <ids>     decks to measure (default: meetup)
  --growth <n>      slides of the generated growth deck, 0 to skip (default 200)
  --no-export       skip PDF export figures
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

async function measureDeck(deck: string, runs: number, withExport: boolean, env: NodeJS.ProcessEnv = {}): Promise<DeckFigures> {
  const outDir = path.join(project, '.cache', 'bench', deck);
  const builds = await repeat(runs, async () => {
    const cost = await measureCommand(...runTs('src/cli/build.ts', ['--deck', deck, '--out', outDir]), env);
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
      const entry: NonNullable<DeckFigures['locales'][typeof locale]> = {
        readyMs: stats(first.map((f) => f.readyMs)),
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
          const cost = await measureCommand(...runTs('src/cli/export.ts', ['--format', 'pdf', '--deck', deck, '--lang', locale, '--dist', outDir, '--out', pdf]), env);
          if (cost.code !== 0) throw new Error(`export of ${deck} (${locale}) failed:\n${cost.stderr}`);
          return cost;
        });
        entry.export = { ms: stats(exports.map((e) => e.ms)), bytes: statSync(pdf).size, pages: pdfPages(pdf), peakRss: Math.max(...exports.map((e) => e.peakRss)) };
      }
      figures.locales[locale] = entry;
      console.error(`[bench] ${deck} ${locale}: ready ${Math.round(entry.readyMs.median)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figures;
}

/** The yardstick: a minimal reveal.js deck, measured by the same harness (reference-deck.ts). */
async function measureReference(runs: number): Promise<NonNullable<BenchResult['reference']>> {
  const outDir = path.join(project, '.cache', 'bench', 'reference');
  await buildReferenceDeck(project, outDir);
  const server = await serveDist(outDir);
  const browser = await launchBrowser();
  try {
    const first = await repeat(runs, () => measureFirstSlide(browser, server.url, 'en'));
    const last = first.at(-1)!;
    console.error(`[bench] reference: ready ${Math.round(stats(first.map((f) => f.readyMs)).median)} ms`);
    return { readyMs: stats(first.map((f) => f.readyMs)), js: last.js, css: last.css };
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli(USAGE, async () => {
  const { values } = parseCli(process.argv.slice(2), {
    runs: { type: 'string' },
    decks: { type: 'string' },
    growth: { type: 'string' },
    'no-export': { type: 'boolean' },
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
  const decks = (values.decks ?? 'meetup').split(',').filter(Boolean);

  const result: BenchResult = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.platform()} ${os.release()}, Node ${process.version}`,
    runs,
    nodeModulesBytes: du(path.join(project, 'node_modules')),
    decks: [],
  };
  result.reference = await measureReference(runs);
  for (const deck of decks) result.decks.push(await measureDeck(deck, runs, withExport));
  if (growth > 0) {
    const root = await writeGrowthLibrary(project, growth);
    const figures = await measureDeck('growth', runs, withExport, { TALK_ROOT: root });
    result.decks.push({ ...figures, deck: `growth (${growth} slides)` });
    rmSync(root, { recursive: true, force: true });
  }
  mkdirSync(path.join(project, 'bench', 'results'), { recursive: true });
  const table = writeReport(project, result);
  console.log(table);
  return 0;
});
