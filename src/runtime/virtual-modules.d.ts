declare module 'virtual:talk/decks' {
  import type { Bilingual } from '../model/types.ts';
  import type { DeckNotes, DeckRest, PageDeck } from '../render/rendered-deck.ts';

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
  /**
   * Loads a deck's metadata and the HTML of its first slides (one chunk per deck), without its
   * notes; its later slides are placeholders (`data-talk-pending`), filled from `restLoaders`.
   */
  export const loaders: Readonly<Record<string, () => Promise<{ default: PageDeck }>>>;
  /** Loads the HTML of a deck's later slides, by slide id (a chunk of its own; empty for a short deck). */
  export const restLoaders: Readonly<Record<string, () => Promise<{ default: DeckRest }>>>;
  /**
   * Loads a deck's speaker notes (a chunk of their own; undefined when built with --no-notes).
   * Only the pages that show notes call it: the speaker view, the remote, the handout's print view.
   */
  export const notesLoaders: Readonly<Record<string, () => Promise<{ default: DeckNotes | undefined }>>>;
}

declare module 'virtual:talk-themes' {
  /** The theme shown when the URL names none (`--theme` at build time). */
  export const defaultTheme: string;
  /** Every theme of the build: light, dark and one per assets/themes/<name>.css. */
  export const themes: readonly string[];
  /** The CSS of each custom theme, by name. */
  export const themeCss: Readonly<Record<string, string>>;
}

declare module 'virtual:talk-mermaid' {
  import type { MermaidScript } from './mermaid-api.ts';

  /** Where this build keeps Mermaid's script (src/vite/mermaid-plugin.ts). */
  export const mermaidScript: MermaidScript;
}
