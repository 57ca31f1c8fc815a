import './styles/slide-styles.ts';
import './styles/print.css';
import { decks, defaultDeck, loaders, restLoaders } from 'virtual:talk/decks';
import { defaultTheme } from 'virtual:talk-themes';
import type { Locale } from '../model/types.ts';
import type { PageDeck } from '../render/rendered-deck.ts';
import { applyTheme } from './apply-theme.ts';
import { createDeck } from './create-deck.ts';
import { optionsFrom } from './params.ts';
import { showDeckError } from './show-deck-error.ts';

const search = new URLSearchParams(window.location.search);
const deckId = search.get('deck') ?? defaultDeck;
const root = document.querySelector<HTMLElement>('.reveal');

async function start(): Promise<void> {
  const load = loaders[deckId];
  if (!root || !load) {
    showDeckError(`Unknown deck "${deckId}". Decks in this build: ${decks.map((d) => d.id).join(', ')}.`);
    return;
  }
  const { default: deck } = await load();
  const options = optionsFrom(search, defaultTheme);
  const talk = await createDeck(root, deck, { ...options, theme: applyTheme(options.theme) }, restLoaders[deckId]);
  // Leaving the page closes the deck's channels and sockets at once, so the speaker view and the
  // remote hear it went away instead of waiting for a time-out. A page kept in the back/forward
  // cache (persisted) stays as it is.
  window.addEventListener('pagehide', (event) => {
    if (!event.persisted) talk.destroy();
  });
  if (import.meta.hot) {
    // A slide module was saved: the dev server sends every deck it rendered; this one is shown in place.
    import.meta.hot.on('talk:update-deck', (next: PageDeck) => {
      if (next.id !== deck.id) return;
      talk.update(next);
      // Vite clears its error overlay on a reload or a module update, not on a custom event: the save
      // that fixed the mistake clears it here.
      document.querySelectorAll('vite-error-overlay').forEach((overlay) => overlay.remove());
    });
    import.meta.hot.on('talk:update-notes', ({ slideId, locale, html }: { slideId: string; locale: Locale; html: string }) => {
      talk.notes.update(slideId, locale, html);
    });
  }
}

start().catch((error: unknown) => {
  console.error(error);
  showDeckError(error instanceof Error ? error.message : String(error));
});
