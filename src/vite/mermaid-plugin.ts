import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'vite';
import { MERMAID_DIR, MERMAID_ENTRY, MERMAID_FILES_ID, mermaidDist, mermaidFiles } from '../library/mermaid-files.ts';
import { isSingleFileBuild } from './sibling-plugins.ts';

const ID = 'virtual:talk-mermaid';

/**
 * `talk:mermaid`: serves the `mermaid` package's own prebuilt ES build as files of the deck, never
 * bundled by our build. The site build copies the entry and every chunk to assets/mermaid/; the dev
 * server serves the same paths from node_modules. The runtime imports the entry relative to the page
 * (any sub-path works) and Mermaid imports the chunk of each diagram type on demand. The single file
 * carries the entry and the chunks its deck's diagrams need (src/single-file/single-file-mermaid.ts).
 */
export function mermaidPlugin(): Plugin {
  let singleFile = false;
  let dist = '';
  return {
    name: 'talk:mermaid',
    configResolved(config) {
      singleFile = isSingleFileBuild(config);
      dist = mermaidDist(config.root);
    },
    resolveId: {
      filter: { id: new RegExp(`^${ID}$`) },
      handler: () => `\0${ID}`,
    },
    load: {
      filter: { id: new RegExp(`^\\0${ID}$`) },
      handler() {
        const script = singleFile ? { inlineId: MERMAID_FILES_ID } : { url: `${MERMAID_DIR}/${MERMAID_ENTRY}` };
        return `export const mermaidScript = ${JSON.stringify(script)};\n`;
      },
    },
    configureServer(server) {
      const prefix = `/${MERMAID_DIR}/`;
      server.middlewares.use((req, res, next) => {
        const pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
        const file = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : '';
        // Only the build's own file names: nothing outside dist/ can be asked for.
        if (!/^(?:mermaid\.esm\.min|chunks\/mermaid\.esm\.min\/[\w-]+)\.mjs$/.test(file)) return next();
        res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
        createReadStream(path.join(dist, file))
          .on('error', () => {
            res.statusCode = 404;
            res.end();
          })
          .pipe(res);
      });
    },
    async generateBundle() {
      if (singleFile) return;
      for (const file of await mermaidFiles(dist)) {
        this.emitFile({ type: 'asset', fileName: `${MERMAID_DIR}/${file}`, source: await readFile(path.join(dist, file)) });
      }
    },
  };
}
