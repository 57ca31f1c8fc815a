import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { deckLanguages } from '../../src/model/text.ts';
import { formatLanguageMode, LANGUAGE_MODES } from '../../src/model/language-mode.ts';
import { useHarness, waitReady } from '../support/browser.ts';
import { overflowsOf, showFully } from '../support/overflows.ts';

/** The two screens a talk is given on: a 720p projector and a 1080p one. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

/**
 * The smallest text on a 1280×720 screen with both languages shown (the second language is the
 * smaller one), in screen pixels: readable from the back of a room. Formulas and diagrams are
 * drawn at their own sizes and are left out.
 */
const MIN_DUAL_TEXT_PX = 16;

// The same sources the global setup built into the deck under test.
const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

const harness = useHarness();

describe.each(decks)('deck "%s": every slide fits the 16:9 slide box', (deckId) => {
  // Each language the deck is given in alone and, where it has both, both at once (zh+en, en+zh),
  // where text is also no smaller than readable.
  const languages = deckLanguages(library.decks.find(({ value }) => value.id === deckId)?.value ?? {});
  const modes = LANGUAGE_MODES.filter((mode) => languages.includes(mode.first) && (mode.second === undefined || languages.includes(mode.second)));
  const combos = VIEWPORTS.flatMap((viewport) => modes.map((mode) => ({ viewport, locale: formatLanguageMode(mode), dual: mode.second !== undefined })));
  test.each(combos)('$locale at $viewport.width×$viewport.height', async ({ viewport, locale, dual }) => {
    // Reduced motion turns reveal's slide transitions off: nothing to wait for between slides.
    const context = await harness.browser.newContext({ viewport, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`?deck=${deckId}&lang=${locale}`, harness.server.url).href);
      await waitReady(page);
      // Both languages are really shown: the page took `zh+en` as two languages, not as one.
      expect(await page.evaluate(() => document.documentElement.dataset.talkSecond ?? '')).toBe(dual ? locale.split('+')[1] : '');
      const total = await page.evaluate(() => (window as unknown as { Reveal: { getSlides(): unknown[] } }).Reveal.getSlides().length);
      expect(total).toBeGreaterThan(0);
      const failures: string[] = [];
      for (let index = 0; index < total; index++) {
        await showFully(page, index);
        const minPx = dual && viewport.width === 1280 ? MIN_DUAL_TEXT_PX : 0;
        const { id, problems } = await overflowsOf(page, index, minPx);
        for (const problem of problems) failures.push(`deck "${deckId}", slide "${id}", ${locale} at ${viewport.width}×${viewport.height}: ${problem}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
