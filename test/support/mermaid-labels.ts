import { decodeHTML } from 'entities';
import type { Locale } from '../../src/model/types.ts';

/**
 * The labels a reader sees in a Mermaid source: quoted node, edge and subgraph labels, and the
 * periods and events of a timeline; a line break (`<br>`) splits a label into pieces, each checked
 * on its own (Mermaid and PDF text extraction both break a label where its lines break). Mermaid's
 * own escapes (`#quot;`, `#35;`) are decoded; white space is kept, for the caller to compare as it needs.
 */
export function mermaidLabels(source: string): string[] {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('%%'));
  const labels: string[] = [];
  if (body.find((line) => line.trim() !== '')?.trim() === 'timeline') {
    for (const line of body) if (line.includes(':')) labels.push(...line.split(':'));
  } else {
    for (const line of body) for (const match of line.matchAll(/"([^"]+)"/g)) labels.push(match[1] ?? '');
  }
  return labels
    .flatMap((label) => label.split(/<br\s*\/?>/i))
    .map((piece) => piece.replace(/#quot;/g, '"').replace(/#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code))).trim())
    .filter((piece) => piece !== '');
}

/** Every Mermaid diagram of a rendered deck's HTML in one language, with the id of its slide. */
export function deckDiagramSources(html: string, locale: Locale): { slide: string; source: string }[] {
  const found: { slide: string; source: string }[] = [];
  let slide = '?';
  for (const match of html.matchAll(/<section id="([^"]+)"|class="talk-mermaid talk-(en|zh)"[^>]*data-talk-mermaid="([^"]*)"/g)) {
    if (match[1]) slide = match[1];
    else if (match[2] === locale && match[3]) found.push({ slide, source: decodeHTML(match[3]) });
  }
  return found;
}
