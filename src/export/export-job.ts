import path from 'node:path';
import type { Browser } from 'playwright-core';
import { HTML_LANG } from '../model/types.ts';
import { ExportError } from './export-error.ts';
import type { ResolvedExportOptions } from './export-options.ts';
import type { DeckSummary } from './prepare-dist.ts';

/** Everything a format's writer needs once the site is served and Chromium runs. */
export interface ExportJob {
  readonly o: ResolvedExportOptions;
  readonly browser: Browser;
  /** The served site, ending in `/`. */
  readonly baseUrl: string;
  readonly deck: DeckSummary;
  /** Every slide id of the deck, in order. */
  readonly slideIds: readonly string[];
  /** The slides asked for (after --range): their positions and ids. */
  readonly indices: readonly number[];
  readonly picked: readonly string[];
  /** localStorage the page starts with (the drawings, for --annotations). */
  readonly storage: Record<string, string> | undefined;
}

/** The deck page the PDF and PNG writers open: site, deck, languages, drawings and patience, from the job. */
export function deckPageOf({ o, baseUrl, storage }: ExportJob) {
  return { baseUrl, deck: o.deck, locale: o.locale, second: o.second, storage, steps: o.steps, timeoutMs: o.timeoutMs } as const;
}

/** What a writer wrote. */
export interface Written {
  /** Every file written (one PDF or PPTX, or the PNGs). */
  readonly files: readonly string[];
  /** Pages, images or PPTX slides. */
  readonly pages: number;
  readonly bytes: number;
  /** When the browser's part ended (performance.now()), before the file was written. */
  readonly renderedAt: number;
  /** PPTX only: slides whose step-by-step elements are all shown at once. */
  readonly flattened?: number;
}

/** Pages must follow the deck: every slide asked for, in order, once (or once per step). */
export function checkPages(pageSlides: readonly string[], picked: readonly string[], o: ResolvedExportOptions): void {
  const order = pageSlides.filter((id, i) => id !== pageSlides[i - 1]);
  const same = order.length === picked.length && order.every((id, i) => id === picked[i]);
  const counted = o.steps ? pageSlides.length >= picked.length : pageSlides.length === picked.length;
  if (!same || !counted) {
    throw new ExportError(
      `[talk] the print view of deck "${o.deck}" laid out ${pageSlides.length} pages for ${picked.length} slides` +
        ` (pages show: ${order.slice(0, 8).join(', ')}${order.length > 8 ? ', …' : ''}); expected ${o.steps ? 'each slide, once per step' : 'one page per slide'}, in deck order.`,
    );
  }
}

/** The document's title, author, subject and language, in the exported language. */
export function documentMetadata(deck: DeckSummary, o: ResolvedExportOptions): { title: string; author: string; subject: string; language: string } {
  const handout = o.notes ? (o.locale === 'zh' ? '（讲稿）' : ' (handout with speaker notes)') : '';
  return {
    title: deck.title[o.locale],
    author: deck.author[o.locale],
    subject: `${deck.subtitle?.[o.locale] ?? deck.title[o.locale]}${handout}`,
    language: HTML_LANG[o.locale],
  };
}

/** `writing exports/meetup-en.pdf`, for the progress line. */
export function writingMessage(out: string): string {
  return `writing ${path.relative(process.cwd(), out) || out}`;
}
