import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openPageWith, useHarness, waitReady } from '../support/browser.ts';

const harness = useHarness();

/** Font files the page was told to preload, and those it fetched, by file name. */
function fonts(page: Page): Promise<{ preloaded: string[]; fetched: string[] }> {
  return page.evaluate(() => {
    const name = (url: string): string => new URL(url).pathname.split('/').pop() ?? url;
    return {
      preloaded: [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="font"]')].map((link) => name(link.href)).sort(),
      fetched: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.woff2') && !/KaTeX/.test(entry.name))
        .map((entry) => name(entry.name))
        .sort(),
    };
  });
}

describe('the page starts fetching what its first slides need before its script runs', () => {
  test.each(['en', 'zh'])('in %s, the fonts preloaded are exactly the fonts the first slides draw with', async (locale) => {
    const { page, context, consoleErrors } = await openPage(harness, `?lang=${locale}`);
    const { preloaded, fetched } = await fonts(page);
    expect(preloaded.length).toBeGreaterThan(2);
    expect(preloaded).toEqual(fetched);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test("the deck's own chunk is preloaded: the default deck, or the one ?deck= names", async () => {
    for (const [query, deck] of [['', 'meetup'], ['?deck=lecture', 'lecture']] as const) {
      const { page, context } = await openPage(harness, query);
      const preloaded = await page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map((link) => link.href));
      expect(preloaded.some((href) => new RegExp(`/assets/${deck}-[\\w-]+\\.js$`).test(href))).toBe(true);
      await context.close();
    }
  });

  test('opened on a later slide, no first-slide fonts are preloaded (they would go unused)', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '#/ai-timeline');
    await waitReady(page);
    expect((await fonts(page)).preloaded).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

test("diagrams draw with the mermaid package's own ES build: its entry and the chunks the slide's diagram types need, files the deck serves (never bundled)", async () => {
  const { page, context, consoleErrors, foreignRequests } = await openPage(harness, '#/diffusion-pipeline');
  expect(await page.locator('#diffusion-pipeline .talk-mermaid.talk-en svg').count()).toBe(1);
  const files = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname));
  const mermaid = files.filter((file) => /mermaid/i.test(file));
  expect(mermaid).toContain('/assets/mermaid/mermaid.esm.min.mjs');
  expect(mermaid.every((file) => /^\/assets\/mermaid\/(mermaid\.esm\.min|chunks\/mermaid\.esm\.min\/[\w-]+)\.mjs$/.test(file))).toBe(true);
  // On demand: the flowchart's chunk, not the chunks of diagram types the slide does not show.
  expect(mermaid.some((file) => /\/flowDiagram-[\w-]+\.mjs$/.test(file))).toBe(true);
  expect(mermaid.filter((file) => /\/(mindmap-definition|architectureDiagram|sequenceDiagram|ganttDiagram)-/.test(file))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  await context.close();
});

test('Mermaid is fetched only after the first slide is ready, then while the page is idle', async () => {
  // Records, in the page's own clock, when it shows its first slide (its later slides load after that).
  const probe = `new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.firstSlide === 'shown') { window.__readyAt ??= performance.now(); observer.disconnect(); }
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-first-slide'] });`;
  const { page, context, consoleErrors } = await openPageWith(harness, '', { prepare: (c) => c.addInitScript(probe) });
  // Nothing on the first slide draws a diagram, yet Mermaid comes, so the first diagram slide need not wait.
  const entry = (): number | undefined => performance.getEntriesByType('resource').find((e) => e.name.endsWith('/mermaid.esm.min.mjs'))?.startTime;
  const fetchedAt = await page.waitForFunction(entry);
  const readyAt = await page.evaluate(() => (window as unknown as { __readyAt: number }).__readyAt);
  expect(await fetchedAt.jsonValue()).toBeGreaterThanOrEqual(readyAt);
  // Every file of Mermaid's came after the first slide, too.
  const starts = await page.evaluate(() => performance.getEntriesByType('resource').filter((e) => /\/assets\/mermaid\//.test(e.name)).map((e) => e.startTime));
  expect(Math.min(...starts)).toBeGreaterThanOrEqual(readyAt);
  expect(consoleErrors).toEqual([]);
  await context.close();
});
