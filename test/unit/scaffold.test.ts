import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLibrary } from '../../src/library/check-library.ts';
import { formatProblem, isFatal } from '../../src/model/deck-error.ts';
import { EXAMPLE_KINDS } from '../../src/scaffold/block-examples.ts';
import { insertSlide } from '../../src/scaffold/insert-slide.ts';
import { newDeck } from '../../src/scaffold/new-deck.ts';
import { newSlide, nextModuleName } from '../../src/scaffold/new-slide.ts';

const fixture = path.resolve('test/fixtures/decks/tiny');
const copies: string[] = [];
const run = promisify(execFile);

/** A writable copy of the tiny fixture: the scaffolder never runs in the real slides/. */
function copyFixture(): string {
  const dir = mkdtempSync(path.join(path.resolve('test/fixtures'), '.tmp-new-'));
  cpSync(fixture, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

/** Every file below `dir` with its contents, to prove that nothing was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = path.join(dir, name);
    if (statSync(file).isFile()) out[name] = readFileSync(file, 'utf8');
  }
  return out;
}

async function errorsOf(dir: string): Promise<string[]> {
  const report = await checkLibrary(dir, { source: 'none.txt', diagramCache: false });
  return report.problems.filter(isFatal).map(formatProblem);
}

afterAll(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('insertSlide', () => {
  const entry = (id: string) => new RegExp(`\\{\\n\\s+id: '${id}',`);

  test('appends after the last slide, keeping a trailing comma and the indentation', () => {
    const source = "export default defineSection({\n  id: 'a',\n  slides: [\n    { id: 'one' },\n  ],\n});\n";
    const out = insertSlide(source, 'a', 'two')!;
    expect(out).toMatch(/\{ id: 'one' \},\n    \{\n      id: 'two',/);
    expect(out).toMatch(/\n    \},\n  \],\n\}\);\n$/);
  });

  test('adds the comma a last slide lacks', () => {
    const out = insertSlide("defineSection({ id: 'a', slides: [{ id: 'one' }] })", 'a', 'two')!;
    expect(out).toContain("{ id: 'one' },");
    expect(out).toMatch(entry('two'));
  });

  test('fills an empty slides array and finds the section by id among several', () => {
    const source = "const x = { id: 'b', slides: [] };\nexport default defineSection({\n  id: 'a',\n  slides: [],\n});\n";
    const out = insertSlide(source, 'a', 'first')!;
    expect(out.startsWith("const x = { id: 'b', slides: [] };")).toBe(true);
    expect(out).toMatch(/slides: \[\n    \{\n      id: 'first',[\s\S]*\n    \},\n  \],/);
  });

  test('gives up when the slides are not an array literal', () => {
    expect(insertSlide("export default defineSection({ id: 'a', slides: SLIDES });", 'a', 'x')).toBeUndefined();
  });

  test('numbers a new module after the highest one', () => {
    expect(nextModuleName(['slides/01-a.ts', 'slides/07-b.ts'], 'new-part')).toBe('slides/08-new-part.ts');
    expect(nextModuleName([], 'first')).toBe('slides/01-first.ts');
  });
});

describe('npm run new, in a copy of a fixture', () => {
  test('a new slide in an existing section, with both notes files, passes the check and joins the deck', async () => {
    const dir = copyFixture();
    const { files } = await newSlide(dir, 'main', 'brand-new');
    expect(files).toEqual([
      { file: 'slides/01-main.ts', created: false },
      { file: 'speaker-notes/en/brand-new.md', created: true },
      { file: 'speaker-notes/zh/brand-new.md', created: true },
    ]);
    expect(await errorsOf(dir)).toEqual([]);
    const report = await checkLibrary(dir, { source: 'none.txt', diagramCache: false });
    expect(report.decks).toEqual([{ id: 'tiny', slides: 3, minutes: 3, spokenSeconds: { en: expect.any(Number), zh: expect.any(Number) }, budget: 5 }]);
  });

  test('a slide in a new section starts a new module that passes the check', async () => {
    const dir = copyFixture();
    const { files } = await newSlide(dir, 'appendix', 'extra-slide');
    expect(files[0]).toEqual({ file: 'slides/02-appendix.ts', created: true });
    expect(await errorsOf(dir)).toEqual([]);
  });

  test('an English-only deck and a slide of every example kind in English only pass the check', async () => {
    const dir = copyFixture();
    // The video example names the kit's example video and poster, as a project made from the kit has them.
    for (const file of ['videos/denoise.webm', 'images/denoise.png']) cpSync(path.resolve('assets', file), path.join(dir, 'assets', file));
    await newDeck(dir, 'cs-lecture', { locale: 'en', budgetMinutes: 45 });
    const manifest = readFileSync(path.join(dir, 'slides/decks/cs-lecture.ts'), 'utf8');
    expect(manifest).toContain("languages: ['en'],");
    expect(manifest).toContain("title: { en: 'TODO: deck title' },");
    const { files, locales } = await newSlide(dir, 'ml-basics', 'my-bullets', { locale: 'en' });
    expect(locales).toEqual(['en']);
    expect(files.map((f) => f.file)).toEqual(['slides/02-ml-basics.ts', 'speaker-notes/en/my-bullets.md']);
    for (const kind of EXAMPLE_KINDS) await newSlide(dir, 'ml-basics', `ex-${kind}`, { kind, locale: 'en' });
    expect(existsSync(path.join(dir, 'speaker-notes/zh/ex-quote.md'))).toBe(false);
    // The deck shows the new section: English is all it asks for.
    const deckFile = path.join(dir, 'slides/decks/cs-lecture.ts');
    writeFileSync(deckFile, readFileSync(deckFile, 'utf8').replace("    'main',", "    'main',\n    'ml-basics',"));
    expect(await errorsOf(dir)).toEqual([]);
    const module = readFileSync(path.join(dir, 'slides/02-ml-basics.ts'), 'utf8');
    expect(module).toContain("lang: 'en',");
    expect(module).not.toContain('zh:');
  });

  test('a slide added to a section a bilingual deck shows is written in both languages', async () => {
    const dir = copyFixture();
    const { locales } = await newSlide(dir, 'main', 'both-kinds', { kind: 'quote' });
    expect(locales).toEqual(['en', 'zh']);
    expect(await errorsOf(dir)).toEqual([]);
  });

  test('an unknown --kind is refused and nothing is written', async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    await expect(newSlide(dir, 'main', 'nope', { kind: 'slideshow' })).rejects.toThrow('no example of block kind "slideshow"');
    expect(snapshot(dir)).toEqual(before);
  });

  test('a new deck passes the check; --from copies another deck’s entries', async () => {
    const dir = copyFixture();
    expect(await newDeck(dir, 'ten-minutes', { budgetMinutes: 10 })).toBe('slides/decks/ten-minutes.ts');
    expect(await newDeck(dir, 'copy', { from: 'tiny' })).toBe('slides/decks/copy.ts');
    expect(await errorsOf(dir)).toEqual([]);
    const report = await checkLibrary(dir, { source: 'none.txt', diagramCache: false });
    expect(report.decks.map((d) => d.id).sort()).toEqual(['copy', 'ten-minutes', 'tiny']);
  });

  test('a used slide id is refused and nothing is written', async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    await expect(newSlide(dir, 'main', 'hello')).rejects.toThrow('[talk] slides/01-main.ts (slide "hello"): slide id "hello" is already used (section "main")');
    expect(snapshot(dir)).toEqual(before);
  });

  test('a used deck id, an id that is not kebab-case and a section typo are refused; nothing is written', async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    await expect(newDeck(dir, 'tiny')).rejects.toThrow('deck id "tiny" is already used');
    await expect(newSlide(dir, 'main', 'Bad_Id')).rejects.toThrow('slide id "Bad_Id" is not kebab-case');
    await expect(newDeck(dir, 'My Deck')).rejects.toThrow('deck id "My Deck" is not kebab-case');
    await expect(newSlide(dir, 'mian', 'fresh')).rejects.toThrow(/unknown section "mian"\n\s+Did you mean "main"\?/);
    expect(snapshot(dir)).toEqual(before);
  });

  // Three runs of the command, each starting Node and Vite's module runner.
  test('the command exits non-zero with the message and writes nothing', { timeout: 120_000 }, async () => {
    const dir = copyFixture();
    const before = snapshot(dir);
    const cli = [path.resolve('src/cli/run-ts.mjs'), path.resolve('src/cli/new.ts')];
    const refused = await run(process.execPath, [...cli, 'slide', 'main', 'formula'], { cwd: dir }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in refused ? refused.code : 0).toBe(1);
    expect(refused.stderr).toContain('slide id "formula" is already used');
    const usage = await run(process.execPath, [...cli, 'slide', 'main'], { cwd: dir }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in usage ? usage.code : 0).toBe(2);
    expect(snapshot(dir)).toEqual(before);
    const made = await run(process.execPath, [...cli, 'slide', 'main', 'made-by-cli'], { cwd: dir });
    expect(made.stdout).toContain('created speaker-notes/zh/made-by-cli.md');
    expect(existsSync(path.join(dir, 'speaker-notes/en/made-by-cli.md'))).toBe(true);
  });
});
