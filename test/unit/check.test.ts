import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkLibrary, type CheckReport } from '../../src/library/check-library.ts';
import { parseTscOutput } from '../../src/library/check-types.ts';
import { formatProblem, isFatal } from '../../src/model/deck-error.ts';

const fixture = path.resolve('test/fixtures/decks/tiny');
const copies: string[] = [];

/** A writable copy of the tiny fixture (below test/fixtures so that '#talk' resolves). */
function copyFixture(): string {
  const dir = mkdtempSync(path.join(path.resolve('test/fixtures'), '.tmp-check-'));
  cpSync(fixture, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

function write(dir: string, file: string, text: string): void {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), text);
}

const notes = (dir: string, id: string, locales = ['en', 'zh']): void => {
  for (const locale of locales) write(dir, `speaker-notes/${locale}/${id}.md`, `Notes for ${id}.`);
};

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('checkLibrary on a clean fixture', () => {
  test('reports nothing and summarises the deck', async () => {
    const dir = copyFixture();
    write(dir, 'source.txt', '原文');
    const report = await checkLibrary(dir, { source: 'source.txt', diagramCache: false });
    expect(report.problems.map(formatProblem)).toEqual([]);
    expect(report.decks).toEqual([{ id: 'tiny', slides: 2, minutes: 2, spokenSeconds: { en: expect.any(Number), zh: expect.any(Number) }, budget: 5 }]);
    expect(report.quotesSkipped).toBeUndefined();
  });
});

