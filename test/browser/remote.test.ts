import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { ViteDevServer } from 'vite';
import { REMOTE_EVENTS } from '../../src/protocol/remote-messages.ts';
import { closeContexts, openSpeakerView, position, sharedBrowser, speakerPosition, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';
import { startPhoneProxy, type PhoneProxy } from '../support/phone-proxy.ts';
import { startDevServer } from '../support/dev-server.ts';

const SECRET = 'test-secret-123';
/** The meetup deck's notes module as the dev server serves it. */
const NOTES_MODULE = '@id/__x00__virtual:talk/notes/meetup';

let server: ViteDevServer;
let browser: Browser;
/** The laptop's URL (127.0.0.1). */
let url: string;
/** The same server as a phone reaches it: through a proxy that connects from 127.0.0.2. */
let phone: PhoneProxy;
const pages: Page[] = [];

beforeAll(async () => {
  // As `npm start -- --remote` runs it, except that only 127.0.0.1 is the laptop: a connection
  // from 127.0.0.2 stands for another machine, and nothing leaves loopback.
  ({ server, url } = await startDevServer('remote', { remoteSecret: SECRET, laptopAddresses: ['127.0.0.1'] }));
  phone = await startPhoneProxy(new URL(url));
  browser = await sharedBrowser();
});

afterEach(async () => {
  // Every deck left open would post its own state.
  await Promise.all(pages.splice(0).map((page) => page.close()));
});

afterAll(async () => {
  await closeContexts(browser);
  await phone?.close();
  await server?.close();
});

interface Received {
  readonly event: string;
  readonly data: { slide?: string } | undefined;
}

/**
 * A page in its own context: phone-sized by default (reveal turns narrow windows into scroll view,
 * so decks get a laptop's size). Every custom event its dev-server websocket receives is kept in
 * `window.__talkReceived`, and the socket in `window.__talkSocket`.
 */
async function open(path: string, { viewport = { width: 390, height: 844 }, base = url } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport });
  pages.push(page);
  await page.addInitScript(() => {
    const w = window as unknown as { __talkReceived: unknown[]; __talkSocket?: WebSocket };
    w.__talkReceived = [];
    const Native = window.WebSocket;
    window.WebSocket = class extends Native {
      constructor(address: string | URL, protocols?: string | string[]) {
        super(address, protocols);
        if (protocols !== 'vite-hmr' || w.__talkSocket) return;
        w.__talkSocket = this;
        this.addEventListener('message', (e) => {
          const message = JSON.parse(String(e.data)) as { type: string; event?: string; data?: unknown };
          if (message.type === 'custom') w.__talkReceived.push({ event: message.event, data: message.data });
        });
      }
    };
  });
  await page.goto(new URL(path, base).href);
  return page;
}

const received = (page: Page): Promise<Received[]> => page.evaluate(() => (window as unknown as { __talkReceived: Received[] }).__talkReceived);
const receivedOf = async (page: Page, event: string) => (await received(page)).filter((r) => r.event === event);
const remoteSlide = (remote: Page) => remote.locator('main.remote').getAttribute('data-talk-slide');

test('the phone remote moves the deck and shows the slide title and notes, with the secret', async () => {
  const deck = await projectDeck('meetup');
  const audience = await open('#/0', { viewport: { width: 1280, height: 720 } });
  await waitReady(audience, 90_000);

  // The phone as it really connects: from another address, with the QR code's URL.
  const remote = await open(`remote.html?secret=${SECRET}`, { base: phone.url });
  await expect.poll(() => remoteSlide(remote), { timeout: 30_000 }).toBe(deck.slides[0]!.id);
  // The title comes once the deck's module has loaded, maybe after the slide id: wait for it.
  await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(deck.slides[0]!.title.en);

  // Next until the deck is on the second slide (the first may have steps).
  for (let i = 0; i < 20 && (await position(audience)).h === 0; i++) {
    const before = await position(audience);
    await remote.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => position(audience)).not.toEqual(before);
  }
  const second = deck.slides[1]!;
  expect((await position(audience)).id).toBe(second.id);
  await expect.poll(() => remoteSlide(remote)).toBe(second.id);
  await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(second.title.en);
  await expect.poll(async () => (await remote.locator('.remote-notes').textContent())?.trim().length).toBeGreaterThan(0);
  await waitReady(audience);

  await remote.getByRole('button', { name: /Previous/ }).click();
  await expect.poll(async () => (await position(audience)).h).toBe(0);

  // L on the deck switches the remote's language too.
  await audience.keyboard.press('l');
  await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(deck.slides[0]!.title.zh);
});

