import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkQuotes } from '../model/check-quotes.ts';
import type { DeckProblem } from '../model/deck-error.ts';
import { resolveDeck } from '../model/resolve-deck.ts';
import { checkSpeakingTime, DEFAULT_SPEAKING_OPTIONS, estimateDeck, type SpeakingTimeOptions } from '../model/check-speaking-time.ts';
import type { Locale } from '../model/types.ts';
import { checkMath } from './check-math.ts';
import { checkThemes } from './check-themes.ts';
import { checkTypes } from './check-types.ts';
import { compileLibrary } from './compile-library.ts';
import { loadLibrary } from './load-library.ts';

/** The interview the quotes come from, unless TALK_SOURCE names another file. */
export const DEFAULT_SOURCE = '../shared/source/interview-zh.txt';

/** What to check. */
export interface CheckOptions {
  /** Report on this deck only (the library is always validated). */
  readonly deck?: string;
  /**
   * The source text quotes must be found in, relative to the root.
   * @default process.env.TALK_SOURCE || DEFAULT_SOURCE
   */
  readonly source?: string;
  /** Also run the TypeScript compiler over the project (slower). */
  readonly types?: boolean;
  /** Where Mermaid parse results are remembered; false to parse every time. */
  readonly diagramCache?: string | false;
  /**
   * How fast the speaker talks and how far a slide's notes may run over its minutes.
   * @default DEFAULT_SPEAKING_OPTIONS (150 words, 250 characters a minute, 15%)
   */
  readonly speaking?: Partial<SpeakingTimeOptions>;
}

/** The result of checking the library. */
export interface CheckReport {
  readonly problems: readonly DeckProblem[];
  readonly decks: readonly {
    id: string;
    slides: number;
    minutes: number;
    budget: number;
    /** Estimated seconds to say the deck's notes, by language. */
    /** By each language the deck is given in. */
    spokenSeconds: Readonly<Partial<Record<Locale, number>>>;
  }[];
  /** Why the quotes were not checked, when they were not. */
  readonly quotesSkipped: string | undefined;
}

/** Loads, validates and renders every deck (or one), parses every diagram, checks every quote and theme. */
export async function checkLibrary(root: string, options: CheckOptions = {}): Promise<CheckReport> {
  const types = options.types ? checkTypes(root) : Promise.resolve([]);
  const loaded = await loadLibrary({ root });
  const compiled = await compileLibrary(loaded, { checkDiagrams: true, diagramCache: options.diagramCache });
  const problems = [...compiled.problems];
  const add = (more: readonly DeckProblem[]): void => {
    for (const p of more) if (!problems.some((q) => q.file === p.file && q.slideId === p.slideId && q.reason === p.reason)) problems.push(p);
  };
  add(checkMath(loaded.library));
  add(await checkThemes(root));
  const sourcePath = options.source ?? (process.env.TALK_SOURCE || DEFAULT_SOURCE);
  const source = path.resolve(root, sourcePath);
  let quotesSkipped: string | undefined;
  if (existsSync(source)) add(checkQuotes(loaded.library, await readFile(source, 'utf8'), path.basename(source)));
  else quotesSkipped = `source text not found at ${sourcePath} (set TALK_SOURCE to check quotes)`;
  const speaking: SpeakingTimeOptions = { ...DEFAULT_SPEAKING_OPTIONS, ...options.speaking };
  const ids = options.deck === undefined ? loaded.library.decks.map(({ value }) => value.id) : [options.deck];
  const decks = ids.flatMap((id) => {
    const { deck, problems: deckProblems } = resolveDeck(loaded.library, id);
    if (options.deck !== undefined) add(deckProblems);
    if (!deck) return [];
    add(checkSpeakingTime(deck, loaded.library.notes, speaking));
    const spoken: Partial<Record<Locale, number>> = {};
    for (const estimate of estimateDeck(deck, loaded.library.notes, speaking)) spoken[estimate.locale] = estimate.seconds;
    return [{ id, slides: deck.slides.length, minutes: deck.plannedMinutes, budget: deck.deck.budgetMinutes, spokenSeconds: spoken }];
  });
  add(await types);
  return { problems, decks, quotesSkipped };
}
