import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildSingleFile, type SingleFileResult } from '../../src/single-file/single-file.ts';
import { advanceTo, closeContexts, position, sharedBrowser, waitReady, walkToEnd } from '../support/browser.ts';
import { projectLibrary } from '../support/library.ts';

const { decks } = await projectLibrary();
// The deck with the most diagrams and formulas is the hardest to make self-contained.
const deckId = [...decks.values()].sort((a, b) => weight(b) - weight(a))[0]!.id;
const outDir = path.resolve('.cache/test-single-file');
let built: SingleFileResult;
let browser: Browser;

function weight(deck: { html: string; slides: readonly { diagrams: number }[] }): number {
  return deck.slides.reduce((n, s) => n + s.diagrams, 0) * 10 + (deck.html.match(/class="katex"/g)?.length ?? 0);
}

beforeAll(async () => {
  built = await buildSingleFile({ root: process.cwd(), deck: deckId, out: path.join(outDir, `${deckId}.html`) });
  browser = await sharedBrowser();
}, 240_000);

afterAll(async () => {
  await closeContexts(browser);
  rmSync(outDir, { recursive: true, force: true });
});

/** Opens the file with every request that is not file: or data: blocked (the network is off). */
async function openOffline(query: string): Promise<{ page: Page; blocked: string[]; errors: string[]; close: () => Promise<void> }> {
  // No slide transitions: they only make the walk slow (test/browser/stage.test.ts covers them).
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const blocked: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  const requested: string[] = [];
  page.on('request', (r) => !r.url().startsWith('data:') && requested.push(r.url()));
  await page.goto(`${pathToFileURL(built.file).href}${query}`);
  await waitReady(page);
  return { page, blocked: [...blocked, ...requested.filter((u) => u.split('?')[0]!.split('#')[0] !== pathToFileURL(built.file).href)], errors, close: () => context.close() };
}

