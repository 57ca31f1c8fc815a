import { expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { formatDuration } from '../../src/pacing/pacing.ts';
import { goToSlide, openPageWith, openSpeakerView, speakerPosition, useHarness, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();
const MIN = 60_000;

/** The signed minutes:seconds the speaker view reports against the whole plan, and its verdict. */
async function pacing(speaker: Page): Promise<{ status: string; ms: number; text: string }> {
  const plan = speaker.locator('.speaker-plan');
  const text = (await plan.textContent()) ?? '';
  const match = /^(\d+):(\d\d)/.exec(text);
  return { status: (await plan.getAttribute('data-talk-pacing')) ?? '', ms: match ? (Number(match[1]) * 60 + Number(match[2])) * 1000 : 0, text };
}

const elapsed = (speaker: Page) => speaker.locator('.speaker-elapsed').textContent();

test('pacing reports behind and ahead of the plan, per section and overall, as the clock advances; pause and reset work', async () => {
  const deck = await projectDeck('meetup');
  const { page, context, consoleErrors } = await openPageWith(harness, '#/0', { prepare: (c) => c.clock.install() });
  const speaker = await openSpeakerView(page);
  const first = deck.slides[0]!;
  const section = deck.sections.find((s) => s.id === first.sectionId)!;
  expect(await speaker.locator('main.speaker').getAttribute('data-talk-timer')).toBe('stopped');
  expect(await speaker.locator('.speaker-plan').getAttribute('data-talk-pacing')).toBe('not-started');

  // Start, then stay on the first slide two minutes past its planned end.
  await speaker.getByRole('button', { name: 'Start' }).click();
  await expect.poll(() => speaker.locator('main.speaker').getAttribute('data-talk-timer')).toBe('running');
  await context.clock.fastForward(first.minutes * MIN + 2 * MIN);
  await expect.poll(async () => (await pacing(speaker)).status).toBe('behind');
  const behind = await pacing(speaker);
  expect(behind.ms).toBeGreaterThanOrEqual(2 * MIN);
  expect(behind.ms).toBeLessThan(2 * MIN + 10_000);
  expect(behind.text).toContain('behind');
  // The section shows the time used on its slides against its plan, in red when over.
  const sectionText = (await speaker.locator('.speaker-section').textContent()) ?? '';
  expect(sectionText).toContain(section.title.en);
  expect(sectionText).toContain(`of ${formatDuration(section.minutes * MIN)}`);
  if (first.minutes + 2 > section.minutes) expect(await speaker.locator('.speaker-section').getAttribute('data-talk-over')).toBe('true');

  // Jump to the last slide: far ahead of its planned start.
  const last = deck.slides.length - 1;
  await goToSlide(page, last);
  await expect.poll(() => speakerPosition(speaker)).toMatchObject({ id: deck.slides[last]!.id });
  const planStart = deck.slides.slice(0, last).reduce((sum, s) => sum + s.minutes * MIN, 0);
  const ahead = await pacing(speaker);
  expect(ahead.status).toBe('ahead');
  const used = first.minutes * MIN + 2 * MIN;
  expect(Math.abs(ahead.ms - (planStart - used))).toBeLessThan(10_000);

  // Pause: time stands still. Reset: back to zero.
  await speaker.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => speaker.locator('main.speaker').getAttribute('data-talk-timer')).toBe('paused');
  const frozen = await elapsed(speaker);
  await context.clock.fastForward(5 * MIN);
  expect(await elapsed(speaker)).toBe(frozen);
  await speaker.getByRole('button', { name: 'Reset' }).click();
  await expect.poll(() => elapsed(speaker)).toBe('0:00');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('the timer starts with the first step forward and survives a reload of the deck', async () => {
  const deck = await projectDeck('meetup');
  const { page, context } = await openPageWith(harness, '#/0', { prepare: (c) => c.clock.install() });
  const speaker = await openSpeakerView(page);
  await goToSlide(page, 1);
  await expect.poll(() => speaker.locator('main.speaker').getAttribute('data-talk-timer')).toBe('running');
  await context.clock.fastForward(3 * MIN);
  await page.reload();
  await waitReady(page);
  await expect.poll(async () => (await elapsed(speaker)) ?? '').toMatch(/^3:0\d/);
  expect(deck.slides.length).toBeGreaterThan(1);
  await context.close();
});
