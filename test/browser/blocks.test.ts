import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { exportDeck } from '../../src/export/index.ts';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';
import { buildSingleFile } from '../../src/single-file/single-file.ts';
import { closeContexts, openSpeakerView, position, press, sharedBrowser, waitReady } from '../support/browser.ts';
import { buildFixture, copyBlocksFixture } from '../support/fixture-build.ts';
import { overflowsOf } from '../support/overflows.ts';

// The blocks fixture: slides "code-steps" (highlight '1|3-4|5'), "table", "video", "after".
const root = copyBlocksFixture();
let outDir: string;
let server: DistServer;
let browser: Browser;

beforeAll(async () => {
  outDir = await buildFixture(root, { deck: 'blocks' });
  server = await serveDist(outDir);
  browser = await sharedBrowser();
}, 240_000);

afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

async function open(query: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(new URL(query, server.url).href);
  await waitReady(page);
  return page;
}

/** The 1-based numbers of the lit lines of the code on the current slide. */
function litLines(page: Page): Promise<number[]> {
  return page.$$eval('section.present .talk-code-line', (lines) => lines.flatMap((line, i) => (line.classList.contains('talk-code-lit') ? [i + 1] : [])));
}

/** The video on slide "video". */
function video(page: Page): Promise<{ paused: boolean; time: number; ready: number }> {
  return page.$eval('#video video', (el: HTMLVideoElement) => ({ paused: el.paused, time: el.currentTime, ready: el.readyState }));
}

/** Share of pixels of a PPM image (pdftoppm -ppm) within `tolerance` of `rgb`. */
function shareOfColour(ppm: Buffer, rgb: [number, number, number], tolerance = 24): number {
  // Header: "P6\n<width> <height>\n255\n", then RGB bytes.
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('not a binary PPM');
  const data = ppm.subarray(header[0].length);
  let hits = 0;
  for (let i = 0; i + 2 < data.length; i += 3) {
    if (Math.abs(data[i]! - rgb[0]) <= tolerance && Math.abs(data[i + 1]! - rgb[1]) <= tolerance && Math.abs(data[i + 2]! - rgb[2]) <= tolerance) hits++;
  }
  return hits / (data.length / 3);
}

describe('code block', () => {
  test('steps through its line ranges as fragments: the first range lit at first, the rest grey', async () => {
    const page = await open('#/code-steps');
    expect(await litLines(page)).toEqual([1]);
    await press(page, 'ArrowRight');
    expect(await position(page)).toMatchObject({ id: 'code-steps', f: 0 });
    expect(await litLines(page)).toEqual([3, 4]);
    await press(page, 'ArrowRight');
    expect(await litLines(page)).toEqual([5]);
    await press(page, 'ArrowLeft');
    expect(await litLines(page)).toEqual([3, 4]);
    // A grey line is drawn in one colour, a lit one in the theme's syntax colours.
    const colours = await page.$$eval('section.present .talk-code-line', (lines) =>
      lines.map((line) => new Set([...line.querySelectorAll('span[style]')].map((span) => getComputedStyle(span).color)).size),
    );
    expect(colours[3]).toBeGreaterThan(1); // line 4, lit: eps = model(x, t)  # predicted noise
    expect(colours[4]).toBe(1); // line 5, grey
    // The code is text, as written.
    expect(await page.locator('#code-steps pre').innerText()).toBe('import torch\n\ndef denoise(x, t, model):\n    eps = model(x, t)  # predicted noise\n    return x - eps');
    await page.context().close();
  });

  test('long code runs out of the slide, where the overflow check names it', async () => {
    const page = await open('#/code-steps');
    expect((await overflowsOf(page, 0)).problems).toEqual([]);
    await page.$eval('#code-steps code', (code) => {
      const line = code.querySelector('.talk-code-line')!;
      for (let i = 0; i < 20; i++) code.append('\n', line.cloneNode(true));
      code.append('\n', Object.assign(line.cloneNode(true), { textContent: 'x = ' + 'noise + '.repeat(40) }));
    });
    const { id, problems } = await overflowsOf(page, 0);
    expect(id).toBe('code-steps');
    expect(problems.join('\n')).toMatch(/<span\.talk-code-line[^>]*> "import torch" overflows the slide \(bottom by \d+px\)/);
    expect(problems.join('\n')).toMatch(/"x = noise \+ noise[^"]*" overflows the slide \(right by \d+px/);
    await page.context().close();
  });
});

