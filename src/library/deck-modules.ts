import type { RenderedDeck } from '../render/rendered-deck.ts';

/** Public id of the module that lists the decks. */
export const DECKS_ID = 'virtual:talk/decks';
/** Public id prefix of one deck's module: `virtual:talk/deck/meetup`. */
export const DECK_PREFIX = 'virtual:talk/deck/';

/** Source of `virtual:talk/decks`: summaries plus one lazy loader per deck (one chunk each). */
export function decksModule(decks: ReadonlyMap<string, RenderedDeck>, defaultDeck: string): string {
  const summaries = [...decks.values()].map((deck) => ({
    id: deck.id,
    title: deck.title,
    budgetMinutes: deck.budgetMinutes,
    plannedMinutes: deck.plannedMinutes,
    slideCount: deck.slides.length,
  }));
  const loaders = [...decks.keys()].map((id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(DECK_PREFIX + id)}),`);
  return [
    `export const defaultDeck = ${JSON.stringify(defaultDeck)};`,
    `export const decks = ${JSON.stringify(summaries)};`,
    `export const loaders = {\n${loaders.join('\n')}\n};`,
  ].join('\n');
}

/** Source of one deck's module. JSON.parse of a string literal is faster to start than an object literal. */
export function deckModule(deck: RenderedDeck): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(deck))});`;
}
