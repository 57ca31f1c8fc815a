import { DeckError, type DeckProblem } from '../model/deck-error.ts';
import { allSlides, type Library } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import type { Slide } from '../model/types.ts';
import { renderMath } from '../render/render-math.ts';

/**
 * Compiles the TeX of every slide of the library, including slides no deck uses yet (rendering a
 * deck only meets the TeX of its own slides). Each mistake names the file and slide.
 */
export function checkMath(library: Library): DeckProblem[] {
  const slides = allSlides(library);
  const problems: DeckProblem[] = [];
  for (const { slide, file } of slides) {
    for (const block of slideBlocks(slide)) {
      if (block.kind !== 'math') continue;
      try {
        renderMath(block.tex, block.display ?? true, { file, slideId: slide.id });
      } catch (error) {
        if (!(error instanceof DeckError)) throw error;
        problems.push({ file: error.file, slideId: error.slideId, reason: error.reason, hint: error.hint });
      }
    }
  }
  return problems;
}
