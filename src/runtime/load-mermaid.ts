import { mermaidScript } from 'virtual:talk-mermaid';
import type { Mermaid } from './mermaid-api.ts';
/** How the single file writes an import of another of Mermaid's files: `"talk-mermaid:<name>"`. */
const SPECIFIER = /"talk-mermaid:([\w.-]+)"/g;

let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid, loaded once: the `mermaid` package's own ES build, which imports the chunk of each
 * diagram type when a diagram of that type is first drawn. From the deck's own files, or, in the
 * single file, from the page's own copy of them.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= (async () => {
    const url = 'url' in mermaidScript ? new URL(mermaidScript.url, document.baseURI).href : inlineEntry(mermaidScript.inlineId);
    const module = (await import(/* @vite-ignore */ url)) as { default?: Mermaid };
    if (!module.default) throw new Error(`Mermaid did not load from ${url}`);
    return module.default;
  })();
  return loading;
}

/**
 * The single file keeps Mermaid's files as text, each one's imports of the others written
 * `"talk-mermaid:<name>"`, every file after those it imports. A page from file:// cannot import
 * files beside it, so each becomes a blob: URL (the page's policy allows blob: scripts), its imports
 * pointing at the blobs made before it. The entry comes last.
 */
function inlineEntry(id: string): string {
  const files = JSON.parse(document.getElementById(id)?.textContent ?? '[]') as [string, string][];
  const urls = new Map<string, string>();
  let entry = '';
  for (const [name, code] of files) {
    // A file the single file left out (a diagram type its deck does not use) stays unresolved: importing it fails.
    const linked = code.replace(SPECIFIER, (whole, dep: string) => JSON.stringify(urls.get(dep) ?? whole.slice(1, -1)));
    entry = URL.createObjectURL(new Blob([linked], { type: 'text/javascript' }));
    urls.set(name, entry);
  }
  if (!entry) throw new Error(`Mermaid's files are missing from the page (#${id})`);
  return entry;
}
