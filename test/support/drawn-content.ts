import type { Page } from 'playwright-core';
import type { Library } from '../../src/model/library.ts';
import { diagramSource } from '../../src/model/diagram-source.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { slideBlocks } from '../../src/model/texts.ts';
import type { Bilingual, Locale } from '../../src/model/types.ts';
import { mermaidLabels } from './mermaid-labels.ts';

/** What one slide of a deck must show: its diagrams' sources and its formulas' TeX. */
export interface Expected {
  readonly id: string;
  readonly diagrams: readonly Bilingual[];
  readonly formulas: readonly string[];
}

/** The slides of `deckId` that hold a diagram or a formula, from the model. */
export function expectedSlides(library: Library, deckId: string): Expected[] {
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
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** The slide's <section>, by the data attribute (an id may start with a digit, which `#id` cannot). */
export function slideSelector(id: string): string {
  return `section[data-talk-slide="${id}"]`;
}

/** Every way the diagrams of the shown slide `id` fail to match `sources` in `locale`; empty when they all do. */
export async function diagramProblems(page: Page, id: string, locale: Locale, sources: readonly Bilingual[]): Promise<string[]> {
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
export async function formulaProblems(page: Page, id: string, formulas: readonly string[]): Promise<string[]> {
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
