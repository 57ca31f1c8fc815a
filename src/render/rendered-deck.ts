import type { Bilingual, Locale } from '../model/types.ts';

/** What the page needs to know about one slide, besides its HTML. */
export interface SlideInfo {
  readonly id: string;
  readonly sectionId: string;
  readonly title: Bilingual;
  readonly minutes: number;
  /** The module the slide came from (provenance). */
  readonly file: string;
  /** Number of Mermaid diagrams on the slide. */
  readonly diagrams: number;
}

/** A section as the speaker view's pacing needs it. */
export interface SectionInfo {
  readonly id: string;
  readonly title: Bilingual;
  readonly slideIds: readonly string[];
  readonly minutes: number;
}

/** A deck rendered at build time: the runtime only inserts `html` and wires reveal.js. */
export interface RenderedDeck {
  readonly id: string;
  readonly title: Bilingual;
  readonly subtitle: Bilingual | undefined;
  readonly author: Bilingual;
  /** The languages the deck is given in, the first one the default. */
  readonly languages: readonly Locale[];
  readonly budgetMinutes: number;
  readonly plannedMinutes: number;
  /** Every slide's `<section>`, in order. */
  readonly html: string;
  /** Each slide's `<section>` on its own, in the order of `slides` (`html` is them joined). */
  readonly slideHtml: readonly string[];
  readonly slides: readonly SlideInfo[];
  readonly sections: readonly SectionInfo[];
  /** Notes HTML by slide id, in both languages (absent when built without notes). */
  readonly notes: DeckNotes | undefined;
  readonly hasDiagrams: boolean;
}

/** Speaker notes HTML by slide id, in both languages. */
export type DeckNotes = Readonly<Record<string, Bilingual>>;

/**
 * Slides' `<section>` HTML by slide id: those a deck's module leaves as placeholders, which travel
 * in a module (and chunk) of their own that the deck page loads once its first slide is shown.
 */
export type DeckRest = Readonly<Record<string, string>>;

/**
 * A deck as the pages load it: without its notes, which travel in a module of their own that only
 * the speaker view, the remote and the handout load (the audience never receives one). In a deck's
 * module, `html` has only the first slides whole; the others are placeholders (`data-talk-pending`)
 * whose HTML is in its `DeckRest`.
 */
export type PageDeck = Omit<RenderedDeck, 'notes' | 'slideHtml'>;
