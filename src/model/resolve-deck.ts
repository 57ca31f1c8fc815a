import type { DeckProblem } from './deck-error.ts';
import { allSections, indexSlides, type Library, type PlacedSection, type PlacedSlide, type ResolvedDeck } from './library.ts';
import { didYouMean } from './suggest.ts';
import type { Deck, Section } from './types.ts';

/** The result of looking up a deck: the deck when every id is known, and the problems found. */
export interface Resolution {
  readonly deck: ResolvedDeck | undefined;
  readonly problems: DeckProblem[];
}

/** The problem of a deck id the library does not have: "did you mean" and the known decks. */
export function unknownDeck(deckId: string, known: Iterable<string>, what = ''): DeckProblem {
  const ids = [...known];
  const near = didYouMean(deckId, ids);
  return { file: 'slides/decks/', reason: `unknown deck "${deckId}"${what}`, hint: `${near ? `${near} ` : ''}Decks: ${ids.join(', ')}.` };
}

/** Looks up every section and slide id of the deck `deckId` in the library. */
export function resolveDeck(library: Library, deckId: string): Resolution {
  const sourced = library.decks.find(({ value }) => value.id === deckId);
  if (!sourced) {
    return { deck: undefined, problems: [unknownDeck(deckId, library.decks.map(({ value }) => value.id))] };
  }
  return placeSlides(library, sourced.value, sourced.file);
}

function placeSlides(library: Library, deck: Deck, file: string): Resolution {
  const sections = new Map<string, { section: Section; file: string }>();
  for (const { value, file: sectionFile } of allSections(library)) sections.set(value.id, { section: value, file: sectionFile });
  const slides = indexSlides(library);
  const problems: DeckProblem[] = [];
  const groups: { section: Section; file: string; ids: string[] }[] = [];

  const unknown = (kind: string, id: string, known: Iterable<string>): void => {
    problems.push({ file, reason: `deck "${deck.id}" names unknown ${kind} "${id}"`, hint: didYouMean(id, known) ?? `Run npm run check to list the ids.` });
  };

  for (const entry of deck.entries) {
    if (typeof entry === 'string') {
      const section = sections.get(entry);
      if (section) {
        groups.push({ ...section, ids: section.section.slides.map((slide) => slide.id) });
        continue;
      }
      const slide = slides.get(entry);
      if (!slide) {
        unknown('section or slide', entry, [...sections.keys(), ...slides.keys()]);
        continue;
      }
      const last = groups.at(-1);
      const home = sections.get(slide.sectionId);
      if (last && (last.section.id === slide.sectionId || !home)) last.ids.push(entry);
      else if (home) groups.push({ ...home, ids: [entry] });
      else groups.push({ section: { id: deck.id, title: deck.title, slides: [] }, file, ids: [entry] });
      continue;
    }
    const section = sections.get(entry.section);
    if (!section) {
      unknown('section', entry.section, sections.keys());
      continue;
    }
    const ids: string[] = [];
    for (const id of entry.slides) {
      if (slides.has(id)) ids.push(id);
      else unknown('slide', id, slides.keys());
    }
    groups.push({ ...section, ids });
  }

  const seen = new Set<string>();
  const placedSections: PlacedSection[] = [];
  const flat: PlacedSlide[] = [];
  for (const group of groups) {
    const placed: PlacedSlide[] = [];
    for (const id of group.ids) {
      if (seen.has(id)) {
        problems.push({ file, slideId: id, reason: `deck "${deck.id}" shows slide "${id}" twice`, hint: 'A slide can appear once per deck; remove one of the entries.' });
        continue;
      }
      seen.add(id);
      const found = slides.get(id);
      if (!found) continue;
      const slide: PlacedSlide = { slide: found.slide, file: found.file, sectionId: group.section.id, index: flat.length };
      placed.push(slide);
      flat.push(slide);
    }
    if (placed.length > 0) placedSections.push({ section: group.section, file: group.file, slides: placed });
  }

  if (flat.length === 0 && problems.length === 0) {
    problems.push({ file, reason: `deck "${deck.id}" has no slides`, hint: 'List at least one section or slide id in its entries.' });
  }
  const plannedMinutes = flat.reduce((sum, { slide }) => sum + slide.minutes, 0);
  if (plannedMinutes > deck.budgetMinutes + 1e-9) {
    problems.push({
      file,
      severity: 'warning',
      reason: `deck "${deck.id}" plans ${round(plannedMinutes)} minutes but its budget is ${deck.budgetMinutes}`,
      hint: 'Leave slides out, shorten their minutes, or raise budgetMinutes.',
    });
  }
  const resolved: ResolvedDeck = { deck, file, sections: placedSections, slides: flat, plannedMinutes };
  return { deck: problems.some((p) => (p.severity ?? 'error') === 'error') ? undefined : resolved, problems };
}

function round(minutes: number): number {
  return Math.round(minutes * 10) / 10;
}
