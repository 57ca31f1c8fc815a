import type { DeckProblem } from '../model/deck-error.ts';
import type { Library } from '../model/library.ts';
import { allSections } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import { LOCALES, type Slide } from '../model/types.ts';

type Parse = (source: string) => Promise<unknown>;
let parser: Promise<Parse> | undefined;

/**
 * Mermaid's own parser, in Node. Parsing needs no DOM, but Mermaid calls DOMPurify.addHook at
 * load time and DOMPurify has no hooks without a window; stub the two functions parsing touches.
 * Rendering stays in the browser, where the real DOMPurify sanitises.
 */
async function loadParser(): Promise<Parse> {
  const { default: purify } = await import('dompurify');
  const p = purify as unknown as Record<string, unknown>;
  p.addHook ??= () => undefined;
  p.sanitize ??= (text: string) => text;
  const { default: mermaid } = await import('mermaid');
  return (source) => mermaid.parse(source);
}

/** Parses every Mermaid source of the library; each failure names the file, slide and language. */
export async function checkDiagrams(library: Library): Promise<DeckProblem[]> {
  const slides: { slide: Slide; file: string }[] = [
    ...allSections(library).flatMap(({ value, file }) => value.slides.map((slide) => ({ slide, file }))),
    ...library.decks.flatMap(({ value, file }) => (value.slides ?? []).map((slide) => ({ slide, file }))),
  ];
  const jobs = slides.flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block) => (block.kind === 'mermaid' ? LOCALES.map((locale) => ({ slide, file, locale, source: block.source[locale] })) : [])),
  );
  if (jobs.length === 0) return [];
  parser ??= loadParser();
  const parse = await parser;
  const problems: DeckProblem[] = [];
  for (const job of jobs) {
    try {
      await parse(job.source);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      problems.push({
        file: job.file,
        slideId: job.slide.id,
        reason: `Mermaid (${job.locale}) does not parse: ${message.replace(/\s+/g, ' ').trim()}`,
        hint: 'Fix the diagram source; the Mermaid live editor syntax applies.',
      });
    }
  }
  return problems;
}
