import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { DEFAULT_SOURCE } from '../../src/library/check-library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { checkQuotes, isInterviewQuote } from '../../src/model/check-quotes.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { formatProblem } from '../../src/model/deck-error.ts';
import type { Library } from '../../src/model/library.ts';
import { slideBlocks } from '../../src/model/texts.ts';
import type { QuoteBlock, Section } from '../../src/model/types.ts';

const root = process.cwd();
const sourcePath = path.resolve(root, process.env.TALK_SOURCE || DEFAULT_SOURCE);
const source = existsSync(sourcePath) ? readFileSync(sourcePath, 'utf8') : undefined;
if (source === undefined) {
  console.log(`[talk] quotes not checked: the interview is not at ${sourcePath} (set TALK_SOURCE to its path)`);
}

const { library, problems: loadProblems } = await loadLibrary({ root });

/**
 * The interview itself: the reprinting page's first three lines and everything from its comment
 * footer (a line starting 今日评论) on are the web page, not the interview, and may not be quoted.
 */
function interviewBody(text: string): string {
  const body = text.split('\n').slice(3).join('\n');
  const footer = body.search(/^今日评论/m);
  return footer === -1 ? body : body.slice(0, footer);
}

/** Every quote block of the library's sections. */
function quotes(lib: Library): QuoteBlock[] {
  return lib.sections.flatMap(({ value }) => value.slides.flatMap((slide) => slideBlocks(slide))).filter((b): b is QuoteBlock => b.kind === 'quote');
}

describe.skipIf(source === undefined)('every quote on a slide is in the interview, character for character', () => {
  test('the library loads and has quotes to check', () => {
    expect(loadProblems.map(formatProblem)).toEqual([]);
    expect(quotes(library).length).toBeGreaterThan(0);
  });

  test('every quote the talk\'s decks show is one of the interview\'s, and so checked', () => {
    const talk = library.decks.filter(({ value }) => ['meetup', 'lecture', 'lightning'].includes(value.id));
    const shown = talk.flatMap(({ value }) => resolveDeck(library, value.id).deck?.slides ?? []).flatMap(({ slide }) => slideBlocks(slide));
    const talkQuotes = shown.filter((b): b is QuoteBlock => b.kind === 'quote');
    expect(talkQuotes.length).toBeGreaterThan(5);
    expect(talkQuotes.filter((q) => !isInterviewQuote(q)).map((q) => q.original)).toEqual([]);
  });

  test('no quote differs from the source, and every one is from the interview body', () => {
    expect(checkQuotes(library, interviewBody(source!), path.basename(sourcePath)).map(formatProblem)).toEqual([]);
  });

  /** A library of one slide showing `quote`. */
  const withQuote = (quote: QuoteBlock): Library => {
    const section: Section = { id: 'altered', title: { en: 'Altered', zh: '改动' }, slides: [{ id: 'altered-quote', title: { en: 'A', zh: 'A' }, minutes: 1, blocks: [quote] }] };
    return { ...library, sections: [{ value: section, file: 'slides/altered.ts' }] };
  };

  test('a quote whose punctuation is full-width where the source has ASCII still matches (width is folded)', () => {
    const withComma = quotes(library).find((q) => q.original.includes(','));
    expect(withComma, 'a quote with an ASCII comma, as the source writes it').toBeDefined();
    const fullWidth = { ...withComma!, original: withComma!.original.replaceAll(',', '\uff0c') };
    expect(checkQuotes(withQuote(fullWidth), source!, path.basename(sourcePath))).toEqual([]);
  });

  test('the check catches a quote that differs from the source by one character, punctuation width aside', () => {
    const withComma = quotes(library).find((q) => q.original.includes(','));
    const changed = { ...withComma!, original: withComma!.original.replace(',', '\uff0c').replace(/.$/u, '') + '。。' };
    const found = checkQuotes(withQuote(changed), source!, path.basename(sourcePath));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'slides/altered.ts', slideId: 'altered-quote' });
  });

  test('the check catches a changed word, and a changed mark that is not a width twin (, for 、)', () => {
    const withComma = quotes(library).find((q) => q.original.includes(','));
    const swapped = { ...withComma!, original: withComma!.original.replace(',', '、') };
    expect(checkQuotes(withQuote(swapped), source!, path.basename(sourcePath))).toHaveLength(1);
    const word = { ...withComma!, original: withComma!.original.replace(/\p{Script=Han}/u, '是') };
    expect(word.original).not.toBe(withComma!.original);
    expect(checkQuotes(withQuote(word), source!, path.basename(sourcePath))).toHaveLength(1);
  });
});
