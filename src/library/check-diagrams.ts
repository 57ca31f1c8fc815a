import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import type { DeckProblem } from '../model/deck-error.ts';
import { diagramLabelProblems, diagramSource } from '../model/diagram-source.ts';
import type { Library } from '../model/library.ts';
import { allSlides } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import { LOCALES, type Slide } from '../model/types.ts';
import type { Mermaid } from '../runtime/mermaid-api.ts';
import { MERMAID_SCRIPT } from './mermaid-script.ts';

type Parse = (source: string) => Promise<unknown>;
let parser: Promise<Parse> | undefined;

/** How to check diagrams. */
export interface DiagramCheckOptions {
  /**
   * A JSON file remembering the hashes of sources that parsed, so that an unchanged library never
   * loads Mermaid (about 0.2 s in Node). Failures are never remembered.
   * @default '.cache/talk/mermaid-parsed.json' below the working directory
   */
  readonly cacheFile?: string | false;
}

/**
 * Mermaid's own parser, in Node: the deck's Mermaid script run in a context of its own. Parsing
 * needs no DOM, but the DOMPurify inside Mermaid defines its API only when it finds a window; this
 * one has no `createHTMLDocument`, so DOMPurify stays unsupported and passes label text through.
 * Rendering stays in the browser, where DOMPurify sanitises for real.
 */
async function loadParser(): Promise<Parse> {
  const file = createRequire(import.meta.url).resolve(MERMAID_SCRIPT);
  const window = { document: { nodeType: 9, implementation: {}, createElement: () => ({}) }, Element: function Element() {} };
  const context = vm.createContext({ window, console, setTimeout, clearTimeout, queueMicrotask, URL, TextEncoder, TextDecoder, structuredClone });
  vm.runInContext(await readFile(file, 'utf8'), context, { filename: file });
  const mermaid = (context as { mermaid?: Pick<Mermaid, 'parse'> }).mermaid;
  if (!mermaid) throw new Error(`${MERMAID_SCRIPT} did not define mermaid`);
  return (source) => mermaid.parse(source);
}

/** Parses every Mermaid source of the library; each failure names the file, slide and language. */
export async function checkDiagrams(library: Library, options: DiagramCheckOptions = {}): Promise<DeckProblem[]> {
  const slides = allSlides(library);
  const jobs = slides.flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block) =>
      // A diagram whose labels are wrong is reported as such (validate.ts), not as Mermaid's parse error.
      block.kind === 'mermaid' && diagramLabelProblems(block, '').length === 0 ? LOCALES.map((locale) => ({ slide, file, locale, source: diagramSource(block, locale) })) : [],
    ),
  );
  const cacheFile = options.cacheFile === undefined ? path.resolve('.cache/talk/mermaid-parsed.json') : options.cacheFile;
  const parsed = cacheFile ? readCache(cacheFile) : new Set<string>();
  const todo = jobs.filter((job) => !parsed.has(hash(job.source)));
  if (todo.length === 0) return [];
  parser ??= loadParser();
  const parse = await parser;
  const problems: DeckProblem[] = [];
  for (const job of todo) {
    try {
      await parse(job.source);
      parsed.add(hash(job.source));
    } catch (error) {
      // Mermaid runs in a context of its own: its errors are not this realm's Error.
      const message = typeof (error as { message?: unknown } | null)?.message === 'string' ? (error as { message: string }).message : String(error);
      problems.push({
        file: job.file,
        slideId: job.slide.id,
        reason: `Mermaid (${job.locale}) does not parse: ${message.replace(/\s+/g, ' ').trim()}`,
        hint: 'Fix the diagram source; the Mermaid live editor syntax applies.',
      });
    }
  }
  if (cacheFile) writeCache(cacheFile, parsed);
  return problems;
}

const MERMAID_VERSION = mermaidVersion();

function mermaidVersion(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve('@mermaid-js/tiny/package.json');
    return (JSON.parse(readFileSync(pkg, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The key of a source that parsed: a new Mermaid version parses everything again. */
function hash(source: string): string {
  return createHash('sha256').update(MERMAID_VERSION).update('\0').update(source).digest('base64url').slice(0, 22);
}

function readCache(file: string): Set<string> {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as { parsed?: unknown };
    return new Set(Array.isArray(data.parsed) ? data.parsed.filter((h): h is string => typeof h === 'string') : []);
  } catch {
    return new Set();
  }
}

function writeCache(file: string, parsed: ReadonlySet<string>): void {
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    // Write then rename: two processes checking at once never read half a file.
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ parsed: [...parsed].slice(-2000) }));
    renameSync(temp, file);
  } catch {
    // A cache that cannot be written only costs time.
  }
}
