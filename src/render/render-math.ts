import katex from 'katex';
import { DeckError } from '../model/deck-error.ts';

/** Where a formula sits, for the error message. */
export interface MathOrigin {
  readonly file: string;
  readonly slideId: string;
}

/**
 * TeX to HTML plus MathML (for screen readers), at build time. A TeX mistake is a DeckError
 * naming the slide: it must fail the build, never show a red formula on stage.
 */
export function renderMath(tex: string, display: boolean, origin: MathOrigin): string {
  try {
    return katex.renderToString(tex, { displayMode: display, throwOnError: true, output: 'htmlAndMathml', strict: 'error' });
  } catch (error) {
    if (error instanceof katex.ParseError) {
      throw new DeckError({ ...origin, reason: `KaTeX: ${error.message.replace(/^KaTeX parse error: /, '')}`, hint: 'Fix the TeX in the math block.' });
    }
    throw error;
  }
}
