import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { asInkStroke, type DeckInk, type InkStroke } from '../protocol/ink.ts';
import { ExportInputError } from './export-error.ts';

/** A deck's drawings read from an annotations file (written by the deck's W key). */
export interface Annotations {
  readonly file: string;
  readonly deck: string;
  readonly slides: DeckInk;
}

/**
 * Reads and checks an annotations file: JSON of `{ talk: "annotations", version: 1, deck, slides:
 * { <slide id>: [{ color, width, points }] } }`. Every problem names the file, the slide and the
 * stroke, and says what to do; nothing is exported from a file that is not right.
 */
export async function readAnnotations(file: string): Promise<Annotations> {
  const shown = path.relative(process.cwd(), file) || file;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ExportInputError(
      `[talk] ${shown}: cannot read the annotations file (${code ?? String(error)}). ` + 'Press W in the deck to save its drawings to a file, then pass that file to --annotations.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExportInputError(`[talk] ${shown}: not JSON (${(error as Error).message}). Save the drawings again with W in the deck.`);
  }
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (record.talk !== 'annotations' || record.version !== 1 || typeof record.deck !== 'string') {
    throw new ExportInputError(`[talk] ${shown}: not an annotations file (expected "talk": "annotations", "version": 1 and "deck"). Save the drawings with W in the deck.`);
  }
  const slides = record.slides;
  if (typeof slides !== 'object' || slides === null || Array.isArray(slides)) {
    throw new ExportInputError(`[talk] ${shown}: field "slides" must map slide ids to lists of strokes.`);
  }
  const checked: Record<string, InkStroke[]> = {};
  for (const [slide, strokes] of Object.entries(slides)) {
    if (!Array.isArray(strokes)) throw new ExportInputError(`[talk] ${shown} (slide "${slide}"): field "slides.${slide}" must be a list of strokes.`);
    checked[slide] = strokes.map((stroke, i) => {
      const valid = asInkStroke(stroke);
      if (!valid) {
        throw new ExportInputError(
          `[talk] ${shown} (slide "${slide}"): stroke ${i + 1} is malformed; it needs "color" (#rrggbb), "width" (0-100) and "points" (an even list of numbers). Fix or remove it.`,
        );
      }
      return valid;
    });
  }
  return { file: shown, deck: record.deck, slides: checked };
}

/** Fails unless every annotated slide is in the deck being exported. */
export function checkAnnotatedSlides(annotations: Annotations, deck: string, slideIds: readonly string[]): void {
  if (annotations.deck !== deck) {
    throw new ExportInputError(`[talk] ${annotations.file}: the drawings are of deck "${annotations.deck}", not "${deck}". Export with --deck ${annotations.deck}.`);
  }
  const known = new Set(slideIds);
  const unknown = Object.keys(annotations.slides).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ExportInputError(
      `[talk] ${annotations.file} (slide "${unknown[0]}"): no such slide in deck "${deck}"${unknown.length > 1 ? ` (nor ${unknown.slice(1).map((id) => `"${id}"`).join(', ')})` : ''}. ` +
        'Remove those slides from the file, or export the deck they were drawn on.',
    );
  }
}
