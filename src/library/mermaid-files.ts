import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Mermaid's own minified ES build: an entry and the chunks it imports, relative to it. */
export const MERMAID_ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = 'chunks/mermaid.esm.min';
/** Where the deck serves Mermaid's files, relative to its pages (dev server and site build alike). */
export const MERMAID_DIR = 'assets/mermaid';
/** The element of the single file that carries Mermaid's files as JSON (single-file-mermaid.ts). */
export const MERMAID_FILES_ID = 'talk-mermaid-files';

/** The folder of the `mermaid` package's prebuilt files (node_modules/mermaid/dist), resolved from `dir`. */
export function mermaidDist(dir: string): string {
  return path.join(path.dirname(createRequire(path.join(dir, 'package.json')).resolve('mermaid/package.json')), 'dist');
}

/** Every file of Mermaid's ES build, relative to its dist folder: the entry first, then its chunks (no source maps). */
export async function mermaidFiles(dist: string): Promise<string[]> {
  const chunks = (await readdir(path.join(dist, CHUNKS))).filter((name) => name.endsWith('.mjs')).sort();
  return [MERMAID_ENTRY, ...chunks.map((name) => `${CHUNKS}/${name}`)];
}
