import type { DeckProblem } from './deck-error.ts';
import { allSlides, type Library } from './library.ts';
import { foldPunctuationWidth } from './punctuation.ts';
import { languagesOf, textIn } from './text.ts';
import { slideBlocks } from './texts.ts';
import type { QuoteBlock } from './types.ts';

/** The interview's publication: a quote whose `where` names it is one of the interview's. */
export const INTERVIEW_MARK = '知识分子';

/**
 * Whether a quote is one of the interview's, and so checked against it: its `where` names the
 * interview's publication (《知识分子》), as every quote of the talk does (slides/shared/interview.ts).
 * Any other quote (a book, a paper, a talk) is not checked.
 */
export function isInterviewQuote(block: QuoteBlock): boolean {
  return languagesOf(block.where).some((locale) => textIn(block.where, locale)?.includes(INTERVIEW_MARK));
}

/**
 * Every interview quote whose original is not, character for character, in the source text.
 * Punctuation width aside: `,` and `，` (and `:` `;` `?` `!` `(` `)` and theirs) count as the same
 * mark, since quotes are shown with full-width marks whichever the source has; any other difference
 * is reported.
 */
export function checkQuotes(library: Library, source: string, sourceName: string): DeckProblem[] {
  const folded = foldPunctuationWidth(source);
  const slides = allSlides(library);
  return slides.flatMap(({ slide, file }) =>
    slideBlocks(slide).flatMap((block): DeckProblem[] =>
      block.kind === 'quote' && isInterviewQuote(block) && !folded.includes(foldPunctuationWidth(block.original))
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
