import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import type { Locale } from '../../src/model/types.ts';
import { closeContexts, openPage, press, sharedBrowser, useHarness, waitReady } from '../support/browser.ts';
import { diagramProblems, expectedSlides, formulaProblems, slideSelector, squeeze } from '../support/drawn-content.ts';
import { buildFixture, copyFixture } from '../support/fixture-build.ts';
import { projectDeck } from '../support/library.ts';

// The same sources the global setup built into the deck under test.
const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

/** Goes to slide `id` through the URL hash and waits until it is shown and ready. */
async function goTo(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    window.location.hash = `#/${target}`;
  }, id);
  await page.waitForFunction(
    (target) => {
      const reveal = (window as unknown as { Reveal: { getCurrentSlide(): HTMLElement | undefined } }).Reveal;
      return reveal.getCurrentSlide()?.id === target;
    },
    id,
    { timeout: 10_000 },
  );
  await waitReady(page);
}

const harness = useHarness();

test('the library has decks, and the meetup deck has at least six diagrams and four formulas', () => {
  expect(decks).toContain('meetup');
  for (const id of decks) expect(resolveDeck(library, id).deck, `deck "${id}" resolves`).toBeDefined();
  const meetup = expectedSlides(library, 'meetup');
  expect(meetup.flatMap((s) => s.diagrams).length).toBeGreaterThanOrEqual(6);
  expect(meetup.flatMap((s) => s.formulas).length).toBeGreaterThanOrEqual(4);
});

describe('the checks can fail', () => {
  test('a diagram checked against the other language’s labels, or a slide without one, is reported', async () => {
    const meetup = expectedSlides(library, 'meetup');
    const slide = meetup.find((s) => s.diagrams.length > 0);
    const deck = await projectDeck('meetup');
    const without = deck.slides.find((s) => s.diagrams === 0);
    expect(slide && without).toBeTruthy();
    if (!slide || !without) return;
    const { page, context } = await openPage(harness, '?deck=meetup&lang=en');
    await goTo(page, slide.id);
    const swapped = slide.diagrams.map((source) => ({ en: source.zh, zh: source.en }));
    expect((await diagramProblems(page, slide.id, 'en', swapped)).join('\n')).toContain('labels not drawn');
    await goTo(page, without.id);
    expect(await diagramProblems(page, without.id, 'en', slide.diagrams)).not.toEqual([]);
    expect(await formulaProblems(page, without.id, ['x^2'])).not.toEqual([]);
    await context.close();
  });
});

describe('diagram types the talk does not use, each written once with labels per language (fixture deck)', () => {
  const root = copyFixture('diagrams');
  let browser: Browser;
  let server: DistServer;
  beforeAll(async () => {
    browser = await sharedBrowser();
    server = await serveDist(await buildFixture(root, { deck: 'diagrams' }));
  });
  afterAll(async () => {
    await closeContexts(browser);
    await server?.close();
    rmSync(root, { recursive: true, force: true });
  });

  /** The text of the shown slide's diagram in `locale`, once drawn as an <svg>. */
  async function drawnText(page: Page, id: string, locale: Locale): Promise<string> {
    // Only the diagram's own <svg>: an architecture diagram's icons are <svg>s inside it.
    const svg = page.locator(`${slideSelector(id)} .talk-mermaid.talk-${locale} > svg`);
    await expect.poll(() => svg.count()).toBe(1);
    return squeeze((await svg.textContent()) ?? '');
  }

  test('a mindmap is drawn as an <svg>, and L switches its labels to the other language', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}#/mind-map`);
    await waitReady(page);
    const en = await drawnText(page, 'mind-map', 'en');
    expect(en).toContain(squeeze('Videos: re-captioned'));
    expect(en).toContain(squeeze('Diffusion "Transformer"'));
    expect(await page.locator(`${slideSelector('mind-map')} .talk-mermaid.talk-en svg g`).count()).toBeGreaterThan(5);
    await press(page, 'l');
    const zh = await drawnText(page, 'mind-map', 'zh');
    expect(zh).toContain(squeeze('视频：重新配文字'));
    expect(zh).not.toContain('Videos');
    expect(await page.locator(`${slideSelector('mind-map')} .talk-mermaid.talk-zh`).isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('an architecture diagram and a KaTeX formula in a label are drawn, with the deck’s own files only', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const origin = new URL(server.url).origin;
    const foreign: string[] = [];
    await page.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : (foreign.push(route.request().url()), route.abort())));
    await page.goto(`${server.url}#/architecture`);
    await waitReady(page);
    expect(await drawnText(page, 'architecture', 'en')).toContain('Training');
    await page.goto(`${server.url}#/math-label`);
    await page.reload();
    await waitReady(page);
    await drawnText(page, 'math-label', 'en');
    expect(await page.locator(`${slideSelector('math-label')} .talk-mermaid.talk-en svg math, ${slideSelector('math-label')} .talk-mermaid.talk-en svg .katex`).count()).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await page.close();
  });
});
