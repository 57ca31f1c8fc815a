import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Plugin } from 'vite';
import { MERMAID_SCRIPT } from '../library/mermaid-script.ts';
import { isSingleFileBuild } from './sibling-plugins.ts';

const ID = 'virtual:talk-mermaid';
/** The element of the single file that carries Mermaid's script as text. */
const INLINE_ID = 'talk-mermaid-script';

/**
 * `talk:mermaid`: tells the runtime where Mermaid's script is (virtual:talk-mermaid). The deck
 * uses Mermaid's own single-file build, a classic script that is never bundled: the dev server and
 * a site build serve it as one file of the deck (Vite's `?url`, hashed, relative to the page's
 * scripts, so any sub-path works); the single file carries its text in a
 * `<script type="text/plain">`, which the page's policy allows by hash.
 */
export function mermaidPlugin(): Plugin {
  let singleFile = false;
  let root = process.cwd();
  return {
    name: 'talk:mermaid',
    configResolved(config) {
      singleFile = isSingleFileBuild(config);
      root = config.root;
    },
    resolveId: {
      filter: { id: new RegExp(`^${ID}$`) },
      handler: () => `\0${ID}`,
    },
    load: {
      filter: { id: new RegExp(`^\\0${ID}$`) },
      handler() {
        if (singleFile) return `export const mermaidScript = { inlineId: ${JSON.stringify(INLINE_ID)} };\n`;
        return `import url from ${JSON.stringify(`${MERMAID_SCRIPT}?url`)};\nexport const mermaidScript = { url };\n`;
      },
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!singleFile || !context.filename.endsWith('index.html')) return html;
        const code = await readFile(createRequire(path.join(root, 'package.json')).resolve(MERMAID_SCRIPT), 'utf8');
        // "</script" inside the code would end the element early; "<\/script" means the same to JavaScript.
        const text = code.replace(/<\/(script)/gi, '<\\/$1');
        // A function, not a string: the code is full of `$&` and `$'`, which a replacement string expands.
        return html.replace('</body>', () => `  <script type="text/plain" id="${INLINE_ID}">${text}</script>\n  </body>`);
      },
    },
  };
}