test('a table has column headers and its cells in the language shown', async () => {
  const page = await open('?lang=zh#/table');
  const table = page.locator('#table table');
  expect(await table.locator('thead th[scope="col"]').evaluateAll((cells) => cells.map((cell) => (cell as HTMLElement).innerText))).toEqual(['模型', '年份', '输出']);
  expect(await table.locator('tbody tr').count()).toBe(2);
  expect(await table.locator('tbody tr').nth(1).innerText()).toBe('Sora\t2024\t视频');
  expect(await table.locator('caption').innerText()).toBe('两个扩散模型');
  await page.context().close();
});

describe('video block', () => {
  test('plays (muted, looping) while its slide is shown and pauses when it is left', async () => {
    const page = await open('#/table');
    expect((await video(page)).paused).toBe(true);
    await press(page, 'ArrowRight');
    expect(await position(page)).toMatchObject({ id: 'video' });
    await expect.poll(async () => (await video(page)).paused, { timeout: 15_000 }).toBe(false);
    const started = (await video(page)).time;
    await expect.poll(async () => (await video(page)).time, { timeout: 15_000 }).toBeGreaterThan(started);
    expect(await page.$eval('#video video', (el: HTMLVideoElement) => ({ muted: el.muted, loop: el.loop, label: el.getAttribute('aria-label') }))).toEqual({
      muted: true,
      loop: true,
      label: 'Noise resolves step by step into a sun over a hill',
    });
    await press(page, 'l');
    expect(await page.$eval('#video video', (el) => el.getAttribute('aria-label'))).toBe('噪声一步步变成山丘上的太阳');
    await press(page, 'ArrowRight');
    expect(await position(page)).toMatchObject({ id: 'after' });
    await expect.poll(async () => (await video(page)).paused, { timeout: 15_000 }).toBe(true);
    await page.context().close();
  });

  test("the speaker view's previews show it paused", async () => {
    const page = await open('#/video');
    await expect.poll(async () => (await video(page)).paused, { timeout: 15_000 }).toBe(false);
    const speaker = await openSpeakerView(page);
    const previews = speaker.frames().filter((frame) => frame.url().includes('receiver'));
    expect(previews.length).toBeGreaterThan(0);
    // The preview of the current slide: once its video has data, reveal.js would have started it.
    const current = previews[0]!;
    await current.waitForFunction(() => (document.querySelector<HTMLVideoElement>('section.present#video video')?.readyState ?? 0) >= 2, undefined, { timeout: 15_000 });
    expect(await current.$eval('#video video', (el: HTMLVideoElement) => el.paused)).toBe(true);
    await page.context().close();
  });
});

test('the PDF shows the poster in place of the video, and the code as text; --steps gives a page per code step', async () => {
  const out = path.join(root, 'blocks.pdf');
  await exportDeck({ root, distDir: outDir, browser, deck: 'blocks', out, steps: true });
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [out], { encoding: 'utf8' }))?.[1]);
  expect(pages).toBe(6); // code-steps x3, table, video, after
  const text = (first: number) => execFileSync('pdftotext', ['-enc', 'UTF-8', '-f', String(first), '-l', String(first), out, '-'], { encoding: 'utf8' });
  for (const page of [1, 2, 3]) expect(text(page)).toContain('def denoise(x, t, model):');
  // The code in the deck's own monospace font, embedded as a subset: no font of this machine's.
  const fonts = execFileSync('pdffonts', [out], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean).map((row) => row.trim().split(/\s+/)[0]?.replace(/^[A-Z]{6}\+/, '') ?? '');
  expect(fonts.some((name) => name.startsWith('JetBrainsMono'))).toBe(true);
  expect(fonts.filter((name) => !/^(Inter|NotoSansSC|JetBrainsMono|KaTeX)/.test(name))).toEqual([]);
  // The poster's sun, drawn where the video is; nothing of it on the table's page.
  const render = (page: number) => execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', '30', out], { maxBuffer: 16 * 1024 * 1024 });
  // The slide's picture is smaller since the balanced layout (about 0.9% of the page is the sun);
  // a page without the poster has none of it, and one showing the video's noise about 0.1%.
  expect(shareOfColour(render(5), [242, 182, 50])).toBeGreaterThan(0.004);
  expect(shareOfColour(render(4), [242, 182, 50])).toBe(0);

  // Which lines each printed step lights.
  const page = await open('?print-pdf&steps');
  await page.waitForFunction(() => document.querySelectorAll('.pdf-page').length === 6, undefined, { timeout: 30_000 });
  await waitReady(page);
  const steps = await page.$$eval('.pdf-page', (sheets) =>
    sheets.filter((sheet) => sheet.querySelector('.talk-code')).map((sheet) => [...sheet.querySelectorAll('.talk-code-line')].flatMap((line, i) => (line.classList.contains('talk-code-lit') ? [i + 1] : []))),
  );
  expect(steps).toEqual([[1], [3, 4], [5]]);
  await page.context().close();
});

