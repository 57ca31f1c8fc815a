import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { LOCALES } from '../../src/model/types.ts';
import { openPageWith, useHarness } from '../support/browser.ts';
import { projectLibrary } from '../support/library.ts';

const harness = useHarness();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const { decks } = await projectLibrary();

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** The WCAG 2 A and AA rules. */
const WCAG = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
/** What a theme changes: colours. The other rules give the same answer in every theme. */
const COLOURS = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** Runs axe-core (`rules`: WCAG 2 A and AA unless told) on the page and returns the serious and critical violations. */
async function seriousViolations(page: Page, rules: typeof WCAG | typeof COLOURS = WCAG): Promise<string[]> {
  // axe-core is injected as an inline script: the contexts bypass the deck's CSP for it.
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly });
    return result.violations;
  }, rules);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}  ${n.html.slice(0, 120)}`).join('\n  ')}`);
}

/**
 * Each deck in every language it is given in, at once: a bilingual deck shows each text in Chinese
 * with the English beneath it (`zh+en`), so one axe run checks both languages' text, their `lang`,
 * and the second language's quieter colour, the hardest contrast on the page.
 */
const casesOf = (deckId: string) => {
  const languages = decks.get(deckId)?.languages ?? LOCALES;
  const locale = languages.length > 1 ? 'zh+en' : (languages[0] ?? 'en');
  return ['light', 'dark'].map((theme) => ({ locale, theme }));
};

describe.each([...decks.keys()])('deck %s', (deckId) => {
  test.each(casesOf(deckId))('every slide in $locale, $theme theme, has no serious or critical axe-core violation (the dark theme: its colours)', async ({ locale, theme }) => {
    // Print view lays out every slide at once, diagrams drawn: one axe run covers the whole deck.
    const { page, context } = await openPageWith(harness, `?deck=${deckId}&lang=${locale}&theme=${theme}&print-pdf`, { bypassCSP: true });
    const slides = await page.locator('[data-talk-slide]').count();
    expect(slides).toBe(decks.get(deckId)?.slides.length);
    expect(await page.getAttribute('html', 'data-talk-second')).toBe(locale.includes('+') ? 'en' : null);
    expect(await seriousViolations(page, theme === 'dark' ? COLOURS : WCAG)).toEqual([]);
    await context.close();
  });
});

test('the presenting view (controls, progress, first slide) has no serious or critical violation', async () => {
  const { page, context } = await openPageWith(harness, '?lang=zh', { bypassCSP: true });
  expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
