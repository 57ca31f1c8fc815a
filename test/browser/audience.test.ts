import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { WebSocket } from 'ws';
import { AUDIENCE_SOCKET_PATH } from '../../src/protocol/audience-messages.ts';
import type { AudienceApi } from '../../src/vite/audience-plugin.ts';
import type { TalkOptions } from '../../src/vite/index.ts';
import { closeContexts, position, press, sharedBrowser, waitReady } from '../support/browser.ts';
import { copyFixture } from '../support/fixture-build.ts';
import { projectDeck } from '../support/library.ts';
import { PHONE_ADDRESS, startPhoneProxy, type PhoneProxy } from '../support/phone-proxy.ts';
import { startDevServer } from '../support/dev-server.ts';

let server: ViteDevServer;
let api: AudienceApi;
let browser: Browser;
/** The laptop's URL (127.0.0.1, the only laptop address here). */
let url: string;
/** Where viewers connect from: 127.0.0.2, another machine as far as the server knows. */
let phone: PhoneProxy;
const pages: Page[] = [];

/** `npm start -- --audience` over `options` (the project's library unless a root is given), and a phone to reach it. */
async function startAudienceServer(name: string, options: TalkOptions = {}): Promise<{ server: ViteDevServer; api: AudienceApi; url: string; phone: PhoneProxy }> {
  const { server, url } = await startDevServer(name, { ...options, audience: true, laptopAddresses: ['127.0.0.1'] });
  const api = server.config.plugins.find((plugin) => plugin.name === 'talk:audience')?.api as AudienceApi;
  await api.ready();
  return { server, api, url, phone: await startPhoneProxy(new URL(url)) };
}

beforeAll(async () => {
  ({ server, api, url, phone } = await startAudienceServer('audience'));
  browser = await sharedBrowser();
});

afterEach(async () => {
  await Promise.all(pages.splice(0).map((page) => page.context().close()));
});

afterAll(async () => {
  await closeContexts(browser);
  await phone?.close();
  await server?.close();
});

/** The deck on the laptop, as the speaker opens it. */
async function openDeck(hash = '#/0', laptopUrl = url): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 720 }, reducedMotion: 'reduce' })).newPage();
  pages.push(page);
  await page.goto(new URL(hash, laptopUrl).href);
  await waitReady(page, 90_000);
  return page;
}

