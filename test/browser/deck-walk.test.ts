import { beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { loadLibrary } from '../../src/library/load-library.ts';
import { deckLanguages } from '../../src/model/text.ts';
import { formatLanguageMode, LANGUAGE_MODES } from '../../src/model/language-mode.ts';
import type { Locale } from '../../src/model/types.ts';
import { cspViolations, foreignResources, openPageWith, recordCspViolations, useHarness, waitReady } from '../support/browser.ts';
import { diagramProblems, expectedSlides, formulaProblems } from '../support/drawn-content.ts';
import { projectLibrary } from '../support/library.ts';
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
const { decks: rendered } = await projectLibrary();

/**
 * The slides already walked, by language mode: their `<section>` HTML as built. Decks share slides
 * (the lecture holds most of the meetup's); a slide whose HTML an earlier walk checked in the same
 * mode lays out the same in any deck (the theme and screen are the same) and is not walked again.
 * What a deck makes its own (its title slide, its parts tracker) differs, and is walked.
 */
const walked = new Map<string, Set<string>>();

const harness = useHarness();

/** What one walk through a deck found: problems per check, each naming deck, slide and language. */
interface Findings {
  fitsProjector: string[];
  fitsFullHd: string[];
  balance: string[];
  /** Diagrams not drawn with their labels, formulas not rendered, console errors, policy violations, requests to other hosts. */
  drawn: string[];
}

/** Shows each slide of `indices`, with all its steps, and calls `check` on it. */
async function eachSlide(page: Page, indices: readonly number[], check: (index: number) => Promise<void>): Promise<void> {
  for (const index of indices) {
    await showFully(page, index);
    await check(index);
  }
}

/** The indices of the deck's slides not yet walked in `locale`; marks them walked. */
function notYetWalked(deckId: string, locale: string): number[] {
  const seen = walked.get(locale) ?? new Set<string>();
  walked.set(locale, seen);
  const slides = rendered.get(deckId)?.slideHtml ?? [];
  const fresh = slides.flatMap((html, index) => (seen.has(html) ? [] : [index]));
  slides.forEach((html) => seen.add(html));
  return fresh;
}

/**
 * One page per deck and language mode, walked once at 1280×720: every slide not walked before
 * (`walked`), all steps shown, is checked for fit, balance and text size and, in one language, for
 * its diagrams (drawn, with that language's labels) and formulas (KaTeX with MathML). Then the page
 * is resized to 1920×1080, where reveal.js scales the same layout up: checked on the busiest
 * slide. Every slide is drawn once per page; a page per check would draw each diagram several
 * times over.
 */
async function walkDeck(deckId: string, locale: string, dual: boolean): Promise<Findings> {
  const found: Findings = { fitsProjector: [], fitsFullHd: [], balance: [], drawn: [] };
  const indices = notYetWalked(deckId, locale);
  const ids = new Set(indices.map((index) => rendered.get(deckId)?.slides[index]?.id));
  // With both languages, a diagram shows the first alone: its labels are checked in one language.
  const expected = new Map(dual ? [] : expectedSlides(library, deckId).filter((slide) => ids.has(slide.id)).map((slide) => [slide.id, slide]));
  // Reduced motion (the harness's default) turns reveal's slide transitions off: nothing to wait for between slides.
  // Under the page's policy (violations recorded), every request to another host blocked and recorded.
  const { page, context, consoleErrors, foreignRequests } = await openPageWith(harness, `?deck=${deckId}&lang=${locale}`, { viewport: PROJECTOR, prepare: recordCspViolations });
  try {
    // Both languages are really shown: the page took `zh+en` as two languages, not as one.
    expect(await page.evaluate(() => document.documentElement.dataset.talkSecond ?? '')).toBe(dual ? locale.split('+')[1] : '');
    const where = (id: string, screen: { width: number; height: number }) => `deck "${deckId}", slide "${id}", ${locale} at ${screen.width}×${screen.height}`;

    expect(await page.evaluate(() => (window as unknown as { Reveal: { getSlides(): unknown[] } }).Reveal.getSlides().length)).toBe(rendered.get(deckId)?.slides.length);
    await eachSlide(page, indices, async (index) => {
      const { id, problems } = await overflowsOf(page, index, dual ? MIN_TEXT_PX : 0);
      const content = expected.get(id);
      if (content) {
        const lang = locale as Locale;
        for (const problem of [...(await diagramProblems(page, id, lang, content.diagrams)), ...(await formulaProblems(page, id, content.formulas))]) found.drawn.push(`${where(id, PROJECTOR)}: ${problem}`);
        expected.delete(id);
      }
      for (const problem of problems) found.fitsProjector.push(`${where(id, PROJECTOR)}: ${problem}`);
      const { emptyBelow, smallText } = await slideSpace(page, index, MIN_TEXT_PX);
      if (emptyBelow > MAX_EMPTY_BELOW) found.balance.push(`${where(id, PROJECTOR)}: ${Math.round(emptyBelow * 100)}% of the slide's height is empty below its content (at most ${MAX_EMPTY_BELOW * 100}%)`);
      for (const text of smallText) found.balance.push(`${where(id, PROJECTOR)}: text ${text} is under ${MIN_TEXT_PX}px`);
    });

    // At 1920×1080 reveal.js scales the same 1280×720 layout up (a CSS transform): a slide that fits
    // at 1280×720 fits here. Checked: the slide box grows 1.44 times, stays on the screen, and the
    // deck's busiest slide still fits it.
    const busiest = await page.evaluate(() => {
      const slides = (window as unknown as { Reveal: { getSlides(): HTMLElement[] } }).Reveal.getSlides();
      const counts = slides.map((slide) => slide.querySelectorAll('*').length);
      return counts.indexOf(Math.max(...counts));
    });
    await showFully(page, busiest);
    const before = await layoutOf(page);
    await page.setViewportSize(FULL_HD);
    const scale = Math.min(FULL_HD.width / 1280, FULL_HD.height / 720) * 0.96;
    // reveal.js lays the deck out again on resize: wait until it draws the slides 1.44 times larger.
    await page.waitForFunction((s) => Math.abs((window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale() - s) < 0.01, scale);
    await waitReady(page);
    // Shown again (from another slide) before it is measured: right after a resize Chromium may draw
    // a face it dropped in a fallback font until it is back. The deck's readiness waits for that
    // too (stage.test.ts); a fresh-clone run before that change measured the fallback.
    await showFully(page, busiest === 0 ? 1 : 0);
    await showFully(page, busiest);
    const after = await layoutOf(page);
    const { id, problems } = await overflowsOf(page, busiest);
    for (const problem of problems) found.fitsFullHd.push(`${where(id, FULL_HD)}: ${problem}`);
    if (Math.abs(after.frame.width - before.frame.width * (after.scale / before.scale)) > 1) found.fitsFullHd.push(`${where(id, FULL_HD)}: the slide box is ${Math.round(after.frame.width)}px wide, not ${after.scale / before.scale} times ${Math.round(before.frame.width)}px`);
    if (after.frame.right > FULL_HD.width || after.frame.bottom > FULL_HD.height) found.fitsFullHd.push(`${where(id, FULL_HD)}: the slide box reaches outside the screen`);
    for (const id of expected.keys()) found.drawn.push(`deck "${deckId}", slide "${id}": never shown in the walk`);
    for (const error of consoleErrors) found.drawn.push(`console error: ${error}`);
    for (const violation of await cspViolations(page)) found.drawn.push(`policy violation: ${violation}`);
    for (const url of [...foreignRequests, ...(await foreignResources(page, new URL(harness.server.url).origin))]) found.drawn.push(`requested from another host: ${url}`);
  } finally {
    await context.close();
  }
  return found;
}

/** reveal's scale, and the slide box on screen. */
async function layoutOf(page: Page): Promise<{ scale: number; frame: DOMRect }> {
  return page.evaluate(() => {
    const scale = (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale();
    return { scale, frame: document.querySelector('.reveal .slides')!.getBoundingClientRect().toJSON() as DOMRect };
  });
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

    test('at 1920×1080 the same layout is scaled up whole: the slide box 1.44 times larger, on the screen, the busiest slide fits', () => {
      expect(found.fitsFullHd, found.fitsFullHd.join('\n')).toEqual([]);
    });

    test('every slide is balanced and legible at 1280×720', () => {
      expect(found.balance, found.balance.join('\n')).toEqual([]);
    });

    const drawnTitle = dual ? 'under the page\'s policy, offline, without console errors' : `every Mermaid diagram is drawn, non-empty, with its ${locale} labels, every formula by KaTeX with MathML, under the page's policy, offline, without console errors`;
    test(drawnTitle, () => {
      expect(found.drawn, found.drawn.join('\n')).toEqual([]);
    });
  });
});