describe('checkLibrary reports every mistake of a broken library at once', () => {
  let report: CheckReport;
  let text: string;

  beforeAll(async () => {
    const dir = copyFixture();
    write(dir, 'source.txt', '他说：“这是原话。”');
    write(dir, 'assets/images/here.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
    write(
      dir,
      'slides/02-broken.ts',
      `import { defineSection } from '#talk';
export default defineSection({
  id: 'broken',
  title: { en: 'Broken', zh: '坏' },
  slides: [
    { id: 'hello', minutes: 1, title: { en: 'Again', zh: '又' }, blocks: [] },
    { id: 'half', minutes: 1, title: { en: 'Only English' } as never, blocks: [] },
    { id: 'no-notes', minutes: 1, title: { en: 'No notes', zh: '无' }, blocks: [] },
    { id: 'empty-notes', minutes: 1, title: { en: 'Empty notes', zh: '空' }, blocks: [] },
    { id: 'bad-diagram', minutes: 1, title: { en: 'Diagram', zh: '图' }, blocks: [
      { kind: 'mermaid', source: { en: 'flowchart LR\\n  A --> ', zh: 'flowchart LR\\n  A --> B' }, caption: { en: 'c', zh: 'c' }, alt: { en: 'a', zh: 'a' } },
    ] },
    { id: 'bad-label', minutes: 1, title: { en: 'Labels', zh: '标签' }, blocks: [
      { kind: 'mermaid', source: 'flowchart LR\\n  A["{{start}}"] --> B["{{ende}}"]', labels: { start: { en: 'Start' }, end: { en: 'End', zh: '结束' } } as never, caption: { en: 'c', zh: 'c' }, alt: { en: 'a', zh: 'a' } },
    ] },
    { id: 'bad-labelled-diagram', minutes: 1, title: { en: 'Labelled', zh: '有标签' }, blocks: [
      { kind: 'mermaid', source: 'flowchart LR\\n  A["{{start}}"] --> ', labels: { start: { en: 'Start', zh: '开始' } }, caption: { en: 'c', zh: 'c' }, alt: { en: 'a', zh: 'a' } },
    ] },
    { id: 'bad-tex', minutes: 1, title: { en: 'TeX', zh: '公式' }, blocks: [{ kind: 'math', tex: '\\\\frac{a' }] },
    { id: 'misquote', minutes: 1, title: { en: 'Quote', zh: '引语' }, blocks: [
      { kind: 'quote', original: '这不是原话。', translation: 'Not the words.', speaker: { en: 'He', zh: '他' }, where: { en: '《知识分子》', zh: '《知识分子》' } },
    ] },
    { id: 'no-alt', minutes: 1, title: { en: 'Picture', zh: '图片' }, blocks: [{ kind: 'image', src: 'images/here.svg', alt: { en: 'A picture', zh: '' } }] },
    { id: 'no-asset', minutes: 1, title: { en: 'Gone', zh: '没了' }, blocks: [{ kind: 'image', src: 'images/gone.png', alt: { en: 'Gone', zh: '没了' } }] },
  ],
});
`,
    );
    write(dir, 'slides/03-syntax.ts', `import { defineSection } from '#talk';\nexport default defineSection({ id: 'syntax', slides: [ {{ ] });\n`);
    for (const id of ['half', 'bad-diagram', 'bad-label', 'bad-labelled-diagram', 'bad-tex', 'misquote', 'no-alt', 'no-asset']) notes(dir, id);
    notes(dir, 'no-notes', ['en']);
    notes(dir, 'empty-notes', ['en']);
    write(dir, 'speaker-notes/zh/empty-notes.md', '  \n');
    write(
      dir,
      'slides/decks/remix.ts',
      `import { defineDeck } from '#talk';
export default defineDeck({ id: 'remix', title: { en: 'Remix', zh: '混编' }, author: { en: 'A', zh: '甲' }, budgetMinutes: 1,
  entries: ['mian', { section: 'main', slides: ['helo', 'formula'] }, 'broken'] });
`,
    );
    write(dir, 'slides/decks/long.ts', `import { defineDeck } from '#talk';
export default defineDeck({ id: 'long', title: { en: 'Long', zh: '长' }, author: { en: 'A', zh: '甲' }, budgetMinutes: 1, entries: ['main'] });
`);
    write(dir, 'slides/decks/empty.ts', `import { defineDeck } from '#talk';
export default defineDeck({ id: 'empty', title: { en: 'Empty', zh: '空' }, author: { en: 'A', zh: '甲' }, budgetMinutes: 5, entries: [] });
`);
    report = await checkLibrary(dir, { source: 'source.txt', diagramCache: false });
    text = report.problems.map(formatProblem).join('\n');
  });

  test('a slide module with a syntax error names the module', () => {
    expect(text).toMatch(/\[talk\] slides\/03-syntax\.ts:2: the module could not be loaded: \[PARSE_ERROR\] Unexpected token/);
  });

  test('an unknown section id suggests the closest one', () => {
    expect(text).toContain('[talk] slides/decks/remix.ts: deck "remix" names unknown section or slide "mian"\n       Did you mean "main"?');
  });

  test('an unknown slide id suggests the closest one', () => {
    expect(text).toContain('[talk] slides/decks/remix.ts: deck "remix" names unknown slide "helo"\n       Did you mean "hello"');
  });

  test('a duplicate slide id names both modules', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "hello"): slide id "hello" is already used in slides/01-main.ts');
  });

  test('a missing translation names the slide and the text', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "half"): missing zh translation of title');
  });

  test('a missing notes file names the file to create', () => {
    expect(text).toContain('[talk] speaker-notes/zh/no-notes.md (slide "no-notes"): notes file is missing\n       Create it: every slide (from slides/02-broken.ts) has notes in both languages.');
  });

  test('an empty notes file is reported', () => {
    expect(text).toContain('[talk] speaker-notes/zh/empty-notes.md (slide "empty-notes"): notes file is empty');
  });

  test('Mermaid that does not parse names the slide and language', () => {
    expect(text).toMatch(/\[talk\] slides\/02-broken\.ts \(slide "bad-diagram"\): Mermaid \(en\) does not parse: Parse error on line \d+/);
    expect(text).not.toContain('(slide "bad-diagram"): Mermaid (zh)');
  });

  test('a diagram placeholder with no label names the slide, the placeholder and the labels there are', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "bad-label"): diagram at blocks[0] uses placeholder {{ende}}, but labels has no "ende"\n       Add ende: { en: \'…\', zh: \'…\' } to labels (labels: start, end), or fix the placeholder.');
  });

  test('a label no placeholder uses is reported', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "bad-label"): label "end" at blocks[0].labels.end is not used: the source has no {{end}}');
  });

  test('a label missing a language names the slide, the language and the placeholder', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "bad-label"): missing zh translation of blocks[0].labels.start');
  });

  test('a diagram written once is parsed in each language, and a failure names the language', () => {
    expect(text).toMatch(/\[talk\] slides\/02-broken\.ts \(slide "bad-labelled-diagram"\): Mermaid \(en\) does not parse: Parse error on line \d+/);
    expect(text).toMatch(/\[talk\] slides\/02-broken\.ts \(slide "bad-labelled-diagram"\): Mermaid \(zh\) does not parse/);
    // A diagram whose labels are wrong is reported for its labels, not as a parse error.
    expect(text).not.toMatch(/slide "bad-label"\): Mermaid/);
  });

  test('TeX that does not compile is reported even though no deck shows the slide yet', () => {
    expect(text).toMatch(/\[talk\] slides\/02-broken\.ts \(slide "bad-tex"\): KaTeX: Unexpected end of input in a macro argument, expected '}'/);
  });

  test('a quote not found verbatim in the source is reported with the quote', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "misquote"): quote not found verbatim in source.txt: "这不是原话。"');
  });

  test('an image without alt text is reported', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "no-alt"): no zh alt text at blocks[0].alt');
  });

  test('an image whose file is missing is reported', () => {
    expect(text).toContain('[talk] slides/02-broken.ts (slide "no-asset"): image "assets/images/gone.png" does not exist');
  });

  test('a deck over its budget is a warning, not an error', () => {
    const over = report.problems.find((p) => p.reason === 'deck "long" plans 2 minutes but its budget is 1');
    expect(over).toBeDefined();
    expect(isFatal(over!)).toBe(false);
    expect(formatProblem(over!)).toBe('[talk] slides/decks/long.ts: warning: deck "long" plans 2 minutes but its budget is 1\n       Leave slides out, shorten their minutes, or raise budgetMinutes.');
  });

  test('an empty deck is an error', () => {
    expect(text).toContain('[talk] slides/decks/empty.ts: deck "empty" has no slides');
  });

  test('every problem is listed with a file, and the healthy deck is still summarised', () => {
    expect(report.problems.every((p) => p.file.length > 0)).toBe(true);
    expect(report.decks.map((d) => d.id)).toContain('tiny');
  });
});

