import { expect, test } from 'vitest';
import { goToSlide, openPage, openSpeakerView, press, useHarness, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

test('with every non-local request blocked, everything renders in both languages and nothing leaves the origin', async () => {
  const deck = await projectDeck('meetup');
  const { page, context, consoleErrors, foreignRequests } = await openPage(harness);
  // No transitions, so that visiting every slide is quick; then every slide in each language.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  await waitReady(page);
  for (let i = 0; i < deck.slides.length; i++) await goToSlide(page, i);
  await press(page, 'l');
  for (let i = deck.slides.length - 1; i >= 0; i--) await goToSlide(page, i);

  const diagrams = await page.$$eval('.talk-mermaid', (els) => els.map((el) => ({ slide: el.closest('section')?.id, state: (el as HTMLElement).dataset.talkRendered, svg: !!el.querySelector('svg') })));
  expect(diagrams.length).toBe(deck.slides.reduce((sum, s) => sum + s.diagrams, 0) * 2);
  for (const d of diagrams) expect(d, `diagram on slide "${d.slide}"`).toMatchObject({ state: 'true', svg: true });

  const math = await page.$$eval('.talk-math, .katex', (els) => els.length);
  if (deck.html.includes('class="katex')) {
    expect(math).toBeGreaterThan(0);
    expect(await page.locator('.katex-mathml math').count()).toBeGreaterThan(0);
    // KaTeX's own fonts are served by the deck too.
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '').startsWith('KaTeX') && f.status === 'loaded'))).toBe(true);
  }

  const fonts = await page.evaluate(() => ({
    sc: document.fonts.check('32px "Noto Sans SC"', '视频生成'),
    scLoaded: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans SC' && f.status === 'loaded'),
    inter: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Inter' && f.status === 'loaded'),
  }));
  expect(fonts).toEqual({ sc: true, scLoaded: true, inter: true });

  // The speaker view too is served by the deck's own origin.
  await openSpeakerView(page);
  const origin = new URL(harness.server.url).origin;
  for (const p of context.pages()) {
    const resources = await p.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(resources.filter((name) => !name.startsWith(origin) && !name.startsWith('data:') && !name.startsWith('blob:'))).toEqual([]);
  }
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
}, 180_000);
