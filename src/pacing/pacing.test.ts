import { describe, expect, test } from 'vitest';
import { formatDuration, pacingAt } from './pacing.ts';
import { createRun, reportRows, runToCsv, type TitledPlan } from './rehearsal-run.ts';
import { elapsedAt, pauseTimer, perSlideAt, resetTimer, showSlide, startTimer, STOPPED } from './talk-timer.ts';

const MIN = 60_000;
const plan: TitledPlan = {
  slides: [
    { id: 'a', sectionId: 'one', minutes: 1, title: { en: 'A', zh: '甲' } },
    { id: 'b', sectionId: 'one', minutes: 2, title: { en: 'B, "quoted"', zh: '乙' } },
    { id: 'c', sectionId: 'two', minutes: 3, title: { en: 'C', zh: '丙' } },
  ],
  sections: [
    { id: 'one', title: { en: 'One', zh: '一' }, slideIds: ['a', 'b'], minutes: 3 },
    { id: 'two', title: { en: 'Two', zh: '二' }, slideIds: ['c'], minutes: 3 },
  ],
};

describe('the talk timer', () => {
  test('counts running time per slide, pauses, and resets to zero', () => {
    let t = startTimer(showSlide(STOPPED, 'a', 0), 1000);
    t = showSlide(t, 'b', 61_000);
    expect(elapsedAt(t, 91_000)).toBe(90_000);
    expect(perSlideAt(t, 91_000)).toEqual({ a: 60_000, b: 30_000 });
    t = pauseTimer(t, 91_000);
    expect(elapsedAt(t, 500_000)).toBe(90_000);
    t = showSlide(t, 'a', 600_000);
    t = startTimer(t, 600_000);
    expect(perSlideAt(t, 610_000)).toEqual({ a: 70_000, b: 30_000 });
    expect(resetTimer(t)).toEqual({ ...STOPPED, slide: 'a' });
  });
});

describe('pacing', () => {
  test('is on time inside the slide window, behind after it, ahead before it', () => {
    expect(pacingAt(plan, 'b', 2 * MIN, {})?.delta).toBe(0);
    expect(pacingAt(plan, 'b', 4 * MIN, {})?.delta).toBe(MIN);
    expect(pacingAt(plan, 'c', 1 * MIN, {})?.delta).toBe(-2 * MIN);
    expect(pacingAt(plan, 'c', 0, {})?.planTotal).toBe(6 * MIN);
  });

  test('uses the section of the current slide: planned minutes and time spent on its slides', () => {
    const pacing = pacingAt(plan, 'b', 5 * MIN, { a: 2 * MIN, b: MIN, c: 2 * MIN });
    expect(pacing?.section).toMatchObject({ id: 'one', planned: 3 * MIN, used: 3 * MIN, slide: 2, slides: 2 });
    expect(pacingAt(plan, 'nope', 0, {})).toBeUndefined();
  });

  test('formats durations', () => {
    expect(formatDuration(0)).toBe('0:00');
    expect(formatDuration(61_500)).toBe('1:01');
    expect(formatDuration(-90_000)).toBe('-1:30');
    expect(formatDuration(3_725_000)).toBe('1:02:05');
  });
});

describe('rehearsal runs', () => {
  const run = createRun('d', plan, { a: 90_000, c: 200_000 }, new Date(0), new Date(290_000));

  test('record every slide, shown or not, and the total', () => {
    expect(run.slides.map((s) => s.actualMs)).toEqual([90_000, 0, 200_000]);
    expect(run.totalMs).toBe(290_000);
  });

  test('sum up per section against the plan', () => {
    const rows = reportRows(plan, run);
    expect(rows.map((r) => [r.level, r.sectionId, r.plannedMs, r.actualMs])).toEqual([
      ['section', 'one', 3 * MIN, 90_000],
      ['section', 'two', 3 * MIN, 200_000],
      ['total', '', 6 * MIN, 290_000],
    ]);
  });

  test('export as CSV with quoting', () => {
    const lines = runToCsv(plan, run).trim().split('\r\n');
    expect(lines[0]).toBe('level,section,slide,title_en,title_zh,planned_seconds,actual_seconds,delta_seconds');
    expect(lines).toContain('slide,one,a,A,甲,60.0,90.0,30.0');
    expect(lines).toContain('slide,one,b,"B, ""quoted""",乙,120.0,0.0,-120.0');
    expect(lines.at(-1)).toBe('total,,,Total,合计,360.0,290.0,-70.0');
  });
});
