import { asDeckInk, type DeckInk, type InkStroke } from './ink.ts';

/** The localStorage key of a deck's drawings (the export writes the same key into its page). */
export function inkKey(deck: string): string {
  return `talk:ink:${deck}`;
}

/** A deck's stored drawings, or none. */
export function loadInk(deck: string): Record<string, InkStroke[]> {
  try {
    const text = window.localStorage.getItem(inkKey(deck));
    return (text && asDeckInk(JSON.parse(text))) || {};
  } catch {
    // Storage disabled or a damaged value: no drawings, the talk goes on.
    return {};
  }
}

/** Keeps a deck's drawings for the next load (slides without strokes left out). */
export function saveInk(deck: string, ink: DeckInk): void {
  const kept = Object.fromEntries(Object.entries(ink).filter(([, strokes]) => strokes.length > 0));
  try {
    if (Object.keys(kept).length === 0) window.localStorage.removeItem(inkKey(deck));
    else window.localStorage.setItem(inkKey(deck), JSON.stringify(kept));
  } catch {
    // Storage full or disabled: the drawing stays on screen, only not kept.
  }
}
