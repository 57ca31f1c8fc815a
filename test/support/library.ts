import { compileLibrary, type CompiledLibrary } from '../../src/library/compile-library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import type { RenderedDeck } from '../../src/render/rendered-deck.ts';

let compiled: Promise<CompiledLibrary> | undefined;

/** The project's own library, compiled once per test file. */
export function projectLibrary(): Promise<CompiledLibrary> {
  compiled ??= loadLibrary({ root: process.cwd() }).then((loaded) => compileLibrary(loaded));
  return compiled;
}

/** One deck of the project's library; fails the test when it does not compile. */
export async function projectDeck(id = 'meetup'): Promise<RenderedDeck> {
  const { decks, problems } = await projectLibrary();
  const deck = decks.get(id);
  if (!deck) throw new Error(`deck "${id}" did not compile:\n${problems.map((p) => p.reason).join('\n')}`);
  return deck;
}
