import type { DeckNotes, DeckRest, PageDeck, RenderedDeck } from '../render/rendered-deck.ts';

/** Public id of the module that lists the decks. */
export const DECKS_ID = 'virtual:talk/decks';
/** Public id prefix of one deck's module: `virtual:talk/deck/meetup`. */
export const DECK_PREFIX = 'virtual:talk/deck/';
/**
 * Public id prefix of one deck's speaker notes: `virtual:talk/notes/meetup`. A module (and chunk)
 * of its own, imported only by the pages that show notes, so the deck page never fetches a note.
 */
export const NOTES_PREFIX = 'virtual:talk/notes/';
/**
 * Public id prefix of the HTML of one deck's later slides: `virtual:talk/deck-rest/meetup`. A
 * module (and chunk) of its own, so that the first slide waits only for the first few slides.
 */
export const REST_PREFIX = 'virtual:talk/deck-rest/';
/** Marks a slide's placeholder in a deck's module: its own `<section>` tag, with no content. */
export const PENDING_ATTRIBUTE = 'data-talk-pending';

/** Source of `virtual:talk/decks`: summaries plus lazy loaders per deck, its later slides and its notes (one chunk each). */
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
    `export const restLoaders = {\n${loaders(REST_PREFIX)}\n};`,
  ].join('\n');
}

/**
 * Source of one deck's module, without its notes: the first `head` slides whole, the others as
 * placeholders (see `headHtml`). JSON.parse of a string literal is faster to start than an object literal.
 */
export function deckModule(deck: RenderedDeck, head: number): string {
  return jsonModule({ ...pageDeck(deck), html: headHtml(deck.slideHtml, head) });
}

/** Source of one deck's later slides' module: the HTML of every slide from `head` on, by slide id. */
export function restModule(deck: RenderedDeck, head: number): string {
  return jsonModule(restSlides(deck, head));
}

/** A deck as the pages receive it (the dev server's in-place update): every slide whole, without its notes. */
export function pageDeck(deck: RenderedDeck): PageDeck {
  const { notes: _notes, slideHtml: _slides, ...shown } = deck;
  return shown;
}

/**
 * The first `head` slides whole, then each later slide's placeholder: reveal.js counts, numbers
 * and times the slides from their `<section>` tags, so those stay, and only the content waits.
 */
export function headHtml(slideHtml: readonly string[], head: number): string {
  return slideHtml.map((html, i) => (i < head ? html : placeholder(html))).join('\n');
}

/** The HTML of the slides from `head` on, by slide id: what `headHtml` left out. */
export function restSlides(deck: Pick<RenderedDeck, 'slides' | 'slideHtml'>, head: number): DeckRest {
  return Object.fromEntries(deck.slides.slice(head).map((slide, i) => [slide.id, deck.slideHtml[head + i] ?? '']));
}

/** A slide's `<section>` tag (same id, class and data-* attributes), marked pending, with no content. */
export function placeholder(section: string): string {
  // Attribute values are escaped (escapeHtml turns ">" into "&gt;"): the first ">" ends the tag.
  const open = /^<section\b[^>]*>/.exec(section);
  if (!open) throw new Error(`a slide's HTML does not start with its <section> tag: ${section.slice(0, 80)}`);
  return `${open[0].slice(0, -1)} ${PENDING_ATTRIBUTE}></section>`;
}

function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
}

/** Source of one deck's notes module: its notes by slide id, or undefined when built without notes. */
export function notesModule(deck: RenderedDeck): string {
  const notes: DeckNotes | undefined = deck.notes;
  return notes === undefined ? 'export default undefined;' : jsonModule(notes);
}
