import { existsSync } from 'node:fs';
import { loadLibrary } from '../library/load-library.ts';
import { DeckError } from '../model/deck-error.ts';
import { unknownDeck } from '../model/resolve-deck.ts';
import type { Locale } from '../model/types.ts';
import path from 'node:path';
import { checkKebab } from './new-slide.ts';
import { deckModule } from './templates.ts';
import { writeAll } from './write-all.ts';

/** How to start a new deck. */
export interface NewDeckOptions {
  /** Minutes the speaker has. @default 10 */
  readonly budgetMinutes?: number;
  /** Copy the entries of this deck (otherwise the first section of the library). */
  readonly from?: string;
  /** Give the deck in this one language (its new slides need only that one); both when absent. */
  readonly locale?: Locale;
}

/** Writes `slides/decks/<id>.ts`; refuses, writing nothing, a used or malformed id. Returns the file. */
export async function newDeck(root: string, deckId: string, options: NewDeckOptions = {}): Promise<string> {
  checkKebab('deck', deckId);
  const file = `slides/decks/${deckId}.ts`;
  const loaded = await loadLibrary({ root });
  const broken = loaded.problems[0];
  if (broken) throw new DeckError({ ...broken, hint: 'Fix this first: the scaffolder reads every module to know which ids are taken.' });
  const { library } = loaded;
  const same = library.decks.find(({ value }) => value.id === deckId);
  if (same || existsSync(path.join(root, file))) {
    throw new DeckError({ file: same?.file ?? file, reason: `deck id "${deckId}" is already used`, hint: 'Pick another id, or edit that manifest. Nothing was written.' });
  }
  let entries: DeckEntries;
  if (options.from !== undefined) {
    const from = library.decks.find(({ value }) => value.id === options.from);
    if (!from) {
      const problem = unknownDeck(options.from, library.decks.map(({ value }) => value.id), ' for --from');
      throw new DeckError({ ...problem, hint: `${problem.hint} Nothing was written.` });
    }
    entries = from.value.entries;
  } else {
    const first = library.sections[0];
    if (!first) throw new DeckError({ file: 'slides/', reason: 'the library has no section to start the deck with', hint: 'Add a slide first: npm run new -- slide <section-id> <slide-id>. Nothing was written.' });
    entries = [first.value.id];
  }
  await writeAll(root, [{ file, text: deckModule({ id: deckId, budgetMinutes: options.budgetMinutes ?? 10, entries, locale: options.locale }), create: true }]);
  return file;
}

type DeckEntries = Parameters<typeof deckModule>[0]['entries'];
