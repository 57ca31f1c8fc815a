import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createServer, type ViteDevServer } from 'vite';
import { launchBrowser } from '../../src/export/launch-browser.ts';
import { openSpeakerView, position, speakerPosition, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const SECRET = 'test-secret-123';
let server: ViteDevServer;
let browser: Browser;
let url: string;

beforeAll(async () => {
  // The project's own config, as `npm start -- --remote` runs it (the CLI sets the secret the same way).
  process.env.TALK_REMOTE_SECRET = SECRET;
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  delete process.env.TALK_REMOTE_SECRET;
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('dev server has no port');
  url = `http://127.0.0.1:${address.port}/`;
  browser = await launchBrowser(inject('browserPath'));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page in its own context: phone-sized by default (reveal turns narrow windows into scroll view, so decks get a laptop's size). */
async function open(path: string, viewport = { width: 390, height: 844 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(new URL(path, url).href);
  return page;
}

const remoteSlide = (remote: Page) => remote.locator('main.remote').getAttribute('data-talk-slide');

test('the phone remote moves the deck, shows the slide title and notes, and needs the secret', async () => {
  const deck = await projectDeck('meetup');
  const audience = await open('#/0', { width: 1280, height: 720 });
  await waitReady(audience, 90_000);

  const remote = await open(`remote.html?secret=${SECRET}`);
  await expect.poll(() => remoteSlide(remote), { timeout: 30_000 }).toBe(deck.slides[0]!.id);
  expect(await remote.locator('.remote-title').textContent()).toBe(deck.slides[0]!.title.en);

  // Next until the deck is on the second slide (the first may have steps).
  for (let i = 0; i < 20 && (await position(audience)).h === 0; i++) {
    const before = await position(audience);
    await remote.getByRole('button', { name: /Next/ }).click();
    await expect.poll(() => position(audience)).not.toEqual(before);
  }
  const second = deck.slides[1]!;
  expect((await position(audience)).id).toBe(second.id);
  await expect.poll(() => remoteSlide(remote)).toBe(second.id);
  expect(await remote.locator('.remote-title').textContent()).toBe(second.title.en);
  const notes = await remote.locator('.remote-notes').textContent();
  expect(notes?.trim().length).toBeGreaterThan(0);
  await waitReady(audience);

  await remote.getByRole('button', { name: /Previous/ }).click();
  await expect.poll(async () => (await position(audience)).h).toBe(0);

  // A page without the secret (another attendee) is refused, and the deck stays where it is.
  const stranger = await open('remote.html?secret=guess');
  await expect.poll(() => remoteSlide(stranger), { timeout: 30_000 }).not.toBe('');
  const before = await position(audience);
  await stranger.getByRole('button', { name: /Next/ }).click();
  await expect.poll(() => stranger.locator('.remote-status').textContent()).toContain('Refused');
  expect(await position(audience)).toEqual(before);

  // L on the deck switches the remote's language too.
  await audience.keyboard.press('l');
  await expect.poll(() => remote.locator('.remote-title').textContent()).toBe(deck.slides[before.h]!.title.zh);
});

test('the speaker view works from the dev server (npm start) too', async () => {
  const deck = await projectDeck('meetup');
  const audience = await open('#/1', { width: 1280, height: 720 });
  await waitReady(audience, 90_000);
  expect((await position(audience)).id).toBe(deck.slides[1]!.id);
  const speaker = await openSpeakerView(audience);
  await expect.poll(async () => (await speakerPosition(speaker)).id).toBe(deck.slides[1]!.id);
  expect(await speaker.locator('.speaker-source').textContent()).toContain(deck.slides[1]!.file);
  await speaker.keyboard.press('End');
  await expect.poll(async () => (await position(audience)).id).toBe(deck.slides.at(-1)!.id);
});
