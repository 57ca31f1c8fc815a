import { expect, test } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { checkSpeakingTime } from '../../src/model/check-speaking-time.ts';
import { formatProblem } from '../../src/model/deck-error.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';

const { library } = await loadLibrary({ root: process.cwd() });

test.each(library.decks.map(({ value }) => value.id))('the notes of deck "%s" fit its minutes in both languages', (id) => {
  const { deck } = resolveDeck(library, id);
  expect(deck).toBeDefined();
  expect(checkSpeakingTime(deck!, library.notes).map(formatProblem)).toEqual([]);
});
