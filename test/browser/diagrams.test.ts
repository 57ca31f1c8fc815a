import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadLibrary } from '../../src/library/load-library.ts';
import { diagramSource } from '../../src/model/diagram-source.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { slideBlocks } from '../../src/model/texts.ts';
import { LOCALES, type Bilingual, type Locale } from '../../src/model/types.ts';
import { openPage, useHarness, waitReady, type WatchedPage } from '../support/browser.ts';
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
        diagrams: blocks.flatMap((b) => (b.kind === 'mermaid' ? [{ en: diagramSource(b, 'en'), zh: diagramSource(b, 'zh') }] : [])),
        formulas: blocks.flatMap((b) => (b.kind === 'math' ? [b.tex] : [])),
      };
    })
    .filter((s) => s.diagrams.length > 0 || s.formulas.length > 0);
}

/** Text compared without white space: Mermaid breaks labels into lines and tspans where it likes. */
function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/**
 * The labels a reader sees in a Mermaid source: quoted node, edge and subgraph labels, and the
 * periods and events of a timeline; line breaks (`<br>`) split a label into pieces.
 */
function diagramLabels(source: string): string[] {
  const body = source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => !line.trim().startsWith('%%'));
  const labels: string[] = [];
  if (body.find((line) => line.trim() !== '')?.trim() === 'timeline') {
    for (const line of body) if (line.includes(':')) labels.push(...line.split(':'));
  } else {
    for (const line of body) for (const match of line.matchAll(/"([^"]+)"/g)) labels.push(match[1] ?? '');
  }
  return labels
    .flatMap((label) => label.split(/<br\s*\/?>/i))
    .map((piece) => squeeze(piece.replace(/#quot;/g, '"').replace(/#(\d+);/g, (_m, code: string) => String.fromCharCode(Number(code)))))
    .filter((piece) => piece !== '');
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
    const labels = diagramLabels(source[locale]);
    if (labels.length === 0) problems.push(`diagram ${i + 1}: no label found in its ${locale} source`);
    const missing = labels.filter((label) => !text.includes(label));
    if (missing.length > 0) problems.push(`diagram ${i + 1}: labels not drawn: ${missing.map((l) => JSON.stringify(l)).join(', ')}`);
  }
  return problems;
}

/** Every way the formulas of slide `id` fail to be on the page as KaTeX with MathML. */
async function formulaProblems(page: Page, id: string, formulas: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const math = page.locator(`${slideSelector(id)} .talk-math .katex-mathml math`);
  if ((await math.count()) !== formulas.length) problems.push(`${await math.count()} formulas with MathML, expected ${formulas.length}`);
  const tex = await page.locator(`${slideSelector(id)} .talk-math .katex-mathml annotation[encoding="application/x-tex"]`).allTextContents();
  for (const [i, expected] of formulas.entries()) {
    if (tex[i]?.trim() !== expected.trim()) problems.push(`formula ${i + 1}: MathML annotation ${JSON.stringify(tex[i])} is not ${JSON.stringify(expected)}`);
    const html = page.locator(`${slideSelector(id)} .talk-math .katex-html`).nth(i);
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

test('label extraction reads flowcharts, front matter and timelines', () => {
  expect(diagramLabels('---\nconfig:\n  x: 1\n---\nflowchart LR\n  A["Two words<br/>line two"] -->|"edge"| B')).toEqual(['Twowords', 'linetwo', 'edge']);
  expect(diagramLabels('%%{init: {"a": "b"}}%%\ntimeline\n  2012 : Deep learning : AlexNet')).toEqual(['2012', 'Deeplearning', 'AlexNet']);
});

for (const deckId of decks) {
  const slides = expectedSlides(deckId);
  for (const locale of LOCALES) {
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
