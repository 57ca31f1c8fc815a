import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { defaultOut, exportDeck } from '../../src/export/index.ts';
import { openPage, openSpeakerView, press, useHarness, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

/** Each shown element of the first bullet of the current slide: language, font size and top. */
function firstBullet(page: Page): Promise<{ lang: string; size: number; top: number }[]> {
  return page.evaluate(() => {
    const li = document.querySelector('.reveal .slides section.present .talk-bullets li');
    return [...(li?.children ?? [])]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => ({ lang: el.getAttribute('lang') ?? '', size: parseFloat(getComputedStyle(el).fontSize), top: el.getBoundingClientRect().top }));
  });
}

/** The languages shown by the page (or a preview frame): first and second. */
function shownLanguages(page: Page | import('playwright-core').Frame): Promise<string> {
  return page.evaluate(() => [document.documentElement.dataset.talkLocale, document.documentElement.dataset.talkSecond].filter(Boolean).join('+'));
}

describe('both languages at once', () => {
  test('?lang=zh+en shows each text in Chinese with English beneath it, smaller; D and L switch', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?lang=zh+en#/about-tian');
    const [first, second, ...rest] = await firstBullet(page);
    expect(rest).toEqual([]);
    expect(first?.lang).toBe('zh-Hans');
    expect(second?.lang).toBe('en');
    expect(first!.size).toBeGreaterThan(second!.size);
    expect(second!.top).toBeGreaterThan(first!.top);
    // The title too, and the address keeps the mode for a reload.
    const title = await page.locator('section.present .talk-title > *').evaluateAll((els) => els.filter((el) => el.getClientRects().length > 0).map((el) => el.getAttribute('lang')));
    expect(title).toEqual(['zh-Hans', 'en']);
    expect(new URL(page.url()).search).toContain('lang=zh+en');

    // L: the same two the other way round.
    await press(page, 'l');
    expect(await shownLanguages(page)).toBe('en+zh');
    expect((await firstBullet(page)).map((b) => b.lang)).toEqual(['en', 'zh-Hans']);
    // D: one language; D again: both.
    await press(page, 'd');
    expect(await shownLanguages(page)).toBe('en');
    expect((await firstBullet(page)).map((b) => b.lang)).toEqual(['en']);
    await press(page, 'd');
    expect(await shownLanguages(page)).toBe('en+zh');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('a Chinese quote shows its original with the translation beneath; a diagram shows the first language only', async () => {
    const { page, context } = await openPage(harness, '?lang=en+zh#/seek-the-way');
    const quote = await page.evaluate(() => {
      const box = (css: string) => {
        const el = document.querySelector<HTMLElement>(`section.present ${css}`)!;
        return { shown: el.getClientRects().length > 0, top: el.getBoundingClientRect().top, size: parseFloat(getComputedStyle(el).fontSize) };
      };
      return { original: box('.talk-quote-original'), translation: box('.talk-quote-translation') };
    });
    expect(quote.original.shown && quote.translation.shown).toBe(true);
    expect(quote.translation.top).toBeGreaterThan(quote.original.top);
    expect(quote.original.size).toBeGreaterThan(quote.translation.size);

    await page.goto(new URL('?lang=zh+en#/diffusion-pipeline', harness.server.url).href);
    await waitReady(page);
    const diagrams = await page.locator('section.present .talk-mermaid').evaluateAll((els) =>
      els.map((el) => ({ lang: el.getAttribute('lang'), shown: el.getClientRects().length > 0, drawn: el.querySelector('svg') !== null })),
    );
    expect(diagrams).toEqual([
      { lang: 'en', shown: false, drawn: false },
      { lang: 'zh-Hans', shown: true, drawn: true },
    ]);
    await context.close();
  });

  test('the speaker view follows: its previews show both languages, and D in the deck switches them', async () => {
    const { page, context } = await openPage(harness, '?lang=zh+en#/about-tian');
    const speaker = await openSpeakerView(page);
    expect(new URL(speaker.url()).search).toContain('lang=zh+en');
    const preview = () => speaker.frames().find((frame) => frame.url().includes('receiver') && !frame.url().includes('upcoming'))!;
    // Polled: the preview frame may still be starting when the speaker view reports itself open.
    await expect.poll(() => shownLanguages(preview())).toBe('zh+en');
    // The notes are in the first language.
    await expect.poll(() => speaker.evaluate(() => document.documentElement.dataset.talkLocale)).toBe('zh');
    await press(page, 'd');
    await expect.poll(() => shownLanguages(preview())).toBe('zh');
    await context.close();
  });
});

describe('export --lang zh+en', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'talk-dual-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  test('writes exports/<deck>-zh+en.pdf with both languages on the page, Chinese first', async () => {
    expect(defaultOut({ format: 'pdf', deck: 'meetup', locale: 'zh', second: 'en', steps: false, notes: false })).toBe(path.join('exports', 'meetup-zh+en.pdf'));
    const deck = await projectDeck();
    const index = deck.slides.findIndex((s) => s.id === 'about-tian');
    const slide = deck.slides[index]!;
    const result = await exportDeck({ distDir: inject('distDir'), browser: harness.browser, locale: 'zh', second: 'en', range: String(index + 1), out: path.join(work, 'dual.pdf') });
    expect(result.pages).toBe(1);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', result.out, '-'], { encoding: 'utf8' }).normalize('NFKC').replace(/\s+/g, '');
    const zh = text.indexOf(slide.title.zh.normalize('NFKC').replace(/\s+/g, ''));
    const en = text.indexOf(slide.title.en.replace(/\s+/g, ''));
    expect(zh).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(zh);
  });
});
