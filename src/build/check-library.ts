import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkQuotes } from '../model/check-quotes.ts';
import type { DeckProblem } from '../model/deck-error.ts';
import { resolveDeck } from '../model/resolve-deck.ts';
import { compileLibrary } from './compile-library.ts';
import { loadLibrary } from './load-library.ts';

/** The interview the quotes come from, unless TALK_SOURCE names another file. */
export const DEFAULT_SOURCE = '../shared/source/interview-zh.txt';

/** The result of checking the library. */
export interface CheckReport {
  readonly problems: readonly DeckProblem[];
  readonly decks: readonly { id: string; slides: number; minutes: number; budget: number }[];
  /** Why the quotes were not checked, when they were not. */
  readonly quotesSkipped: string | undefined;
}

/** Loads, validates and renders every deck (or one), parses every diagram and checks every quote. */
export async function checkLibrary(root: string, deckId?: string, sourcePath = process.env.TALK_SOURCE || DEFAULT_SOURCE): Promise<CheckReport> {
  const loaded = await loadLibrary({ root });
  const compiled = await compileLibrary(loaded, { checkDiagrams: true });
  const problems = [...compiled.problems];
  const source = path.resolve(root, sourcePath);
  let quotesSkipped: string | undefined;
  if (existsSync(source)) problems.push(...checkQuotes(loaded.library, await readFile(source, 'utf8'), path.basename(source)));
  else quotesSkipped = `source text not found at ${sourcePath} (set TALK_SOURCE to check quotes)`;
  const ids = deckId === undefined ? loaded.library.decks.map(({ value }) => value.id) : [deckId];
  const decks = ids.flatMap((id) => {
    const { deck, problems: deckProblems } = resolveDeck(loaded.library, id);
    if (deckId !== undefined) problems.push(...deckProblems.filter((p) => !problems.some((q) => q.reason === p.reason)));
    return deck ? [{ id, slides: deck.slides.length, minutes: deck.plannedMinutes, budget: deck.deck.budgetMinutes }] : [];
  });
  return { problems, decks, quotesSkipped };
}
