/** What slide modules and deck manifests import: `import { defineSection } from '#talk'`. */
export { defineDeck, defineSection, defineSlide } from './define.ts';
export type { Bilingual, Block, Deck, DeckEntry, Locale, Reference, Section, Slide } from './types.ts';