test('a PNG of the video slide shows the poster, not a frame of the playing video', async () => {
  const out = path.join(root, 'png');
  await exportDeck({ root, distDir: outDir, browser, deck: 'blocks', format: 'png', range: '3', out });
  const png = readFileSync(path.join(out, '03-video.png')).toString('base64');
  const page = await browser.newPage();
  // The sun's share of the picture, counted in a canvas: the poster has it, the first seconds of noise do not.
  const share = await page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const canvas = Object.assign(document.createElement('canvas'), { width: img.width, height: img.height });
    const g = canvas.getContext('2d')!;
    g.drawImage(img, 0, 0);
    const pixels = g.getImageData(0, 0, img.width, img.height).data;
    let hits = 0;
    for (let i = 0; i < pixels.length; i += 4) if (Math.abs(pixels[i]! - 242) < 24 && Math.abs(pixels[i + 1]! - 182) < 24 && Math.abs(pixels[i + 2]! - 50) < 24) hits++;
    return hits / (pixels.length / 4);
  }, png);
  // About 0.9% with the poster (the balanced layout draws the video smaller); about 0.1% without.
  expect(share).toBeGreaterThan(0.004);
  await page.close();
});

test('the single file embeds the video as a data: URL and plays it from file://', { timeout: 240_000 }, async () => {
  const file = path.join(root, 'single/blocks.html');
  await buildSingleFile({ root, deck: 'blocks', out: file });
  const html = readFileSync(file, 'utf8');
  // (Booleans: a failing toContain would print the whole file.)
  expect(html.includes('data:video/webm;base64,')).toBe(true);
  expect(html.includes("media-src 'self' data:")).toBe(true);
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  await context.route('**/*', (route) => (/^(file|data|blob):/.test(route.request().url()) ? route.continue() : route.abort('internetdisconnected')));
  const page = await context.newPage();
  await page.goto(`${pathToFileURL(file).href}#/video`);
  await waitReady(page);
  await expect.poll(async () => (await video(page)).paused, { timeout: 15_000 }).toBe(false);
  await context.close();
});

test('code (every step), table and video have no serious axe-core violation, light and dark', { timeout: 180_000 }, async () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const found: string[] = [];
  for (const theme of ['light', 'dark']) {
    // axe-core is injected as an inline script: the context bypasses the deck's policy for it.
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, bypassCSP: true, reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(new URL(`?theme=${theme}#/code-steps`, server.url).href);
    await waitReady(page);
    await page.addScriptTag({ content: axeSource });
    // code-steps x3 (every step greys other lines), table, video.
    for (let step = 0; step < 5; step++) {
      const { id } = await position(page);
      const violations = await page.evaluate(async () => {
        type Violation = { id: string; impact: string | null; nodes: { html: string }[] };
        const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
        const result = await axe.run('section.present', { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes[0]?.html.slice(0, 100)}`);
      });
      found.push(...violations.map((v) => `${theme} ${id}: ${v}`));
      await press(page, 'ArrowRight');
    }
    await context.close();
  }
  expect(found).toEqual([]);
});
