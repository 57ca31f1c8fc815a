import type { DeckNotes, PageDeck, RenderedDeck } from '../render/rendered-deck.ts';

/** Public id of the module that lists the decks. */
export const DECKS_ID = 'virtual:talk/decks';
/** Public id prefix of one deck's module: `virtual:talk/deck/meetup`. */
export const DECK_PREFIX = 'virtual:talk/deck/';
/**
 * Public id prefix of one deck's speaker notes: `virtual:talk/notes/meetup`. A module (and chunk)
 * of its own, imported only by the pages that show notes, so the deck page never fetches a note.
 */
export const NOTES_PREFIX = 'virtual:talk/notes/';

/** Source of `virtual:talk/decks`: summaries plus lazy loaders per deck and per deck's notes (one chunk each). */
export function decksModule(decks: ReadonlyMap<string, RenderedDeck>, defaultDeck: string): string {
  const summaries = [...decks.values()].map((deck) => ({
    id: deck.id,
    title: deck.title,
    budgetMinutes: deck.budgetMinutes,
    plannedMinutes: deck.plannedMinutes,
    slideCount: deck.slides.length,
  }));
  const loaders = (prefix: string): string => [...decks.keys()].map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(prefix + id)}),`).join('\n');
  return [
    `export const defaultDeck = ${JSON.stringify(defaultDeck)};`,
    `export const decks = ${JSON.stringify(summaries)};`,
    `export const loaders = {\n${loaders(DECK_PREFIX)}\n};`,
    `export const notesLoaders = {\n${loaders(NOTES_PREFIX)}\n};`,
  ].join('\n');
}

/** Source of one deck's module, without its notes. JSON.parse of a string literal is faster to start than an object literal. */
export function deckModule(deck: RenderedDeck): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(pageDeck(deck)))});`;
}

/** A deck as the pages receive it (its module, the dev server's in-place update): without its notes. */
export function pageDeck(deck: RenderedDeck): PageDeck {
  const { notes: _notes, ...shown } = deck;
  return shown;
}

/** Source of one deck's notes module: its notes by slide id, or undefined when built without notes. */
export function notesModule(deck: RenderedDeck): string {
  const notes: DeckNotes | undefined = deck.notes;
  return notes === undefined ? 'export default undefined;' : `export default JSON.parse(${JSON.stringify(JSON.stringify(notes))});`;
}
