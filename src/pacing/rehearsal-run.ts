import type { Bilingual } from '../model/types.ts';
import type { PacingPlan } from './pacing.ts';

/** One rehearsal: how long each slide took. */
export interface RehearsalRun {
  readonly deck: string;
  /** ISO 8601 times. */
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly totalMs: number;
  readonly slides: readonly { readonly id: string; readonly sectionId: string; readonly plannedMs: number; readonly actualMs: number }[];
}

/** One row of the planned-versus-actual table. */
export interface ReportRow {
  readonly level: 'slide' | 'section' | 'total';
  readonly sectionId: string;
  readonly slideId: string;
  readonly title: Bilingual;
  readonly plannedMs: number;
  readonly actualMs: number;
}

const MINUTE = 60_000;

/** A plan whose slides have titles (RenderedDeck fits). */
export interface TitledPlan extends PacingPlan {
  readonly slides: readonly { readonly id: string; readonly sectionId: string; readonly minutes: number; readonly title: Bilingual }[];
}

/** A run from the time spent per slide; slides never shown count as 0. */
export function createRun(deck: string, plan: PacingPlan, perSlide: Readonly<Record<string, number>>, startedAt: Date, finishedAt: Date): RehearsalRun {
  const slides = plan.slides.map((slide) => ({ id: slide.id, sectionId: slide.sectionId, plannedMs: slide.minutes * MINUTE, actualMs: Math.round(perSlide[slide.id] ?? 0) }));
  return {
    deck,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    totalMs: slides.reduce((sum, slide) => sum + slide.actualMs, 0),
    slides,
  };
}

/** Per-section rows (planned versus actual) and a total row; `withSlides` adds a row per slide. */
export function reportRows(plan: TitledPlan, run: RehearsalRun, withSlides = false): ReportRow[] {
  const actual = new Map(run.slides.map((slide) => [slide.id, slide.actualMs]));
  const rows: ReportRow[] = [];
  for (const section of plan.sections) {
    const ids = section.slideIds;
    rows.push({
      level: 'section',
      sectionId: section.id,
      slideId: '',
      title: section.title,
      plannedMs: section.minutes * MINUTE,
      actualMs: ids.reduce((sum, id) => sum + (actual.get(id) ?? 0), 0),
    });
    if (!withSlides) continue;
    for (const id of ids) {
      const slide = plan.slides.find((s) => s.id === id);
      rows.push({ level: 'slide', sectionId: section.id, slideId: id, title: slide?.title ?? { en: id, zh: id }, plannedMs: (slide?.minutes ?? 0) * MINUTE, actualMs: actual.get(id) ?? 0 });
    }
  }
  const sections = rows.filter((row) => row.level === 'section');
  rows.push({
    level: 'total',
    sectionId: '',
    slideId: '',
    title: { en: 'Total', zh: '合计' },
    plannedMs: sections.reduce((sum, row) => sum + row.plannedMs, 0),
    actualMs: sections.reduce((sum, row) => sum + row.actualMs, 0),
  });
  return rows;
}

/** The run as CSV: one row per slide, per section and a total, in seconds. */
export function runToCsv(plan: TitledPlan, run: RehearsalRun): string {
  const header = 'level,section,slide,title_en,title_zh,planned_seconds,actual_seconds,delta_seconds';
  const lines = reportRows(plan, run, true).map((row) =>
    [row.level, row.sectionId, row.slideId, row.title.en, row.title.zh, seconds(row.plannedMs), seconds(row.actualMs), seconds(row.actualMs - row.plannedMs)].map(csvField).join(','),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}

/** The run as pretty-printed JSON. */
export function runToJson(run: RehearsalRun): string {
  return JSON.stringify(run, null, 2) + '\n';
}

function seconds(ms: number): string {
  return (Math.round(ms / 100) / 10).toFixed(1);
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
