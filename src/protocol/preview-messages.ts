import type { DeckPosition } from './sync-messages.ts';

/**
 * Messages between the speaker view and its preview frames (window.postMessage). The frames are
 * the deck's own page with `?receiver`; in the single-file build they are file:// pages with an
 * opaque origin, so the speaker view cannot reach into them and drives them with these instead.
 */

/** frame -> speaker view: the deck in the frame runs and listens for requests. */
export const PREVIEW_READY = 'talk:preview-ready';
/** speaker view -> frame: show a slide and step. */
export const PREVIEW_SHOW = 'talk:preview-show';
/** frame -> speaker view: the answer to one request. */
export const PREVIEW_SHOWN = 'talk:preview-shown';

/** How far a preview may step past the position it is asked to show: back, none, forward. */
export type PreviewSteps = -1 | 0 | 1;

/** Asks a preview to show position `h`/`v`/`f`, then `steps` steps further. */
export interface PreviewShow {
  readonly type: typeof PREVIEW_SHOW;
  /** Chosen by the speaker view; the answer carries it back. */
  readonly id: number;
  readonly h: number;
  readonly v: number;
  /** The fragment step; -1 before the first. */
  readonly f: number;
  readonly steps: PreviewSteps;
  /** Answer once the preview is ready (diagrams drawn), not as soon as it has moved. */
  readonly settle: boolean;
}

/** Where a preview stands after request `id`. */
export interface PreviewShown extends DeckPosition {
  readonly type: typeof PREVIEW_SHOWN;
  readonly id: number;
}

/** `data` if it is a well-formed show request, else undefined. */
export function asPreviewShow(data: unknown): PreviewShow | undefined {
  if (!isRecord(data) || data.type !== PREVIEW_SHOW) return undefined;
  const { id, h, v, f, steps, settle } = data;
  if (!isCount(id) || !isCount(h) || !isCount(v) || !isInteger(f) || f < -1) return undefined;
  if (steps !== -1 && steps !== 0 && steps !== 1) return undefined;
  if (typeof settle !== 'boolean') return undefined;
  return { type: PREVIEW_SHOW, id, h, v, f, steps, settle };
}

/** `data` if it is a well-formed answer, else undefined. */
export function asPreviewShown(data: unknown): PreviewShown | undefined {
  if (!isRecord(data) || data.type !== PREVIEW_SHOWN) return undefined;
  const { id, h, v, f, slide } = data;
  if (!isCount(id) || !isCount(h) || !isCount(v) || typeof slide !== 'string') return undefined;
  if (f !== undefined && (!isInteger(f) || f < -1)) return undefined;
  return { type: PREVIEW_SHOWN, id, h, v, f, slide };
}

/** Whether `data` says a preview frame is ready. */
export function isPreviewReady(data: unknown): boolean {
  return isRecord(data) && data.type === PREVIEW_READY;
}

/**
 * The target origin for postMessage between the speaker view and its frames, given the page's own
 * (`window.origin`, not `location.origin`, which Chromium gives as "file://" for an opaque file://
 * origin): that origin, or '*' where it is opaque ("null"), which no other target matches. The
 * messages carry only slide positions.
 */
export function previewTargetOrigin(origin: string): string {
  return origin === 'null' ? '*' : origin;
}

function isRecord(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null;
}

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

function isCount(value: unknown): value is number {
  return isInteger(value) && value >= 0;
}