test('a remote without the right secret gets "secret required" and no state, title or notes', async () => {
  const deck = await projectDeck('meetup');
  const audience = await open('#/0', { viewport: { width: 1280, height: 720 } });
  await waitReady(audience, 90_000);
  const remote = await open(`remote.html?secret=${SECRET}`);
  // A page on this very machine still needs the secret: any page can open the websocket.
  const strangers = [await open('remote.html'), await open('remote.html?secret=guess')];
  for (const stranger of strangers) {
    await expect.poll(() => stranger.locator('.remote-status').textContent(), { timeout: 30_000 }).toContain('Secret required');
  }

  // The deck moves: the remote with the secret follows, the others hear nothing of it.
  const heard = (await receivedOf(remote, REMOTE_EVENTS.state)).length;
  await audience.keyboard.press('ArrowRight');
  const moved = await position(audience);
  await expect.poll(async () => (await receivedOf(remote, REMOTE_EVENTS.state)).length).toBeGreaterThan(heard);
  await expect.poll(() => remoteSlide(remote)).toBe(moved.id);
  for (const stranger of strangers) {
    expect(await receivedOf(stranger, REMOTE_EVENTS.state)).toEqual([]);
    expect(await remoteSlide(stranger)).toBe('');
    expect(await stranger.locator('.remote-title').textContent()).toBe('');
    expect(await stranger.locator('.remote-notes').textContent()).toBe('');
  }

  // Their commands are refused: the deck stays where it is.
  await strangers[1]!.getByRole('button', { name: /Next/ }).click();
  await expect.poll(async () => (await receivedOf(strangers[1]!, REMOTE_EVENTS.status)).length).toBe(2);
  expect(await position(audience)).toEqual(moved);
});

test('other machines need the secret for every page, the notes included', async () => {
  const local = await fetch(new URL(NOTES_MODULE, url));
  expect(local.status).toBe(200);
  // (A plain boolean: a failure should not print every note.)
  expect((await local.text()).includes('JSON.parse')).toBe(true);
  // Through the proxy each request comes from 127.0.0.2, as another machine's would.
  for (const path of ['', 'remote.html', 'speaker.html', NOTES_MODULE, 'remote.html?secret=guess']) {
    const response = await fetch(new URL(path, phone.url));
    expect(response.status, path).toBe(403);
    expect(await response.text()).toContain('secret');
  }
  // The QR code's URL lets the phone in, and a cookie keeps it in for the page's scripts and the notes.
  const entry = await fetch(new URL(`remote.html?secret=${SECRET}`, phone.url));
  expect(entry.status).toBe(200);
  const cookie = entry.headers.get('set-cookie')?.split(';')[0];
  expect(cookie).toBeTruthy();
  expect(entry.headers.get('set-cookie')).toMatch(/HttpOnly/i);
  expect((await fetch(new URL(NOTES_MODULE, phone.url), { headers: { cookie: cookie! } })).status).toBe(200);
  expect((await fetch(new URL(NOTES_MODULE, phone.url), { headers: { cookie: 'talk-remote=guess' } })).status).toBe(403);
});

