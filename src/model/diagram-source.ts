import { textIn } from './text.ts';
import type { Locale, MermaidBlock } from './types.ts';

/**
 * A `{{key}}` in a diagram's source: where the label `labels[key]` goes, in each language. Only a
 * diagram with `labels` has placeholders; without them a source is taken as written (so Mermaid's
 * hexagon `A{{text}}` stays what it is; in a labelled diagram write it `A{{"text"}}`).
 */
const PLACEHOLDER = /\{\{\s*([A-Za-z][\w-]*)\s*\}\}/g;

/**
 * A label as Mermaid text: a line break becomes `<br>`, and the characters that could end or split
 * the text around it become Mermaid's entity codes (`#quot;`, `#58;`), which Mermaid turns back
 * into the characters when it draws, so a label never changes the diagram's structure. Inside
 * double quotes (`A["{{key}}"]`, `-- "{{key}}" -->`) only `"` can end the text; there the others
 * stay as they are, since Mermaid shows entity codes literally in flowchart edge labels and
 * subgraph titles. Elsewhere (a timeline's events, a mindmap's nodes, a sequence message) `:`
 * `;` and `#` are coded too.
 */
export function mermaidLabel(text: string, quoted = false): string {
  const special = quoted ? /\r?\n|"/g : /\r?\n|["#:;]/g;
  return text.replace(special, (c) => (c.endsWith('\n') ? '<br>' : c === '"' ? '#quot;' : `#${c.charCodeAt(0)};`));
}

/** The placeholders of a source, in order of first use. */
export function placeholders(source: string): string[] {
  return [...new Set([...source.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/**
 * The source Mermaid draws in `locale`: the diagram's one source with that language's labels;
 * undefined where the diagram is not written in that language (its source or a label lacks it).
 */
export function diagramSource(block: MermaidBlock, locale: Locale): string | undefined {
  const source = textIn(block.source, locale);
  const labels = block.labels;
  if (!labels || source === undefined) return source;
  if (Object.values(labels).some((label) => typeof textIn(label, locale) !== 'string')) return undefined;
  return source.replace(PLACEHOLDER, (whole, key: string, offset: number) => {
    const label: unknown = textIn(labels[key], locale);
    if (typeof label !== 'string') return whole;
    // Inside double quotes when an odd number of them come before it on its line.
    const before = source.slice(source.lastIndexOf('\n', offset) + 1, offset);
    return mermaidLabel(label, (before.split('"').length - 1) % 2 === 1);
  });
}

/**
 * What is wrong with a diagram's placeholders and labels (at `path`, e.g. `blocks[1]`): a
 * placeholder with no label, or a label no placeholder uses. A label missing a language is a
 * missing translation, found with every other text (slideTexts lists labels).
 */
export function diagramLabelProblems(block: MermaidBlock, path: string): { reason: string; hint: string }[] {
  if (!block.labels) return [];
  const sources = typeof block.source === 'string' ? [block.source] : Object.values(block.source as Record<string, unknown>).filter((s): s is string => typeof s === 'string');
  const used = new Set(sources.flatMap(placeholders));
  const defined = Object.keys(block.labels);
  return [
    ...[...used]
      .filter((key) => !Object.hasOwn(block.labels ?? {}, key))
      .map((key) => ({
        reason: `diagram at ${path} uses placeholder {{${key}}}, but labels has no "${key}"`,
        hint: `Add ${key}: { en: '…', zh: '…' } to labels${defined.length ? ` (labels: ${defined.join(', ')})` : ''}, or fix the placeholder.`,
      })),
    ...defined
      .filter((key) => !used.has(key))
      .map((key) => ({
        reason: `label "${key}" at ${path}.labels.${key} is not used: the source has no {{${key}}}`,
        hint: `Put {{${key}}} where the label goes in the source, or remove the label.`,
      })),
  ];
}
