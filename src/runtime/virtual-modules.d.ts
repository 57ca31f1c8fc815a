declare module 'virtual:talk/decks' {
  import type { Bilingual } from '../model/types.ts';
  import type { RenderedDeck } from '../render/rendered-deck.ts';

  /** One deck of the build, as the index page lists it. */
  export interface DeckSummary {
    readonly id: string;
    readonly title: Bilingual;
    readonly budgetMinutes: number;
    readonly plannedMinutes: number;
    readonly slideCount: number;
  }

  /** The deck served when the URL names none. */
  export const defaultDeck: string;
  export const decks: readonly DeckSummary[];
  /** Loads a deck's rendered HTML and metadata (one chunk per deck). */
  export const loaders: Readonly<Record<string, () => Promise<{ default: RenderedDeck }>>>;
}
