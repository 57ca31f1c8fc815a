import type { Deck, Locale, Section, Slide } from './types.ts';

/** A value and the file it was loaded from (provenance), relative to the project root. */
export interface Sourced<T> {
  readonly value: T;
  readonly file: string;
}

/** One notes file as read from disk: `text` is undefined when the file does not exist. */
export interface NotesFile {
  readonly file: string;
  readonly text: string | undefined;
}

/** Every notes file the library expects, by slide id and locale. */
export type NotesIndex = ReadonlyMap<string, Readonly<Record<Locale, NotesFile>>>;

/** Everything that was loaded from `slides/` and `speaker-notes/`. */
export interface Library {
  readonly sections: readonly Sourced<Section>[];
  readonly decks: readonly Sourced<Deck>[];
  readonly notes: NotesIndex;
}

/** A slide placed in a deck. */
export interface PlacedSlide {
  readonly slide: Slide;
  /** The module the slide came from. */
  readonly file: string;
  readonly sectionId: string;
  /** 0-based position in the deck. */
  readonly index: number;
}

/** A section as a deck uses it. */
export interface PlacedSection {
  readonly section: Section;
  readonly file: string;
  readonly slides: readonly PlacedSlide[];
}

/** A deck with every id looked up: what the renderer receives. */
export interface ResolvedDeck {
  readonly deck: Deck;
  readonly file: string;
  readonly sections: readonly PlacedSection[];
  readonly slides: readonly PlacedSlide[];
  /** Sum of the slides' planned minutes. */
  readonly plannedMinutes: number;
}

/** Every slide of the library by id, with the module and section it belongs to. */
export function indexSlides(library: Library): Map<string, { slide: Slide; file: string; sectionId: string }> {
  const index = new Map<string, { slide: Slide; file: string; sectionId: string }>();
  for (const { value: section, file } of allSections(library)) {
    for (const slide of section.slides) {
      if (!index.has(slide.id)) index.set(slide.id, { slide, file, sectionId: section.id });
    }
  }
  for (const { value: deck, file } of library.decks) {
    for (const slide of deck.slides ?? []) {
      if (!index.has(slide.id)) index.set(slide.id, { slide, file, sectionId: deck.id });
    }
  }
  return index;
}

/** The library's sections followed by the sections decks define for themselves. */
export function allSections(library: Library): Sourced<Section>[] {
  const own = library.decks.flatMap(({ value, file }) => (value.sections ?? []).map((section) => ({ value: section, file })));
  return [...library.sections, ...own];
}

/** Every slide of the library, deck-only slides included, with the module it comes from. */
export function allSlides(library: Library): { slide: Slide; file: string }[] {
  return [
    ...allSections(library).flatMap(({ value, file }) => value.slides.map((slide) => ({ slide, file }))),
    ...library.decks.flatMap(({ value, file }) => (value.slides ?? []).map((slide) => ({ slide, file }))),
  ];
}
