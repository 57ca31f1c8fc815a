import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';
import { compileLibrary } from '../library/compile-library.ts';
import { loadLibrary } from '../library/load-library.ts';
import { DeckErrors, isFatal } from '../model/deck-error.ts';
import { unknownDeck } from '../model/resolve-deck.ts';
import type { RenderedDeck } from '../render/rendered-deck.ts';
import { ExportInputError } from './export-error.ts';
import { talkConfig } from '../vite/talk-config.ts';
import { sourceHash } from './source-hash.ts';

/** What the exporter needs to know about a deck besides its pages (no HTML, no notes). */
export type DeckSummary = Omit<RenderedDeck, 'html' | 'notes'>;

/** A built site ready to serve, and the decks in it. */
export interface PreparedDist {
  readonly dir: string;
  readonly decks: ReadonlyMap<string, DeckSummary>;
  /** True when an up-to-date cached build was reused. */
  readonly reused: boolean;
}

/** Where the sources are, and optionally a site already built from them. */
export interface PrepareOptions {
  /** The kit's own folder. */
  readonly root: string;
  /** The library's folder (slides/, speaker-notes/, assets/). @default root */
  readonly library?: string;
  /** A site built from `root` (e.g. by the tests); skips the build cache. */
  readonly distDir?: string;
  /** Where cached builds live. @default <root>/.cache/export */
  readonly cacheDir?: string;
  readonly onStatus?: (message: string) => void;
  /** Checked before anything is built: fails with a "did you mean" when the library has no such deck. */
  readonly deck?: string;
  /** Further checks of that deck before anything is built (e.g. that a --range fits it). */
  readonly checkDeck?: (deck: DeckSummary) => void;
}

const SUMMARY_FILE = 'talk-decks.json';
/** Cached builds kept besides the current one (e.g. after switching branches back and forth). */
const KEEP = 2;

/**
 * A built site of the library: `distDir` as given, or a cached build under `.cache/export/<hash>`
 * where the hash covers every source file, built with Vite's JS API when no build matches.
 * Content mistakes fail here, before a browser starts, with file, slide and reason.
 */
export async function prepareDist(options: PrepareOptions): Promise<PreparedDist> {
  const root = path.resolve(options.root);
  const content = options.library ? path.resolve(options.library) : root;
  if (options.distDir) {
    return { dir: path.resolve(options.distDir), decks: requireDeck(await compileSummaries(content), options), reused: true };
  }
  const cacheDir = path.resolve(options.cacheDir ?? path.join(root, '.cache/export'));
  const key = content === root ? await sourceHash(root) : `${(await sourceHash(root)).slice(0, 8)}${(await sourceHash(content)).slice(0, 8)}`;
  const dir = path.join(cacheDir, key);
  const summaryFile = path.join(dir, SUMMARY_FILE);
  if (existsSync(summaryFile)) {
    const decks = JSON.parse(await readFile(summaryFile, 'utf8')) as DeckSummary[];
    options.onStatus?.(`reusing the build in ${path.relative(process.cwd(), dir) || dir}`);
    return { dir, decks: requireDeck(new Map(decks.map((deck) => [deck.id, deck])), options), reused: true };
  }

  const decks = requireDeck(await compileSummaries(content), options);
  options.onStatus?.('building the deck…');
  const building = `${dir}.${process.pid}.tmp`;
  await mkdir(cacheDir, { recursive: true });
  try {
    await viteBuild(content, building);
    // Written last: its presence marks a complete build.
    await writeFile(path.join(building, SUMMARY_FILE), JSON.stringify([...decks.values()]));
    await rm(dir, { recursive: true, force: true });
    await rename(building, dir);
  } finally {
    await rm(building, { recursive: true, force: true });
  }
  await pruneCache(cacheDir, key);
  return { dir, decks, reused: false };
}

function requireDeck(decks: Map<string, DeckSummary>, { deck: id, checkDeck }: PrepareOptions): Map<string, DeckSummary> {
  if (id === undefined) return decks;
  const deck = decks.get(id);
  if (deck) {
    checkDeck?.(deck);
    return decks;
  }
  const problem = unknownDeck(id, decks.keys());
  throw new ExportInputError(`${problem.reason}. ${problem.hint} (slides/decks/)`);
}

/** Compiles the library in Node for the deck summaries; any fatal problem is thrown as DeckErrors. */
async function compileSummaries(root: string): Promise<Map<string, DeckSummary>> {
  const compiled = await compileLibrary(await loadLibrary({ root }));
  const fatal = compiled.problems.filter(isFatal);
  if (fatal.length > 0) throw new DeckErrors(fatal);
  const summaries = new Map<string, DeckSummary>();
  for (const [id, { html: _html, notes: _notes, ...summary }] of compiled.decks) summaries.set(id, summary);
  return summaries;
}

/** `vite build` of the whole library at `library`, with notes (the handout needs them), into `outDir`. */
async function viteBuild(library: string, outDir: string): Promise<void> {
  await build(talkConfig({ root: library, outDir, logLevel: 'warn' }));
}

/** Removes all but the newest few cached builds (and leftovers of interrupted ones). */
async function pruneCache(cacheDir: string, current: string): Promise<void> {
  const entries = await readdir(cacheDir, { withFileTypes: true });
  const builds = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && entry.name !== current)
      .map(async (entry) => {
        const full = path.join(cacheDir, entry.name);
        const complete = existsSync(path.join(full, SUMMARY_FILE)) && !entry.name.endsWith('.tmp');
        const { mtimeMs } = await stat(full);
        return { full, complete, mtimeMs };
      }),
  );
  const stale = builds.filter((b) => !b.complete && Date.now() - b.mtimeMs > 3_600_000);
  const old = builds.filter((b) => b.complete).sort((a, b) => b.mtimeMs - a.mtimeMs).slice(KEEP);
  await Promise.all([...stale, ...old].map((b) => rm(b.full, { recursive: true, force: true })));
}
