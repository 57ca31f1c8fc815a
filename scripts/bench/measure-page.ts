import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { Locale } from '../../src/model/types.ts';

/** What the first slide of a deck costs in one language: what had loaded when it was shown. */
export interface FirstSlide {
  /** From navigation start to the first slide shown (`data-first-slide`, or a page's first `data-deck-ready="true"`). */
  readonly readyMs: number;
  readonly js: { raw: number; gzip: number; files: number };
  readonly css: { raw: number; gzip: number; files: number };
  readonly fonts: { raw: number; files: number };
}

/** What walking through every slide costs. */
export interface Walk {
  /** Per slide with diagrams: time from showing it to ready (diagrams drawn). */
  readonly diagramSlides: { id: string; ms: number }[];
  /** Total time of the walk, every slide shown once. */
  readonly totalMs: number;
  readonly diagramsDrawn: number;
}

// Records when the page first shows a slide, in the page's own clock (no polling delay), and which
// responses had finished by then: the deck marks it with data-first-slide (its later slides load
// after it), the reference deck with its first data-deck-ready="true". It runs before <html>
// exists, so it watches the whole document.
const READY_PROBE = `
  new MutationObserver((_, observer) => {
    const root = document.documentElement;
    if ((root?.dataset.firstSlide === 'shown' || root?.dataset.deckReady === 'true') && window.__talkReadyAt === undefined) {
      window.__talkReadyAt = performance.now();
      window.__talkLoadedBefore = performance.getEntriesByType('resource').map((entry) => entry.name);
      observer.disconnect();
    }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-slide', 'data-deck-ready'] });
`;

// Shows every slide through reveal's API and waits for readiness after each. A string, because
// a TypeScript runner's name-keeping helper (__name) does not exist inside the page.
const WALK = `(async () => {
  const reveal = window.Reveal;
  const ready = () => new Promise((resolve) => {
    const check = () => (document.documentElement.dataset.deckReady === 'true' ? resolve() : requestAnimationFrame(check));
    requestAnimationFrame(check);
  });
  const diagramSlides = [];
  const started = performance.now();
  for (let h = 0; h < reveal.getTotalSlides(); h++) {
    const t = performance.now();
    reveal.slide(h);
    await ready();
    const slide = reveal.getCurrentSlide();
    if (slide.querySelector('.talk-mermaid')) diagramSlides.push({ id: slide.id, ms: performance.now() - t });
  }
  const diagramsDrawn = document.querySelectorAll('.talk-mermaid[data-talk-rendered="true"] svg').length;
  return { diagramSlides, totalMs: performance.now() - started, diagramsDrawn };
})()`;

/** Opens the deck cold (fresh context, empty cache): what the first slide loaded, and how long it took. */
export async function measureFirstSlide(browser: Browser, url: string, locale: Locale): Promise<FirstSlide> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const origin = new URL(url).origin;
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  // A resource timing entry per file fetched before the first slide (not the default 250).
  await page.addInitScript('performance.setResourceTimingBufferSize(10000);');
  const bodies: Promise<{ url: string; type: string; bytes: Buffer } | undefined>[] = [];
  let ready = false;
  page.on('response', (response) => {
    if (ready) return;
    const type = response.request().resourceType();
    bodies.push(response.body().then((bytes) => ({ url: response.url(), type, bytes }), () => undefined));
  });
  await page.goto(`${url}?lang=${locale}`);
  await page.waitForFunction(() => (window as unknown as { __talkReadyAt?: number }).__talkReadyAt !== undefined);
  ready = true;
  // Only what had arrived when the first slide was shown: a chunk asked for right after it (the
  // deck's later slides) may have arrived by the time Node hears of it.
  const before = new Set(await page.evaluate(() => (window as unknown as { __talkLoadedBefore: string[] }).__talkLoadedBefore));
  const readyMs = await timeToReady(browser, url, locale);
  const loaded = (await Promise.all(bodies)).filter((b): b is { url: string; type: string; bytes: Buffer } => b !== undefined && before.has(b.url));
  const sum = (type: string) => {
    const of = loaded.filter((b) => b.type === type);
    return { raw: of.reduce((n, b) => n + b.bytes.length, 0), gzip: of.reduce((n, b) => n + gzipSync(b.bytes).length, 0), files: of.length };
  };
  const fonts = sum('font');
  await context.close();
  return { readyMs, js: sum('script'), css: sum('stylesheet'), fonts: { raw: fonts.raw, files: fonts.files } };
}

/**
 * Navigation start to readiness, in a page that nothing intercepts: routing every request and
 * reading response bodies through the DevTools protocol slows the page itself down.
 */
export async function timeToReady(browser: Browser, url: string, locale: Locale): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.addInitScript(READY_PROBE);
  await page.goto(`${url}?lang=${locale}`);
  await page.waitForFunction(() => (window as unknown as { __talkReadyAt?: number }).__talkReadyAt !== undefined);
  const readyMs = await page.evaluate(() => (window as unknown as { __talkReadyAt: number }).__talkReadyAt);
  await context.close();
  return readyMs;
}

/** Shows every slide in turn (reveal's API, no transitions) and times the diagram slides. */
export async function measureWalk(browser: Browser, url: string, locale: Locale): Promise<Walk> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(`${url}?lang=${locale}`);
  await page.waitForFunction(() => document.documentElement.dataset.deckReady === 'true');
  const result = (await page.evaluate(WALK)) as Walk;
  await context.close();
  return result;
}
