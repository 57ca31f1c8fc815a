import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../src/export/launch-browser.ts';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';

/** What a test file gets: one browser and one server of the built deck, shared by its tests. */
export interface Harness {
  browser: Browser;
  server: DistServer;
}

let workerBrowser: Promise<Browser> | undefined;

/**
 * One Chromium per test worker, shared by its files (they share modules: `isolate: false`):
 * starting one per file cost a second of CPU each time. Playwright closes it when the worker exits.
 */
export function sharedBrowser(): Promise<Browser> {
  workerBrowser ??= launchBrowser(inject('browserPath'));
  return workerBrowser.then((browser) => {
    if (browser.isConnected()) return browser;
    workerBrowser = undefined;
    return sharedBrowser();
  });
}

/** Closes every context (and page) a file opened in the shared browser: nothing it left open, a page with its timers, runs on into the next file. */
export async function closeContexts(browser: Browser | undefined): Promise<void> {
  await Promise.all(browser?.contexts().map((context) => context.close()) ?? []);
}

/** Serves the built deck for the tests of one file, with the worker's Chromium; afterwards closes what the file opened. */
export function useHarness(base = '/'): Harness {
  const harness = {} as Harness;
  beforeAll(async () => {
    harness.browser = await sharedBrowser();
    harness.server = await serveDist(inject('distDir'), base);
  });
  afterAll(async () => {
    await closeContexts(harness.browser);
    await harness.server?.close();
  });
  return harness;
}

/** A page that records console errors and blocks (and records) every request to another origin. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  consoleErrors: string[];
  foreignRequests: string[];
}

/** Opens a fresh context and page on `path`, watching console errors and foreign requests. */
export function openPage(harness: Harness, path = '', viewport = { width: 1280, height: 720 }): Promise<WatchedPage> {
  return openPageWith(harness, path, { viewport });
}

/** Waits for the deck's readiness signal (never a fixed sleep). */
export async function waitReady(page: Page, timeout = 30_000): Promise<void> {
  // Between two documents (a link followed, a reload) there may be no <html> yet: not ready.
  await page.waitForFunction(() => document.documentElement?.dataset.deckReady === 'true', undefined, { timeout });
}

/** Presses a key on the deck and waits until it is ready again. */
export async function press(page: Page, key: string): Promise<void> {
  await page.keyboard.press(key);
  await waitReady(page);
}

/** reveal.js's current position. */
export function position(page: Page): Promise<{ h: number; f: number | undefined; id: string }> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: { getIndices(): { h: number; f?: number }; getCurrentSlide(): HTMLElement } }).Reveal;
    const { h, f } = reveal.getIndices();
    return { h, f, id: reveal.getCurrentSlide().id };
  });
}

/** The text the audience sees on the current slide. */
export function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => {
    // innerText leaves out what is not rendered: the other language and the notes.
    return document.querySelector<HTMLElement>('.reveal .slides section.present')?.innerText ?? '';
  });
}

/** Presses → (through every step) until the slide `id` is shown; fails after `limit` presses. */
export async function advanceTo(page: Page, id: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await position(page)).id === id) return;
    await press(page, 'ArrowRight');
  }
  throw new Error(`slide "${id}" not reached after ${limit} presses of →`);
}

/** Presses → until the last step of the last slide, so every slide has been shown once. */
export async function walkToEnd(page: Page, limit = 500): Promise<number> {
  for (let i = 0; i < limit; i++) {
    const done = await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { isLastSlide(): boolean; availableFragments(): { next: boolean } } }).Reveal;
      return reveal.isLastSlide() && !reveal.availableFragments().next;
    });
    if (done) return i;
    await press(page, 'ArrowRight');
  }
  throw new Error(`the end of the deck was not reached after ${limit} presses of →`);
}

/** What to do with a fresh context before its first page loads (install a clock, emulate media). */
export interface OpenOptions {
  prepare?: (context: BrowserContext) => Promise<unknown>;
  viewport?: { width: number; height: number };
  /** Ignore the page's Content-Security-Policy (only for injecting test tools such as axe-core). */
  bypassCSP?: boolean;
  /**
   * 'reduce' unless a test is about motion: reveal.js then shows slides without its 0.8 s
   * transitions, which only make a walk through the deck slow (test/browser/stage.test.ts covers them).
   */
  reducedMotion?: 'reduce' | 'no-preference';
}

/** Like openPage, but lets the test prepare the context (e.g. `context.clock.install()`) before the page loads. */
export async function openPageWith(harness: Harness, path = '', options: OpenOptions = {}): Promise<WatchedPage> {
  const context = await harness.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 720 },
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: options.reducedMotion ?? 'reduce',
  });
  const origin = new URL(harness.server.url).origin;
  const watched: WatchedPage = { page: undefined as unknown as Page, context, consoleErrors: [], foreignRequests: [] };
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    watched.foreignRequests.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('page', (page) => {
    page.on('console', (message) => {
      if (message.type() === 'error') watched.consoleErrors.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => watched.consoleErrors.push(`${page.url()}: ${error.message}`));
  });
  await options.prepare?.(context);
  watched.page = await context.newPage();
  await watched.page.goto(new URL(path, harness.server.url).href);
  await waitReady(watched.page);
  return watched;
}

/** Records every violation of a page's Content-Security-Policy from its first script on (read with cspViolations). */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

/** The policy violations recorded in `page` so far. */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? ['(no recorder installed)']);
}

/** Resources the page loaded from anywhere but `origin` (data: and blob: URLs are the page's own). */
export function foreignResources(page: Page, origin: string): Promise<string[]> {
  return page.evaluate((own) => performance.getEntriesByType('resource').map((e) => e.name).filter((name) => !name.startsWith(own) && !name.startsWith('data:') && !name.startsWith('blob:')), origin);
}

/** Presses S on the deck and returns the speaker view once it shows the deck's slide. */
export async function openSpeakerView(page: Page): Promise<Page> {
  const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
  await speaker.waitForFunction(() => document.documentElement?.dataset.speakerReady === 'true', undefined, { timeout: 30_000 });
  return speaker;
}

/** The slide id and fragment step the speaker view shows. */
export function speakerPosition(speaker: Page): Promise<{ id: string; f: number }> {
  return speaker.evaluate(() => {
    const root = document.querySelector<HTMLElement>('main.speaker');
    return { id: root?.dataset.talkSlide ?? '', f: Number(root?.dataset.talkStep ?? -1) };
  });
}

/** Moves the deck with reveal's API to slide `index` (0-based) and waits until it is ready. */
export async function goToSlide(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);
  await waitReady(page);
}
