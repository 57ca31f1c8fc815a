import { expect, test } from 'vitest';
import { openPage, press, useHarness } from '../support/browser.ts';

const harness = useHarness();

test('S opens the speaker view with the current slide’s notes, and L switches them to Chinese', async () => {
  const { page, context, consoleErrors } = await openPage(harness, '#/sora-progress');
  const en = (await page.locator('#sora-progress aside.notes').innerText()).trim();
  expect(en.length).toBeGreaterThan(0);
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
  const notes = speaker.locator('.speaker-controls-notes .value');
  await expect.poll(() => notes.innerText(), { timeout: 15_000 }).toContain(en.slice(0, 20));

  await press(page, 'l');
  const zh = (await page.locator('#sora-progress aside.notes').innerText()).trim();
  expect(zh).not.toBe(en);
  await expect.poll(() => notes.innerText(), { timeout: 15_000 }).toContain(zh.slice(0, 10));
  expect(consoleErrors).toEqual([]);
  await context.close();
});