/** A viewer's phone (its own context: its own storage), through 127.0.0.2; every response body it receives is kept. */
async function openViewer(query = '', viewport = { width: 390, height: 844 }, through = phone): Promise<{ page: Page; bodies: string[]; requests: string[] }> {
  const context = await browser.newContext({ viewport, hasTouch: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  pages.push(page);
  const bodies: string[] = [];
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('response', (response) => void response.body().then((body) => bodies.push(body.toString('utf8')), () => undefined));
  page.on('websocket', (socket) => socket.on('framereceived', ({ payload }) => bodies.push(String(payload))));
  await page.goto(new URL(`audience/${query}`, through.url).href);
  await waitReady(page, 60_000);
  return { page, bodies, requests };
}

const followed = (viewer: Page) => viewer.evaluate(() => document.documentElement.dataset.talkFollowing ?? '');
const deckAt = async (deck: Page) => {
  const { id, f } = await position(deck);
  return `${id}:${f ?? -1}`;
};
const titleShown = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.reveal .slides section.present .talk-title')?.innerText ?? '');

test('a late joiner lands on the current slide and step; each viewer follows in their own language', async () => {
  const meetup = await projectDeck('meetup');
  const deck = await openDeck('#/1');
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  const early = await openViewer('?lang=en');
  await expect.poll(() => followed(early.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  // Joins after the speaker moved: lands where the speaker is, in Chinese.
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  const late = await openViewer('?lang=zh');
  await expect.poll(() => followed(late.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  await expect.poll(() => followed(early.page)).toBe(await deckAt(deck));
  const id = (await position(deck)).id;
  const info = meetup.slides.find((s) => s.id === id)!;
  await expect.poll(() => titleShown(late.page)).toBe(info.title.zh);
  await expect.poll(() => titleShown(early.page)).toBe(info.title.en);
  expect(await late.page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

  // The toggle switches one viewer only (not the deck, not the other viewer), and is remembered.
  await early.page.getByRole('button', { name: '中文' }).click();
  await expect.poll(() => titleShown(early.page)).toBe(info.title.zh);
  expect(await titleShown(deck)).toBe(info.title.en);
  await late.page.getByRole('button', { name: 'EN' }).click();
  await expect.poll(() => titleShown(late.page)).toBe(info.title.en);
  await early.page.goto(new URL('audience/', phone.url).href);
  await waitReady(early.page);
  await expect.poll(() => titleShown(early.page)).toBe(info.title.zh);
  expect(api.relay()?.counts().viewers).toBeGreaterThanOrEqual(2);

  // Q on the deck shows the audience page's address and QR code.
  await deck.keyboard.press('q');
  await expect.poll(() => deck.locator('.talk-audience-qr').getAttribute('data-talk-audience-url')).toContain('/audience/');
  expect(await deck.locator('.talk-audience-qr svg').count()).toBe(1);
});

test('a viewer reconnects by itself after the server drops the socket, and catches up', async () => {
  const deck = await openDeck('#/0');
  const viewer = await openViewer('?lang=en');
  await viewer.page.evaluate(() => ((window as unknown as { talkMark: number }).talkMark = 1));
  await expect.poll(() => followed(viewer.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  let sockets = 0;
  viewer.page.on('websocket', () => sockets++);
  api.relay()?.dropAll();
  // The speaker moves on while the viewer is cut off.
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  await expect.poll(() => followed(viewer.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  expect(sockets).toBeGreaterThanOrEqual(1);
  // The same page (no reload), live again.
  expect(await viewer.page.evaluate(() => (window as unknown as { talkMark?: number }).talkMark)).toBe(1);
  expect(await viewer.page.locator('main.audience').getAttribute('data-talk-connection')).toBe('open');
});

test('a viewer cannot move the deck: paging back shows "live", and nothing it sends reaches the deck', async () => {
  const deck = await openDeck('#/2');
  const viewer = await openViewer('?lang=en');
  await expect.poll(() => followed(viewer.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  const where = await deckAt(deck);
  await viewer.page.keyboard.press('ArrowLeft');
  await viewer.page.keyboard.press('ArrowLeft');
  await expect.poll(() => viewer.page.locator('main.audience').getAttribute('data-talk-live')).toBe('false');
  expect(await viewer.page.locator('.audience-live').isVisible()).toBe(true);
  // Whatever the page sends on its socket is dropped.
  await viewer.page.evaluate((socketPath) => {
    // The page's own WebSocket (the test module's is the ws package's).
    const socket = new window.WebSocket(new URL(socketPath, location.href).href.replace(/^http/, 'ws'));
    socket.addEventListener('open', () => {
      for (const data of [{ type: 'command', action: 'next' }, { type: 'state', state: { deck: 'meetup', h: 0, v: 0, slide: 'x', paused: false } }]) socket.send(JSON.stringify(data));
    });
  }, AUDIENCE_SOCKET_PATH);
  // Vite's websocket (which the deck listens to) is closed for a viewer's machine.
  const closed = await new Promise<number>((resolve) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws'), 'vite-hmr', { localAddress: PHONE_ADDRESS });
    socket.on('open', () => socket.send(JSON.stringify({ type: 'custom', event: 'talk:remote-command', data: { action: 'next' } })));
    socket.on('close', (code) => resolve(code));
  });
  expect(closed).toBe(1008);
  // The speaker moves: the viewer's "live" state updates, the page stays where the viewer is.
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  expect(await deckAt(deck)).not.toBe(where);
  const moved = await deckAt(deck);
  await viewer.page.locator('.audience-live').click();
  await expect.poll(() => followed(viewer.page)).toBe(moved);
  await expect.poll(() => viewer.page.locator('main.audience').getAttribute('data-talk-live')).toBe('true');
  expect(await deckAt(deck)).toBe(moved);
});

test('a phone turned sideways shows the whole slide as the room sees it, upright it reads it; the blackout reaches a phone that follows', async () => {
  const deck = await openDeck('#/3');
  const { page: viewer } = await openViewer('?lang=en');
  await expect.poll(() => followed(viewer), { timeout: 30_000 }).toBe(await deckAt(deck));
  const layout = () =>
    viewer.evaluate(() => {
      const stage = document.querySelector('.audience-stage')!.getBoundingClientRect();
      const slide = document.querySelector('.reveal .slides > section.present')!.getBoundingClientRect();
      return {
        reading: document.querySelector<HTMLElement>('main.audience')?.dataset.talkReading,
        scale: (window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale(),
        inside: slide.left >= stage.left - 1 && slide.right <= stage.right + 1 && slide.top >= stage.top - 1 && slide.bottom <= stage.bottom + 1,
        ratio: slide.width / slide.height,
      };
    });
  expect((await layout()).reading).toBe('true');
  expect(await readingProblems(viewer)).toEqual([]);
  await viewer.setViewportSize({ width: 844, height: 390 });
  await expect.poll(async () => (await layout()).reading).toBe('false');
  await waitReady(viewer);
  // The 1280×720 slide, scaled down whole into the stage.
  const sideways = await layout();
  expect(sideways.inside).toBe(true);
  expect(sideways.scale).toBeLessThan(0.5);
  expect(sideways.ratio).toBeCloseTo(16 / 9, 1);
  await viewer.setViewportSize({ width: 390, height: 844 });
  await expect.poll(async () => (await layout()).reading).toBe('true');

  const paused = () => viewer.evaluate(() => (window as unknown as { Reveal: { isPaused(): boolean } }).Reveal.isPaused());
  await deck.keyboard.press('b');
  await expect.poll(paused).toBe(true);
  await deck.keyboard.press('b');
  await expect.poll(paused).toBe(false);
});

// Walks all 33 slides on the laptop with a viewer following: minutes on a busy machine.
test('no speaker note reaches a viewer (every response searched), other pages are refused, Mermaid loads with the first diagram, every slide reads on a phone held upright', async () => {
  const meetup = await projectDeck('meetup');
  const deck = await openDeck('#/0');
  const viewer = await openViewer('?lang=zh');
  await expect.poll(() => followed(viewer.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  const firstDiagram = meetup.slides.findIndex((s) => s.diagrams > 0);
  expect(firstDiagram).toBeGreaterThan(0);
  expect(viewer.requests.filter((r) => /mermaid/i.test(r))).toEqual([]);
  // The speaker walks the whole deck; the viewer follows every slide, on a phone held upright.
  const unreadable: string[] = [];
  for (let i = 1; i < meetup.slides.length; i++) {
    await deck.evaluate((h) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(h), i);
    await expect.poll(() => viewer.page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(i);
    if (i === firstDiagram) await expect.poll(() => viewer.requests.filter((r) => /mermaid/i.test(r)).length).toBeGreaterThan(0);
    await waitReady(viewer.page);
    unreadable.push(...(await readingProblems(viewer.page)).map((problem) => `slide ${i + 1} "${meetup.slides[i]?.id}": ${problem}`));
  }
  expect(unreadable, unreadable.join('\n')).toEqual([]);
  const phrases = notePhrases(meetup);
  expect(phrases.length).toBeGreaterThan(meetup.slides.length);
  const received = viewer.bodies.join('\n');
  expect(received.length).toBeGreaterThan(100_000);
  expect(phrases.filter((phrase) => received.includes(phrase))).toEqual([]);
  // Everything but the audience page is refused to a viewer's machine, the notes first.
  for (const page of ['', 'speaker.html', 'remote.html', '@id/__x00__virtual:talk/notes/meetup', '_talk/audience.json', 'src/runtime/main.ts']) {
    const response = await fetch(new URL(page, phone.url), { redirect: 'manual' });
    expect([302, 403], page).toContain(response.status);
    if (response.status === 302) expect(response.headers.get('location')).toBe('/audience/');
  }
}, 300_000);

test('a viewer flooding its socket is cut off; the others still follow', async () => {
  const deck = await openDeck('#/0');
  const viewer = await openViewer('?lang=en');
  await expect.poll(() => followed(viewer.page), { timeout: 30_000 }).toBe(await deckAt(deck));
  const flooder = new WebSocket(`${url.replace(/^http/, 'ws')}${AUDIENCE_SOCKET_PATH.slice(1)}`, { localAddress: PHONE_ADDRESS });
  const closed = new Promise<void>((resolve) => flooder.on('close', () => resolve()));
  await new Promise<void>((resolve) => flooder.on('open', () => resolve()));
  for (let i = 0; i < 5000 && flooder.readyState === WebSocket.OPEN; i++) flooder.send(JSON.stringify({ type: 'hello', locale: 'en', i }));
  await closed;
  await deck.keyboard.press('ArrowRight');
  await waitReady(deck);
  await expect.poll(() => followed(viewer.page)).toBe(await deckAt(deck));
});

/** Text the phone's reader reads (bullets, quotes, statements) is at least this large, in CSS px. */
const MIN_READING_PX = 16;
/** Nothing else (captions, footers, diagram labels) is smaller than this. */
const MIN_SMALL_PX = 11;

/**
 * What keeps the present slide from being read on a phone held upright: the reading layout off,
 * text too small (diagram labels included), anything wider than the screen, a diagram not drawn.
 */
function readingProblems(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ minReading, minSmall }) => {
      const problems: string[] = [];
      if (document.querySelector<HTMLElement>('main.audience')?.dataset.talkReading !== 'true') return ['the reading layout is off'];
      const scroller = document.querySelector<HTMLElement>('.audience-stage .reveal')!;
      if (scroller.scrollWidth > scroller.clientWidth + 1) problems.push(`${scroller.scrollWidth - scroller.clientWidth}px wider than the screen`);
      const slide = document.querySelector<HTMLElement>('.reveal .slides > section.present')!;
      const zoom = Number(getComputedStyle(document.querySelector('.reveal .slides')!).zoom) || 1;
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || (node.textContent ?? '').trim() === '' || parent.closest('svg, .katex, .talk-alt, aside.notes')) continue;
        if (parent.getClientRects().length === 0 || getComputedStyle(parent).visibility === 'hidden') continue;
        const px = parseFloat(getComputedStyle(parent).fontSize) * zoom;
        const reading = parent.closest('.talk-bullets li, .talk-quote-translation, .talk-statement, .talk-quote p:not(.talk-quote-original)') !== null && !parent.closest('.talk-translation-mark');
        const min = reading ? minReading : minSmall;
        if (px < min - 0.05) problems.push(`"${(node.textContent ?? '').trim().slice(0, 30)}" is ${px.toFixed(1)}px, under ${min}px`);
      }
      for (const diagram of slide.querySelectorAll<HTMLElement>('.talk-mermaid')) {
        if (diagram.getClientRects().length === 0) continue;
        const drawn = diagram.querySelector('svg');
        const svg = drawn?.getBoundingClientRect();
        if (!drawn || !svg || svg.width < 200) {
          problems.push(`a diagram is not drawn at the screen's width (${svg ? Math.round(svg.width) : 'no'} px)`);
          continue;
        }
        // Its labels as shown: their size in the drawing times the drawing's scale on the screen.
        const scale = svg.width / (drawn.viewBox.baseVal?.width || svg.width);
        for (const label of drawn.querySelectorAll('text')) {
          const px = parseFloat(getComputedStyle(label).fontSize) * scale;
          if ((label.textContent ?? '').trim() !== '' && px < minSmall - 0.05) problems.push(`diagram label "${(label.textContent ?? '').trim().slice(0, 30)}" is ${px.toFixed(1)}px, under ${minSmall}px`);
        }
      }
      return [...new Set(problems)];
    },
    { minReading: MIN_READING_PX, minSmall: MIN_SMALL_PX },
  );
}

/** Twelve characters of plain text from each note (both languages) that the slides themselves do not show. */
function notePhrases(deck: Awaited<ReturnType<typeof projectDeck>>): string[] {
  const slidesSay = JSON.stringify({ ...deck, html: deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), notes: undefined });
  return Object.values(deck.notes ?? {})
    .flatMap((notes) => [notes.en, notes.zh])
    .map((html) => html.replace(/<[^>]+>/g, '\n').split(/[\n"'&<>\\]/).reduce((a, b) => (b.trim().length > a.length ? b.trim() : a), '').slice(0, 12))
    .filter((phrase) => phrase.length === 12 && !slidesSay.includes(phrase));
}

test('a drawing and the laser pointer on the laptop reach a viewer on another machine (a phone held sideways shows them)', async () => {
  const deck = await openDeck('#/0');
  const { page: viewer } = await openViewer('?lang=en', { width: 844, height: 390 });
  await expect.poll(() => followed(viewer), { timeout: 30_000 }).toBe(await deckAt(deck));
  const layer = deck.locator('.reveal .slides section.present > svg.talk-ink');
  const box = await layer.boundingBox();
  if (!box) throw new Error('the deck has no drawing layer');
  const inViewer = (what: string) => viewer.evaluate((sel) => document.querySelectorAll(`.reveal .slides section.present > svg.talk-ink ${sel}`).length, what);
  // Pen (I): one stroke across the slide.
  await press(deck, 'i');
  await deck.mouse.move(box.x + box.width * 0.2, box.y + box.height * 0.5);
  await deck.mouse.down();
  await deck.mouse.move(box.x + box.width * 0.8, box.y + box.height * 0.5, { steps: 10 });
  await deck.mouse.up();
  await expect.poll(() => inViewer('path'), { timeout: 20_000 }).toBe(1);
  // Shown over the slide (the stroke itself is a flat line, which has no box of its own).
  expect(await viewer.locator('.reveal .slides section.present > svg.talk-ink').isVisible()).toBe(true);
  // The laser pointer (Z): a dot where the mouse is.
  await press(deck, 'i');
  await press(deck, 'z');
  await deck.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.3, { steps: 4 });
  await expect.poll(() => inViewer('.talk-laser'), { timeout: 20_000 }).toBe(1);
});

describe('a slide edited while npm start -- --audience runs', () => {
  let root: string;
  let edited: Awaited<ReturnType<typeof startAudienceServer>>;
  beforeAll(async () => {
    root = copyFixture('tiny');
    edited = await startAudienceServer('audience-edited', { root, deck: 'tiny' });
  });
  afterAll(async () => {
    await edited?.phone.close();
    await edited?.server.close();
    rmSync(root, { recursive: true, force: true });
  });

  test('reaches the viewers: the page is built again and each viewer loads it, on the speaker\'s slide', async () => {
    const deck = await openDeck('#/1', edited.url);
    const { page: viewer } = await openViewer('?lang=en', undefined, edited.phone);
    await expect.poll(() => followed(viewer), { timeout: 30_000 }).toBe(await deckAt(deck));
    expect(await titleShown(viewer)).toBe('A formula');
    await viewer.evaluate(() => ((window as unknown as { talkMark: number }).talkMark = 1));
    const file = path.join(root, 'slides/01-main.ts');
    writeFileSync(file, readFileSync(file, 'utf8').replace("en: 'A formula'", "en: 'A formula, edited'"));
    await expect.poll(() => titleShown(viewer), { timeout: 60_000 }).toBe('A formula, edited');
    // A new page (reloaded), following the speaker again.
    expect(await viewer.evaluate(() => (window as unknown as { talkMark?: number }).talkMark)).toBeUndefined();
    await expect.poll(() => followed(viewer), { timeout: 30_000 }).toBe(await deckAt(deck));
  });
});
