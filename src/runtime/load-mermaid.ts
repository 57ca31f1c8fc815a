import { mermaidScript } from 'virtual:talk-mermaid';
import type { Mermaid } from './mermaid-api.ts';

let loading: Promise<Mermaid> | undefined;

/**
 * Mermaid, loaded once. Its single-file build is a classic script that sets `window.mermaid` (as
 * an ES module its top-level variables would stay private, and it throws), so it is run by a
 * `<script>` element: from the deck's own file, or, in the single file, from the page's own copy
 * of its text, which the page's policy allows by hash.
 */
export function loadMermaid(): Promise<Mermaid> {
  loading ??= new Promise<Mermaid>((resolve, reject) => {
    const script = document.createElement('script');
    const done = (): void => {
      const mermaid = (window as unknown as { mermaid?: Mermaid }).mermaid;
      if (mermaid) resolve(mermaid);
      else reject(new Error('Mermaid did not load'));
    };
    if ('url' in mermaidScript) {
      script.src = mermaidScript.url;
      script.addEventListener('load', done);
      script.addEventListener('error', () => reject(new Error(`Mermaid did not load from ${mermaidScript.url}`)));
      document.head.append(script);
    } else {
      script.textContent = document.getElementById(mermaidScript.inlineId)?.textContent ?? '';
      // An inline script runs as it is inserted.
      document.head.append(script);
      done();
    }
  });
  return loading;
}
