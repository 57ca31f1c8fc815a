import type { ResolvedConfig } from 'vite';
import type { RenderedDeck } from '../render/rendered-deck.ts';

/** What the loader plugin shares with the others (Vite's plugin `api`). */
export interface LoaderApi {
  /** The decks of the last good compile, or undefined before one. */
  decks(): ReadonlyMap<string, RenderedDeck> | undefined;
}

/** The loader plugin's API in this build, if it is there. */
export function loaderApi(config: ResolvedConfig): LoaderApi | undefined {
  return config.plugins.find((plugin) => plugin.name === 'talk:loader')?.api as LoaderApi | undefined;
}

/** Whether this is the single-file build (everything inlined, nothing fetched later). */
export function isSingleFileBuild(config: ResolvedConfig): boolean {
  return config.plugins.some((plugin) => plugin.name === 'talk:single-file');
}
