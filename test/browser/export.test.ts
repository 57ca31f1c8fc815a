import { decodeHTML } from 'entities';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { exportDeck, readLanguage, readOutline, type ExportOptions, type ExportResult } from '../../src/export/index.ts';
import type { Locale } from '../../src/model/types.ts';
import type { RenderedDeck } from '../../src/render/rendered-deck.ts';
import { sharedBrowser } from '../support/browser.ts';
import { buildFixture, copyFixture } from '../support/fixture-build.ts';
import { projectDeck } from '../support/library.ts';
import { deckDiagramSources, mermaidLabels } from '../support/mermaid-labels.ts';

const work = mkdtempSync(path.join(tmpdir(), 'talk-export-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Exports from the tests' build in the worker's browser. */
async function run(options: ExportOptions): Promise<ExportResult> {
  return exportDeck({ distDir: inject('distDir'), browser: await sharedBrowser(), ...options });
}

function poppler(tool: string, ...args: string[]): string {
  return execFileSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** pdfinfo's fields. */
function info(file: string): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', '-enc', 'UTF-8', file)
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] as string, m[2] as string]),
  );
}

/** pdffonts' rows: name (subset prefix removed), embedded, subset. */
function fonts(file: string): { name: string; emb: string; sub: string }[] {
  return poppler('pdffonts', file)
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((row) => {
      const cols = row.trim().split(/\s+/);
      // name type... encoding emb sub uni objectID gen
      return { name: (cols[0] ?? '').replace(/^[A-Z]{6}\+/, ''), emb: cols.at(-5) ?? '', sub: cols.at(-4) ?? '' };
    });
}

/** The PDF's text with all whitespace removed, so that wrapped lines still match. */
function squeezedText(file: string, first?: number, last?: number): string {
  const range = first === undefined ? [] : ['-f', String(first), '-l', String(last ?? first)];
  return squeeze(poppler('pdftotext', '-enc', 'UTF-8', ...range, file, '-'));
}

/**
 * Whitespace removed, and NFKC: Noto Sans SC draws "，" and "," with one glyph, and Chromium's PDF
 * maps a glyph back to one character, so full-width punctuation copies out as ASCII.
 */
function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Labels of the deck's Mermaid diagrams in one language, with their slides. */
function diagramLabels(deck: RenderedDeck, locale: Locale): { slide: string; label: string }[] {
  return deckDiagramSources(deck.html, locale).flatMap(({ slide, source }) => mermaidLabels(source).map((label) => ({ slide, label })));
}

