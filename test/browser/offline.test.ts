import { expect, test } from 'vitest';
import { foreignResources, goToSlide, openPage, openSpeakerView, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

// Every slide of every deck renders with every non-local request blocked, in deck-walk.test.ts.
test('with every non-local request blocked, the fonts (Latin, Chinese, KaTeX) and the speaker view come from the deck itself', async () => {
  const deck = await projectDeck('meetup');
  const { page, context, consoleErrors, foreignRequests } = await openPage(harness, '?lang=zh');
  // A slide with a formula: KaTeX's own fonts are served by the deck too.
  await goToSlide(page, deck.slideHtml.findIndex((html) => html.includes('class="katex')));
  expect(await page.locator('.reveal .slides section.present .katex-mathml math').count()).toBeGreaterThan(0);
  const fonts = await page.evaluate(() => {
    const loaded = (family: string) => [...document.fonts].some((f) => f.family.replace(/"/g, '').startsWith(family) && f.status === 'loaded');
    return { sc: document.fonts.check('32px "Noto Sans SC"', '视频生成'), scLoaded: loaded('Noto Sans SC'), inter: loaded('Inter'), katex: loaded('KaTeX') };
  });
  expect(fonts).toEqual({ sc: true, scLoaded: true, inter: true, katex: true });

  // The speaker view too is served by the deck's own origin.
  await openSpeakerView(page);
  const origin = new URL(harness.server.url).origin;
  for (const p of context.pages()) expect(await foreignResources(p, origin), p.url()).toEqual([]);
  expect(foreignRequests).toEqual([]);
  expect(consoleErrors).toEqual([]);
  await context.close();
});
