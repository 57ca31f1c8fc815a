import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openPageWith, position, press, useHarness, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

type RevealLike = { getConfig(): { transition: string }; isPaused(): boolean; isOverview(): boolean; availableFragments(): { next: boolean } };
const reveal = <T>(page: Page, fn: (r: RevealLike) => T) => page.evaluate(`(${fn.toString()})(window.Reveal)`) as Promise<T>;

describe('on stage', () => {
  test('prefers-reduced-motion turns slide transitions off', async () => {
    const calm = await openPageWith(harness, '', { reducedMotion: 'no-preference' });
    // The setting is read when the deck starts: emulate it, then load again.
    await calm.page.emulateMedia({ reducedMotion: 'reduce' });
    await calm.page.reload();
    await waitReady(calm.page);
    expect(await reveal(calm.page, (r) => r.getConfig().transition)).toBe('none');
    await calm.context.close();
    const { page, context } = await openPageWith(harness, '', { reducedMotion: 'no-preference' });
    expect(await reveal(page, (r) => r.getConfig().transition)).toBe('slide');
    await context.close();
  });

  test('help lists our keys with reveal’s; G jumps by number; B blacks out; O shows the overview; the slide number shows', async () => {
    const deck = await projectDeck('meetup');
    const { page, context, consoleErrors } = await openPage(harness);
    await page.keyboard.press('Shift+Slash');
    const help = page.locator('.r-overlay-help');
    await help.waitFor();
    const text = (await help.textContent()) ?? '';
    for (const words of ['Switch language', 'Speaker view', 'Rehearsal', 'Jump to slide', 'Fullscreen', 'Slide overview', 'Pause']) expect(text).toContain(words);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.count()).toBe(0);

    const target = Math.min(5, deck.slides.length);
    await page.keyboard.press('g');
    await page.keyboard.type(String(target));
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await position(page)).id).toBe(deck.slides[target - 1]!.id);
    await waitReady(page);
    expect(await page.locator('.reveal .slide-number').innerText()).toContain(`${target}`);
    expect(await page.locator('.reveal .slide-number').innerText()).toContain(`${deck.slides.length}`);

    await press(page, 'b');
    expect(await reveal(page, (r) => r.isPaused())).toBe(true);
    await press(page, 'b');
    expect(await reveal(page, (r) => r.isPaused())).toBe(false);

    await press(page, 'o');
    expect(await reveal(page, (r) => r.isOverview())).toBe(true);
    await press(page, 'Escape');
    expect(await reveal(page, (r) => r.isOverview())).toBe(false);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('steps reveal one at a time', async () => {
    const { page, context } = await openPage(harness);
    const id = await page.evaluate(() => document.querySelector('.reveal .slides > section .fragment')?.closest('section')?.id ?? '');
    await page.evaluate((slideId) => {
      const r = (window as unknown as { Reveal: { slide(h: number, v?: number, f?: number): void; getIndices(el: HTMLElement): { h: number } } }).Reveal;
      r.slide(r.getIndices(document.getElementById(slideId)!).h, 0, -1);
    }, id);
    await waitReady(page);
    // Steps are numbered; both languages' fragments share the numbers.
    const shown = () => page.$$eval(`#${id} .fragment.visible`, (els) => new Set(els.map((el) => (el as HTMLElement).dataset.fragmentIndex)).size);
    const steps = await page.$$eval(`#${id} .fragment`, (els) => new Set(els.map((el) => (el as HTMLElement).dataset.fragmentIndex)).size);
    expect(steps).toBeGreaterThan(1);
    expect(await shown()).toBe(0);
    for (let i = 1; i <= steps; i++) {
      await press(page, 'ArrowRight');
      expect(await shown()).toBe(i);
    }
    expect(await reveal(page, (r) => r.availableFragments().next)).toBe(false);
    await context.close();
  });

  test('a new screen size (the projector changes) is ready only once the fonts of the slide are loaded again', async () => {
    const { page, context } = await openPageWith(harness, '?lang=zh#/3');
    // Every text of the slide, in its own weight and font list, has its faces loaded.
    const fontsOfSlide = () =>
      page.evaluate(() => {
        const slide = document.querySelector<HTMLElement>('.reveal .slides section.present')!;
        const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
        const missing: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const parent = node.parentElement;
          const text = (node.textContent ?? '').trim();
          if (!parent || !text || parent.closest('svg, .katex') || parent.getClientRects().length === 0) continue;
          const style = getComputedStyle(parent);
          if (!document.fonts.check(`${style.fontWeight} 16px ${style.fontFamily}`, text)) missing.push(text.slice(0, 20));
        }
        return missing;
      });
    expect(await fontsOfSlide()).toEqual([]);
    // Every value the readiness signal takes from here on.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { readySeen: string[] }).readySeen = seen;
      new MutationObserver(() => seen.push(document.documentElement.dataset.deckReady ?? '')).observe(document.documentElement, { attributes: true, attributeFilter: ['data-deck-ready'] });
    });
    // Past reveal's 1600px media query: Chromium builds its @font-face set anew.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.waitForFunction(() => Math.abs((window as unknown as { Reveal: { getScale(): number } }).Reveal.getScale() - 1.44) < 0.01);
    await waitReady(page);
    // The page said "not ready" after the resize, and was ready again once the fonts were.
    expect(await page.evaluate(() => (window as unknown as { readySeen: string[] }).readySeen)).toContain('false');
    expect(await fontsOfSlide()).toEqual([]);
    await context.close();
  });
});
