import { describe, expect, test } from 'vitest';
import { formatProblem } from '../../src/model/deck-error.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import type { Bilingual } from '../../src/model/types.ts';
import { validateLibrary } from '../../src/model/validate.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

const noAssets = { assets: new Set<string>() };
const section = (id: string, ...slides: ReturnType<typeof slide>[]) => ({ id, title: { en: id, zh: id }, slides });

function messages(...args: Parameters<typeof makeLibrary>): string[] {
  return validateLibrary(makeLibrary(...args), noAssets).map(formatProblem);
}

describe('validateLibrary', () => {
  test('a valid library has no problems', () => {
    expect(messages([section('intro', slide('hello'), slide('world'))], [deck('talk', ['intro'])])).toEqual([]);
  });

  test('a duplicate slide id names both files', () => {
    const out = messages([section('a', slide('same')), section('b', slide('same'))], [deck('talk', ['a'])]);
    expect(out).toContainEqual(expect.stringContaining('slides/02-b.ts (slide "same"): slide id "same" is already used in slides/01-a.ts'));
  });

  test('an unknown id in a deck suggests the closest one', () => {
    const out = messages([section('intro', slide('attention'))], [deck('talk', [{ section: 'intro', slides: ['atention'] }])]);
    expect(out).toContainEqual(expect.stringContaining('slides/decks/talk.ts: deck "talk" names unknown slide "atention"'));
    expect(out.join('\n')).toContain('Did you mean "attention"?');
  });

  test('an unknown section id in a deck is reported with the deck file', () => {
    const out = messages([section('intro', slide('hello'))], [deck('talk', ['intr'])]);
    expect(out.join('\n')).toMatch(/slides\/decks\/talk\.ts: deck "talk" names unknown section or slide "intr"\n\s+Did you mean "intro"\?/);
  });

  test('empty text is reported with the slide and the place in it', () => {
    const out = messages([section('intro', slide('hello', { blocks: [{ kind: 'bullets', items: [{ en: 'ok', zh: ' ' }] }] }))], [deck('talk', ['intro'])]);
    expect(out).toContainEqual(expect.stringContaining('slides/01-intro.ts (slide "hello"): empty zh text at blocks[0].items[0]'));
  });

  test('a missing translation (which TypeScript also refuses) is reported', () => {
    const half = { en: 'Only English' } as unknown as Bilingual;
    const out = messages([section('intro', slide('hello', { title: half }))], [deck('talk', ['intro'])]);
    expect(out).toContainEqual(expect.stringContaining('(slide "hello"): missing zh translation of title'));
  });

  test('a missing notes file names the file to create', () => {
    const out = messages([section('intro', slide('hello'))], [deck('talk', ['intro'])], { hello: { zh: undefined } });
    expect(out).toContainEqual(expect.stringContaining('speaker-notes/zh/hello.md (slide "hello"): notes file is missing'));
  });

  test('an empty notes file is reported', () => {
    const out = messages([section('intro', slide('hello'))], [deck('talk', ['intro'])], { hello: { en: '  \n' } });
    expect(out).toContainEqual(expect.stringContaining('speaker-notes/en/hello.md (slide "hello"): notes file is empty'));
  });

  test('ids must be kebab-case', () => {
    const out = messages([section('intro', slide('Hello_World'))], [deck('talk', ['intro'])]);
    expect(out).toContainEqual(expect.stringContaining('slide id "Hello_World" is not kebab-case'));
  });

  test('an image that does not exist is reported', () => {
    const img = slide('pic', { blocks: [{ kind: 'image', src: 'images/missing.png', alt: { en: 'A', zh: '甲' } }] });
    const out = messages([section('intro', img)], [deck('talk', ['intro'])]);
    expect(out).toContainEqual(expect.stringContaining('(slide "pic"): image "assets/images/missing.png" does not exist'));
  });

  test('a deck over its budget is a warning, an empty deck an error', () => {
    const lib = makeLibrary([section('intro', slide('long', { minutes: 10 }))], [deck('short', ['intro'], { budgetMinutes: 5 }), deck('empty', [])]);
    const problems = validateLibrary(lib, noAssets);
    const over = problems.find((p) => p.reason.includes('plans 10 minutes but its budget is 5'));
    expect(over?.severity).toBe('warning');
    const empty = problems.find((p) => p.reason === 'deck "empty" has no slides');
    expect(empty?.severity ?? 'error').toBe('error');
  });

  test('a slide shown twice in one deck is reported', () => {
    const out = messages([section('intro', slide('hello'))], [deck('talk', ['intro', 'hello'])]);
    expect(out).toContainEqual(expect.stringContaining('deck "talk" shows slide "hello" twice'));
  });
});

