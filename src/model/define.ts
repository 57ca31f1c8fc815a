import type { Deck, Section, Slide } from './types.ts';

/** Identity helper for type inference in `slides/*.ts`. */
export function defineSection(section: Section): Section {
  return section;
}

/** Identity helper for type inference of a single slide. */
export function defineSlide(slide: Slide): Slide {
  return slide;
}

/** Identity helper for type inference in `slides/decks/*.ts`. */
export function defineDeck(deck: Deck): Deck {
  return deck;
}
