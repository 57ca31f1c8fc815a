import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadLibrary } from '../../src/library/load-library.ts';
import { deckLanguages } from '../../src/model/text.ts';
import { formatLanguageMode, LANGUAGE_MODES } from '../../src/model/language-mode.ts';
import { useHarness, waitReady } from '../support/browser.ts';
import { overflowsOf, showFully } from '../support/overflows.ts';
import { slideSpace } from '../support/slide-space.ts';

/** The two screens a talk is given on: a 720p projector, for which slides are drawn, and a 1080p one. */
const PROJECTOR = { width: 1280, height: 720 } as const;
const FULL_HD = { width: 1920, height: 1080 } as const;

/** A slide may leave at most this share of its height empty below its lowest content. */
const MAX_EMPTY_BELOW = 0.3;

/**
 * Nothing the audience reads (slide text, diagram labels) is drawn smaller than this on a 1280×720
 * screen, in screen pixels: readable from the back of a room; with both languages shown, the second
 * (smaller) one too.
 */
const MIN_TEXT_PX = 16;

// The same sources the global setup built into the deck under test.
const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

const harness = useHarness();

/** What one walk through a deck found: problems per check, each naming deck, slide and language. */
interface Findings {
  fitsProjector: string[];
  fitsFullHd: string[];
  balance: string[];
}

/** Shows every slide of the page's deck, each with all its steps, and calls `check` on it. */
async function eachSlide(page: Page, check: (index: number) => Promise<void>): Promise<void> {
  const total = await page.evaluate(() => (window as unknown as { Reveal: { getSlides(): unknown[] } }).Reveal.getSlides().length);
  expect(total).toBeGreaterThan(0);
  for (let index = 0; index < total; index++) {
    await showFully(page, index);
    await check(index);
  }
}

/**
 * One page per deck and language mode, walked twice: at 1280×720 (fit, balance and text size),
 * then resized to 1920×1080 (fit again, as reveal.js scales the same slides up). Diagrams are drawn
 * once, on the first walk; a fresh page per check would draw them three times over.
 */
async function walkDeck(deckId: string, locale: string, dual: boolean): Promise<Findings> {
  const found: Findings = { fitsProjector: [], fitsFullHd: [], balance: [] };
  // Reduced motion turns reveal's slide transitions off: nothing to wait for between slides.
  const context = await harness.browser.newContext({ viewport: PROJECTOR, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    await page.goto(new URL(`?deck=${deckId}&lang=${locale}`, harness.server.url).href);
    await waitReady(page);
    // Both languages are really shown: the page took `zh+en` as two languages, not as one.
    expect(await page.evaluate(() => document.documentElement.dataset.talkSecond ?? '')).toBe(dual ? locale.split('+')[1] : '');
    const where = (id: string, screen: { width: number; height: number }) => `deck "${deckId}", slide "${id}", ${locale} at ${screen.width}×${screen.height}`;

    await eachSlide(page, async (index) => {
      const { id, problems } = await overflowsOf(page, index, dual ? MIN_TEXT_PX : 0);
      for (const problem of problems) found.fitsProjector.push(`${where(id, PROJECTOR)}: ${problem}`);
      const { emptyBelow, smallText } = await slideSpace(page, index, MIN_TEXT_PX);
      if (emptyBelow > MAX_EMPTY_BELOW) found.balance.push(`${where(id, PROJECTOR)}: ${Math.round(emptyBelow * 100)}% of the slide's height is empty below its content (at most ${MAX_EMPTY_BELOW * 100}%)`);
      for (const text of smallText) found.balance.push(`${where(id, PROJECTOR)}: text ${text} is under ${MIN_TEXT_PX}px`);
    });

    await page.setViewportSize(FULL_HD);
    // reveal.js lays the deck out again on resize: wait until it draws the slides 1.5 times larger.
    await page.waitForFunction((scale) => Math.abs((window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale() - scale) < 0.01, Math.min(FULL_HD.width / 1280, FULL_HD.height / 720) * 0.96);
    await waitReady(page);
    await eachSlide(page, async (index) => {
      const { id, problems } = await overflowsOf(page, index);
      for (const problem of problems) found.fitsFullHd.push(`${where(id, FULL_HD)}: ${problem}`);
    });
  } finally {
    await context.close();
  }
  return found;
}

describe.each(decks)('deck "%s"', (deckId) => {
  // Each language the deck is given in alone and, where it has both, both at once (zh+en, en+zh).
  const languages = deckLanguages(library.decks.find(({ value }) => value.id === deckId)?.value ?? {});
  const modes = LANGUAGE_MODES.filter((mode) => languages.includes(mode.first) && (mode.second === undefined || languages.includes(mode.second)));

  describe.each(modes.map((mode) => ({ locale: formatLanguageMode(mode), dual: mode.second !== undefined })))('$locale', ({ locale, dual }) => {
    let found: Findings;
    beforeAll(async () => {
      found = await walkDeck(deckId, locale, dual);
    });

    test('every slide fits the 16:9 slide box at 1280×720 (text at least 16px with both languages)', () => {
      expect(found.fitsProjector, found.fitsProjector.join('\n')).toEqual([]);
    });

    test('every slide fits the 16:9 slide box at 1920×1080', () => {
      expect(found.fitsFullHd, found.fitsFullHd.join('\n')).toEqual([]);
    });

    test('every slide is balanced and legible at 1280×720', () => {
      expect(found.balance, found.balance.join('\n')).toEqual([]);
    });
  });
});
