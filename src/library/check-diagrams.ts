import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DeckProblem } from '../model/deck-error.ts';
import { diagramLabelProblems, diagramSource } from '../model/diagram-source.ts';
import type { Library } from '../model/library.ts';
import { allSlides } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import { LOCALES, type Slide } from '../model/types.ts';
import { MERMAID_ENTRY, mermaidDist } from './mermaid-files.ts';

/** What Mermaid said of one source: its diagram type, or why it does not parse. */
type Parsed = { readonly type: string } | { readonly error: string };

/** How to check diagrams. */
export interface DiagramCheckOptions {
  /**
   * A JSON file remembering the sources that parsed (by hash) and their diagram types, so that an
   * unchanged library never loads Mermaid (about 0.4 s in Node). Failures are never remembered.
   * @default '.cache/talk/mermaid-parsed.json' below the working directory
   */
  readonly cacheFile?: string | false;
}

/**
 * The code of a worker that parses with the deck's own Mermaid (the package's prebuilt ES build,
 * the very files the deck serves). A worker, so that the stand-in `window` Mermaid needs stays out
 * of this process: the DOMPurify inside Mermaid defines its API only when it finds a window, and
 * this one has no `createHTMLDocument`, so DOMPurify stays unsupported and passes label text
 * through. Parsing needs no DOM; rendering stays in the browser, where DOMPurify sanitises for real.
 */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
globalThis.window = { document: { nodeType: 9, implementation: {}, createElement: () => ({}) }, Element: function Element() {} };
(async () => {
  const { default: mermaid } = await import(workerData.entry);
  const results = [];
  for (const source of workerData.sources) {
    try {
      results.push({ type: (await mermaid.parse(source)).diagramType });
    } catch (error) {
      results.push({ error: typeof error?.message === 'string' ? error.message : String(error) });
    }
  }
  parentPort.postMessage(results);
})().catch((error) => parentPort.postMessage({ failed: String(error?.stack ?? error) }));
`;

/** Parses `sources` with Mermaid in a worker of its own. */
function parseAll(sources: readonly string[]): Promise<Parsed[]> {
  if (sources.length === 0) return Promise.resolve([]);
  const entry = pathToFileURL(path.join(mermaidDist(path.dirname(fileURLToPath(import.meta.url))), MERMAID_ENTRY)).href;
  const worker = new Worker(WORKER, { eval: true, workerData: { entry, sources } });
  return new Promise<Parsed[]>((resolve, reject) => {
    worker.once('message', (message: Parsed[] | { failed: string }) => {
      if (Array.isArray(message)) resolve(message);
      else reject(new Error(`Mermaid did not load in Node: ${message.failed}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`Mermaid's parser stopped (exit ${code})`)));
  }).finally(() => void worker.terminate());
}

/** One source to parse, and where it comes from. */
interface Job {
  readonly slide: Slide;
  readonly file: string;
  readonly locale: string;
  readonly source: string;
}

/** Every diagram source of the library in every language, as Mermaid will draw it. */
function diagramJobs(library: Library): Job[] {
  return allSlides(library).flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block) =>
      // A diagram whose labels are wrong is reported as such (validate.ts), not as Mermaid's parse error.
      block.kind === 'mermaid' && diagramLabelProblems(block, '').length === 0
        ? LOCALES.flatMap((locale) => {
            // A language the diagram is not written in is a missing translation (validate.ts), where a deck needs it.
            const source = diagramSource(block, locale);
            return source === undefined ? [] : [{ slide, file, locale, source }];
          })
        : [],
    ),
  );
}

/** Parses every Mermaid source of the library; each failure names the file, slide and language. */
export async function checkDiagrams(library: Library, options: DiagramCheckOptions = {}): Promise<DeckProblem[]> {
  const jobs = diagramJobs(library);
  const results = await parseCached(
    jobs.map((job) => job.source),
    options,
  );
  return jobs.flatMap((job, i): DeckProblem[] => {
    const result = results[i];
    if (!result || !('error' in result)) return [];
    return [
      {
        file: job.file,
        slideId: job.slide.id,
        reason: `Mermaid (${job.locale}) does not parse: ${result.error.replace(/\s+/g, ' ').trim()}`,
        hint: 'Fix the diagram source; the Mermaid live editor syntax applies.',
      },
    ];
  });
}

/** The diagram type of each source (Mermaid's id: `flowchart-v2`, `mindmap`, ...), or undefined where it does not parse. */
export async function diagramTypes(sources: readonly string[], options: DiagramCheckOptions = {}): Promise<(string | undefined)[]> {
  return (await parseCached(sources, options)).map((result) => ('type' in result ? result.type : undefined));
}

/** Parses what the cache does not know yet, and remembers what parsed. */
async function parseCached(sources: readonly string[], options: DiagramCheckOptions): Promise<Parsed[]> {
  const cacheFile = options.cacheFile === undefined ? path.resolve('.cache/talk/mermaid-parsed.json') : options.cacheFile;
  const known = cacheFile ? readCache(cacheFile) : new Map<string, string>();
  const todo = [...new Set(sources.filter((source) => !known.has(hash(source))))];
  const parsed = new Map(todo.map((source, i) => [source, i]));
  const results = await parseAll(todo);
  let learned = false;
  todo.forEach((source, i) => {
    const result = results[i];
    if (result && 'type' in result) {
      known.set(hash(source), result.type);
      learned = true;
    }
  });
  if (cacheFile && learned) writeCache(cacheFile, known);
  return sources.map((source): Parsed => {
    const type = known.get(hash(source));
    if (type !== undefined) return { type };
    return results[parsed.get(source) ?? -1] ?? { error: 'not parsed' };
  });
}

const MERMAID_VERSION = mermaidVersion();

function mermaidVersion(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve('mermaid/package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The key of a source that parsed: a new Mermaid version parses everything again. */
function hash(source: string): string {
  return createHash('sha256').update(MERMAID_VERSION).update('\0').update(source).digest('base64url').slice(0, 22);
}

function readCache(file: string): Map<string, string> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { types?: unknown };
    const types = data.types && typeof data.types === 'object' ? Object.entries(data.types as Record<string, unknown>) : [];
    return new Map(types.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
  } catch {
    return new Map();
  }
}

function writeCache(file: string, known: ReadonlyMap<string, string>): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: two processes checking at once never read half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ types: Object.fromEntries([...known].slice(-2000)) }));
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
