import type { DeckProblem } from './deck-error.ts';
import type { NotesIndex, ResolvedDeck } from './library.ts';
import { DEFAULT_RATES, formatSeconds, speakingSeconds, type SpeakingRates } from './speaking-time.ts';
import { deckLanguages } from './text.ts';
import type { Locale } from './types.ts';

/** How strictly notes must fit their minutes. */
export interface SpeakingTimeOptions extends SpeakingRates {
  /**
   * How far a slide's notes may run over its planned minutes, as a fraction: a slide may borrow a
   * little from a neighbour, the deck as a whole may not run over at all.
   * @default 0.15
   */
  readonly slideTolerance: number;
}

/** The defaults: 150 words or 250 characters a minute, slides 15% over their plan at most. */
export const DEFAULT_SPEAKING_OPTIONS: SpeakingTimeOptions = { ...DEFAULT_RATES, slideTolerance: 0.15 };

/** One deck's estimated speaking time in one language. */
export interface DeckSpeakingTime {
  readonly deck: string;
  readonly locale: Locale;
  /** Seconds, by slide id, in deck order. */
  readonly slides: readonly { readonly id: string; readonly seconds: number; readonly plannedSeconds: number }[];
  readonly seconds: number;
  readonly plannedSeconds: number;
}

/** Estimates every slide of `resolved` in each of the deck's languages from its notes (missing notes count as silence). */
export function estimateDeck(resolved: ResolvedDeck, notes: NotesIndex, rates: SpeakingRates = DEFAULT_RATES): DeckSpeakingTime[] {
  return deckLanguages(resolved.deck).map((locale) => {
    const slides = resolved.slides.map(({ slide }) => ({
      id: slide.id,
      seconds: speakingSeconds(notes.get(slide.id)?.[locale].text ?? '', rates),
      plannedSeconds: slide.minutes * 60,
    }));
    return {
      deck: resolved.deck.id,
      locale,
      slides,
      seconds: slides.reduce((sum, s) => sum + s.seconds, 0),
      plannedSeconds: resolved.plannedMinutes * 60,
    };
  });
}

/** Warnings for every slide whose notes run over its minutes, and for a deck whose notes run over its plan. */
export function checkSpeakingTime(resolved: ResolvedDeck, notes: NotesIndex, options: SpeakingTimeOptions = DEFAULT_SPEAKING_OPTIONS): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const rate = `at ${options.wordsPerMinute} words or ${options.charactersPerMinute} characters a minute`;
  for (const estimate of estimateDeck(resolved, notes, options)) {
    const { deck, locale } = estimate;
    for (const slide of estimate.slides) {
      if (slide.seconds <= slide.plannedSeconds * (1 + options.slideTolerance)) continue;
      problems.push({
        file: notes.get(slide.id)?.[locale].file ?? `speaker-notes/${locale}/${slide.id}.md`,
        slideId: slide.id,
        severity: 'warning',
        reason: `deck "${deck}", ${locale}: the notes take about ${formatSeconds(slide.seconds)} to say ${rate}, the slide is planned for ${formatSeconds(slide.plannedSeconds)}`,
        hint: 'Cut the notes to what you say, move citations to a final "Sources:" (来源：) paragraph, or plan more minutes for the slide.',
      });
    }
    if (estimate.seconds > estimate.plannedSeconds) {
      problems.push({
        file: resolved.file,
        severity: 'warning',
        reason: `deck "${deck}", ${locale}: the notes take about ${formatSeconds(estimate.seconds)} to say ${rate}, the deck is planned for ${formatSeconds(estimate.plannedSeconds)}`,
        hint: 'Cut the notes of the slides that run longest (npm run check names them).',
      });
    }
  }
  return problems;
}
