import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { exportDeck, ExportInputError } from '../../src/export/index.ts';
import { openPage, openSpeakerView, press, useHarness, waitReady } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();
const work = mkdtempSync(path.join(tmpdir(), 'talk-ink-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The screen box of the current slide's drawing layer. */
async function slideBox(page: Page): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await page.locator('.reveal .slides section.present > svg.talk-ink').boundingBox();
  if (!box) throw new Error('the current slide has no drawing layer');
  return box;
}

/** Drags the mouse across the current slide, from (fx0, fy0) to (fx1, fy1), fractions of the slide. */
async function drag(page: Page, [fx0, fy0]: [number, number], [fx1, fy1]: [number, number]): Promise<void> {
  const box = await slideBox(page);
  await page.mouse.move(box.x + box.width * fx0, box.y + box.height * fy0);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * fx1, box.y + box.height * fy1, { steps: 12 });
  await page.mouse.up();
}

/** Strokes drawn on the current slide (of a page or a preview frame). */
function strokes(page: Page | Frame): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('.reveal .slides section.present > svg.talk-ink path').length);
}

describe('pen, eraser, clear', () => {
  test('a drawing belongs to its slide, survives a reload and a language switch; E erases it, X clears', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?lang=en#/about-tian');
    await press(page, 'i');
    expect(await page.evaluate(() => document.documentElement.dataset.talkTool)).toBe('pen');
    await drag(page, [0.2, 0.6], [0.8, 0.7]);
    expect(await strokes(page)).toBe(1);
    // In slide units: the stroke spans most of the 1280-unit width, whatever the window's size.
    const d = await page.locator('section.present > svg.talk-ink path').getAttribute('d');
    const xs = [...(d ?? '').matchAll(/[ML]([\d.]+) /g)].map((m) => Number(m[1]));
    expect(Math.min(...xs)).toBeCloseTo(256, -1);
    expect(Math.max(...xs)).toBeCloseTo(1024, -1);

    await page.reload();
    await waitReady(page);
    expect(await strokes(page)).toBe(1);
    await press(page, 'l');
    expect(await strokes(page)).toBe(1);
    // Not on the next slide.
    await press(page, 'ArrowRight');
    while ((await page.evaluate(() => document.querySelector('section.present')?.id)) === 'about-tian') await press(page, 'ArrowRight');
    expect(await strokes(page)).toBe(0);
    await press(page, 'ArrowLeft');

    // The eraser takes the stroke it crosses.
    await press(page, 'e');
    await drag(page, [0.5, 0.55], [0.5, 0.75]);
    expect(await strokes(page)).toBe(0);
    // Clear removes all of the slide's strokes.
    await press(page, 'i');
    await drag(page, [0.1, 0.2], [0.3, 0.3]);
    await drag(page, [0.1, 0.4], [0.3, 0.5]);
    expect(await strokes(page)).toBe(2);
    await press(page, 'x');
    expect(await strokes(page)).toBe(0);
    await page.reload();
    await waitReady(page);
    expect(await strokes(page)).toBe(0);
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

describe('keys', () => {
  test('the help (?) lists the pointer, pen, eraser, clear, save and both-languages keys, none taken by reveal.js', async () => {
    const { page, context } = await openPage(harness, '?lang=en');
    await page.keyboard.press('Shift+Slash');
    const rows = await page.locator('.reveal .r-overlay-help tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => (td.textContent ?? '').trim())));
    const keyOf = (action: RegExp) => rows.filter(([, what]) => action.test(what ?? '')).map(([key]) => key);
    expect(keyOf(/^Laser pointer/)).toEqual(['Z']);
    expect(keyOf(/^Pen/)).toEqual(['I']);
    expect(keyOf(/^Eraser/)).toEqual(['E']);
    expect(keyOf(/^Clear this slide/)).toEqual(['X']);
    expect(keyOf(/^Save the drawings/)).toEqual(['W']);
    expect(keyOf(/^Both languages/)).toEqual(['D']);
    // Each key is listed once: no reveal.js shortcut and no other of ours uses it.
    const keys = rows.flatMap(([key]) => (key ?? '').split(/\s*,\s*/));
    for (const key of ['Z', 'I', 'E', 'X', 'W', 'D']) expect(keys.filter((k) => k === key)).toHaveLength(1);
    await context.close();
  });
});

describe('laser pointer', () => {
  test('the pointer moved in the deck shows in the speaker view, on the current slide only', async () => {
    const { page, context } = await openPage(harness, '?lang=en#/about-tian');
    const speaker = await openSpeakerView(page);
    const frame = (upcoming: boolean) => speaker.frames().find((f) => f.url().includes('receiver') && f.url().includes('upcoming') === upcoming)!;
    const laser = (where: Page | Frame) =>
      where.evaluate(() => {
        const dot = document.querySelector('.reveal .slides section.present > svg.talk-ink > .talk-laser');
        return dot?.getAttribute('transform') ?? null;
      });
    await press(page, 'z');
    const box = await slideBox(page);
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height * 0.5);
    expect(await laser(page)).toBe('translate(320 360)');
    await expect.poll(() => laser(frame(false))).toBe('translate(320 360)');
    expect(await laser(frame(true))).toBeNull();
    // Putting the pointer down hides it everywhere.
    await press(page, 'z');
    await expect.poll(() => laser(frame(false))).toBeNull();
    await context.close();
  });
});

describe('drawings in the export', () => {
  const run = (options: Parameters<typeof exportDeck>[0]) => exportDeck({ distDir: inject('distDir'), browser: harness.browser, ...options });

  /** Pixels of the pen's red (#d92d20) on page 1 of `pdf`, rendered at 50 dpi. */
  function penPixels(pdf: string): number {
    const ppm = execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', pdf]);
    // P6 header: "P6\n<w> <h>\n255\n", then RGB bytes.
    const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString('latin1'));
    if (!header) throw new Error('pdftoppm did not write a PPM image');
    let count = 0;
    for (let i = header[0].length; i + 2 < ppm.length; i += 3) {
      if (Math.abs(ppm[i]! - 0xd9) < 24 && Math.abs(ppm[i + 1]! - 0x2d) < 24 && Math.abs(ppm[i + 2]! - 0x20) < 24) count++;
    }
    return count;
  }

  test('W saves the drawings to a file; export --annotations prints them over their slide', async () => {
    const deck = await projectDeck();
    const index = deck.slides.findIndex((s) => s.id === 'about-tian');
    const { page, context } = await openPage(harness, '?lang=en#/about-tian');
    await press(page, 'i');
    await drag(page, [0.1, 0.85], [0.9, 0.9]);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('w')]);
    expect(download.suggestedFilename()).toBe('meetup-annotations.json');
    const file = path.join(work, 'meetup-annotations.json');
    await download.saveAs(file);
    await context.close();
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toMatchObject({ talk: 'annotations', version: 1, deck: 'meetup' });
    expect(saved.slides['about-tian']).toHaveLength(1);

    const plain = await run({ range: String(index + 1), out: path.join(work, 'plain.pdf') });
    const drawn = await run({ range: String(index + 1), annotations: file, out: path.join(work, 'drawn.pdf') });
    expect(plain.pages).toBe(1);
    expect(drawn.pages).toBe(1);
    expect(penPixels(plain.out)).toBe(0);
    expect(penPixels(drawn.out)).toBeGreaterThan(100);
  });

  test('a wrong annotations file is refused with the file, the slide and what to do; nothing is written', async () => {
    const bad = path.join(work, 'bad.json');
    writeFileSync(bad, JSON.stringify({ talk: 'annotations', version: 1, deck: 'meetup', slides: { 'no-such-slide': [{ color: '#d92d20', width: 5, points: [1, 2] }] } }));
    const out = path.join(work, 'bad.pdf');
    const error = await run({ annotations: bad, out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExportInputError);
    expect(String((error as Error).message)).toMatch(/bad\.json \(slide "no-such-slide"\): no such slide in deck "meetup"/);
    writeFileSync(bad, JSON.stringify({ talk: 'annotations', version: 1, deck: 'meetup', slides: { 'about-tian': [{ color: 'red', points: [1] }] } }));
    const malformed = await run({ annotations: bad, out }).catch((e: unknown) => e);
    expect(String((malformed as Error).message)).toMatch(/slide "about-tian"\): stroke 1 is malformed/);
    expect(() => readFileSync(out)).toThrow();
  });
});
