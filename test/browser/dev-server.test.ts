import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { closeContexts, openSpeakerView, position, press, sharedBrowser, waitReady } from '../support/browser.ts';
import { startDevServer } from '../support/dev-server.ts';

// A copy of the tiny fixture that the test edits while the dev server runs. It sits inside the
// project so that its modules resolve '#talk' through the project's package.json.
const content = mkdtempSync(path.resolve('test/fixtures/decks/.tmp-dev-'));
cpSync(path.resolve('test/fixtures/decks/tiny'), content, { recursive: true });
const moduleFile = path.join(content, 'slides/01-main.ts');
const original = readFileSync(moduleFile, 'utf8');

let server: ViteDevServer;
let browser: Browser;
let page: Page;
let url: string;
/** How long a save may take to show in the page (a compile and check of the library, then the update). */
const SAVE_REACTION_MS = 45_000;

/** What the deck page received as talk:update-deck over the dev server's socket. */
const deckUpdates: Record<string, unknown>[] = [];

beforeAll(async () => {
  ({ server, url } = await startDevServer('dev-server', { root: content, deck: 'tiny' }));
  browser = await sharedBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) => {
      const message = typeof payload === 'string' ? (JSON.parse(payload) as { event?: string; data?: Record<string, unknown> }) : {};
      if (message.event === 'talk:update-deck' && message.data) deckUpdates.push(message.data);
    }),
  );
  await page.goto(url);
  await waitReady(page);
});

afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
  rmSync(content, { recursive: true, force: true });
});

/** Marks the window, so that a test can tell an in-place update from a reload. */
const mark = () => page.evaluate(() => ((window as unknown as { talkMark: number }).talkMark = 42));
const marked = () => page.evaluate(() => (window as unknown as { talkMark?: number }).talkMark === 42);

test('a notes edit updates the speaker view in place, without a reload', async () => {
  await mark();
  const speaker = await openSpeakerView(page);
  await speaker.evaluate(() => ((window as unknown as { talkMark: number }).talkMark = 42));
  writeFileSync(path.join(content, 'speaker-notes/en/hello.md'), 'Fresh **notes** for hello.');
  await speaker.waitForFunction(() => document.querySelector('.speaker-notes')?.textContent?.includes('Fresh notes'), undefined, { timeout: SAVE_REACTION_MS });
  expect(await speaker.evaluate(() => (window as unknown as { talkMark?: number }).talkMark)).toBe(42);
  expect(await marked()).toBe(true);
  await speaker.close();
});

test('a slide module edit updates the deck in place: no reload, same slide and step', async () => {
  // The second slide, its first step shown; the first slide's steps are all shown too.
  await page.evaluate(() => (window as unknown as { Reveal: { slide(h: number, v: number, f: number): void } }).Reveal.slide(0, 0, 0));
  await waitReady(page);
  expect(await position(page)).toMatchObject({ id: 'hello', f: 0 });
  await mark();
  const speaker = await openSpeakerView(page);
  await speaker.evaluate(() => ((window as unknown as { talkMark: number }).talkMark = 42));
  writeFileSync(
    moduleFile,
    original
      .replace("title: { en: 'Hello', zh: '你好' }", "title: { en: 'Hello again', zh: '你好' }")
      .replace("{ en: 'Two', zh: '二' }", "{ en: 'Two', zh: '二' }, { en: 'Three', zh: '三' }"),
  );
  await page.waitForFunction(() => document.querySelector('#hello h2')?.textContent?.includes('Hello again'), undefined, { timeout: SAVE_REACTION_MS });
  await waitReady(page);
  expect(await marked()).toBe(true);
  expect(await position(page)).toMatchObject({ id: 'hello', f: 0 });
  // The speaker view takes the new title in place too: no reload, its previews on the same step.
  await speaker.waitForFunction(() => document.querySelector('.speaker-meta')?.textContent?.includes('Hello again'), undefined, { timeout: SAVE_REACTION_MS });
  expect(await speaker.evaluate(() => (window as unknown as { talkMark?: number }).talkMark)).toBe(42);
  const current = speaker.frames().find((frame) => frame.url().includes('receiver') && !frame.url().includes('upcoming'));
  await expect.poll(() => current?.evaluate(() => document.querySelector('#hello h2')?.textContent ?? '')).toContain('Hello again');
  await speaker.close();
  expect(await page.locator('#hello li.fragment.visible').allTextContents()).toEqual([expect.stringContaining('One')]);
  // The new step is there, and reveal.js knows it.
  await press(page, 'ArrowRight');
  await press(page, 'ArrowRight');
  expect(await position(page)).toMatchObject({ id: 'hello', f: 2 });
  expect(await page.locator('#hello li.fragment.visible').count()).toBe(3);
  // The next slide's diagram is still drawn after the update.
  await press(page, 'ArrowRight');
  expect(await position(page)).toMatchObject({ id: 'formula' });
  await page.locator('#formula .talk-mermaid.talk-en svg').waitFor({ timeout: SAVE_REACTION_MS });
  // The update carried the deck without its notes: they stay in their own chunk.
  expect(deckUpdates.length).toBeGreaterThan(0);
  for (const update of deckUpdates) expect(update).not.toHaveProperty('notes');
  expect(await page.locator('#hello aside.notes').textContent()).toBe('');
});

