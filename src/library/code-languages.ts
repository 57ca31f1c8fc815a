import type { Library } from '../model/library.ts';
import { allSections } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import type { HighlightCode } from '../render/render-code.ts';

/** The highlighter a library's code blocks need, and the check of their languages. */
export interface CodeLanguages {
  readonly highlight: HighlightCode | undefined;
  readonly isCodeLanguage: ((lang: string) => boolean) | undefined;
}

/**
 * Loads Shiki, with the grammars of the languages the library's code blocks use, only when there
 * is code: a library without any starts no highlighter.
 */
export async function codeLanguages(library: Library): Promise<CodeLanguages> {
  const slides = [
    ...allSections(library).flatMap(({ value }) => value.slides),
    ...library.decks.flatMap(({ value }) => value.slides ?? []),
  ];
  const langs = slides.flatMap((slide) => slideBlocks(slide).flatMap((block) => (block.kind === 'code' && typeof block.lang === 'string' ? [block.lang] : [])));
  if (langs.length === 0) return { highlight: undefined, isCodeLanguage: undefined };
  const { createCodeHighlighter, isCodeLanguage } = await import('./highlight-code.ts');
  return { highlight: await createCodeHighlighter(langs), isCodeLanguage };
}
