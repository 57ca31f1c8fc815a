import { describe, expect, test } from 'vitest';
import { openPage, useHarness, waitReady } from '../support/browser.ts';
import { projectLibrary } from '../support/library.ts';

const harness = useHarness();
// Derived from the library: the decks' content is still being written.
const { decks } = await projectLibrary();

describe.each([...decks.keys()])('deck %s in the built site', (deckId) => {
  test('?deck= shows every slide of the deck, in order, without console errors', async () => {
    const deck = decks.get(deckId)!;
    const { page, context, consoleErrors, foreignRequests } = await openPage(harness, `?deck=${deckId}`);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(total).toBe(deck.slides.length);
    expect(await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.id))).toEqual(deck.slides.map((s) => s.id));
    // Provenance: every slide records the module it came from.
    expect(await page.$$eval('.reveal .slides > section', (sections) => sections.map((s) => s.getAttribute('data-talk-source')))).toEqual(deck.slides.map((s) => s.file));
    expect(await page.title()).toBe(deck.title.en);
    expect(consoleErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await context.close();
  });
});

describe('the deck index (decks.html)', () => {
  test('lists every deck with its title, length and slide count, linking to it', async () => {
    const { page, context, consoleErrors } = await openPage(harness, 'decks.html');
    const rows = await page.$$eval('tr[data-talk-deck]', (trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute('data-talk-deck'),
        text: (tr as HTMLElement).innerText,
        slides: tr.querySelector('[data-talk-slides]')?.textContent,
        minutes: tr.querySelector('[data-talk-minutes]')?.textContent,
        href: tr.querySelector('a')?.getAttribute('href'),
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual([...decks.keys()].sort());
    for (const row of rows) {
      const deck = decks.get(row.id!)!;
      expect(row.text).toContain(deck.title.en);
      expect(row.text).toContain(deck.title.zh);
      expect(row.slides).toBe(String(deck.slides.length));
      expect(row.minutes).toBe(`${Math.round(deck.plannedMinutes * 10) / 10} of ${deck.budgetMinutes} min`);
    }
    const lecture = rows.find((r) => r.id !== 'meetup') ?? rows[0]!;
    // The link loads another page: wait for its address, then for that page's deck to be ready.
    await Promise.all([page.waitForURL((url) => url.searchParams.get('deck') === lecture.id), page.click(`tr[data-talk-deck="${lecture.id}"] a`)]);
    await waitReady(page);
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(total).toBe(decks.get(lecture.id!)!.slides.length);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('the site root still shows the default deck', async () => {
    const { page, context } = await openPage(harness);
    expect(await page.locator('.reveal .slides > section').count()).toBe(decks.get('meetup')!.slides.length);
    await context.close();
  });
});

describe('themes', () => {
  const background = (page: import('playwright-core').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  test('light by default; ?theme=dark paints the page dark', async () => {
    const light = await openPage(harness);
    expect(await light.page.getAttribute('html', 'data-talk-theme')).toBe('light');
    expect(await background(light.page)).toBe('rgb(255, 255, 255)');
    await light.context.close();
    const dark = await openPage(harness, '?theme=dark');
    expect(await dark.page.getAttribute('html', 'data-talk-theme')).toBe('dark');
    expect(await background(dark.page)).toBe('rgb(20, 23, 28)');
    await dark.context.close();
  });

  test("a diagram's bad and good nodes (class A3 bad) take the theme's tints, light and dark", async () => {
    // The page's own custom properties (theme.css): what the theme says, read from the page.
    const fills = (page: import('playwright-core').Page) =>
      page.evaluate(() => {
        const shape = (name: string) => getComputedStyle(document.querySelector(`section.present .talk-mermaid.talk-en .node.${name} rect`)!).fill;
        const probe = document.createElement('div');
        document.body.append(probe);
        const colour = (name: string) => ((probe.style.color = `var(${name})`), getComputedStyle(probe).color);
        return { bad: shape('bad'), good: shape('good'), badSoft: colour('--talk-bad-soft'), goodSoft: colour('--talk-good-soft') };
      });
    const seen = [];
    for (const theme of ['light', 'dark']) {
      const { page, context } = await openPage(harness, `?theme=${theme}#/whole-sequence`);
      const found = await fills(page);
      expect(found.bad).toBe(found.badSoft);
      expect(found.good).toBe(found.goodSoft);
      seen.push(found.bad);
      await context.close();
    }
    // The two themes give different tints: the rule followed the theme, not a colour in the source.
    expect(new Set(seen).size).toBe(2);
  });

  test('?theme=<name> adds assets/themes/<name>.css (the sepia example)', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?theme=sepia');
    expect(await page.getAttribute('html', 'data-talk-theme')).toBe('sepia');
    expect(await page.locator('style[data-talk-theme-css="sepia"]').count()).toBe(1);
    expect(await background(page)).toBe('rgb(246, 239, 223)');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});
