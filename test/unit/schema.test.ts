import type * as v from 'valibot';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { formatProblem } from '../../src/model/deck-error.ts';
import type { blockSchema, deckSchema, sectionSchema, slideSchema, textSchema } from '../../src/model/schema.ts';
import { schemaProblems } from '../../src/model/schema-problems.ts';
import type { Block, Deck, Section, Slide, Text } from '../../src/model/types.ts';

describe('the schema and the authoring types say the same thing', () => {
  // Checked by the type checker (npm test runs tsc first): what the schema accepts is the type,
  // and every value of the type passes the schema.
  test('text, block, slide, section and deck', () => {
    expectTypeOf<v.InferOutput<typeof textSchema>>().toExtend<Text>();
    expectTypeOf<Text>().toExtend<v.InferOutput<typeof textSchema>>();
    expectTypeOf<v.InferOutput<typeof blockSchema>>().toExtend<Block>();
    expectTypeOf<Block>().toExtend<v.InferOutput<typeof blockSchema>>();
    expectTypeOf<v.InferOutput<typeof slideSchema>>().toExtend<Slide>();
    expectTypeOf<Slide>().toExtend<v.InferOutput<typeof slideSchema>>();
    expectTypeOf<v.InferOutput<typeof sectionSchema>>().toExtend<Section>();
    expectTypeOf<Section>().toExtend<v.InferOutput<typeof sectionSchema>>();
    expectTypeOf<v.InferOutput<typeof deckSchema>>().toExtend<Deck>();
    expectTypeOf<Deck>().toExtend<v.InferOutput<typeof deckSchema>>();
    expectTypeOf<Block['kind']>().toEqualTypeOf<v.InferOutput<typeof blockSchema>['kind']>();
  });
});

describe('schemaProblems', () => {
  const section = (blocks: unknown[], title: unknown = 'T') => ({ id: 's', title: 'S', slides: [{ id: 'one', minutes: 1, title, blocks }] });
  const messages = (value: unknown, what: 'section' | 'deck' = 'section') => schemaProblems('slides/09-s.ts', value, what).map(formatProblem);

  test('the talk\'s old { en, zh } form and a plain string are both texts', () => {
    expect(messages(section([{ kind: 'bullets', items: ['same', { en: 'a', zh: '甲' }, { en: 'only' }] }], { en: 'T', zh: '题' }))).toEqual([]);
  });

  test('a wrong language key in a text is named', () => {
    expect(messages(section([], { en: 'T', fr: 'Titre' }))).toEqual([expect.stringContaining('(slide "one"): unknown field "fr" in title')]);
  });

  test('a misspelt field is named, not silently dropped', () => {
    expect(messages(section([{ kind: 'math', tex: 'x', captoin: 'c' }]))).toEqual([expect.stringContaining('(slide "one"): unknown field "captoin" in blocks[0]')]);
  });

  test('a slide without an id is named by its place', () => {
    expect(messages({ id: 's', title: 'T', slides: [{ minutes: 1, title: 'x', blocks: [] }] })).toEqual([expect.stringContaining('slides/09-s.ts: slides[0].id is missing')]);
  });

  test('a deck with an unknown language lists the allowed ones', () => {
    const deck = { id: 'd', languages: ['fr'], title: 'D', author: 'A', budgetMinutes: 5, entries: ['s'] };
    expect(messages(deck, 'deck')).toEqual([expect.stringContaining("languages[0]: expected a language: 'en' or 'zh', got \"fr\"")]);
  });

  test('code, table and video blocks: a wrong shape names the field and the expected form', () => {
    const out = messages(
      section([
        { kind: 'code', lang: 'python', code: 7 },
        { kind: 'table', header: 'Model', rows: [['DDPM']] },
        { kind: 'table', header: ['Model'], rows: [[3]] },
        { kind: 'video', src: 'videos/x.webm', poster: 'images/x.png', alt: 'A', captoin: 'c' },
        { kind: 'code', lang: 'python', code: 'x', highlight: 1 },
      ]),
    );
    expect(out).toEqual([
      expect.stringContaining('(slide "one"): blocks[0].code: expected the code as a string (shown verbatim, never Markdown), got number 7'),
      expect.stringContaining('(slide "one"): blocks[1].header: expected a list of texts (the column headings), got "Model"'),
      expect.stringContaining('(slide "one"): blocks[2].rows[0][0]: expected a text: a string, or { en?, zh? } of strings, got number 3'),
      expect.stringContaining('(slide "one"): unknown field "captoin" in blocks[3]'),
      expect.stringContaining("(slide \"one\"): blocks[4].highlight: expected line steps as a string, e.g. '1|2-3|4', got number 1"),
    ]);
    expect(messages(section([{ kind: 'table', header: ['Model', { en: 'Steps' }], rows: [['DDPM', '1000']], caption: { en: 'Samplers' } }]))).toEqual([]);
  });

  test('a block that is not an object, and one without a kind', () => {
    const out = messages(section([7, { items: [] }]));
    expect(out[0]).toContain('blocks[0]: expected a block { kind, ... }, got number 7');
    expect(out[1]).toContain('blocks[1].kind: a block without a kind');
  });
});
