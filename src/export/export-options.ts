import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Locale } from '../model/types.ts';

/** The file formats the exporter writes. */
export const FORMATS = ['pdf', 'png', 'pptx'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** Progress of an export, for a progress line or a benchmark. */
export interface ExportProgress {
  /** `build`, `load`, `slide` (with done/total), `write`. */
  readonly phase: 'build' | 'load' | 'slide' | 'write';
  readonly message: string;
  readonly done?: number;
  readonly total?: number;
}

/** What to export. */
export interface ExportOptions {
  /** @default 'pdf' */
  format?: ExportFormat;
  /** @default 'meetup' */
  deck?: string;
  /** @default 'en' */
  locale?: Locale;
  /** Also show every text in this language, beneath the first (`--lang zh+en`). */
  second?: Locale;
  /** An annotations file (the deck's W key) whose drawings are printed over their slides. */
  annotations?: string;
  /** One page (or PNG) per reveal step instead of per slide. @default false */
  steps?: boolean;
  /** PDF only: a handout with each slide and its notes. @default false */
  notes?: boolean;
  /** Slides to export, 1-based, like `1,3-5`; all when absent. */
  range?: string;
  /** PNG only: viewport in CSS pixels. @default { width: 1920, height: 1080 } */
  size?: { width: number; height: number };
  /** PNG only: device pixel ratio. @default 1 */
  scale?: number;
  /** Output file (pdf, pptx) or folder (png). @default exports/<deck>-<lang>[-steps|-notes].pdf, exports/<deck>-<lang>.pptx, or exports/<deck>-<lang>/ */
  out?: string;
  /** The project root. @default process.cwd() */
  root?: string;
  /** Another library's folder (its slides/, speaker-notes/, assets/), e.g. the bench's. @default root */
  library?: string;
  /** A site already built from `root` (skips the build cache), e.g. the tests' build. */
  distDir?: string;
  /** The browser executable. @default found by findBrowser() */
  browserPath?: string;
  /**
   * A Chromium already running (playwright-core) to export with, instead of starting one: several
   * exports in a row (every language of a deck, the tests) start it once. The export opens and
   * closes its own contexts in it and leaves it running. `browserPath` is then not used.
   */
  browser?: Browser;
  /** Readiness timeout per wait, in ms. @default 30000 */
  timeoutMs?: number;
  /** Cancels the export (Ctrl-C); nothing is left at `out`. */
  signal?: AbortSignal;
  onProgress?: (progress: ExportProgress) => void;
}

/** ExportOptions with every default filled in. */
export interface ResolvedExportOptions {
  readonly format: ExportFormat;
  readonly deck: string;
  readonly locale: Locale;
  readonly second: Locale | undefined;
  /** Absolute path of the annotations file, if any. */
  readonly annotations: string | undefined;
  readonly steps: boolean;
  readonly notes: boolean;
  readonly range: string | undefined;
  readonly size: { width: number; height: number };
  readonly scale: number;
  /** Absolute output path. */
  readonly out: string;
  readonly root: string;
  readonly library: string;
  readonly distDir: string | undefined;
  readonly browserPath: string | undefined;
  readonly browser: Browser | undefined;
  readonly timeoutMs: number;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: (progress: ExportProgress) => void;
}

/** Fills in the defaults; the output name says what is in the file. */
export function resolveExportOptions(options: ExportOptions): ResolvedExportOptions {
  const format = options.format ?? 'pdf';
  const deck = options.deck ?? 'meetup';
  const locale = options.locale ?? 'en';
  const second = options.second !== locale ? options.second : undefined;
  const annotated = options.annotations !== undefined;
  const steps = options.steps ?? false;
  const notes = options.notes ?? false;
  const root = path.resolve(options.root ?? process.cwd());
  return {
    format,
    deck,
    locale,
    second,
    annotations: options.annotations === undefined ? undefined : path.resolve(root, options.annotations),
    steps,
    notes,
    range: options.range,
    size: options.size ?? { width: 1920, height: 1080 },
    scale: options.scale ?? 1,
    out: path.resolve(root, options.out ?? defaultOut({ format, deck, locale, second, steps, notes, annotated })),
    root,
    library: options.library ? path.resolve(options.library) : root,
    distDir: options.distDir,
    browserPath: options.browserPath,
    browser: options.browser,
    timeoutMs: options.timeoutMs ?? 30_000,
    signal: options.signal,
    onProgress: options.onProgress ?? (() => undefined),
  };
}

/**
 * `exports/meetup-en.pdf`, `exports/meetup-zh-steps.pdf`, `exports/meetup-en-notes.pdf`,
 * `exports/meetup-zh+en.pdf` (both languages), `exports/meetup-en-annotated.pdf`,
 * `exports/meetup-en.pptx`, `exports/meetup-en/`.
 */
export function defaultOut(o: { format: ExportFormat; deck: string; locale: Locale; second?: Locale; steps: boolean; notes: boolean; annotated?: boolean }): string {
  const suffix = `${o.steps ? '-steps' : ''}${o.notes && o.format === 'pdf' ? '-notes' : ''}${o.annotated ? '-annotated' : ''}`;
  const name = `${o.deck}-${o.locale}${o.second && o.second !== o.locale ? `+${o.second}` : ''}${suffix}`;
  if (o.format === 'pptx') return path.join('exports', `${name}.pptx`);
  return o.format === 'pdf' ? path.join('exports', `${name}.pdf`) : path.join('exports', name);
}

/** `1920x1080` to a size; undefined when it does not parse. */
export function parseSize(text: string): { width: number; height: number } | undefined {
  const match = /^(\d{2,5})x(\d{2,5})$/i.exec(text.trim());
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  return width >= 16 && height >= 16 && width <= 8192 && height <= 8192 ? { width, height } : undefined;
}
