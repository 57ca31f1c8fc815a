import type { DeckProblem } from '../model/deck-error.ts';
import { allSlides, type Library } from '../model/library.ts';
import { textIn } from '../model/text.ts';
import { slideTexts } from '../model/texts.ts';
import { LOCALES } from '../model/types.ts';
import { inlineProblems } from '../render/render-inline.ts';

/** Texts that are not inline Markdown: a diagram's source and the words read out instead of a picture. */
// Diagram sources and labels are Mermaid's text, and alt text is read aloud: none is Markdown.
const NOT_MARKDOWN = /\.(source|alt|labels\.[^.]+)$/;

/**
 * The inline Markdown of every text of every slide (shown by a deck or not): a `$formula$` KaTeX
 * refuses or a link to a refused scheme is an error naming the file, slide, field and language.
 */
export function checkInline(library: Library): DeckProblem[] {
  const slides = allSlides(library);
  const problems: DeckProblem[] = [];
  for (const { slide, file } of slides) {
    for (const { path, text } of slideTexts(slide)) {
      if (NOT_MARKDOWN.test(path)) continue;
      const seen = new Set<string>();
      for (const locale of LOCALES) {
        const value = textIn(text, locale);
        if (value === undefined || seen.has(value)) continue;
        seen.add(value);
        const where = typeof text === 'string' ? path : `${path} (${locale})`;
        for (const reason of inlineProblems(value)) {
          problems.push({ file, slideId: slide.id, reason: `${where}: ${reason}`, hint: 'Fix the inline Markdown of this text; write \\$ for a dollar sign.' });
        }
      }
    }
  }
  return problems;
}
