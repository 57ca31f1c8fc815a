import '../runtime/styles/slide-styles.ts';
import './audience.css';
import { decks, defaultDeck, loaders, restLoaders } from 'virtual:talk/decks';
import { defaultTheme } from 'virtual:talk-themes';
import type { Locale } from '../model/types.ts';
import type { AudienceServerMessage } from '../protocol/audience-messages.ts';
import type { PageDeck } from '../render/rendered-deck.ts';
import { applyTheme } from '../runtime/apply-theme.ts';
import { createDeck } from '../runtime/create-deck.ts';
import type { RuntimeOptions } from '../runtime/deck-context.ts';
import { showDeckError } from '../runtime/show-deck-error.ts';
import { AudienceSocket, type SocketStatus } from './audience-socket.ts';
import { Follower } from './follower.ts';
import { followReadingLayout } from './reading-layout.ts';
import { AUDIENCE_LABELS, initialLocale, saveLocale } from './audience-locale.ts';

const search = new URLSearchParams(window.location.search);
const deckId = search.get('deck') ?? defaultDeck;
const main = document.querySelector<HTMLElement>('main.audience');
const root = document.querySelector<HTMLElement>('.audience-stage .reveal');
const statusLine = document.querySelector<HTMLElement>('.audience-status');
const liveButton = document.querySelector<HTMLButtonElement>('.audience-live');
const langButtons = [...document.querySelectorAll<HTMLButtonElement>('.audience-langs button')];

/**
 * The audience page (`npm start -- --audience`, served at /audience/): the deck on a listener's
 * phone, following the speaker's slide and step in the listener's own language. Built without
 * notes; it talks to the relay only, which it can tell nothing but its language.
 */
async function start(): Promise<void> {
  const load = loaders[deckId];
  if (!main || !root || !statusLine || !liveButton || !load) {
    showDeckError(`Unknown deck "${deckId}". Decks in this build: ${decks.map((d) => d.id).join(', ')}.`);
    return;
  }
  let locale: Locale = initialLocale(search);
  let status: SocketStatus = 'connecting';
  const { default: deck }: { default: PageDeck } = await load();
  const options: RuntimeOptions = {
    locale,
    print: false,
    receiver: false,
    steps: false,
    theme: applyTheme(search.get('theme') || defaultTheme),
    rehearse: false,
    notes: false,
    follower: true,
  };
  // A follower joins mid-talk: createDeck has every slide whole before it starts.
  const talk = await createDeck(root, deck, options, restLoaders[deckId]);
  followReadingLayout(talk.reveal, main, root);

  const render = (): void => {
    const t = AUDIENCE_LABELS[locale];
    const where = follower.where();
    const place = where ? ` · ${where.index} / ${where.total}` : '';
    statusLine.textContent = status === 'open' ? (follower.waiting() ? t.waiting : follower.isLive() ? t.live + place : t.own + place) : status === 'retrying' ? t.retrying : t.connecting;
    liveButton.hidden = follower.isLive() || follower.waiting();
    liveButton.textContent = t.rejoin;
    main.dataset.talkLive = String(follower.isLive());
    main.dataset.talkConnection = status;
    for (const button of langButtons) button.setAttribute('aria-pressed', String(button.dataset.talkLang === locale));
  };
  const follower = new Follower(talk.reveal, render);

  const onMessage = (message: AudienceServerMessage): void => {
    if (message.type === 'state') {
      // The speaker moved to another deck: this page shows one deck, so it opens that one.
      if (message.state.deck !== deck.id && loaders[message.state.deck]) {
        const url = new URL(window.location.href);
        url.searchParams.set('deck', message.state.deck);
        window.location.replace(url);
        return;
      }
      follower.receive(message.state);
    } else if (message.type === 'reload') {
      // A slide was edited on the laptop: the new page lands where the speaker is, in this language.
      window.location.reload();
    } else {
      // The laser pointer and the pen: whoever draws them for viewers listens for this event.
      window.dispatchEvent(new CustomEvent('talk:relay', { detail: { kind: message.kind, data: message.data } }));
    }
  };
  const socket = new AudienceSocket(locale, onMessage, (next) => {
    status = next;
    render();
  });

  talk.on('talk:locale-changed', ({ locale: next }) => {
    locale = next;
    saveLocale(next);
    socket.setLocale(next);
    render();
  });
  for (const button of langButtons) {
    button.addEventListener('click', () => {
      const asked = button.dataset.talkLang === 'zh' ? 'zh' : 'en';
      talk.language.set(asked, false);
    });
  }
  liveButton.addEventListener('click', () => follower.rejoin());
  socket.connect();
  render();
}

start().catch((error: unknown) => {
  console.error(error);
  showDeckError(error instanceof Error ? error.message : String(error));
});