/** Plain text of a notes HTML fragment. */
function plain(html: string): string {
  return decodeHTML(html.replace(/<[^>]+>/g, ' '));
}

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Runs the export CLI; resolves with its exit code and output. */
function cli(
  args: string[],
  onStderr?: (text: string, child: ReturnType<typeof spawn>) => void,
  env: NodeJS.ProcessEnv = { CHROME_PATH: inject('browserPath') },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/run-ts.mjs', 'src/cli/export.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      onStderr?.(stderr, child);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe.each(['en', 'zh'] as const)('the meetup deck as a PDF in %s', (locale) => {
  const out = path.join(work, `meetup-${locale}.pdf`);
  let deck: RenderedDeck;
  let result: ExportResult;
  beforeAll(async () => {
    deck = await projectDeck('meetup');
    result = await run({ locale, out });
  });

  test('one 16:9 page per slide, title, author and language set, no file left beside it', async () => {
    expect(result.pages).toBe(deck.slides.length);
    expect(result.bytes).toBe(readFileSync(out).length);
    expect(readdirSync(work).filter((name) => name.includes(`meetup-${locale}`))).toEqual([`meetup-${locale}.pdf`]);
    const fields = info(out);
    expect(Number(fields.Pages)).toBe(deck.slides.length);
    expect(fields.Title).toBe(deck.title[locale]);
    expect(fields.Author).toBe(deck.author[locale]);
    const [w, h] = (fields['Page size'] ?? '').split(/\s+x\s+|\s+/).map(Number);
    expect((w as number) / (h as number)).toBeCloseTo(16 / 9, 2);
    expect(await readLanguage(readFileSync(out))).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
  });

  test("every font is the deck's own, embedded as a subset (Inter, Noto Sans SC, KaTeX)", () => {
    const used = fonts(out);
    expect(used.length).toBeGreaterThan(0);
    // Type 3 fonts (no name, not subset) are what Chromium writes for variable fonts.
    expect(used.filter((font) => font.emb !== 'yes' || font.sub !== 'yes')).toEqual([]);
    const families = new Set(used.map((font) => font.name.replace(/-.*$/, '')));
    expect(families).toContain('Inter');
    expect([...families].some((name) => name.startsWith('NotoSansSC'))).toBe(true);
    if (deck.html.includes('class="katex"')) expect([...families].some((name) => name.startsWith('KaTeX'))).toBe(true);
    // Static instances named for their weight, not the variable font's default ("NotoSansSC-Thin").
    const names = new Set(used.map((font) => font.name));
    expect([...names].filter((name) => /^(Inter|NotoSansSC)-/.test(name) && !/-(Regular|Bold)$/.test(name))).toEqual([]);
    expect(names).toContain('Inter-Bold');
    if (locale === 'zh') expect(names).toContain('NotoSansSC-Bold');
  });

  test('slide titles and every diagram label are text on their pages (Chinese copies out as Chinese)', () => {
    for (const [i, slide] of deck.slides.entries()) {
      expect(squeezedText(out, i + 1), `slide ${i + 1} "${slide.id}"`).toContain(squeeze(slide.title[locale]));
    }
    // Flowcharts and the timeline (drawn without CSS filters, which would print as bitmaps).
    const text = squeezedText(out);
    const labels = diagramLabels(deck, locale);
    expect(labels.length).toBeGreaterThan(5);
    expect(labels.filter(({ label }) => !text.includes(squeeze(label)))).toEqual([]);
  });

  test('one bookmark per section, at the page of its first slide, its slides beneath', async () => {
    const outline = await readOutline(readFileSync(out));
    expect(outline.map((b) => b.title)).toEqual(deck.sections.map((s) => s.title[locale]));
    expect(outline.map((b) => b.page)).toEqual(deck.sections.map((s) => deck.slides.findIndex((slide) => slide.id === s.slideIds[0])));
    expect(outline.flatMap((b) => b.children ?? []).map((c) => c.title)).toEqual(deck.slides.map((s) => s.title[locale]));
  });
});

describe('export options', () => {
  // The options on the six-slide lightning deck: the same code paths as the meetup's 34 slides, a
  // sixth of the printing.
  test('--steps gives a page per step: more pages than slides, each slide in order', async () => {
    const deck = await projectDeck('lightning');
    const out = path.join(work, 'steps.pdf');
    const result = await run({ deck: 'lightning', steps: true, out });
    expect(result.pages).toBeGreaterThan(deck.slides.length);
    expect(Number(info(out).Pages)).toBe(result.pages);
    const outline = await readOutline(readFileSync(out));
    const starts = outline.flatMap((b) => b.children ?? []).map((c) => c.page);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(deck.slides.length);
  });

  test('--range picks slides, in deck order', async () => {
    const deck = await projectDeck('lightning');
    const out = path.join(work, 'range.pdf');
    const result = await run({ deck: 'lightning', range: '2,4-5', out, locale: 'zh' });
    expect(result.pages).toBe(3);
    for (const [page, index] of [1, 3, 4].entries()) {
      expect(squeezedText(out, page + 1)).toContain(squeeze(deck.slides[index]?.title.zh ?? '?'));
    }
    expect(squeezedText(out)).not.toContain(squeeze(deck.slides[0]?.title.zh ?? '?'));
  });

  test('--notes makes a handout: each slide above its notes in the chosen language', async () => {
    const deck = await projectDeck('meetup');
    const out = path.join(work, 'handout.pdf');
    const progress: string[] = [];
    const result = await run({ notes: true, range: '1-3', out, locale: 'zh', onProgress: ({ message }) => progress.push(message) });
    expect(result.pages).toBe(3);
    // Only the slides asked for are laid out: none of the deck's later diagrams is drawn.
    expect(progress.filter((message) => message.startsWith('diagram'))).toEqual([]);
    const fields = info(out);
    expect(fields['Page size']).toContain('(A4)');
    for (const [page, slide] of deck.slides.slice(0, 3).entries()) {
      const text = squeezedText(out, page + 1);
      expect(text).toContain(squeeze(slide.title.zh));
      const notes = squeeze(plain(deck.notes?.[slide.id]?.zh ?? ''));
      expect(notes.length).toBeGreaterThan(10);
      expect(text).toContain(notes.slice(0, 30));
    }
  });

  test('--format png writes NN-<slide-id>.png at --size times --scale', async () => {
    const deck = await projectDeck('meetup');
    const out = path.join(work, 'png');
    const result = await run({ format: 'png', range: '1,3', size: { width: 640, height: 360 }, scale: 2, out });
    const expected = [1, 3].map((n) => `0${n}-${deck.slides[n - 1]?.id}.png`);
    expect(readdirSync(out).sort()).toEqual(expected);
    expect(result.pages).toBe(2);
    for (const name of expected) expect(pngSize(path.join(out, name))).toEqual({ width: 1280, height: 720 });
  });

  test('a page that is never ready fails with what it waited for, and writes nothing', async () => {
    const out = path.join(work, 'timeout.pdf');
    await expect(run({ out, timeoutMs: 1 })).rejects.toThrow(/timed out after 0s .*\(http:\/\/127\.0\.0\.1:\d+\/\?deck=meetup&lang=en&print-pdf\): /);
    expect(existsSync(out)).toBe(false);
  });

  test("in the caller's browser an export closes what it opened and leaves the browser running, after a failure too", async () => {
    const browser = await sharedBrowser();
    const before = browser.contexts().length;
    await run({ deck: 'lightning', range: '1', out: path.join(work, 'caller.pdf') });
    await expect(run({ deck: 'lightning', out: path.join(work, 'caller-timeout.pdf'), timeoutMs: 1 })).rejects.toThrow(/timed out/);
    expect(browser.isConnected()).toBe(true);
    expect(browser.contexts().length).toBe(before);
  });
});

describe('npm run export, used the wrong way', () => {
  test('an unknown option or a bad range: usage, exit 2, no file', async () => {
    const out = path.join(work, 'bad.pdf');
    const unknown = await cli(['--colour', 'red', '--out', out]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--colour'/);
    expect(unknown.stderr).toContain('Usage: npm run export');
    const range = await cli(['--range', '3-1', '--out', out]);
    expect(range.code).toBe(2);
    expect(range.stderr).toContain('bad range "3-1": "3-1" runs backwards');
    const format = await cli(['--format', 'svg', '--out', out]);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('unknown --format "svg"');
    expect(existsSync(out)).toBe(false);
  });

  // Each of these compiles the library in a fresh process: slow on a busy machine.
  test('an unknown deck: a "did you mean", non-zero, no file', { timeout: 180_000 }, async () => {
    const out = path.join(work, 'bad-deck.pdf');
    const deck = await cli(['--deck', 'meetpu', '--dist', inject('distDir'), '--out', out]);
    expect(deck.code).not.toBe(0);
    expect(deck.stderr).toContain('unknown deck "meetpu". Did you mean "meetup"?');
    expect(existsSync(out)).toBe(false);
  });

  test('a range past the last slide: usage, exit 2, no file', { timeout: 180_000 }, async () => {
    const out = path.join(work, 'past.pdf');
    const past = await cli(['--range', '999', '--dist', inject('distDir'), '--out', out]);
    expect(past.code).toBe(2);
    expect(past.stderr).toMatch(/"999" is past the last slide \(the deck has \d+ slides\)/);
    expect(existsSync(out)).toBe(false);
  });

  test('an output that cannot be written: usage, exit 2', async () => {
    const file = path.join(work, 'a-file');
    writeFileSync(file, '');
    const unwritable = await cli(['--out', path.join(file, 'deck.pdf')]);
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toContain('is a file, not a folder');
  });

  test('no browser: says what to install, exit 1, no file', async () => {
    const out = path.join(work, 'no-browser.pdf');
    const result = await cli(['--dist', inject('distDir'), '--out', out], undefined, { CHROME_PATH: path.join(work, 'no-such-chromium') });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('No Chromium-family browser was found');
    expect(existsSync(out)).toBe(false);
  });

  test('a theme that reaches for another host fails the export, naming the address, and writes nothing', { timeout: 180_000 }, async () => {
    const root = copyFixture();
    try {
      // A remix's theme that loads its font from a web font service.
      mkdirSync(path.join(root, 'assets/themes'), { recursive: true });
      writeFileSync(
        path.join(root, 'assets/themes/webfont.css'),
        "@font-face { font-family: 'Far Away'; src: url('https://fonts.example.com/far-away.woff2') format('woff2'); }\n.reveal { font-family: 'Far Away', sans-serif; }\n",
      );
      const distDir = await buildFixture(root, { deck: 'tiny', theme: 'webfont' });
      const out = path.join(work, 'webfont.pdf');
      await expect(run({ root, distDir, deck: 'tiny', out })).rejects.toThrow(/other hosts.*https:\/\/fonts\.example\.com\/far-away\.woff2/s);
      expect(existsSync(out)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('Chromium killed mid-export (as out of memory would): one placed sentence, no stack, exit 1, no file', { timeout: 180_000 }, async () => {
    const out = path.join(work, 'killed', 'deck.pdf');
    // A browser that says who it is, so the test can kill it the way the kernel would.
    const pidFile = path.join(work, 'chromium.pid');
    const wrapper = path.join(work, 'chromium-wrapper.sh');
    writeFileSync(wrapper, `#!/bin/sh\necho $$ > '${pidFile}'\nexec '${inject('browserPath')}' "$@"\n`, { mode: 0o755 });
    let killed = false;
    const result = await cli(['--dist', inject('distDir'), '--out', out], (stderr) => {
      if (!killed && stderr.includes('laying out the print view')) {
        killed = true;
        process.kill(Number(readFileSync(pidFile, 'utf8')), 'SIGKILL');
      }
    }, { CHROME_PATH: wrapper });
    expect(killed).toBe(true);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/export of deck "meetup" \(en\) failed while laying out the slides in Chromium.*: Chromium closed while working .*Nothing was written/);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
  });

  test('Ctrl-C while exporting leaves nothing at --out and no temporary file', { timeout: 180_000 }, async () => {
    const out = path.join(work, 'cancelled', 'deck.pdf');
    let sent = false;
    const result = await cli(['--dist', inject('distDir'), '--out', out], (stderr, child) => {
      if (!sent && stderr.includes('laying out the print view')) {
        sent = true;
        child.kill('SIGINT');
      }
    });
    expect(sent).toBe(true);
    expect(result.code, result.stderr).toBe(130);
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []).toEqual([]);
  });
});
