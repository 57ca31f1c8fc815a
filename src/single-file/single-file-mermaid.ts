import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { MERMAID_ENTRY, mermaidFiles } from '../library/mermaid-files.ts';

/** One of Mermaid's files as the single file carries it: its name and its code. */
export type InlineMermaidFile = readonly [name: string, code: string];

/** What the single file's deck draws. */
export interface MermaidNeeds {
  /** Mermaid's ids of the deck's diagram types (`flowchart-v2`, `timeline`, `mindmap`, ...). */
  readonly types: ReadonlySet<string>;
  /** Whether a label holds KaTeX (`$$...$$`), which makes Mermaid import its KaTeX chunk. */
  readonly katex: boolean;
}

const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*"(\.{1,2}\/[\w./-]+\.mjs)"/g;
const DYNAMIC_IMPORT = /\bimport\(\s*"(\.{1,2}\/[\w./-]+\.mjs)"\s*\)/g;
const ANY_IMPORT = /((?:\bfrom|\bimport)\s*\(?\s*)"(\.{1,2}\/[\w./-]+\.mjs)"/g;
/** In the entry, a diagram type's loader: `import("./chunks/…/flowDiagram-X.mjs");return{id:Jt,`. */
const LOADER = /\bimport\("\.\/([\w./-]+\.mjs)"\);return\{id:([\w$]+|"[^"]*"),/g;

interface Graph {
  readonly code: ReadonlyMap<string, string>;
  readonly statics: ReadonlyMap<string, readonly string[]>;
  readonly dynamics: ReadonlyMap<string, readonly string[]>;
}

/**
 * The files of Mermaid's ES build that the single file carries, each after the files it imports,
 * the entry last, every import rewritten to `"talk-mermaid:<name>"` (load-mermaid.ts links them at
 * run time): the entry and what it imports, the layouts every diagram may use, and the chunks of
 * the diagram types the deck uses. A type the entry's loaders do not name (a newer Mermaid that
 * writes them another way) brings every diagram chunk: never a blank diagram for a smaller file.
 */
export async function singleFileMermaid(dist: string, needs: MermaidNeeds): Promise<InlineMermaidFile[]> {
  const graph = await readGraph(dist);
  const entryCode = graph.code.get(MERMAID_ENTRY) ?? '';
  const loaders = diagramLoaders(entryCode);
  const diagramChunks = new Set(graph.dynamics.get(MERMAID_ENTRY) ?? []);
  const katex = [...graph.code.keys()].filter((name) => /(^|\/)katex-[\w-]+\.mjs$/.test(name));
  const wanted = [...needs.types].map((type) => loaders.get(type));
  const roots = wanted.some((chunk) => chunk === undefined) ? [...diagramChunks] : (wanted as string[]);
  // Everything reachable from the entry and the chosen diagram chunks, static or dynamic, except
  // other diagram types and, without KaTeX in a label, KaTeX.
  const skip = (name: string): boolean => (diagramChunks.has(name) && !roots.includes(name)) || (!needs.katex && katex.includes(name));
  const order: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const visit = (name: string): void => {
    if (state.get(name) === 'done' || skip(name)) return;
    if (state.get(name) === 'open') throw new Error(`Mermaid's files import each other in a cycle at ${name}; the single file cannot link them`);
    state.set(name, 'open');
    for (const dep of [...(graph.statics.get(name) ?? []), ...(graph.dynamics.get(name) ?? [])]) visit(dep);
    state.set(name, 'done');
    order.push(name);
  };
  for (const root of roots) visit(root);
  visit(MERMAID_ENTRY);
  return order.map((name) => [path.posix.basename(name), linkable(name, graph.code.get(name) ?? '')] as const);
}

/** The chunk of each diagram type, by Mermaid's id, read from the entry's loaders. */
export function diagramLoaders(entryCode: string): Map<string, string> {
  const loaders = new Map<string, string>();
  for (const [, chunk = '', id = ''] of entryCode.matchAll(LOADER)) {
    const name = id.startsWith('"') ? id.slice(1, -1) : new RegExp(`(?:\\bvar |[,;{]\\s*)${id.replace(/\$/g, '\\$')}\\s*=\\s*"([^"]+)"`).exec(entryCode)?.[1];
    if (name) loaders.set(name, chunk);
  }
  return loaders;
}

async function readGraph(dist: string): Promise<Graph> {
  const code = new Map<string, string>();
  const statics = new Map<string, string[]>();
  const dynamics = new Map<string, string[]>();
  for (const name of await mermaidFiles(dist)) {
    const text = await readFile(path.join(dist, name), 'utf8');
    const resolve = (spec: string): string => path.posix.join(path.posix.dirname(name), spec);
    code.set(name, text);
    statics.set(name, [...text.matchAll(STATIC_IMPORT)].map((m) => resolve(m[1] ?? '')));
    dynamics.set(name, [...text.matchAll(DYNAMIC_IMPORT)].map((m) => resolve(m[1] ?? '')));
  }
  return { code, statics, dynamics };
}

/** `name`'s code with each import of another file written `"talk-mermaid:<its name>"`. */
function linkable(name: string, code: string): string {
  return code.replace(ANY_IMPORT, (_whole, before: string, spec: string) => `${before}"talk-mermaid:${path.posix.basename(path.posix.join(path.posix.dirname(name), spec))}"`);
}
