import { rmSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser } from '../../src/export/launch-browser.ts';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { diagramSource } from '../../src/model/diagram-source.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { slideBlocks } from '../../src/model/texts.ts';
import { deckLanguages, toBilingual } from '../../src/model/text.ts';
import { LOCALES, type Bilingual, type Locale } from '../../src/model/types.ts';
import { openPage, press, useHarness, waitReady, type WatchedPage } from '../support/browser.ts';
import { buildFixture, copyFixture } from '../support/fixture-build.ts';
import { mermaidLabels } from '../support/mermaid-labels.ts';
import { projectDeck } from '../support/library.ts';

/** What one slide of a deck must show: its diagrams' sources and its formulas' TeX. */
interface Expected {
  readonly id: string;
  readonly diagrams: readonly Bilingual[];
  readonly formulas: readonly string[];
}

// The same sources the global setup built into the deck under test.
const { library } = await loadLibrary({ root: process.cwd() });
const decks = library.decks.map(({ value }) => value.id).sort();

/** The slides of `deckId` that hold a diagram or a formula, from the model. */
function expectedSlides(deckId: string): Expected[] {
  const resolved = resolveDeck(library, deckId).deck;
  if (!resolved) return [];
  return resolved.slides
    .map(({ slide }) => {
      const blocks = slideBlocks(slide);
      return {
        id: slide.id,
        diagrams: blocks.flatMap((b) => (b.kind === 'mermaid' ? [{ en: diagramSource(b, 'en') ?? '', zh: diagramSource(b, 'zh') ?? '' }] : [])),
        formulas: blocks.flatMap((b) => (b.kind === 'math' ? [b.tex] : [])),
      };
    })
    .filter((s) => s.diagrams.length > 0 || s.formulas.length > 0);
}

/** Text compared without white space: Mermaid breaks labels into lines and tspans where it likes. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The slide's <section>, by the data attribute (an id may start with a digit, which `#id` cannot). */
function slideSelector(id: string): string {
  return `section[data-talk-slide="${id}"]`;
}

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

/** Every way the diagrams of the shown slide `id` fail to match `sources` in `locale`; empty when they all do. */
async function diagramProblems(page: Page, id: string, locale: Locale, sources: readonly Bilingual[]): Promise<string[]> {
  const drawn = page.locator(`${slideSelector(id)} .talk-mermaid.talk-${locale}`);
  const problems: string[] = [];
  if ((await drawn.count()) !== sources.length) problems.push(`${await drawn.count()} ${locale} diagram placeholders, expected ${sources.length}`);
  for (const [i, source] of sources.entries()) {
    const svg = drawn.nth(i).locator('svg').first();
    if ((await svg.count()) === 0) {
      problems.push(`diagram ${i + 1}: no <svg> was drawn`);
      continue;
    }
    const box = await svg.boundingBox();
    if (!box || box.width < 100 || box.height < 40) problems.push(`diagram ${i + 1}: box ${box ? `${box.width}x${box.height}` : 'missing'} is (nearly) empty`);
    const shapes = await svg.locator('g, path, rect, text').count();
    if (shapes < 3) problems.push(`diagram ${i + 1}: the <svg> has ${shapes} shapes`);
    const text = squeeze((await svg.textContent()) ?? '');
    const labels = mermaidLabels(source[locale]).map(squeeze);
    if (labels.length === 0) problems.push(`diagram ${i + 1}: no label found in its ${locale} source`);
    const missing = labels.filter((label) => !text.includes(label));
    if (missing.length > 0) problems.push(`diagram ${i + 1}: labels not drawn: ${missing.map((l) => JSON.stringify(l)).join(', ')}`);
  }
  return problems;
}

/** Every way the formulas of slide `id` fail to be on the page as KaTeX with MathML. */
async function formulaProblems(page: Page, id: string, formulas: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  // The block's own formula, not inline math in its caption.
  const own = `${slideSelector(id)} .talk-math > :not(figcaption)`;
  const math = page.locator(`${own} .katex-mathml math`);
  if ((await math.count()) !== formulas.length) problems.push(`${await math.count()} formulas with MathML, expected ${formulas.length}`);
  const tex = await page.locator(`${own} .katex-mathml annotation[encoding="application/x-tex"]`).allTextContents();
  for (const [i, expected] of formulas.entries()) {
    if (tex[i]?.trim() !== expected.trim()) problems.push(`formula ${i + 1}: MathML annotation ${JSON.stringify(tex[i])} is not ${JSON.stringify(expected)}`);
    const html = page.locator(`${own} .katex-html`).nth(i);
    const box = (await html.count()) > 0 ? await html.boundingBox() : null;
    if (!box || box.width === 0 || box.height === 0) problems.push(`formula ${i + 1}: the rendered formula has no box`);
  }
  return problems;
}

const harness = useHarness();

test('the library has decks, and the meetup deck has at least six diagrams and four formulas', () => {
  expect(decks).toContain('meetup');
  for (const id of decks) expect(resolveDeck(library, id).deck, `deck "${id}" resolves`).toBeDefined();
  const meetup = expectedSlides('meetup');
  expect(meetup.flatMap((s) => s.diagrams).length).toBeGreaterThanOrEqual(6);
  expect(meetup.flatMap((s) => s.formulas).length).toBeGreaterThanOrEqual(4);
});

for (const deckId of decks) {
  const slides = expectedSlides(deckId);
  // In the languages the deck is given in.
  for (const locale of deckLanguages(library.decks.find(({ value }) => value.id === deckId)?.value ?? {})) {
    describe(`deck "${deckId}" in ${locale}`, () => {
      let watched: WatchedPage;
      beforeAll(async () => {
        watched = await openPage(harness, `?deck=${deckId}&lang=${locale}`);
      });
      afterAll(async () => {
        await watched?.context.close();
      });

      for (const slide of slides.filter((s) => s.diagrams.length > 0)) {
        test(`slide "${slide.id}": every Mermaid diagram is drawn, non-empty, with its ${locale} labels`, async () => {
          await goTo(watched.page, slide.id);
          expect(await diagramProblems(watched.page, slide.id, locale, slide.diagrams)).toEqual([]);
        });
      }

      for (const slide of slides.filter((s) => s.formulas.length > 0)) {
        test(`slide "${slide.id}": every formula is rendered by KaTeX with MathML`, async () => {
          await goTo(watched.page, slide.id);
          expect(await formulaProblems(watched.page, slide.id, slide.formulas)).toEqual([]);
        });
      }

      test('no console errors while showing them', () => {
        expect(watched.consoleErrors).toEqual([]);
      });
    });
  }
}

describe('the checks can fail', () => {
  test('a diagram checked against the other language’s labels, or a slide without one, is reported', async () => {
    const meetup = expectedSlides('meetup');
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
    browser = await launchBrowser(inject('browserPath'));
    server = await serveDist(await buildFixture(root, { deck: 'diagrams' }));
  });
  afterAll(async () => {
    await browser?.close();
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