describe('validateLibrary and the languages of decks', () => {
  const english = (id: string, entries: string[]) => deck(id, entries, { languages: ['en'], title: id, author: 'A' });
  const enSlide = (id: string) => slide(id, { title: { en: `Title ${id}` }, blocks: [{ kind: 'bullets', items: [{ en: 'Only English' }, 'Same in every language'] }] });

  test('an English-only deck needs English texts and notes, and nothing more', () => {
    expect(messages([section('own', enSlide('one'))], [english('lec', ['own'])], { one: { zh: undefined } })).toEqual([]);
  });

  test('an English-only deck names a missing English text, with the field and language', () => {
    const half = slide('half', { title: { zh: '只有中文' } });
    expect(messages([section('own', half)], [english('lec', ['own'])], { half: { zh: undefined } })).toEqual([
      '[talk] slides/01-own.ts (slide "half"): missing en translation of title\n       Add en: the decks showing it are given in en.',
    ]);
  });

  test('a slide shared by a bilingual and an English deck needs both languages, notes included', () => {
    const out = messages([section('own', enSlide('one'))], [english('lec', ['own']), deck('talk', ['one'])], { one: { zh: undefined } });
    expect(out).toContainEqual(expect.stringContaining('(slide "one"): missing zh translation of title'));
    expect(out).toContainEqual(expect.stringContaining('(slide "one"): missing zh translation of blocks[0].items[0]'));
    expect(out).toContainEqual(expect.stringContaining('speaker-notes/zh/one.md (slide "one"): notes file is missing'));
    expect(out.join('\n')).not.toContain('items[1]');
  });

  test('a Chinese-only deck does not ask for English notes', () => {
    const zh = slide('zh-one', { title: { zh: '标题' } });
    expect(messages([section('own', zh)], [deck('zh', ['own'], { languages: ['zh'], title: '中文讲座', author: '甲' })], { 'zh-one': { en: undefined } })).toEqual([]);
  });

  test('a slide no deck shows is checked in the languages its title is written in', () => {
    expect(messages([section('own', enSlide('draft')), section('other', slide('hello'))], [deck('talk', ['other'])], { draft: { zh: undefined } })).toEqual([]);
  });

  test('a quote needs a translation in each deck language that is not its own', () => {
    const quote = slide('q', { blocks: [{ kind: 'quote', lang: 'en', original: 'Words.', speaker: 'Someone', where: 'A book' }] });
    expect(messages([section('own', quote)], [deck('talk', ['own'])])).toEqual([expect.stringContaining('(slide "q"): missing zh translation of blocks[0].translation')]);
    expect(messages([section('own', quote)], [deck('talk', ['own'], { languages: ['en'] })])).toEqual([]);
  });

  test('a deck title in a language the deck is given in is required', () => {
    const out = messages([section('own', enSlide('one'))], [deck('lec', ['own'], { languages: ['en'], title: { zh: '只有中文' } })], { one: { zh: undefined } });
    expect(out).toEqual([expect.stringContaining('slides/decks/lec.ts: deck "lec" has no en title')]);
  });
});

describe('resolveDeck', () => {
  test('orders sections, picks slides and adds the deck’s own slides', () => {
    const lib = makeLibrary(
      [section('a', slide('a1'), slide('a2'), slide('a3')), section('b', slide('b1'))],
      [deck('mix', ['b', { section: 'a', slides: ['a3', 'a1'] }, 'own'], { slides: [slide('own')] })],
    );
    const { deck: resolved, problems } = resolveDeck(lib, 'mix');
    expect(problems).toEqual([]);
    expect(resolved?.slides.map((s) => s.slide.id)).toEqual(['b1', 'a3', 'a1', 'own']);
    expect(resolved?.slides.map((s) => s.file)).toEqual(['slides/02-b.ts', 'slides/01-a.ts', 'slides/01-a.ts', 'slides/decks/mix.ts']);
    expect(resolved?.plannedMinutes).toBe(4);
  });

  test('an unknown deck lists the known ones', () => {
    const lib = makeLibrary([section('a', slide('a1'))], [deck('meetup', ['a'])]);
    const { problems } = resolveDeck(lib, 'meetpu');
    expect(formatProblem(problems[0]!)).toContain('unknown deck "meetpu"');
    expect(formatProblem(problems[0]!)).toContain('Did you mean "meetup"?');
  });
});
