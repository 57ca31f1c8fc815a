import { readFile } from 'node:fs/promises';
import type { DeckProblem } from '../model/deck-error.ts';

const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');

/** A file's text, or what is wrong with its bytes. */
export type Utf8Text = { readonly text: string; readonly problem?: undefined } | { readonly text?: undefined; readonly problem: DeckProblem };

/**
 * Decodes a content file as UTF-8 (a byte order mark is fine and dropped). Bytes that are not
 * UTF-8 (a file saved as GBK by an older Windows editor, or cut short) would show as mojibake on
 * stage: they are a problem naming the file and the first line they occur on.
 */
export function decodeUtf8(bytes: Uint8Array, file: string, slideId?: string): Utf8Text {
  try {
    return { text: strict.decode(bytes) };
  } catch {
    const text = lenient.decode(bytes);
    const bad = text.indexOf('\uFFFD');
    const line = bad < 0 ? undefined : text.slice(0, bad).split('\n').length;
    return {
      problem: {
        file,
        slideId,
        line,
        reason: 'the file is not UTF-8 text (saved as GBK or another encoding, or with broken bytes)',
        hint: 'Save it as UTF-8 (with or without a BOM): in your editor, "Save with encoding" → UTF-8.',
      },
    };
  }
}

/** Reads and decodes a content file (see decodeUtf8). */
export async function readUtf8(absolute: string, file: string, slideId?: string): Promise<Utf8Text> {
  return decodeUtf8(await readFile(absolute), file, slideId);
}