test('a mistake shows an overlay naming the file and slide; the next good save recovers', async () => {
  // A missing translation is a content mistake: the overlay must name the module and the slide.
  writeFileSync(moduleFile, original.replace("title: { en: 'Hello', zh: '你好' }", "title: { en: 'Hello', zh: '' }"));
  const overlay = page.locator('vite-error-overlay');
  await overlay.waitFor({ state: 'attached', timeout: SAVE_REACTION_MS });
  const message = await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '');
  expect(message).toContain('slides/01-main.ts (slide "hello"): empty zh text at title');
  // The server keeps serving.
  expect((await fetch(url)).status).toBe(200);

  // A syntax error is reported with the module too.
  writeFileSync(moduleFile, 'export default {{ oops');
  await page.waitForFunction(() => (document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? '').includes('could not be loaded'), undefined, { timeout: SAVE_REACTION_MS });
  expect(await overlay.evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain('slides/01-main.ts');

  const updates = deckUpdates.length;
  writeFileSync(moduleFile, original.replace("title: { en: 'Hello', zh: '你好' }", "title: { en: 'Hello, fixed', zh: '你好' }"));
  // Each save is compiled and checked again (diagrams included): on a loaded machine, seconds each.
  await page
    .waitForFunction(() => document.querySelector('#hello h2')?.textContent?.includes('Hello, fixed'), undefined, { timeout: SAVE_REACTION_MS })
    .catch(async (error: unknown) => {
      const shown = await page.evaluate(() => ({ title: document.querySelector('#hello h2')?.textContent, overlay: document.querySelector('vite-error-overlay')?.shadowRoot?.textContent?.slice(0, 200) }));
      throw new Error(`the good save did not reach the page: ${deckUpdates.length - updates} deck updates received since; it shows ${JSON.stringify(shown)}`, { cause: error });
    });
  await waitReady(page);
  expect(await page.locator('vite-error-overlay').count()).toBe(0);
});

test("a save right after the last one the watcher reported is reported too (chokidar's change throttle would drop it)", async () => {
  const notes = path.join(content, 'speaker-notes/en/hello.md');
  const reports: number[] = [];
  const onChange = (file: string): void => {
    if (file === notes) reports.push(Date.now());
  };
  server.watcher.on('change', onChange);
  try {
    writeFileSync(notes, 'First save.');
    await expect.poll(() => reports.length, { timeout: SAVE_REACTION_MS }).toBe(1);
    // Within chokidar's 50 ms of its report: a formatter rewriting the file, a fix saved at once.
    writeFileSync(notes, 'Second save.');
    await expect.poll(() => reports.length, { timeout: SAVE_REACTION_MS }).toBe(2);
  } finally {
    server.watcher.off('change', onChange);
  }
});
