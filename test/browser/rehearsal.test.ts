import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import type { RehearsalRun } from '../../src/pacing/rehearsal-run.ts';
import { goToSlide, openPageWith, openSpeakerView, press, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

test('a rehearsal records per-slide durations, keeps the run, shows planned versus actual per section, and exports CSV and JSON', async () => {
  const deck = await projectDeck('meetup');
  const { page, context, consoleErrors } = await openPageWith(harness, '?rehearse#/0', { prepare: (c) => c.clock.install() });
  expect(await page.getAttribute('html', 'data-talk-rehearsing')).toBe('true');
  // Spend 30 s on the first slide, 75 s on the second, 20 s on the third, then finish with R.
  const spent = [30_000, 75_000, 20_000];
  // The installed clock still flows with real time between the jumps: on a busy machine a slide
  // change takes seconds of it, which belong to the slide being left.
  const realMs: number[] = [];
  let mark = performance.now();
  for (const [index, ms] of spent.entries()) {
    if (index > 0) {
      await goToSlide(page, index);
      realMs.push(performance.now() - mark);
      mark = performance.now();
    }
    await context.clock.fastForward(ms);
  }
  await press(page, 'r');
  realMs.push(performance.now() - mark);
  const report = page.locator('.talk-rehearsal-report');
  await report.waitFor();
  expect(await page.getAttribute('html', 'data-talk-rehearsing')).toBe('false');

  // The run is kept in the browser's storage, newest first.
  const runs = await page.evaluate((id) => JSON.parse(localStorage.getItem(`talk:rehearsals:${id}`) ?? '[]'), deck.id) as RehearsalRun[];
  expect(runs).toHaveLength(1);
  const run = runs[0]!;
  expect(run.slides.map((s) => s.id)).toEqual(deck.slides.map((s) => s.id));
  for (const [index, ms] of spent.entries()) {
    expect(Math.abs(run.slides[index]!.actualMs - ms), `slide ${deck.slides[index]!.id}`).toBeLessThan(2_000 + (realMs[index] ?? 0));
  }
  expect(run.slides.slice(spent.length).every((s) => s.actualMs === 0)).toBe(true);

  // The table: a row per section plus the total.
  const rows = report.locator('tbody tr');
  expect(await rows.count()).toBe(deck.sections.length + 1);
  expect(await rows.first().locator('td').first().textContent()).toBe(deck.sections[0]!.title.en);

  // Downloads.
  const [csv] = await Promise.all([page.waitForEvent('download'), report.locator('[data-talk-action="csv"]').click()]);
  expect(csv.suggestedFilename()).toMatch(new RegExp(`^${deck.id}-rehearsal-.*\\.csv$`));
  const lines = (await readFile((await csv.path())!, 'utf8')).trim().split('\r\n');
  expect(lines[0]).toBe('level,section,slide,title_en,title_zh,planned_seconds,actual_seconds,delta_seconds');
  const firstRow = lines.find((line) => line.startsWith(`slide,${deck.slides[0]!.sectionId},${deck.slides[0]!.id},`));
  expect(firstRow).toBeDefined();
  expect(Number(firstRow!.split(',').at(-2))).toBe(Math.round(run.slides[0]!.actualMs / 100) / 10);
  expect(lines.filter((line) => line.startsWith('section,'))).toHaveLength(deck.sections.length);
  const [json] = await Promise.all([page.waitForEvent('download'), report.locator('[data-talk-action="json"]').click()]);
  const exported = JSON.parse(await readFile((await json.path())!, 'utf8')) as RehearsalRun;
  expect(exported.slides).toEqual(run.slides);

  // The speaker view shows the last rehearsal's time for the current slide.
  await report.locator('[data-talk-action="close"]').click();
  await goToSlide(page, 1);
  const speaker = await openSpeakerView(page);
  const rehearsed = Number(await speaker.locator('.speaker-rehearsal').getAttribute('data-talk-rehearsed'));
  expect(rehearsed).toBe(run.slides[1]!.actualMs);
  expect(await speaker.locator('.speaker-rehearsal').textContent()).toContain('Last rehearsal: 1:1');
  expect(consoleErrors).toEqual([]);
  await context.close();
});

test('R starts a rehearsal from zero and stepping past the last slide ends it', async () => {
  const deck = await projectDeck('meetup');
  const { page, context } = await openPageWith(harness, `#/${deck.slides.length - 1}`, { prepare: (c) => c.clock.install() });
  await press(page, 'r');
  expect(await page.getAttribute('html', 'data-talk-rehearsing')).toBe('true');
  // Show every step of the last slide, then one more →.
  while (await page.evaluate(() => (window as unknown as { Reveal: { availableFragments(): { next: boolean } } }).Reveal.availableFragments().next)) await press(page, 'ArrowRight');
  await context.clock.fastForward(10_000);
  await page.keyboard.press('ArrowRight');
  await page.locator('.talk-rehearsal-report').waitFor();
  const runs = await page.evaluate((id) => JSON.parse(localStorage.getItem(`talk:rehearsals:${id}`) ?? '[]'), deck.id) as RehearsalRun[];
  expect(runs[0]!.slides.at(-1)!.actualMs).toBeGreaterThanOrEqual(10_000);
  await context.close();
});
