import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { isSingleFileBuild } from './sibling-plugins.ts';

const PREBUILT = '\0talk:mermaid-prebuilt';
// Mermaid's own minified ES build: an entry and the chunks it imports, relative to it.
const ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = 'chunks/mermaid.esm.min';
const OUT = 'assets/mermaid';

/**
 * `talk:mermaid`: a site build does not bundle Mermaid again. The package's own minified ES build
 * (an entry and its lazily imported chunks) is copied to assets/mermaid/, and the runtime's
 * `import('mermaid')` loads it from there, relative to the page's scripts, so any sub-path works.
 * Bundling Mermaid and its dependencies was about two thirds of every build. The dev server and
 * the single file (which must inline everything) import the package as before.
 */
export function mermaidPlugin(): Plugin {
  let singleFile = false;
  let dist = '';
  return {
    name: 'talk:mermaid',
    apply: 'build',
    // Before Vite's own resolver, which would find the package.
    enforce: 'pre',
    configResolved(config) {
      singleFile = isSingleFileBuild(config);
      dist = path.dirname(createRequire(path.join(config.root, 'package.json')).resolve('mermaid'));
    },
    resolveId: {
      filter: { id: /^mermaid$/ },
      handler() {
        return singleFile ? null : PREBUILT;
      },
    },
    load: {
      filter: { id: new RegExp(`^${PREBUILT}$`) },
      handler() {
        // A variable, not a literal: Vite would otherwise try to bundle the URL as an asset.
        const url = `./${path.posix.relative('assets', OUT)}/${ENTRY}`;
        return `const entry = ${JSON.stringify(url)};\nconst mermaid = await import(/* @vite-ignore */ new URL(entry, import.meta.url).href);\nexport default mermaid.default;\n`;
      },
    },
    async generateBundle() {
      if (singleFile) return;
      const files = [ENTRY, ...(await readdir(path.join(dist, CHUNKS))).filter((name) => name.endsWith('.mjs')).map((name) => `${CHUNKS}/${name}`)];
      for (const file of files) {
        this.emitFile({ type: 'asset', fileName: `${OUT}/${file}`, source: await readFile(path.join(dist, file)) });
      }
    },
  };
}
