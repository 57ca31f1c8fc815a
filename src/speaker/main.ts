import { pageUrl } from '../runtime/page-url.ts';
import '../runtime/styles/fonts.css';
import './speaker.css';
import { decks, defaultDeck, loaders, notesLoaders } from 'virtual:talk/decks';
import type { Locale } from '../model/types.ts';
import type { DeckNotes, PageDeck } from '../render/rendered-deck.ts';
import { sameMode, switchFirst, toggleSecond, type LanguageMode } from '../model/language-mode.ts';
import { messageOfMode, modeOfMessage, setLangParam } from '../runtime/language-url.ts';
import { deckLocale, languageModeFrom } from '../runtime/params.ts';
import { loadRuns, loadTimer, isRunsKey, isTimerKey } from '../protocol/talk-storage.ts';
import { localeChannelName, samePosition, syncChannelName, type DeckPosition, type SyncMessage, type TimerAction } from '../protocol/sync-messages.ts';
import { asTimerState } from '../pacing/talk-timer.ts';
import type { PreviewSteps } from '../protocol/preview-messages.ts';
import { showDeckError } from '../runtime/show-deck-error.ts';
import { PreviewFrame } from './preview-frame.ts';
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
  const [{ default: deck }, { default: notes }]: [{ default: PageDeck }, { default: DeckNotes | undefined }] = await Promise.all([
    load(),
    notesLoaders[deckId]?.() ?? Promise.resolve({ default: undefined }),
  ]);
  if (search.get('theme') === 'dark') document.documentElement.dataset.talkTheme = 'dark';
  // The previews show what the audience sees (both languages, say); notes and labels the first.
  const asked = languageModeFrom(search);
  // A language the deck is not given in falls back to its first, as in the deck itself.
  const first = deckLocale(asked.first, deck.languages);
  let mode: LanguageMode = asked.second && asked.second !== first && deck.languages.includes(asked.second) ? { first, second: asked.second } : { first };
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

  const previewUrl = (): URL => {
    const url = pageUrl('deck');
    url.search = new URLSearchParams({ deck: deck.id, receiver: '', ...(search.get('theme') === 'dark' ? { theme: 'dark' } : {}) }).toString();
    setLangParam(url, mode);
    return url;
  };
  const current = new PreviewFrame(previewUrl(), 'current slide');
  const upcomingUrl = previewUrl();
  // The next step shows the slide's drawings but not the laser pointer, which is on the current one.
  upcomingUrl.searchParams.set('upcoming', '');
  const upcoming = new PreviewFrame(upcomingUrl, 'next step');
  view.currentSlot.append(current.element);
  view.nextSlot.append(upcoming.element);

  const sync = new BroadcastChannel(syncChannelName(deck.id));
  const languages = new BroadcastChannel(localeChannelName(deck.id));
  const post = (message: SyncMessage): void => sync.postMessage(message);

  let shown = 0;
  /** Shows `position` in both previews; a newer call wins over a slower older one. */
  const show = async (position: DeckPosition): Promise<void> => {
    const ticket = ++shown;
    state.position = position;
    // "true" again once both previews have drawn this position.
    document.documentElement.dataset.speakerReady = 'false';
    render();
    const [, next] = await Promise.all([current.show(position), upcoming.show(position, 1)]);
    if (ticket !== shown) return;
    state.next = !samePosition(next, position) ? next : undefined;
    render();
    root.removeAttribute('aria-busy');
    document.documentElement.dataset.speakerReady = 'true';
  };

  let moves = Promise.resolve();
  /**
   * Moves from the speaker view: the current preview steps (it alone knows the slide's fragments)
   * and the audience window follows as soon as it has moved. Moves run one after the other, each
   * from where the last one ended, so quick presses are not lost.
   */
  const move = (to: () => Pick<DeckPosition, 'h' | 'v' | 'f'>, steps: PreviewSteps): void => {
    moves = moves.then(async () => {
      const position = await current.show(to(), steps, false);
      post({ type: 'position', ...position });
      void show(position);
    });
  };
  const here = (): Pick<DeckPosition, 'h' | 'v' | 'f'> => state.position ?? { h: 0, v: 0, f: -1 };

  const setMode = (next: LanguageMode, broadcast: boolean): void => {
    const offered = deck.languages;
    if (sameMode(next, mode) || !offered.includes(next.first) || (next.second && !offered.includes(next.second))) return;
    mode = next;
    state.locale = next.first;
    if (broadcast) languages.postMessage(messageOfMode(next));
    const url = new URL(window.location.href);
    setLangParam(url, next);
    window.history.replaceState(null, '', url);
    render();
  };

  sync.onmessage = (event: MessageEvent<SyncMessage>) => {
    const message = event.data;
    if (message.type === 'position') {
      if (!samePosition(message, state.position)) void show(message);
    } else if (message.type === 'timer-state') {
      state.timer = asTimerState(message.timer) ?? state.timer;
      state.rehearsing = message.rehearsing;
      render();
    }
  };
  languages.onmessage = (event: MessageEvent<unknown>) => {
    const next = modeOfMessage(event.data);
    if (next) setMode(next, false);
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
  view.languageButton.addEventListener('click', () => setMode(switchFirst(mode), true));
  document.addEventListener('keydown', (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    // Space and Enter on a focused button press the button, nothing else.
    if (event.target instanceof HTMLButtonElement && (event.key === ' ' || event.key === 'Enter')) return;
    const key = event.key;
    let handled = true;
    if (['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N'].includes(key) || (key === ' ' && !event.shiftKey)) move(here, 1);
    else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'P'].includes(key) || (key === ' ' && event.shiftKey)) move(here, -1);
    else if (key === 'Home') move(() => ({ h: 0, v: 0, f: -1 }), 0);
    else if (key === 'End') move(() => ({ h: deck.slides.length - 1, v: 0, f: -1 }), 0);
    else if (key === 'l' || key === 'L') setMode(switchFirst(mode), true);
    else if (key === 'd' || key === 'D') setMode(toggleSecond(mode), true);
    else if (key === 't' || key === 'T') view.timerButton.click();
    else if (key === 'b' || key === 'B' || key === '.') post({ type: 'blackout' });
    else handled = false;
    if (handled) event.preventDefault();
  });

  if (import.meta.hot) {
    // A slide module changed: the deck window updates in place; this view starts again from the new
    // deck (its timer is in storage, its position comes from the deck window).
    import.meta.hot.on('talk:update-deck', (next: { id: string }) => {
      if (next.id === deck.id) window.location.reload();
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