describe('checkLibrary options', () => {
  test('an unknown --deck suggests the closest deck', async () => {
    const dir = copyFixture();
    const report = await checkLibrary(dir, { deck: 'tinny', source: 'none.txt', diagramCache: false });
    expect(report.problems.map(formatProblem)).toContainEqual(expect.stringMatching(/^\[talk\] slides\/decks\/: unknown deck "tinny"\n {7}Did you mean "tiny"\? Decks: .*tiny/));
    expect(report.quotesSkipped).toBe('source text not found at none.txt (set TALK_SOURCE to check quotes)');
  });

  test('tsc diagnostics become problems with file and line', () => {
    const root = path.resolve('project');
    const out = parseTscOutput(
      "slides/02-x.ts(7,5): error TS2741: Property 'zh' is missing in type '{ en: string; }' but required in type 'Bilingual<string>'.\n",
      root,
    );
    expect(out.map(formatProblem)).toEqual([
      "[talk] slides/02-x.ts:7: type error TS2741: Property 'zh' is missing in type '{ en: string; }' but required in type 'Bilingual<string>'.\n       Fix the type error (npx tsc --noEmit -p . shows it in context).",
    ]);
  });
});

describe('checkLibrary and themes', () => {
  test('a theme that loads from another host is an error naming the file, line and address', async () => {
    const dir = copyFixture();
    write(dir, 'source.txt', '原文');
    write(dir, 'assets/themes/local.css', ".reveal { color: #222; }\n");
    write(dir, 'assets/themes/webfont.css', "/* a remix */\n@import url('https://fonts.example.com/css?family=Far');\n.reveal { background: url(//cdn.example.com/bg.png); }\n");
    const report = await checkLibrary(dir, { source: 'source.txt', diagramCache: false });
    const themes = report.problems.filter((p) => p.file.startsWith('assets/themes/'));
    expect(themes.map((p) => [p.file, p.line])).toEqual([
      ['assets/themes/webfont.css', 2],
      ['assets/themes/webfont.css', 3],
    ]);
    expect(themes.every(isFatal)).toBe(true);
    expect(formatProblem(themes[0] as (typeof themes)[number])).toContain('https://fonts.example.com/css?family=Far');
    expect(formatProblem(themes[1] as (typeof themes)[number])).toContain('//cdn.example.com/bg.png');
  });
});

