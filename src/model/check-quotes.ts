import type { DeckProblem } from './deck-error.ts';
import { allSlides, type Library } from './library.ts';
import { slideBlocks } from './texts.ts';

/** Every quote whose original is not, character for character, in the source text. */
export function checkQuotes(library: Library, source: string, sourceName: string): DeckProblem[] {
  const slides = allSlides(library);
  return slides.flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block): DeckProblem[] =>
      block.kind === 'quote' && !source.includes(block.original)
        ? [
            {
              file,
              slideId: slide.id,
              reason: `quote not found verbatim in ${sourceName}: "${block.original}"`,
              hint: 'Copy the quote character for character from the source, punctuation included.',
            },
          ]
        : [],
    ),
  );
}
