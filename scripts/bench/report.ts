import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locale } from '../../src/model/types.ts';
import { duration, kb, type Stats } from './stats.ts';

/** Figures of one deck in one language. */
export interface LocaleFigures {
  readyMs: Stats;
  /** The yardstick deck's ready, sampled alternately with readyMs (absent in old runs). */
  referenceReadyMs?: Stats;
  js: { raw: number; gzip: number; files: number };
  css: { raw: number; gzip: number; files: number };
  fonts: { raw: number; files: number };
  walkMs: Stats;
  slowestDiagramSlideMs: Stats;
  diagramsDrawn: number;
  export?: { ms: Stats; bytes: number; pages: number; peakRss: number };
}

/** Figures of one deck. */
export interface DeckFigures {
  deck: string;
  buildMs: Stats;
  distBytes: number;
  locales: Partial<Record<Locale, LocaleFigures>>;
}

/** One run of `npm run bench`. */
export interface BenchResult {
  date: string;
  machine: string;
  runs: number;
  nodeModulesBytes: number;
  /** A minimal reveal.js deck measured by the same harness (reference-deck.ts); absent in old runs. */
  reference?: { readyMs?: Stats; js: { raw: number; gzip: number; files: number }; css: { raw: number; gzip: number; files: number } };
  decks: DeckFigures[];
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

function previousResult(dir: string, current: string): BenchResult | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('audience-') && f !== current).sort();
  const last = files.at(-1);
  return last ? (JSON.parse(readFileSync(path.join(dir, last), 'utf8')) as BenchResult) : undefined;
}

function delta(now: number, before: number | undefined, format: (n: number) => string): string {
  if (before === undefined || !Number.isFinite(before)) return format(now);
  const pct = before === 0 ? 0 : ((now - before) / before) * 100;
  return `${format(now)} (${pct >= 0 ? '+' : ''}${pct.toFixed(0)}%)`;
}

/** Renders the result as a Markdown table, compared with the previous run where there is one. */
export function renderTable(result: BenchResult, previous: BenchResult | undefined): string {
  const lines = [
    `Run of ${result.date} on ${result.machine}; ${result.runs} runs per figure, medians (min-max).`,
    previous ? `Compared with the run of ${previous.date} (percent change of the median).` : 'No previous run to compare with.',
    '',
    `node_modules: ${delta(result.nodeModulesBytes, previous?.nodeModulesBytes, mb)} = ${(result.nodeModulesBytes / 1e6).toFixed(1)} MB (sum of file sizes, as npm installed it; \`du -sh\` counts whole disk blocks and shows more)`,
    ...(result.reference
      ? [
          '',
          'Yardstick: a minimal reveal.js deck (12 slides of plain text, its white theme, which inlines its fonts) measured by the same harness, ' +
            `its "ready" sampled alternately with each deck's (the "yardstick" column); it loads ${kb(result.reference.js.gzip)} of JS and ${kb(result.reference.css.gzip)} of CSS (gzip).`,
        ]
      : []),
    '',
    '| deck | lang | build | dist | JS before 1st slide (gzip) | CSS (gzip) | fonts for 1st slide | ready | yardstick ready | slowest diagram slide | walk all slides | PDF export | PDF size | pages | export peak memory |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const deck of result.decks) {
    const before = previous?.decks.find((d) => d.deck === deck.deck);
    for (const [locale, f] of Object.entries(deck.locales) as [Locale, LocaleFigures][]) {
      const p = before?.locales[locale];
      const range = (s: Stats) => `${duration(s.median)} (${duration(s.min)}-${duration(s.max)})`;
      lines.push(
        [
          deck.deck,
          locale,
          delta(deck.buildMs.median, before?.buildMs.median, duration),
          mb(deck.distBytes),
          `${kb(f.js.gzip)} (${f.js.files} files, ${kb(f.js.raw)} raw)`,
          `${kb(f.css.gzip)} (${kb(f.css.raw)} raw)`,
          `${kb(f.fonts.raw)} (${f.fonts.files} files)`,
          `${delta(f.readyMs.median, p?.readyMs.median, duration)} (${duration(f.readyMs.min)}-${duration(f.readyMs.max)})`,
          f.referenceReadyMs ? range(f.referenceReadyMs) : 'n/a',
          range(f.slowestDiagramSlideMs),
          range(f.walkMs),
          f.export ? delta(f.export.ms.median, p?.export?.ms.median, duration) : 'n/a',
          f.export ? mb(f.export.bytes) : 'n/a',
          f.export ? String(f.export.pages) : 'n/a',
          f.export ? mb(f.export.peakRss) : 'n/a',
        ].join(' | ').replace(/^/, '| ').concat(' |'),
      );
    }
  }
  return lines.join('\n');
}