test('the websocket closes at once on another machine without the secret', async () => {
  const page = await open('remote.html');
  await expect.poll(() => page.evaluate(() => (window as unknown as { __talkSocket?: WebSocket }).__talkSocket?.readyState), { timeout: 30_000 }).toBe(1);
  // The same page's websocket (Vite's token included), but from another address, with no cookie.
  const closed = await page.evaluate(async (other) => {
    const own = new URL((window as unknown as { __talkSocket: WebSocket }).__talkSocket.url);
    const socket = new WebSocket(`ws://${new URL(other).host}/?token=${own.searchParams.get('token')}`, 'vite-hmr');
    const events: string[] = [];
    socket.addEventListener('open', () => socket.send(JSON.stringify({ type: 'custom', event: 'talk:remote-hello', data: {} })));
    // Closed, or (if it stayed open) answered: the hello's answer ends the wait instead of the test's timeout.
    const code = await new Promise<number>((resolve) => {
      socket.addEventListener('close', (e) => resolve(e.code));
      socket.addEventListener('message', (e) => {
        events.push(String(e.data));
        if (String(e.data).includes('talk:')) resolve(-1);
      });
    });
    return { code, events };
  }, phone.url);
  expect(closed.code).toBe(1008);
  expect(closed.events.filter((e) => e.includes('talk:'))).toEqual([]);
});

test('only a deck on this machine may post state: a forged one from another machine is not relayed', async () => {
  const audience = await open('#/0', { viewport: { width: 1280, height: 720 } });
  await waitReady(audience, 90_000);
  const remote = await open(`remote.html?secret=${SECRET}`);
  // Even a client with the secret (here from another address) is not a deck.
  const forger = await open(`remote.html?secret=${SECRET}`, { base: phone.url });
  await expect.poll(async () => (await receivedOf(forger, REMOTE_EVENTS.state)).length, { timeout: 30_000 }).toBeGreaterThan(0);

  const statuses = (await receivedOf(forger, REMOTE_EVENTS.status)).length;
  await forger.evaluate(
    ([state, hello]) => {
      const socket = (window as unknown as { __talkSocket: WebSocket }).__talkSocket;
      const forged = { deck: 'meetup', locale: 'en', h: 5, v: 0, f: -1, slide: 'forged', index: 6, total: 9, elapsedMs: 0, running: false, paused: false };
      socket.send(JSON.stringify({ type: 'custom', event: state, data: forged }));
      // The server handles one socket's messages in order: its answer to this hello comes after the forgery was handled.
      socket.send(JSON.stringify({ type: 'custom', event: hello, data: {} }));
    },
    [REMOTE_EVENTS.state, REMOTE_EVENTS.hello],
  );
  await expect.poll(async () => (await receivedOf(forger, REMOTE_EVENTS.status)).length).toBe(statuses + 1);

  // The deck moves; what it posts after the forgery reaches the remote, the forgery never does.
  const heard = (await receivedOf(remote, REMOTE_EVENTS.state)).length;
  await audience.keyboard.press('ArrowRight');
  const moved = await position(audience);
  await expect.poll(async () => (await receivedOf(remote, REMOTE_EVENTS.state)).length).toBeGreaterThan(heard);
  for (const page of [remote, forger]) {
    expect((await receivedOf(page, REMOTE_EVENTS.state)).filter((r) => r.data?.slide === 'forged')).toEqual([]);
  }
  await expect.poll(() => remoteSlide(remote)).toBe(moved.id);
});

test('the speaker view works from the dev server (npm start) too', async () => {
  const deck = await projectDeck('meetup');
  const audience = await open('#/1', { viewport: { width: 1280, height: 720 } });
  await waitReady(audience, 90_000);
  expect((await position(audience)).id).toBe(deck.slides[1]!.id);
  const speaker = await openSpeakerView(audience);
  await expect.poll(async () => (await speakerPosition(speaker)).id).toBe(deck.slides[1]!.id);
  await expect.poll(() => speaker.locator('.speaker-source').textContent()).toContain(deck.slides[1]!.file);
  await speaker.keyboard.press('End');
  await expect.poll(async () => (await position(audience)).id).toBe(deck.slides.at(-1)!.id);
});
