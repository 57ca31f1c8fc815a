import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, useHarness } from '../support/browser.ts';

const harness = useHarness();

/** Width of the first character of the first visible element matching `selector`, in ems. */
function firstCharEms(page: Page, selector: string): Promise<number> {
  return page.evaluate((css) => {
    const el = [...document.querySelectorAll<HTMLElement>(css)].find((e) => e.getClientRects().length > 0);
    const node = el && document.createTreeWalker(el, NodeFilter.SHOW_TEXT).nextNode();
    if (!el || !node) throw new Error(`nothing visible matches ${css}`);
    const range = document.createRange();
    range.setStart(node, 0);
    range.setEnd(node, 1);
    return range.getBoundingClientRect().width / parseFloat(getComputedStyle(el).fontSize);
  }, selector);
}

test('Chinese text sets its quotation marks full-width (Noto Sans SC), English text narrow (Inter)', async () => {
  const { page, context } = await openPage(harness, '?lang=en#/seek-the-way');
  const original = '#seek-the-way .talk-quote-original';
  const translation = '#seek-the-way .talk-quote-translation';
  expect(await page.locator(original).first().textContent()).toMatch(/^“/);
  expect(await page.locator(translation).first().textContent()).toMatch(/^“/);
  expect(await firstCharEms(page, original)).toBeGreaterThan(0.8);
  expect(await firstCharEms(page, translation)).toBeLessThan(0.6);
  await context.close();
});