/** Writes bench/results/<date>.json and docs/performance.md; returns the table. */
export function writeReport(project: string, result: BenchResult): string {
  const dir = path.join(project, 'bench', 'results');
  const name = `${result.date.replace(/[:.]/g, '-')}.json`;
  const previous = previousResult(dir, name);
  writeFileSync(path.join(dir, name), JSON.stringify(result, null, 2) + '\n');
  const table = renderTable(result, previous);
  const doc = path.join(project, 'docs', 'performance.md');
  const intro = [
    '# Performance',
    '',
    'Written by `npm run bench` (see `scripts/bench/`); every run is kept in `bench/results/`.',
    'Times are wall-clock on the machine named below; "ready" is navigation start to the first slide',
    'shown (`data-first-slide="shown"` on `<html>`: fonts loaded, nothing pending on that slide; the',
    'later slides\' HTML loads after it); bytes "before the first slide" are every script, stylesheet',
    'and font response that had finished loading by then (the page\'s resource timing), with an empty cache.',
    '',
    '## Decisions the figures support',
    '',
    '- Mermaid is drawn in the browser, per slide, when the slide is first shown; its script loads once',
    '  the first slide is ready and the page is idle. Pre-rendering at build time would need Chromium in',
    '  every build: the PDF export, which starts Chromium and draws every diagram of the meetup deck, takes',
    '  about 6 s, more than the whole build; drawing one diagram slide on demand takes 0.3-0.9 s (slowest',
    '  diagram slide below, measured while walking the deck right after it opens).',
    '- Mermaid is the `mermaid` package itself, the project\'s definition: its own prebuilt ES build (a',
    '  30 KB entry, 0.7 MB of shared chunks, then one chunk per diagram type, loaded on demand) served as',
    '  files of the deck and never bundled, so every diagram type works, mindmap and architecture',
    '  included. Its price is `node_modules` (about 260 MB with it, against about 140 MB with the',
    '  single-file `@mermaid-js/tiny`, which lacks mindmap, architecture and KaTeX in labels); bundling it',
    '  was two thirds of every build, so the build copies its files instead.',
    '- Fonts are cut down at build time to the characters the decks use, per unicode-range chunk, as static',
    '  400 and 700 instances of the variable fonts (Chromium embeds variable fonts in PDFs as Type 3).',
    '  Within each chunk, the characters the first slides of any deck show get a file of their own, so the',
    '  first slides load only those (Chinese: 101 KB instead of 286 KB, in as many files).',
    '- The page starts fetching its deck chunk and the font files of its first three slides from a small',
    '  inline script, before its own script has run (the list is computed at build time, per deck and',
    '  language); a browser test checks that the preloaded fonts are exactly those the first slides use.',
    '',
    '## Latest run',
    '',
  ];
  // The audience section (npm run bench -- --audience <n>) is written on its own: keep the last one.
  const kept = /<!-- audience:[\s\S]*<!-- \/audience -->/.exec(existsSync(doc) ? readFileSync(doc, 'utf8') : '')?.[0];
  writeFileSync(doc, [...intro, table, ...(kept ? ['', kept] : []), ''].join('\n'));
  return table;
}
