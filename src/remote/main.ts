import '../runtime/styles/fonts.css';
import './remote.css';
import { loaders, notesLoaders } from 'virtual:talk/decks';
import type { DeckNotes, PageDeck } from '../render/rendered-deck.ts';
import { formatDuration } from '../pacing/pacing.ts';
import { REMOTE_EVENTS, type RemoteAction, type RemoteDeckState, type RemoteHello, type RemoteStatus } from '../protocol/remote-messages.ts';

const LABELS = {
  en: { prev: 'Previous', next: 'Next', blackout: 'Blackout', waiting: 'Waiting for the deck: open it on the laptop.', refused: 'Secret required: this link’s secret is wrong or missing. Scan the QR code again.', off: 'The remote is off for other machines: start the deck with npm start -- --remote.', static: 'The remote needs the dev server: npm start -- --remote.', noNotes: 'No notes.', paused: 'paused' },
  zh: { prev: '上一步', next: '下一步', blackout: '黑屏', waiting: '等待幻灯片:请在电脑上打开。', refused: '需要密钥:链接中的密钥错误或缺失,请重新扫码。', off: '遥控器未对其他设备开放:请用 npm start -- --remote 启动。', static: '遥控器需要开发服务器:npm start -- --remote。', noNotes: '没有备注。', paused: '已暂停' },
} as const;

const secret = new URLSearchParams(window.location.search).get('secret') ?? undefined;
const root = document.querySelector<HTMLElement>('main.remote') as HTMLElement;
const status = el('p', 'remote-status');
const position = el('p', 'remote-position');
const title = el('h1', 'remote-title');
const timer = el('p', 'remote-timer');
const notes = el('div', 'remote-notes');
const buttons = el('div', 'remote-buttons');
const prev = button('prev');
const next = button('next');
const blackout = button('blackout');
buttons.append(prev, blackout, next);
root.append(status, position, title, timer, buttons, notes);

let state: RemoteDeckState | undefined;
let receivedAt = 0;
/** The server's answer to the hello, or to a refused command. */
let verdict: RemoteStatus | undefined;
let deck: PageDeck | undefined;
let deckNotes: DeckNotes | undefined;

/**
 * The phone remote: next/previous, the current slide's title and notes, and the timer. It talks
 * only to the dev server that served it, through Vite's own websocket.
 */
function render(): void {
  const locale = state?.locale ?? 'en';
  const t = LABELS[locale];
  document.documentElement.lang = locale === 'zh' ? 'zh-Hans' : 'en';
  prev.textContent = `‹ ${t.prev}`;
  next.textContent = `${t.next} ›`;
  blackout.textContent = t.blackout;
  status.textContent = !import.meta.hot ? t.static : verdict?.refused ? (verdict.secretRequired ? t.refused : t.off) : state ? '' : t.waiting;
  status.hidden = status.textContent === '';
  root.dataset.talkSlide = state?.slide ?? '';
  if (!state) return;
  const slide = deck?.slides.find((s) => s.id === state?.slide);
  position.textContent = `${state.index} / ${state.total}${state.f !== undefined && state.f >= 0 ? ` · ${state.f + 1}` : ''}`;
  title.textContent = slide?.title[locale] ?? state.slide;
  const elapsed = state.elapsedMs + (state.running ? Date.now() - receivedAt : 0);
  timer.textContent = formatDuration(elapsed) + (state.running ? '' : ` (${t.paused})`);
  const html = deckNotes?.[state.slide]?.[locale];
  // Notes HTML is the build's own output (markdown-it, raw HTML off).
  if (notes.dataset.key !== `${state.slide}:${locale}`) {
    notes.innerHTML = html || `<p>${t.noNotes}</p>`;
    notes.dataset.key = `${state.slide}:${locale}`;
  }
}

async function onState(next: RemoteDeckState): Promise<void> {
  state = next;
  receivedAt = Date.now();
  if (deck?.id !== next.deck) {
    const [shown, notes] = await Promise.all([loaders[next.deck]?.(), notesLoaders[next.deck]?.()]);
    deck = shown?.default;
    deckNotes = notes?.default;
  }
  render();
}

function send(action: RemoteAction): void {
  import.meta.hot?.send(REMOTE_EVENTS.command, { action, secret });
}

prev.addEventListener('click', () => send('prev'));
next.addEventListener('click', () => send('next'));
blackout.addEventListener('click', () => send('blackout'));

if (import.meta.hot) {
  import.meta.hot.on(REMOTE_EVENTS.state, (data: RemoteDeckState) => void onState(data));
  import.meta.hot.on(REMOTE_EVENTS.status, (data: RemoteStatus) => {
    verdict = data;
    render();
  });
  // The secret from the QR code's URL: without it the server sends no state (the notes stay private).
  const hello: RemoteHello = { secret };
  import.meta.hot.send(REMOTE_EVENTS.hello, { ...hello });
}
render();
setInterval(render, 1000);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  return node;
}

function button(action: RemoteAction): HTMLButtonElement {
  const node = el('button', `remote-button remote-${action}`);
  node.type = 'button';
  node.dataset.talkAction = action;
  return node;
}
