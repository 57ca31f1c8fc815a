import { describe, expect, test } from 'vitest';
import { checkSpeakingTime, DEFAULT_SPEAKING_OPTIONS, estimateDeck } from './check-speaking-time.ts';
import type { NotesIndex, ResolvedDeck } from './library.ts';
import { countSpeech, formatSeconds, speakingSeconds, splitSources, spokenText } from './speaking-time.ts';
import type { Slide } from './types.ts';

describe('countSpeech', () => {
  test('counts English words, numbers as one word each', () => {
    expect(countSpeech('So N = 360 × 4096 = 1,474,560 patches; don’t forget H-GAP.')).toEqual({ words: 9, characters: 0 });
  });

  test('counts Han characters one by one, and the Latin words among them', () => {
    expect(countSpeech('Sora 的进展，比预期更快。')).toEqual({ words: 1, characters: 8 });
  });
});

describe('spokenText: citations and stage directions are not speech', () => {
  test('a final Sources: paragraph is cut, with everything after it', () => {
    const notes = 'He said it.\n\nSources: Peebles and Xie, arXiv:2212.09748.\n\nMore citations.';
    expect(splitSources(notes)).toEqual({ spoken: 'He said it.', sources: 'Sources: Peebles and Xie, arXiv:2212.09748.\n\nMore citations.' });
    expect(countSpeech(spokenText(notes))).toEqual({ words: 3, characters: 0 });
  });

  test('来源： starts the citations in Chinese notes', () => {
    expect(splitSources('他这样说。\n\n来源：DiT 论文。').spoken).toBe('他这样说。');
  });

  test('"Sources" inside a paragraph is speech', () => {
    expect(splitSources('Two sources: the report and the paper.').sources).toBeUndefined();
  });

  test('[stage directions] and 【舞台提示】 are dropped; a link keeps its text', () => {
    expect(spokenText('[→] Next. 【→】下一步。 See [the paper](https://arxiv.org/abs/1).')).toBe('  Next.  下一步。 See the paper.');
  });
});

describe('speakingSeconds', () => {
  test('150 English words take a minute at the default rate', () => {
    expect(speakingSeconds(Array(150).fill('word').join(' '))).toBeCloseTo(60);
  });

  test('250 Chinese characters take a minute at the default rate', () => {
    expect(speakingSeconds('字'.repeat(250))).toBeCloseTo(60);
  });

  test('rates are configurable', () => {
    expect(speakingSeconds(Array(100).fill('word').join(' '), { wordsPerMinute: 200, charactersPerMinute: 300 })).toBeCloseTo(30);
  });

  test('citations do not add time', () => {
    const spoken = 'One two three four five.';
    expect(speakingSeconds(`${spoken}\n\nSources: ${Array(300).fill('cite').join(' ')}`)).toBe(speakingSeconds(spoken));
  });

  test('formatSeconds prints m:ss', () => {
    expect(formatSeconds(59.6)).toBe('1:00');
    expect(formatSeconds(125)).toBe('2:05');
  });
});

describe('checkSpeakingTime', () => {
  const slide = (id: string, minutes: number): Slide => ({ id, title: { en: id, zh: id }, minutes, blocks: [] });
  const slides = [slide('short', 0.5), slide('long', 1)];
  const resolved: ResolvedDeck = {
    deck: { id: 'demo', title: { en: 'Demo', zh: '示例' }, author: { en: 'A', zh: '甲' }, budgetMinutes: 2, entries: ['short', 'long'] },
    file: 'slides/decks/demo.ts',
    sections: [],
    slides: slides.map((s, index) => ({ slide: s, file: 'slides/01-demo.ts', sectionId: 'demo', index })),
    plannedMinutes: 1.5,
  };
  const words = (n: number): string => Array(n).fill('word').join(' ');
  const notesOf = (texts: Record<string, { en: string; zh: string }>): NotesIndex =>
    new Map(Object.entries(texts).map(([id, t]) => [id, { en: { file: `speaker-notes/en/${id}.md`, text: t.en }, zh: { file: `speaker-notes/zh/${id}.md`, text: t.zh } }]));

  test('notes that fit give no warning; a slide may run 15% over', () => {
    // 85 words = 34 s for a 30 s slide (+13%); 150 words = 60 s for a 60 s slide.
    const notes = notesOf({ short: { en: words(85), zh: '字'.repeat(125) }, long: { en: words(140), zh: '字'.repeat(240) } });
    expect(checkSpeakingTime(resolved, notes)).toEqual([]);
  });

  test('a slide over its minutes is a warning naming the notes file, slide, deck and language', () => {
    const notes = notesOf({ short: { en: words(100), zh: '字'.repeat(100) }, long: { en: words(50), zh: '字'.repeat(100) } });
    const problems = checkSpeakingTime(resolved, notes);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'speaker-notes/en/short.md', slideId: 'short', severity: 'warning' });
    expect(problems[0]!.reason).toContain('deck "demo", en: the notes take about 0:40 to say');
    expect(problems[0]!.reason).toContain('planned for 0:30');
  });

  test('a deck over its plan is a warning on the deck, even when each slide is within its tolerance', () => {
    // 0:34 + 1:08 = 1:42 > 1:30, each slide within 15%.
    const notes = notesOf({ short: { en: words(85), zh: '字' }, long: { en: words(170), zh: '字' } });
    const problems = checkSpeakingTime(resolved, notes);
    expect(problems).toEqual([expect.objectContaining({ file: 'slides/decks/demo.ts', severity: 'warning', reason: expect.stringContaining('deck "demo", en: the notes take about 1:42 to say') })]);
    expect(problems[0]!.slideId).toBeUndefined();
  });

  test('slower speakers are warned sooner', () => {
    const notes = notesOf({ short: { en: words(70), zh: '字' }, long: { en: words(120), zh: '字' } });
    expect(checkSpeakingTime(resolved, notes)).toEqual([]);
    expect(checkSpeakingTime(resolved, notes, { ...DEFAULT_SPEAKING_OPTIONS, wordsPerMinute: 100 }).map((p) => p.slideId)).toEqual(['short', 'long', undefined]);
  });

  test('estimateDeck totals each language', () => {
    const notes = notesOf({ short: { en: words(75), zh: '字'.repeat(125) }, long: { en: words(150), zh: '字'.repeat(250) } });
    expect(estimateDeck(resolved, notes).map((e) => [e.locale, Math.round(e.seconds)])).toEqual([
      ['en', 90],
      ['zh', 90],
    ]);
  });
});
