import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { deckLanguages } from '../../src/model/text.ts';
import { useHarness, waitReady } from '../support/browser.ts';
import { overflowsOf, showFully } from '../support/overflows.ts';

/** The two screens a talk is given on: a 720p projector and a 1080p one. */
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;

// The same sources the global setup built into the deck under test.
const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

const harness = useHarness();

describe.each(decks)('deck "%s": every slide fits the 16:9 slide box', (deckId) => {
  // In the languages the deck is given in.
  const languages = deckLanguages(library.decks.find(({ value }) => value.id === deckId)?.value ?? {});
  const combos = VIEWPORTS.flatMap((viewport) => languages.map((locale) => ({ viewport, locale })));
  test.each(combos)('$locale at $viewport.width×$viewport.height', async ({ viewport, locale }) => {
    // Reduced motion turns reveal's slide transitions off: nothing to wait for between slides.
    const context = await harness.browser.newContext({ viewport, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`?deck=${deckId}&lang=${locale}`, harness.server.url).href);
      await waitReady(page);
      const total = await page.evaluate(() => (window as unknown as { Reveal: { getSlides(): unknown[] } }).Reveal.getSlides().length);
      expect(total).toBeGreaterThan(0);
      const failures: string[] = [];
      for (let index = 0; index < total; index++) {
        await showFully(page, index);
        const { id, problems } = await overflowsOf(page, index);
        for (const problem of problems) failures.push(`deck "${deckId}", slide "${id}", ${locale} at ${viewport.width}×${viewport.height}: ${problem}`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
