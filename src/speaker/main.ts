import { pageUrl } from '../runtime/page-url.ts';
import '../runtime/styles/fonts.css';
import './speaker.css';
import { decks, defaultDeck, loaders, notesLoaders } from 'virtual:talk/decks';
import type { Locale } from '../model/types.ts';
import type { DeckNotes, PageDeck } from '../render/rendered-deck.ts';
import { switchFirst, toggleSecond, type LanguageMode } from '../model/language-mode.ts';
import { setLangParam } from '../runtime/language-url.ts';
import { deckLocale, languageModeFrom } from '../runtime/params.ts';
import { loadRuns, loadTimer, isRunsKey, isTimerKey } from '../protocol/talk-storage.ts';
import { samePosition, syncChannelName, type DeckPosition, type SyncMessage, type TimerAction } from '../protocol/sync-messages.ts';
import { asTimerState } from '../pacing/talk-timer.ts';
import type { PreviewSteps } from '../protocol/preview-messages.ts';
import { showDeckError } from '../runtime/show-deck-error.ts';
import { speakerAction, type SpeakerAction } from './speaker-keys.ts';
import { SpeakerLanguage } from './speaker-language.ts';
import { SpeakerPreviews } from './speaker-previews.ts';
import { SpeakerView, type SpeakerState } from './speaker-view.ts';

const search = new URLSearchParams(window.location.search);
const deckId = search.get('deck') ?? defaultDeck;

/**
 * The speaker view: a page of the deck's own site (so it works offline, from any sub-path and
 * under a strict CSP) that follows the audience window over a BroadcastChannel and moves it too.
 */
async function start(): Promise<void> {
  const load = loaders[deckId];
  const root = document.querySelector<HTMLElement>('main.speaker');
  if (!load || !root) {
    showDeckError(`Unknown deck "${deckId}". Decks in this build: ${decks.map((d) => d.id).join(', ')}.`);
    return;
  }
  // The notes are a chunk of their own (the deck page never loads it): fetched alongside the deck.
  const [{ default: loaded }, { default: notes }]: [{ default: PageDeck }, { default: DeckNotes | undefined }] = await Promise.all([
    load(),
    notesLoaders[deckId]?.() ?? Promise.resolve({ default: undefined }),
  ]);
  // A new object when a slide module is saved under the dev server (below); its id stays.
  let deck = loaded;
  if (search.get('theme') === 'dark') document.documentElement.dataset.talkTheme = 'dark';
  // The previews show what the audience sees (both languages, say); notes and labels the first.
  const asked = languageModeFrom(search);
  // A language the deck is not given in falls back to its first, as in the deck itself.
  const first = deckLocale(asked.first, deck.languages);
  const mode: LanguageMode = asked.second && asked.second !== first && deck.languages.includes(asked.second) ? { first, second: asked.second } : { first };
  const state: SpeakerState = {
    locale: mode.first,
    position: undefined,
    next: undefined,
    timer: loadTimer(deck.id),
    rehearsing: false,
    lastRun: loadRuns(deck.id)[0],
    notes: { ...(notes ?? {}) },
  };
  // A language the deck is not given in was dropped above: the address says what is shown.
  if (search.get('lang') !== null) {
    const url = new URL(window.location.href);
    setLangParam(url, mode);
    if (url.href !== window.location.href) window.history.replaceState(null, '', url);
  }
  const view = new SpeakerView(root, deck);
  // A one-language deck offers no other language.
  view.languageButton.hidden = deck.languages.length < 2;
  const render = (): void => view.render(state, Date.now());

  const language = new SpeakerLanguage(deck.id, deck.languages, mode, (next) => {
    state.locale = next.first;
    render();
  });
  const deckUrl = pageUrl('deck');
  deckUrl.search = new URLSearchParams({ deck: deck.id, receiver: '', ...(search.get('theme') === 'dark' ? { theme: 'dark' } : {}) }).toString();
  setLangParam(deckUrl, mode);
  const previews = new SpeakerPreviews(deckUrl, {
    asked(position) {
      state.position = position;
      // "true" again once both previews have drawn this position.
      document.documentElement.dataset.speakerReady = 'false';
      render();
    },
    drawn(next) {
      state.next = next;
      render();
      root.removeAttribute('aria-busy');
      document.documentElement.dataset.speakerReady = 'true';
    },
  });
  view.currentSlot.append(previews.current.element);
  view.nextSlot.append(previews.upcoming.element);

  const sync = new BroadcastChannel(syncChannelName(deck.id));
  const post = (message: SyncMessage): void => sync.postMessage(message);
  const here = (): Pick<DeckPosition, 'h' | 'v' | 'f'> => state.position ?? { h: 0, v: 0, f: -1 };
  // The audience window follows a move from here as soon as the current preview has made it.
  const move = (from: () => Pick<DeckPosition, 'h' | 'v' | 'f'>, steps: PreviewSteps): void => previews.move(from, steps, (position) => post({ type: 'position', ...position }));

  sync.onmessage = (event: MessageEvent<SyncMessage>) => {
    const message = event.data;
    if (message.type === 'position') {
      if (!samePosition(message, state.position)) void previews.show(message);
    } else if (message.type === 'timer-state') {
      state.timer = asTimerState(message.timer) ?? state.timer;
      state.rehearsing = message.rehearsing;
      render();
    }
  };
  window.addEventListener('storage', (event) => {
    if (isRunsKey(deck.id, event.key)) {
      state.lastRun = loadRuns(deck.id)[0];
      render();
    } else if (isTimerKey(deck.id, event.key)) {
      state.timer = loadTimer(deck.id);
      render();
    }
  });

  const timer = (action: TimerAction): void => post({ type: 'timer', action });
  view.timerButton.addEventListener('click', () => timer(view.timerButton.dataset.talkAction === 'pause' ? 'pause' : 'start'));
  view.resetButton.addEventListener('click', () => timer('reset'));
  view.languageButton.addEventListener('click', () => language.set(switchFirst(language.mode), true));
  const actions: Record<SpeakerAction, () => void> = {
    next: () => move(here, 1),
    previous: () => move(here, -1),
    first: () => move(() => ({ h: 0, v: 0, f: -1 }), 0),
    last: () => move(() => ({ h: deck.slides.length - 1, v: 0, f: -1 }), 0),
    'switch-language': () => language.set(switchFirst(language.mode), true),
    'toggle-second': () => language.set(toggleSecond(language.mode), true),
    timer: () => view.timerButton.click(),
    blackout: () => post({ type: 'blackout' }),
  };
  document.addEventListener('keydown', (event) => {
    const action = speakerAction(event, event.target instanceof HTMLButtonElement);
    if (!action) return;
    actions[action]();
    event.preventDefault();
  });

  if (import.meta.hot) {
    // A slide module changed: the deck window and the previews (deck pages themselves) update in
    // place, keeping their slide and step; this view takes the new titles, slides and timings.
    import.meta.hot.on('talk:update-deck', (next: PageDeck) => {
      if (next.id !== deck.id) return;
      deck = next;
      view.update(next);
      render();
    });
    import.meta.hot.on('talk:update-notes', ({ slideId, locale, html }: { slideId: string; locale: Locale; html: string }) => {
      const notes = state.notes[slideId];
      if (notes) state.notes[slideId] = { ...notes, [locale]: html };
      render();
    });
  }

  render();
  // The clock and timer tick once a second; pacing is recomputed from the timer each time.
  setInterval(render, 1000);
  post({ type: 'hello' });
}

start().catch((error: unknown) => {
  console.error(error);
  showDeckError(error instanceof Error ? error.message : String(error));
});
