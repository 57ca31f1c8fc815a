import { expect, test } from 'vitest';
import type { Response } from 'playwright-core';
import { FIRST_VIEW_SLIDES } from '../../src/vite/startup-hints.ts';
import { goToSlide, openPageWith, position, useHarness, visibleText, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

/** What the page looked like the moment its first slide was shown (`data-first-slide`). */
interface FirstSlide {
  /** Every response finished by then (resource timing). */
  resources: string[];
  deckReady: string | undefined;
  placeholders: number;
  present: string | undefined;
  presentText: string;
  slideNumber: string;
}

// Records, in the page, the moment the first slide is shown. A MutationObserver runs right after
// the change, before the page's own callbacks go on: it sees what a waiter could see then.
const FIRST_SLIDE_PROBE = `
  new MutationObserver((_, observer) => {
    const root = document.documentElement;
    if (root?.dataset.firstSlide !== 'shown') return;
    const present = document.querySelector('.reveal .slides > section.present');
    window.__firstSlide = {
      resources: performance.getEntriesByType('resource').map((entry) => entry.name),
      deckReady: root.dataset.deckReady,
      placeholders: document.querySelectorAll('[data-talk-pending]').length,
      present: present?.id,
      presentText: present?.querySelector('.talk-body')?.textContent ?? '',
      slideNumber: (document.querySelector('.reveal .slide-number')?.textContent ?? '').replace(/\\s+/g, ''),
    };
    observer.disconnect();
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-slide'] });
`;

/** Keeps every script's body by URL. */
function recordScripts(bodies: Map<string, Promise<string>>): (response: Response) => void {
  return (response) => {
    if (response.request().resourceType() !== 'script') return;
    bodies.set(response.url(), response.text().catch(() => ''));
  };
}

/**
 * Runs of English words from the bodies of the slides after the first view: what only their
 * HTML says (not their titles, which the deck's module carries, nor the first slides).
 */
async function laterPhrases(id: string): Promise<{ phrases: string[]; of: (index: number) => string[] }> {
  const deck = await projectDeck(id);
  const { html, slideHtml: _slides, notes: _notes, ...meta } = deck;
  // From the joined HTML (the project's own field), each slide's <section> starting a line.
  const slideHtml = html.split(/\n(?=<section id=")/);
  expect(slideHtml).toHaveLength(deck.slides.length);
  const known = JSON.stringify(meta) + slideHtml.slice(0, FIRST_VIEW_SLIDES).join('');
  const runs = (html: string): string[] => {
    const english = [...html.matchAll(/<span class="talk-en" lang="en">([^<]*)<\/span>/g)].map((m) => m[1] ?? '');
    return english.flatMap((text) => text.match(/[A-Za-z][A-Za-z ]{14,}[A-Za-z]/g) ?? []).filter((run) => !known.includes(run));
  };
  const bodies = slideHtml.map((html) => html.slice(html.indexOf('<div class="talk-body">')));
  return { phrases: bodies.slice(FIRST_VIEW_SLIDES).flatMap(runs), of: (index) => runs(bodies[index] ?? '') };
}

test("opened at its start, the deck shows its first slide before the later slides' HTML arrives, then has every slide whole", async () => {
  const deck = await projectDeck('meetup');
  expect(deck.slides.length).toBeGreaterThan(FIRST_VIEW_SLIDES + 5);
  const { phrases } = await laterPhrases('meetup');
  expect(phrases.length).toBeGreaterThan(10);
  const bodies = new Map<string, Promise<string>>();
  const { page, context, consoleErrors } = await openPageWith(harness, '?deck=meetup', {
    prepare: async (c) => {
      c.on('response', recordScripts(bodies));
      await c.addInitScript(FIRST_SLIDE_PROBE);
    },
  });
  const first = (await page.evaluate(() => (window as unknown as { __firstSlide: FirstSlide }).__firstSlide)) as FirstSlide;
  // The first slide was shown with placeholders, every slide counted, and the page did not say "ready" then.
  expect(first.present).toBe(deck.slides[0]?.id);
  expect(first.placeholders).toBe(deck.slides.length - FIRST_VIEW_SLIDES);
  expect(first.slideNumber).toBe(`1/${deck.slides.length}`);
  expect(first.deckReady).toBe('false');
  // No script finished before the first slide says a word of the later slides' bodies.
  const before = await Promise.all(first.resources.filter((url) => bodies.has(url)).map((url) => bodies.get(url) as Promise<string>));
  expect(before.length).toBeGreaterThan(0);
  expect(phrases.filter((phrase) => before.some((body) => body.includes(phrase)))).toEqual([]);
  // ...and a script that came after does (the test can see them): the later slides' own chunk.
  const all = await Promise.all(bodies.values());
  expect(phrases.filter((phrase) => !all.some((body) => body.includes(phrase)))).toEqual([]);

  // Ready: every slide is whole, in order, and the page says all the later slides' words.
  expect(await page.locator('[data-talk-pending]').count()).toBe(0);
  expect(await page.locator('.reveal .slides > section').evaluateAll((sections) => sections.map((s) => s.id))).toEqual(deck.slides.map((s) => s.id));
  const text = await page.locator('.reveal .slides').evaluate((el) => el.textContent ?? '');
  expect(phrases.filter((phrase) => !text.includes(phrase))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 120_000);

test('walking to the last slide shows its real content, with its number and every slide counted', async () => {
  const deck = await projectDeck('meetup');
  const last = (await laterPhrases('meetup')).of(deck.slides.length - 1);
  expect(last.length).toBeGreaterThan(0);
  const { page, context, consoleErrors } = await openPageWith(harness, '?deck=meetup');
  await goToSlide(page, deck.slides.length - 1);
  const shown = await visibleText(page);
  for (const phrase of last) expect(shown).toContain(phrase);
  expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(deck.slides.length);
  expect((await page.locator('.slide-number').textContent())?.replace(/\s+/g, '')).toBe(`${deck.slides.length}/${deck.slides.length}`);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 120_000);

test("opened on a later slide's address, that slide shows its content from its first moment", async () => {
  const deck = await projectDeck('meetup');
  const index = deck.slides.length - 2;
  const late = deck.slides[index];
  const phrases = (await laterPhrases('meetup')).of(index);
  expect(phrases.length).toBeGreaterThan(0);
  const { page, context, consoleErrors } = await openPageWith(harness, `?deck=meetup#/${late!.id}`, { prepare: (c) => c.addInitScript(FIRST_SLIDE_PROBE) });
  const first = (await page.evaluate(() => (window as unknown as { __firstSlide: FirstSlide }).__firstSlide)) as FirstSlide;
  expect(first.present).toBe(late!.id);
  expect(first.placeholders).toBe(0);
  for (const phrase of phrases) expect(first.presentText).toContain(phrase);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 120_000);

test('a key pressed before the later slides arrive lands on a placeholder, which shows whole once they come', async () => {
  const deck = await projectDeck('meetup');
  const last = deck.slides.length - 1;
  const phrases = (await laterPhrases('meetup')).of(last);
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 720 } });
  // The deck's chunk is the first meetup-*.js the page asks for; the second, its later slides, waits for the test.
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await context.route(/\/assets\/meetup-[\w-]+\.js$/, async (route) => {
    if (++asked > 1) await held;
    await route.continue();
  });
  const page = await context.newPage();
  await page.goto(new URL('?deck=meetup', harness.server.url).href);
  await page.waitForFunction(() => document.documentElement?.dataset.firstSlide === 'shown');
  await page.keyboard.press('End');
  expect(await position(page)).toMatchObject({ h: last, id: deck.slides[last]?.id });
  expect(await page.locator('.reveal .slides > section.present').getAttribute('data-talk-pending')).toBe('');
  expect(await page.evaluate(() => document.documentElement.dataset.deckReady)).toBe('false');
  release();
  await waitReady(page);
  expect(await page.locator('[data-talk-pending]').count()).toBe(0);
  expect(await position(page)).toMatchObject({ h: last, id: deck.slides[last]?.id });
  const shown = await visibleText(page);
  for (const phrase of phrases) expect(shown).toContain(phrase);
  await context.close();
}, 120_000);
