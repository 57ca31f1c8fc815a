import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';
import type { Library } from '../model/library.ts';
import { resolveDeck } from '../model/resolve-deck.ts';
import { slideBlocks } from '../model/texts.ts';

/** The largest video the single file embeds: as a data: URL it grows by a third, and the whole file is read at once. */
export const MAX_SINGLE_FILE_VIDEO_BYTES = 8 * 1024 * 1024;

/** Videos of `deckId` too large to embed in the single file, one problem each (file, slide, size, what to do). */
export async function oversizedVideos(library: Library, deckId: string, root: string): Promise<DeckProblem[]> {
  const { deck } = resolveDeck(library, deckId);
  if (!deck) return [];
  const problems: DeckProblem[] = [];
  for (const { slide, file } of deck.slides) {
    for (const block of slideBlocks(slide)) {
      if (block.kind !== 'video') continue;
      const bytes = await stat(path.join(root, 'assets', block.src)).then((s) => s.size, () => 0);
      if (bytes <= MAX_SINGLE_FILE_VIDEO_BYTES) continue;
      problems.push({
        file,
        slideId: slide.id,
        reason: `video "assets/${block.src}" is ${mb(bytes)} MB; the single file embeds videos up to ${mb(MAX_SINGLE_FILE_VIDEO_BYTES)} MB`,
        hint: 'Shorten it or encode it smaller (e.g. WebM, VP9, lower resolution), or build a site (npm run build) instead of one file.',
      });
    }
  }
  return problems;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
