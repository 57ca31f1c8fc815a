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
