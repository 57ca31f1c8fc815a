import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { compileLibrary } from '../../src/library/compile-library.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { formatProblem } from '../../src/model/deck-error.ts';

const fixture = path.resolve('test/fixtures/decks/tiny');
const copies: string[] = [];

/** A writable copy of the tiny fixture, so a test can break it. */
function copyFixture(): string {
  const dir = mkdtempSync(path.join(path.resolve('test/fixtures'), '.tmp-'));
  cpSync(fixture, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of copies.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('loadLibrary and compileLibrary on a fixture', () => {
  test('loads sections, decks and notes in both languages', async () => {
    const loaded = await loadLibrary({ root: fixture });
    expect(loaded.problems).toEqual([]);
    expect(loaded.library.sections.map((s) => s.file)).toEqual(['slides/01-main.ts']);
    expect(loaded.library.notes.get('hello')?.zh.text).toContain('你好');
    const { decks, problems } = await compileLibrary(loaded, { checkDiagrams: true });
    expect(problems).toEqual([]);
    expect(decks.get('tiny')?.slides.map((s) => s.id)).toEqual(['hello', 'formula']);
    expect(decks.get('tiny')?.notes?.hello?.en).toContain('<strong>hello</strong>');
  });

  test('a syntax error names the module', async () => {
    const dir = copyFixture();
    writeFileSync(path.join(dir, 'slides/01-main.ts'), 'export default {{ broken');
    const loaded = await loadLibrary({ root: dir });
    expect(loaded.problems.map(formatProblem).join('\n')).toMatch(/^\[talk\] slides\/01-main\.ts(:\d+)?: the module could not be loaded/);
  });

  test('a missing notes file and a broken diagram are reported with file and slide', async () => {
    const dir = copyFixture();
    rmSync(path.join(dir, 'speaker-notes/zh/hello.md'));
    const source = path.join(dir, 'slides/01-main.ts');
    const { readFileSync } = await import('node:fs');
    writeFileSync(source, readFileSync(source, 'utf8').replace('A["开始"] --> B["结束"]', 'A["开始"] --> '));
    const { problems } = await compileLibrary(await loadLibrary({ root: dir }), { checkDiagrams: true });
    const text = problems.map(formatProblem).join('\n');
    expect(text).toContain('speaker-notes/zh/hello.md (slide "hello"): notes file is missing');
    expect(text).toMatch(/slides\/01-main\.ts \(slide "formula"\): Mermaid \(zh\) does not parse: Parse error on line \d+/);
  });

  test('a TeX mistake fails the compile naming the slide', async () => {
    const dir = copyFixture();
    const source = path.join(dir, 'slides/01-main.ts');
    const { readFileSync } = await import('node:fs');
    writeFileSync(source, readFileSync(source, 'utf8').replace('a^2 + b^2 = c^2', '\\\\frac{a'));
    const { problems, decks } = await compileLibrary(await loadLibrary({ root: dir }));
    expect(problems.map(formatProblem).join('\n')).toMatch(/slides\/01-main\.ts \(slide "formula"\): KaTeX: /);
    expect(decks.size).toBe(0);
  });
});
