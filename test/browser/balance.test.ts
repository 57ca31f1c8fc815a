import { describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { formatLanguageMode, LANGUAGE_MODES } from '../../src/model/language-mode.ts';
import { deckLanguages } from '../../src/model/text.ts';
import { useHarness, waitReady } from '../support/browser.ts';
import { showFully } from '../support/overflows.ts';
import { slideSpace } from '../support/slide-space.ts';

/** The projector a talk is most often given on; slides are drawn for it. */
const VIEWPORT = { width: 1280, height: 720 };

/** A slide may leave at most this share of its height empty below its lowest content. */
const MAX_EMPTY_BELOW = 0.3;

/** Nothing the audience reads (slide text, diagram labels) is drawn smaller than this, in screen pixels. */
const MIN_TEXT_PX = 16;

const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

const harness = useHarness();

describe.each(decks)('deck "%s": every slide is balanced and legible at 1280×720', (deckId) => {
  // Each language the deck is given in alone and, where it has both, both at once (zh+en, en+zh).
  const languages = deckLanguages(library.decks.find(({ value }) => value.id === deckId)?.value ?? {});
  const modes = LANGUAGE_MODES.filter((mode) => languages.includes(mode.first) && (mode.second === undefined || languages.includes(mode.second)));
  test.each(modes.map(formatLanguageMode))('%s', async (locale) => {
    const context = await harness.browser.newContext({ viewport: VIEWPORT, reducedMotion: 'reduce' });
    try {
      const page = await context.newPage();
      await page.goto(new URL(`?deck=${deckId}&lang=${locale}`, harness.server.url).href);
      await waitReady(page);
      const total = await page.evaluate(() => (window as unknown as { Reveal: { getSlides(): unknown[] } }).Reveal.getSlides().length);
      expect(total).toBeGreaterThan(0);
      const failures: string[] = [];
      for (let index = 0; index < total; index++) {
        await showFully(page, index);
        const { id, emptyBelow, smallText } = await slideSpace(page, index, MIN_TEXT_PX);
        const where = `deck "${deckId}", slide "${id}", ${locale}`;
        if (emptyBelow > MAX_EMPTY_BELOW) failures.push(`${where}: ${Math.round(emptyBelow * 100)}% of the slide's height is empty below its content (at most ${MAX_EMPTY_BELOW * 100}%)`);
        for (const text of smallText) failures.push(`${where}: text ${text} is under ${MIN_TEXT_PX}px`);
      }
      expect(failures, failures.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
