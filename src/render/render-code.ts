import { codeLines, parseCodeSteps } from '../model/code-steps.ts';
import type { CodeBlock } from '../model/types.ts';
import { escapeHtml } from './escape.ts';
import { renderBilingual } from './render-text.ts';

/** One coloured piece of a line: its text and its style attribute (CSS variables per theme). */
export interface CodeToken {
  readonly text: string;
  readonly style: string;
}

/** Highlights code in a language: one list of tokens per line (made at build time, by Shiki). */
export type HighlightCode = (code: string, lang: string) => readonly (readonly CodeToken[])[];

/** Plain lines, for a build that has no highlighter. */
const plain: HighlightCode = (code) => code.split('\n').map((text) => [{ text, style: '' }]);

/**
 * A code block as a `<pre>` of lines, coloured at build time. With `highlight`, each line lists the
 * steps that light it (`data-talk-lit`), and every step after the first is an empty reveal.js
 * fragment: the runtime dims the lines the current step does not light. The code stays text, so it
 * can be selected and searched, in the page and in the PDF.
 */
export function renderCode(block: CodeBlock, highlight: HighlightCode = plain): string {
  const lines = codeLines(block.code);
  const parsed = block.highlight === undefined ? undefined : parseCodeSteps(block.highlight, lines.length);
  const steps = parsed && 'steps' in parsed ? parsed.steps : undefined;
  const tokens = highlight(lines.join('\n'), block.lang);
  const body = lines
    .map((_, i) => {
      const lit = steps ? ` data-talk-lit="${steps.flatMap((step, s) => (step.includes(i + 1) ? [s] : [])).join(' ')}"` : '';
      const spans = (tokens[i] ?? []).map(({ text, style }) => (style ? `<span style="${escapeHtml(style)}">${escapeHtml(text)}</span>` : escapeHtml(text))).join('');
      return `<span class="talk-code-line"${lit}>${spans}</span>`;
    })
    .join('\n');
  const markers = steps ? steps.slice(1).map((_, s) => `<span class="fragment talk-code-step" data-talk-code-step="${s + 1}"></span>`).join('') : '';
  const caption = block.caption ? `<figcaption>${renderBilingual(block.caption)}</figcaption>` : '';
  const stepped = steps ? ` data-talk-steps="${steps.length}"` : '';
  return `<figure class="talk-code-figure"><pre class="talk-code" data-talk-lang="${escapeHtml(block.lang)}"${stepped}><code>${body}</code></pre>${markers}${caption}</figure>`;
}
