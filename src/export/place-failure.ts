import { ExportError } from './export-error.ts';
import type { ExportProgress } from './export-options.ts';

/** Where an export is: the phase it reported last and, once known, the slide. */
export interface ExportWhereabouts {
  phase: string;
  slide?: string;
}

/** What the user is told each phase was doing. */
const DOING: Record<ExportProgress['phase'] | 'start' | 'serve', string> = {
  start: 'starting Chromium',
  build: 'building the site',
  serve: 'serving the site',
  load: 'laying out the slides in Chromium',
  slide: 'capturing the slides',
  write: 'writing the file',
};

/** Follows the export's progress reports, so that a failure can say where it happened. */
export function trackWhereabouts(where: ExportWhereabouts, progress: ExportProgress): void {
  where.phase = DOING[progress.phase];
  const slide = /slide "([^"]+)"/.exec(progress.message)?.[1] ?? /\d+-([a-z0-9-]+)\.png/.exec(progress.message)?.[1];
  if (slide) where.slide = slide;
}

/** The phase name for a step that reports no progress of its own. */
export function phaseOf(step: keyof typeof DOING): string {
  return DOING[step];
}

// What playwright says when the browser process is gone (killed, out of memory, crashed). "Cannot
// find parent object": a message Chromium sent just before it died names a page playwright has
// already dropped (thrown from playwright's own callback, see the export CLI's uncaught handler).
const BROWSER_GONE = /Target (page, context or browser )?(has been )?closed|Browser (has been )?closed|browser has disconnected|Target crashed|Page crashed|Cannot find parent object/i;

/**
 * A failure the export did not foresee, as one placed sentence: phase, slide, what happened and
 * what to do. The original error stays as `cause` (printed with --debug). Errors that already
 * speak to the user (content, usage, no browser, cancel, ExportError) pass through unchanged.
 */
export function placeFailure(error: unknown, where: ExportWhereabouts, context: { deck: string; locale: string }): unknown {
  if (error instanceof Error && ['DeckError', 'DeckErrors', 'ExportError', 'ExportInputError', 'ExportAborted', 'BrowserUnavailable'].includes(error.name)) return error;
  const message = error instanceof Error ? error.message : String(error);
  const at = `${where.phase}${where.slide ? ` (at slide "${where.slide}")` : ''}`;
  const gone = BROWSER_GONE.test(message);
  const what = gone ? 'Chromium closed while working (it was killed, or ran out of memory)' : `unexpected error: ${message.split('\n')[0]}`;
  const todo = gone
    ? 'Close other programs or export fewer slides (--range), then run it again.'
    : 'Run it again with --debug and report what it prints.';
  return new ExportError(`[talk] export of deck "${context.deck}" (${context.locale}) failed while ${at}: ${what}. Nothing was written. ${todo}`, { cause: error });
}
