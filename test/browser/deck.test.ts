import { describe, expect, test } from 'vitest';
import { advanceTo, openPage, position, press, useHarness, visibleText, waitReady, walkToEnd } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

describe('the built meetup deck in Chromium', () => {
  test('becomes ready with every slide of the deck, offline and without console errors', async () => {
    const deck = await projectDeck('meetup');
    const { page, context, consoleErrors, foreignRequests } = await openPage(harness);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(total).toBe(deck.slides.length);
    const ids = await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.id));
    expect(ids).toEqual(deck.slides.map((s) => s.id));
    expect(await page.title()).toBe(deck.title.en);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    // Walk every slide so that every diagram and font chunk is requested.
    await walkToEnd(page);
    expect(foreignRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a deck page that is left unbinds its controllers: another window of the deck no longer moves it', async () => {
    const { page, context } = await openPage(harness);
    const [other, witness] = [await context.newPage(), await context.newPage()];
    for (const p of [other, witness]) {
      await p.goto(page.url());
      await waitReady(p);
    }
    // Every window shares the language channel: L in one switches the others.
    await press(other, 'l');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect.poll(() => witness.getAttribute('html', 'lang')).toBe('zh-Hans');
    await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: false })));
    await press(other, 'l');
    // Once a window still bound has heard the switch back, the left page would have heard it too.
    await expect.poll(() => witness.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await context.close();
  });

  test('L switches every visible text to Chinese on the same slide and step, and back', async () => {
    const deck = await projectDeck('meetup');
    const target = deck.slides.findIndex((s) => s.id === 'sora-progress');
    const { page, context } = await openPage(harness, `#/${target}`);
    await press(page, 'ArrowRight'); // first step of the bullets
    const before = await position(page);
    const english = await visibleText(page);
    expect(english).toContain(deck.slides[target]?.title.en);

    await press(page, 'l');
    expect(await position(page)).toEqual(before);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    const chinese = await visibleText(page);
    expect(chinese).toContain(deck.slides[target]?.title.zh);
    expect(chinese).not.toContain(deck.slides[target]?.title.en);
    expect(await page.title()).toBe(deck.title.zh);
    expect(page.url()).toContain('lang=zh');

    await press(page, 'l');
    expect(await position(page)).toEqual(before);
    expect(await visibleText(page)).toBe(english);
    await context.close();
  });

  test('?lang=zh opens in Chinese and a reload keeps language and place', async () => {
    const deck = await projectDeck('meetup');
    const { page, context } = await openPage(harness, '?lang=zh#/2');
    expect(await visibleText(page)).toContain(deck.slides[2]?.title.zh);
    await press(page, 'ArrowRight');
    const before = await position(page);
    await page.reload();
    await waitReady(page);
    expect(await position(page)).toEqual(before);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await context.close();
  });

  test('the diffusion pipeline diagram is drawn, non-empty, when its slide is reached, in both languages', async () => {
    const { page, context } = await openPage(harness);
    // Hidden when the page loaded: it must not be drawn blank ahead of time (the slide's other
    // <svg> is its drawing layer).
    expect(await page.locator('#diffusion-pipeline .talk-mermaid svg').count()).toBe(0);
    await advanceTo(page, 'diffusion-pipeline');
    for (const [locale, label] of [['en', 'Text encoder'], ['zh', '文本编码器']] as const) {
      if (locale === 'zh') await press(page, 'l');
      const svg = page.locator(`#diffusion-pipeline .talk-mermaid.talk-${locale} svg`);
      const box = await svg.boundingBox();
      expect(box?.width).toBeGreaterThan(400);
      expect(box?.height).toBeGreaterThan(80);
      expect(await svg.textContent()).toContain(label);
    }
    await context.close();
  });

  test('formulas are rendered by KaTeX with MathML for screen readers', async () => {
    const { page, context } = await openPage(harness, '#/bold-approach');
    const math = page.locator('#bold-approach .katex-display');
    expect(await math.count()).toBeGreaterThan(0);
    expect(await page.locator('#bold-approach .katex-mathml math').first().textContent()).toContain('1440');
    const box = await page.locator('#bold-approach .katex-html').first().boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    await context.close();
  });
});
