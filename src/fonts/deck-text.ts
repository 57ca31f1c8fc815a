import { decodeHTML } from 'entities';
import type { RenderedDeck } from '../render/rendered-deck.ts';

/** Every character the deck can show, and those of its formulas, for font subsetting. */
export function deckText(deck: RenderedDeck): { text: string; math: string } {
  const math = [...deck.html.matchAll(/<figure class="talk-math[^"]*">([\s\S]*?)<\/figure>/g)].map((m) => textOf(m[1] ?? '')).join('');
  return { text: decodeEntities(JSON.stringify(deck)), math };
}

function textOf(html: string): string {
  return decodeEntities(html.replace(/<[^>]*>/g, ''));
}

/** Entities and the JSON escapes of non-ASCII characters, so every character is seen as itself. */
function decodeEntities(text: string): string {
  return decodeHTML(text.replace(/\\u([0-9a-f]{4})/gi, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))));
}
