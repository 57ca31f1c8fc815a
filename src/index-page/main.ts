import '../runtime/styles/fonts.css';
import './index-page.css';
import { decks, defaultDeck } from 'virtual:talk/decks';
import { applyTheme } from '../runtime/apply-theme.ts';
import { defaultTheme } from 'virtual:talk-themes';
import { renderDeckIndex } from './render-deck-index.ts';

/** decks.html: every deck of the build, with its length and slide count (the site root shows the default deck). */
const root = document.querySelector<HTMLElement>('main.talk-index');
if (root) {
  applyTheme(new URLSearchParams(window.location.search).get('theme') || defaultTheme);
  root.innerHTML = renderDeckIndex(decks, defaultDeck);
  root.removeAttribute('aria-busy');
}
// The same readiness signal as the deck's, so tests and tools wait on it instead of sleeping.
void document.fonts.ready.then(() => {
  document.documentElement.dataset.deckReady = 'true';
});
