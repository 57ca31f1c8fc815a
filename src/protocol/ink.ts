/**
 * Drawings on slides (pen strokes) and the laser pointer, shared by the deck, the speaker view's
 * previews, follow-along viewers and the export. Coordinates are in the slide's own box (1280×720,
 * the size reveal.js lays a slide out at), so a drawing scales with the slide on every screen.
 */

/** The slide box the coordinates refer to. */
export const SLIDE_BOX = { width: 1280, height: 720 } as const;

/** One pen stroke. */
export interface InkStroke {
  /** CSS colour, `#rrggbb`. */
  readonly color: string;
  /** Line width in slide units. */
  readonly width: number;
  /** x0, y0, x1, y1, … in slide units. */
  readonly points: readonly number[];
}

/** Every slide's strokes, by slide id (not by language or position: a drawing belongs to its slide). */
export type DeckInk = Readonly<Record<string, readonly InkStroke[]>>;

/** A point on the slide. */
export interface SlidePoint {
  readonly x: number;
  readonly y: number;
}

/** The file the deck writes (key W) and `npm run export -- --annotations <file>` reads. */
export interface InkFile {
  readonly talk: 'annotations';
  readonly version: 1;
  readonly deck: string;
  readonly slides: DeckInk;
}

const MAX_POINTS = 20_000;

/** `data` as a stroke when it is a well-formed one, else undefined. */
export function asInkStroke(data: unknown): InkStroke | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { color, width, points } = data as Record<string, unknown>;
  if (typeof color !== 'string' || !/^#[0-9a-f]{6}$/i.test(color)) return undefined;
  if (typeof width !== 'number' || !(width > 0 && width <= 100)) return undefined;
  if (!Array.isArray(points) || points.length < 2 || points.length % 2 !== 0 || points.length > MAX_POINTS) return undefined;
  if (!points.every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) <= 10_000)) return undefined;
  return { color, width, points: points as number[] };
}

/** `data` as strokes (dropping any that are malformed), else undefined when it is not a list. */
export function asStrokes(data: unknown): InkStroke[] | undefined {
  if (!Array.isArray(data)) return undefined;
  return data.map(asInkStroke).filter((stroke): stroke is InkStroke => stroke !== undefined);
}

/** `data` as a deck's strokes by slide id, slides without strokes left out; undefined if not an object. */
export function asDeckInk(data: unknown): Record<string, InkStroke[]> | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const ink: Record<string, InkStroke[]> = {};
  for (const [slide, strokes] of Object.entries(data)) {
    const valid = asStrokes(strokes);
    if (valid && valid.length > 0) ink[slide] = valid;
  }
  return ink;
}

/** The annotations file for `deck`. */
export function inkFile(deck: string, slides: DeckInk): InkFile {
  return { talk: 'annotations', version: 1, deck, slides };
}

/** An SVG path for a stroke: a single point draws a dot (round caps). */
export function strokePath(points: readonly number[]): string {
  if (points.length < 2) return '';
  const parts = [`M${points[0]} ${points[1]}`];
  for (let i = 2; i + 1 < points.length; i += 2) parts.push(`L${points[i]} ${points[i + 1]}`);
  if (points.length === 2) parts.push(`L${points[0]} ${points[1]}`);
  return parts.join(' ');
}

/** Whether the eraser at `at` (radius `radius`) touches `stroke`. */
export function touches(stroke: InkStroke, at: SlidePoint, radius: number): boolean {
  const reach = radius + stroke.width / 2;
  const p = stroke.points;
  if (p.length === 2) return Math.hypot((p[0] ?? 0) - at.x, (p[1] ?? 0) - at.y) <= reach;
  for (let i = 0; i + 3 < p.length; i += 2) {
    if (distanceToSegment(at, p[i] ?? 0, p[i + 1] ?? 0, p[i + 2] ?? 0, p[i + 3] ?? 0) <= reach) return true;
  }
  return false;
}

function distanceToSegment(at: SlidePoint, x1: number, y1: number, x2: number, y2: number): number {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((at.x - x1) * dx + (at.y - y1) * dy) / length2));
  return Math.hypot(x1 + t * dx - at.x, y1 + t * dy - at.y);
}

/** A laser pointer or ink message as the deck posts it on its sync channel (see sync-messages.ts). */
export type InkMessage =
  | { readonly type: 'pointer'; readonly slide: string; readonly at: SlidePoint | null }
  | { readonly type: 'ink'; readonly slide: string; readonly strokes: readonly InkStroke[] };

/** `data` if it is a well-formed pointer or ink message, else undefined (viewers check what they forward). */
export function asInkMessage(data: unknown): InkMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, slide, at, strokes } = data as Record<string, unknown>;
  if (typeof slide !== 'string' || slide.length > 200) return undefined;
  if (type === 'ink') {
    const valid = asStrokes(strokes);
    return valid ? { type, slide, strokes: valid } : undefined;
  }
  if (type !== 'pointer') return undefined;
  if (at === null) return { type, slide, at: null };
  if (typeof at !== 'object' || at === undefined) return undefined;
  const { x, y } = at as Record<string, unknown>;
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
  return { type, slide, at: { x, y } };
}
