import { expect, test } from 'vitest';
import { advanceTo, openPage, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness('/talks/sora/');

test('the built site works from a sub-path: slides, fonts, lazy diagrams and formulas load', async () => {
  const deck = await projectDeck('meetup');
  const { page, context, consoleErrors, foreignRequests } = await openPage(harness, '?lang=zh');
  expect(page.url()).toContain('/talks/sora/');
  expect(await page.locator('.reveal .slides > section').count()).toBe(deck.slides.length);
  await advanceTo(page, 'diffusion-pipeline');
  const svg = page.locator('#diffusion-pipeline .talk-mermaid.talk-zh svg');
  expect((await svg.boundingBox())?.width).toBeGreaterThan(200);
  const fonts = await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')));
  expect(fonts).toContain('Noto Sans SC');
  expect(fonts).toContain('Inter');
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});
