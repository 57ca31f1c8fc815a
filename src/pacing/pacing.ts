import type { Bilingual } from '../model/types.ts';

/** What pacing needs to know about the deck (RenderedDeck fits). */
export interface PacingPlan {
  readonly slides: readonly { readonly id: string; readonly sectionId: string; readonly minutes: number }[];
  readonly sections: readonly { readonly id: string; readonly title: Bilingual; readonly slideIds: readonly string[]; readonly minutes: number }[];
}

/** Where the speaker stands against the plan. All durations in milliseconds. */
export interface Pacing {
  /** Planned time from the start to the beginning and to the end of the current slide. */
  readonly planStart: number;
  readonly planEnd: number;
  readonly planTotal: number;
  /**
   * Positive: behind the plan by this much (still here after the slide's planned end).
   * Negative: ahead (reached the slide before its planned start). Zero: within the slide's window.
   */
  readonly delta: number;
  readonly section: {
    readonly id: string;
    readonly title: Bilingual;
    readonly planned: number;
    /** Time spent on this section's slides so far (going back and forth included). */
    readonly used: number;
    /** 1-based position of the current slide in its section, and the section's slide count. */
    readonly slide: number;
    readonly slides: number;
  };
}

const MINUTE = 60_000;

/**
 * The pacing at slide `slideId` after `elapsed` ms, with `perSlide` ms spent on each slide.
 * Undefined when the slide is not in the plan.
 */
export function pacingAt(plan: PacingPlan, slideId: string, elapsed: number, perSlide: Readonly<Record<string, number>>): Pacing | undefined {
  const index = plan.slides.findIndex((slide) => slide.id === slideId);
  const current = plan.slides[index];
  if (!current) return undefined;
  const planStart = plan.slides.slice(0, index).reduce((sum, slide) => sum + slide.minutes * MINUTE, 0);
  const planEnd = planStart + current.minutes * MINUTE;
  const planTotal = plan.slides.reduce((sum, slide) => sum + slide.minutes * MINUTE, 0);
  const delta = elapsed > planEnd ? elapsed - planEnd : elapsed < planStart ? elapsed - planStart : 0;
  const section = plan.sections.find((s) => s.id === current.sectionId);
  const ids = section?.slideIds ?? [current.id];
  return {
    planStart,
    planEnd,
    planTotal,
    delta,
    section: {
      id: current.sectionId,
      title: section?.title ?? { en: current.sectionId, zh: current.sectionId },
      planned: (section?.minutes ?? current.minutes) * MINUTE,
      used: ids.reduce((sum, id) => sum + (perSlide[id] ?? 0), 0),
      slide: ids.indexOf(current.id) + 1,
      slides: ids.length,
    },
  };
}

/** `m:ss` (or `h:mm:ss`) for a duration in ms; negative durations get a minus sign. */
export function formatDuration(ms: number): string {
  const sign = ms < 0 ? '-' : '';
  const total = Math.floor(Math.abs(ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${s}` : `${sign}${m}:${s}`;
}
