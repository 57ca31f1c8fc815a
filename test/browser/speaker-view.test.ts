import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { goToSlide, openPage, openSpeakerView, position, press, speakerPosition, useHarness, waitReady } from '../support/browser.ts';
import { loadLibrary } from '../../src/library/load-library.ts';
import { formatSeconds, speakingSeconds } from '../../src/model/speaking-time.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

/** The text of an HTML fragment, as the page would show it. */
function textOf(page: Page, html: string): Promise<string> {
  return page.evaluate((h) => {
    const el = document.createElement('div');
    el.innerHTML = h;
    return (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  }, html);
}

const speakerNotes = (speaker: Page) => speaker.locator('.speaker-notes').evaluate((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());

describe('the speaker view (S)', () => {
  test('shows the current notes in the current language, the slide’s module, and follows navigation', async () => {
    const deck = await projectDeck('meetup');
    const { page, context, consoleErrors, foreignRequests } = await openPage(harness, '#/2');
    const speaker = await openSpeakerView(page);
    expect(new URL(speaker.url()).pathname).toBe('/speaker.html');
    const slide = deck.slides[2]!;
    expect(await speakerPosition(speaker)).toMatchObject({ id: slide.id });
    expect(await speakerNotes(speaker)).toBe(await textOf(page, deck.notes![slide.id]!.en));
    // Provenance: the deck records the module, the speaker view shows it.
    expect(await page.getAttribute(`#${slide.id}`, 'data-talk-source')).toBe(slide.file);
    expect(await speaker.locator('.speaker-source').textContent()).toContain(slide.file);
    expect(await speaker.locator('.speaker-meta').textContent()).toContain(`3 / ${deck.slides.length}`);

    // The audience window moves: the speaker view follows with the next slide's notes.
    await goToSlide(page, 4);
    const later = deck.slides[4]!;
    await expect.poll(() => speakerPosition(speaker)).toMatchObject({ id: later.id });
    const laterNotes = await textOf(page, deck.notes![later.id]!.en);
    await expect.poll(() => speakerNotes(speaker)).toBe(laterNotes);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  test('each window follows the other step by step, fragments included', async () => {
    const { page, context } = await openPage(harness);
    const stepped = await page.evaluate(() => document.querySelector('.reveal .slides > section .fragment')?.closest('section')?.id ?? '');
    expect(stepped).not.toBe('');
    await page.evaluate((id) => {
      const reveal = (window as unknown as { Reveal: { slide(h: number, v?: number, f?: number): void; getIndices(el: HTMLElement): { h: number } } }).Reveal;
      reveal.slide(reveal.getIndices(document.getElementById(id)!).h, 0, -1);
    }, stepped);
    await waitReady(page);
    const speaker = await openSpeakerView(page);
    expect(await speakerPosition(speaker)).toEqual({ id: stepped, f: -1 });
    // The next preview shows the next step of the same slide.
    expect(await speaker.locator('.speaker-next .speaker-heading').textContent()).toBe('Next step');

    // → in the speaker view shows the first step in the audience window.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => position(page)).toMatchObject({ id: stepped, f: 0 });
    await waitReady(page);
    // → in the audience window moves the speaker view on.
    await press(page, 'ArrowRight');
    const there = await position(page);
    await expect.poll(() => speakerPosition(speaker)).toEqual({ id: there.id, f: there.f ?? -1 });
    // ← in the speaker view goes back in both.
    await speaker.keyboard.press('ArrowLeft');
    await expect.poll(() => position(page)).toMatchObject({ id: stepped, f: 0 });
    // B in the speaker view (a clicker's black-screen button) blanks the audience screen.
    const paused = () => page.evaluate(() => (window as unknown as { Reveal: { isPaused(): boolean } }).Reveal.isPaused());
    await speaker.keyboard.press('b');
    await expect.poll(paused).toBe(true);
    await speaker.keyboard.press('b');
    await expect.poll(paused).toBe(false);
    await context.close();
  });

  test('L in either window switches both windows’ language', async () => {
    const deck = await projectDeck('meetup');
    const { page, context } = await openPage(harness, '#/1');
    const slide = deck.slides[1]!;
    const speaker = await openSpeakerView(page);
    const zh = await textOf(page, deck.notes![slide.id]!.zh);
    const en = await textOf(page, deck.notes![slide.id]!.en);

    await press(page, 'l');
    await expect.poll(() => speakerNotes(speaker)).toBe(zh);
    await expect.poll(() => speaker.getAttribute('html', 'lang')).toBe('zh-Hans');
    await expect.poll(() => speaker.locator('.speaker-meta').textContent()).toContain(slide.title.zh);

    await speaker.keyboard.press('l');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await expect.poll(() => speakerNotes(speaker)).toBe(en);
    // The previews inside the speaker view switch too.
    const frameLang = () => speaker.frames()[1]?.evaluate(() => document.documentElement.lang);
    await expect.poll(frameLang).toBe('en');
    await speaker.keyboard.press('l');
    await expect.poll(frameLang).toBe('zh-Hans');
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await context.close();
  });

  test('sets the notes’ Sources apart (below, smaller, labelled) and shows the notes’ speaking time beside the slide’s plan', async () => {
    const id = 'compounding-error';
    const deck = await projectDeck('meetup');
    const slide = deck.slides.find((s) => s.id === id)!;
    const { library } = await loadLibrary({ root: process.cwd() });
    const markdown = library.notes.get(id)!;
    const { page, context } = await openPage(harness, `#/${deck.slides.indexOf(slide)}`);
    const speaker = await openSpeakerView(page);
    await expect.poll(() => speakerPosition(speaker)).toMatchObject({ id });

    const layout = () =>
      speaker.evaluate(() => {
        const notes = document.querySelector('.speaker-notes')!;
        const sources = notes.querySelector<HTMLElement>('.talk-notes-sources');
        const said = notes.querySelector(':scope > p');
        const cited = sources?.querySelector('p:not(.talk-notes-sources-label)');
        if (!sources || !said || !cited) return undefined;
        return {
          label: sources.querySelector('.talk-notes-sources-label')?.textContent,
          last: notes.lastElementChild === sources,
          below: sources.getBoundingClientRect().top >= said.getBoundingClientRect().bottom,
          smaller: parseFloat(getComputedStyle(cited).fontSize) < parseFloat(getComputedStyle(said).fontSize),
          cited: cited.textContent ?? '',
        };
      });
    await expect.poll(layout).toMatchObject({ label: 'Sources', last: true, below: true, smaller: true });
    expect((await layout())!.cited).toContain('Ross and J. A. Bagnell');

    // The estimate is the check's, from the notes without their Sources, beside the planned 0:45.
    const timing = speaker.locator('.speaker-timing');
    const spoken = Number(await timing.getAttribute('data-talk-spoken-seconds'));
    expect(Math.abs(spoken - speakingSeconds(markdown.en.text!))).toBeLessThanOrEqual(1);
    expect(spoken).toBeLessThan(speakingSeconds(markdown.en.text!.replace(/\n\nSources: /, '\n\n')));
    expect(await timing.textContent()).toBe(`Notes take about ${formatSeconds(spoken)} · planned for this slide ${formatSeconds(slide.minutes * 60)}`);
    expect(await timing.getAttribute('data-talk-over')).toBe('false');

    // In Chinese: the label and the estimate follow the language.
    await speaker.keyboard.press('l');
    await expect.poll(() => speaker.locator('.talk-notes-sources-label').textContent()).toBe('来源');
    await expect.poll(() => timing.textContent()).toMatch(/^备注约需 \d+:\d\d · 本页计划 0:45$/);
    const spokenZh = Number(await timing.getAttribute('data-talk-spoken-seconds'));
    expect(Math.abs(spokenZh - speakingSeconds(markdown.zh.text!))).toBeLessThanOrEqual(1);
    await context.close();
  });
});
