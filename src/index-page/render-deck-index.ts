import { escapeHtml } from '../render/escape.ts';
import type { Bilingual } from '../model/types.ts';

/** What the index shows of one deck (the summaries of `virtual:talk/decks`). */
export interface DeckListing {
  readonly id: string;
  readonly title: Bilingual;
  readonly budgetMinutes: number;
  readonly plannedMinutes: number;
  readonly slideCount: number;
}

/** The list of decks as HTML: title in both languages, length (planned of budget) and slide count, with links. */
export function renderDeckIndex(decks: readonly DeckListing[], defaultDeck: string): string {
  const minutes = (n: number): string => String(Math.round(n * 10) / 10);
  const rows = decks.map((deck) => {
    const href = (lang: string): string => `./index.html?${new URLSearchParams({ deck: deck.id, ...(lang === 'en' ? {} : { lang }) }).toString()}`;
    const mark = deck.id === defaultDeck ? ' <span class="talk-index-default">(default)</span>' : '';
    return (
      `<tr data-talk-deck="${escapeHtml(deck.id)}">` +
      `<th scope="row"><a href="${escapeHtml(href('en'))}">${escapeHtml(deck.title.en)}</a>${mark}` +
      `<br><a lang="zh-Hans" href="${escapeHtml(href('zh'))}">${escapeHtml(deck.title.zh)}</a></th>` +
      `<td><code>${escapeHtml(deck.id)}</code></td>` +
      `<td data-talk-minutes>${minutes(deck.plannedMinutes)} of ${minutes(deck.budgetMinutes)} min</td>` +
      `<td data-talk-slides>${deck.slideCount}</td>` +
      `</tr>`
    );
  });
  return (
    `<h1>Decks <span lang="zh-Hans">· 演示文稿</span></h1>` +
    `<table><thead><tr><th scope="col">Title</th><th scope="col">Id</th><th scope="col">Length (planned of budget)</th><th scope="col">Slides</th></tr></thead>` +
    `<tbody>${rows.join('')}</tbody></table>` +
    `<p>Open a deck, then press <kbd>S</kbd> for the speaker view and <kbd>L</kbd> to switch language.</p>`
  );
}