describe('npm run build -- --single-file', () => {
  test('writes one HTML file that refers to no other file', () => {
    const html = readFileSync(built.file, 'utf8');
    expect(html).not.toMatch(/<script[^>]+\bsrc=/);
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n');
    expect(styles).toContain('@font-face');
    expect(styles).not.toMatch(/url\((?!["']?data:)(?!["']?#)[^)]*\)/);
    expect(built.bytes).toBe(Buffer.byteLength(html));
    // Fonts are subsets: far below the 74 MB of Noto Sans SC's files.
    expect(built.fontBytes).toBeLessThan(3 * 1024 * 1024);
  });

  test("carries Mermaid's ES entry and the chunks of its deck's diagram types, not every diagram type", () => {
    const html = readFileSync(built.file, 'utf8');
    const json = /<script type="application\/json" id="talk-mermaid-files">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]';
    const names = (JSON.parse(json) as [string, string][]).map(([name]) => name);
    expect(names.at(-1)).toBe('mermaid.esm.min.mjs');
    expect(names.some((name) => name.startsWith('flowDiagram-'))).toBe(true);
    expect(names.filter((name) => /^(mindmap-definition|architectureDiagram|sequenceDiagram)-/.test(name))).toEqual([]);
    // The page's policy allows the blob: URLs they are imported from, and still no other host.
    expect(html).toMatch(/script-src 'self' blob: 'sha256-/);
  });

  test('from file:// with the network off, every slide renders in Chinese: diagrams, formulas, the deck’s font', async () => {
    const deck = decks.get(deckId)!;
    const { page, blocked, errors, close } = await openOffline('?lang=zh');
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(deck.slides.length);
    await walkToEnd(page, 1000);
    const diagrams = deck.slides.reduce((n, s) => n + s.diagrams, 0);
    const drawn = await page.$$eval('.talk-mermaid.talk-zh', (els) => els.filter((el) => (el.querySelector('svg')?.getBoundingClientRect().width ?? 0) > 0 || el.querySelector('svg text, svg foreignObject')).length);
    expect(drawn).toBe(diagrams);
    const formulas = await page.locator('.talk-math .katex').count();
    expect(formulas).toBe(deck.html.match(/class="katex"/g)?.length ?? 0);
    const fonts = await page.evaluate(async () => {
      await document.fonts.ready;
      const loaded = [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/["']/g, ''));
      return { loaded, zh: document.fonts.check('700 46px "Noto Sans SC"', '田渊栋'), katex: loaded.some((f) => f.startsWith('KaTeX')) };
    });
    expect(fonts.loaded).toContain('Noto Sans SC');
    expect(fonts.zh).toBe(true);
    if (formulas > 0) expect(fonts.katex).toBe(true);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 240_000);

  test('the first formula has width and the first diagram text, in English too', async () => {
    const deck = decks.get(deckId)!;
    const withMath = deck.slides.findIndex((s) => deck.html.includes(`id="${s.id}"`) && new RegExp(`<section id="${s.id}"[^]*?</section>`).exec(deck.html)?.[0].includes('class="katex"'));
    if (withMath < 0) return;
    const { page, errors, close } = await openOffline(`#/${withMath}`);
    const box = await page.locator('section.present .katex-html').first().boundingBox();
    expect(box?.width).toBeGreaterThan(50);
    expect(errors).toEqual([]);
    await close();
  });

  test('S opens the speaker view from the same file; it follows the deck (notes, slide, timer) over BroadcastChannel', async () => {
    const deck = decks.get(deckId)!;
    const { page, blocked, errors, close } = await openOffline('');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.documentElement?.dataset.talkPage === 'speaker');
    const second = deck.slides[1]!;
    await page.keyboard.press('ArrowRight');
    await speaker.waitForFunction((title) => document.body.innerText.includes(title), second.title.en, { timeout: 30_000 });
    expect(await speaker.locator('.reveal').count()).toBe(0);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});

describe('the single file’s speaker view', () => {
  /** The id of the slide a preview frame of the speaker view shows. */
  const previewSlide = (speaker: Page, slot: 'current' | 'next') => async (): Promise<string> => {
    const frame = await (await speaker.$(`.speaker-${slot}-frame iframe`))?.contentFrame();
    return (await frame?.evaluate(() => document.querySelector('.reveal .slides section.present')?.id ?? '')) ?? '';
  };

  test('its previews show the current and the next slide as the deck advances, and → in it moves the deck', async () => {
    const deck = decks.get(deckId)!;
    // A slide without steps, so that the next preview shows the next slide.
    const index = deck.slides.findIndex((s, i) => i >= 2 && i < deck.slides.length - 1 && !/class="[^"]*\bfragment\b/.test(new RegExp(`<section id="${s.id}"[^]*?</section>`).exec(deck.html)?.[0] ?? ''));
    expect(index).toBeGreaterThan(0);
    const target = deck.slides[index]!;
    const { page, blocked, errors, close } = await openOffline('');
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    speaker.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    speaker.on('pageerror', (e) => errors.push(e.message));
    await speaker.waitForFunction(() => document.documentElement?.dataset.talkPage === 'speaker');
    await advanceTo(page, target.id);

    await expect.poll(previewSlide(speaker, 'current'), { timeout: 30_000 }).toBe(target.id);
    await expect.poll(previewSlide(speaker, 'next'), { timeout: 30_000 }).toBe(deck.slides[index + 1]!.id);
    await speaker.waitForFunction(() => document.documentElement?.dataset.speakerReady === 'true', undefined, { timeout: 30_000 });
    expect(await speaker.locator('.speaker-next .speaker-heading').textContent()).toContain(deck.slides[index + 1]!.title.en);

    // → in the speaker view: the deck moves on, and the previews with it.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(async () => (await position(page)).id, { timeout: 30_000 }).toBe(deck.slides[index + 1]!.id);
    await expect.poll(previewSlide(speaker, 'current'), { timeout: 30_000 }).toBe(deck.slides[index + 1]!.id);
    expect(blocked).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