describe('checkLibrary and languages, shapes, encodings, inline Markdown and quotes', () => {
  let report: CheckReport;
  let text: string;

  beforeAll(async () => {
    const dir = copyFixture();
    write(dir, 'source.txt', '他说：“这是原话。”');
    write(
      dir,
      'slides/04-lecture.ts',
      `import { defineSection } from '#talk';
export default defineSection({
  id: 'lecture-own',
  title: 'Own slides',
  slides: [
    { id: 'english-only', minutes: 1, title: { en: 'Gradient **descent**' }, blocks: [
      { kind: 'bullets', items: ['Step: $\\\\theta \\\\leftarrow \\\\theta - \\\\eta \\\\nabla L$', { en: '**Always** check' }] },
      { kind: 'quote', lang: 'en', original: 'The biggest lesson that can be read from 70 years of AI research is that general methods that leverage computation are ultimately the most effective, and by a large margin.', speaker: 'Rich Sutton', where: { en: 'The Bitter Lesson, 2019' } },
    ] },
    { id: 'shared-half', minutes: 1, title: { en: 'Shown in both decks' }, blocks: [] },
    { id: 'bad-inline', minutes: 1, title: { en: 'Bad' }, blocks: [{ kind: 'bullets', items: ['$\\\\frac{a$', '[click](javascript:alert(1))'] }] },
    { id: 'interview-misquote', minutes: 1, title: { en: 'Misquote' }, blocks: [
      { kind: 'quote', original: '这也不是原话。', translation: { en: 'Not the words either.' }, speaker: 'Tian', where: { en: '《知识分子》, 2024' } },
    ] },
  ],
});
`,
    );
    write(
      dir,
      'slides/05-shapes.ts',
      `import { defineSection } from '#talk';
export default defineSection({
  id: 'shapes',
  title: 'Shapes',
  slides: [
    { id: 'unknown-kind', minutes: 1, title: 'Code', blocks: [{ kind: 'codez', code: 'x = 1' }] },
    { id: 'number-text', minutes: 1, title: 'Number', blocks: [{ kind: 'bullets', items: ['one', 2] }] },
    { id: 'no-speaker', minutes: 1, title: 'Quote', blocks: [{ kind: 'quote', original: '原话', where: 'x' }] },
  ],
} as never);
`,
    );
    write(dir, 'slides/06-throws.ts', `import { defineSection } from '#talk';\nconst rows: string[] = (undefined as unknown as string[]);\nexport default defineSection({ id: 'throws', title: 'T', slides: rows.map((r) => ({ id: r, minutes: 1, title: r, blocks: [] })) });\n`);
    write(
      dir,
      'slides/decks/english.ts',
      `import { defineDeck } from '#talk';
export default defineDeck({ id: 'english', languages: ['en'], title: 'An English lecture', author: 'A lecturer', budgetMinutes: 60,
  entries: ['lecture-own'] });
`,
    );
    write(dir, 'slides/decks/both.ts', `import { defineDeck } from '#talk';
export default defineDeck({ id: 'both', title: { en: 'Both', zh: '双语' }, author: { en: 'A', zh: '甲' }, budgetMinutes: 60, entries: ['shared-half'] });
`);
    for (const id of ['english-only', 'bad-inline', 'interview-misquote', 'unknown-kind', 'number-text', 'no-speaker']) notes(dir, id, ['en']);
    notes(dir, 'shared-half', ['en']);
    // Notes saved by an older Windows editor: GBK bytes for 中文 on line 2.
    writeFileSync(path.join(dir, 'speaker-notes/zh/shared-half.md'), Buffer.concat([Buffer.from('第一行\n'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('\n')]));
    // A byte order mark is fine.
    writeFileSync(path.join(dir, 'speaker-notes/en/english-only.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Notes with a BOM.\n')]));
    report = await checkLibrary(dir, { source: 'source.txt', diagramCache: false });
    text = report.problems.map(formatProblem).join('\n');
  });

  test('an English-only deck asks for English and nothing more', () => {
    expect(text).not.toMatch(/slide "english-only"/);
    expect(report.decks.map((d) => d.id)).toContain('english');
  });

  test('a slide shown by a bilingual and an English deck needs both, named with the language', () => {
    expect(text).toContain('[talk] slides/04-lecture.ts (slide "shared-half"): missing zh translation of title\n       Add zh: the decks showing it are given in en and zh.');
  });

  test('notes that are not UTF-8 name the file and line and say to save as UTF-8', () => {
    expect(text).toContain('[talk] speaker-notes/zh/shared-half.md:2 (slide "shared-half"): the file is not UTF-8 text');
    expect(text).toContain('Save it as UTF-8');
    expect(text).not.toContain('english-only.md');
  });

  test('a quote from another source is not checked against the interview; one of the interview is', () => {
    expect(text).not.toContain('The biggest lesson');
    expect(text).toContain('[talk] slides/04-lecture.ts (slide "interview-misquote"): quote not found verbatim in source.txt: "这也不是原话。"');
  });

  test('a bad inline formula and a javascript: link name the slide, field and problem', () => {
    expect(text).toContain('[talk] slides/04-lecture.ts (slide "bad-inline"): blocks[0].items[0]: KaTeX in $\\frac{a$: Unexpected end of input');
    expect(text).toContain('[talk] slides/04-lecture.ts (slide "bad-inline"): blocks[0].items[1]: link to "javascript:alert(1)" refused');
  });

  test('an unknown block kind names the slide and field and lists the kinds', () => {
    expect(text).toContain('[talk] slides/05-shapes.ts (slide "unknown-kind"): blocks[0].kind: unknown block kind "codez"\n       The block kinds are: bullets, quote,');
    expect(text).not.toContain('is not iterable');
  });

  test('a number where text belongs and a missing field are named with the expected form', () => {
    expect(text).toContain('[talk] slides/05-shapes.ts (slide "number-text"): blocks[0].items[1]: expected a text: a string, or { en?, zh? } of strings, got number 2');
    expect(text).toContain('[talk] slides/05-shapes.ts (slide "no-speaker"): blocks[0].speaker is missing');
  });

  test('a module that throws while running says it threw, with the line', () => {
    // npm run check prints line 3 (the module runner maps the stack); under Vitest its own stack
    // handling runs first and the line is the transformed module's.
    expect(text).toMatch(/\[talk\] slides\/06-throws\.ts:\d+: the module threw while running: TypeError: Cannot read properties of undefined \(reading 'map'\)/);
  });
});
