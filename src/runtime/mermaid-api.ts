import type mermaid from 'mermaid';

/** Mermaid's API, as the `mermaid` package declares it (the deck loads its prebuilt ES build). */
export type Mermaid = typeof mermaid;

/** Mermaid's configuration (`mermaid.initialize`). */
export type MermaidConfig = Parameters<Mermaid['initialize']>[0];

/** Where the page finds Mermaid's ES build (virtual:talk-mermaid says which, per build). */
export type MermaidScript =
  /** The entry, a file the deck serves, relative to the page; its chunks sit beside it. */
  | { readonly url: string }
  /** The single file: the entry and its chunks are JSON text in the page's element of this id (src/single-file/single-file-mermaid.ts). */
  | { readonly inlineId: string };
