import type { DeckProblem } from './deck-error.ts';
import { allSlides, type Library } from './library.ts';
import { foldPunctuationWidth } from './punctuation.ts';
import { slideBlocks } from './texts.ts';

/**
 * Every quote whose original is not, character for character, in the source text. Punctuation
 * width aside: `,` and `，` (and `:` `;` `?` `!` `(` `)` and theirs) count as the same mark, since
 * quotes are shown with full-width marks whichever the source has; any other difference is reported.
 */
export function checkQuotes(library: Library, source: string, sourceName: string): DeckProblem[] {
  const folded = foldPunctuationWidth(source);
  const slides = allSlides(library);
  return slides.flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block): DeckProblem[] =>
      block.kind === 'quote' && !folded.includes(foldPunctuationWidth(block.original))
        ? [
            {
              file,
              slideId: slide.id,
              reason: `quote not found verbatim in ${sourceName}: "${block.original}"`,
              hint: 'Copy the quote character for character from the source (only the width of , : ; ? ! ( ) may differ).',
            },
          ]
        : [],
    ),
  );
}
