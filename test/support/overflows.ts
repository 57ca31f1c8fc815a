import type { Page } from 'playwright-core';
import { waitReady } from './browser.ts';

/** Rounding of sub-pixel layout; anything beyond this is a real overflow. */
const TOLERANCE_PX = 1;

/**
 * Lists what does not fit on slide `index` as shown: elements and text reaching outside the slide
 * box, and text cut off by a box that clips it (a diagram's <svg>, a container hiding overflow).
 * What a container clips on purpose (KaTeX draws long delimiters and lets its boxes cut them) is
 * measured as seen: only its visible part must fit. Runs in the page.
 */
export function overflowsOf(page: Page, index: number, minTextPx = 0): Promise<{ id: string; problems: string[] }> {
  return page.evaluate(
    ({ index, tolerance, minTextPx }) => {
      type Box = { left: number; top: number; right: number; bottom: number };
      const reveal = (window as unknown as { Reveal: { getSlides(): HTMLElement[]; getScale(): number } }).Reveal;
      const slide = reveal.getSlides()[index];
      if (!slide) return { id: `#${index}`, problems: [`slide ${index} does not exist`] };
      const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      const problems: string[] = [];
      const sides = (rect: Box, box: Box): string[] => {
        const out: string[] = [];
        if (rect.left < box.left - tolerance) out.push(`left by ${Math.round(box.left - rect.left)}px`);
        if (rect.right > box.right + tolerance) out.push(`right by ${Math.round(rect.right - box.right)}px`);
        if (rect.top < box.top - tolerance) out.push(`top by ${Math.round(box.top - rect.top)}px`);
        if (rect.bottom > box.bottom + tolerance) out.push(`bottom by ${Math.round(rect.bottom - box.bottom)}px`);
        return out;
      };
      const intersect = (a: Box, b: Box): Box => ({
        left: Math.max(a.left, b.left),
        top: Math.max(a.top, b.top),
        right: Math.min(a.right, b.right),
        bottom: Math.min(a.bottom, b.bottom),
      });
      const empty = (box: Box): boolean => box.right - box.left <= 0 || box.bottom - box.top <= 0;
      const describe = (node: Node): string => {
        const el = node instanceof Element ? node : node.parentElement!;
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
        const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
        return `<${el.tagName.toLowerCase()}${cls}>${text ? ` "${text}"` : ''}`;
      };
      /** The ancestors (inside the slide) that cut off what overflows them, nearest first. */
      const clippers = (el: Element): Element[] => {
        const out: Element[] = [];
        for (let up = el.parentElement; up && up !== slide.parentElement; up = up.parentElement) {
          const style = getComputedStyle(up);
          if (style.overflowX !== 'visible' || style.overflowY !== 'visible') out.push(up);
        }
        return out;
      };
      const visiblePart = (box: Box, el: Element): Box => clippers(el).reduce((part, clip) => intersect(part, clip.getBoundingClientRect()), box);
      // Notes are for the speaker view; KaTeX's MathML and a picture's text alternative are for
      // screen readers and drawn 1px wide on purpose.
      const skipped = (el: Element): boolean => el.closest('aside.notes, .katex-mathml, .talk-alt') !== null;

      for (const el of [slide, ...slide.querySelectorAll('*')]) {
        if (skipped(el) || getComputedStyle(el).visibility === 'hidden') continue;
        const part = visiblePart(el.getBoundingClientRect(), el);
        if (empty(part)) continue;
        const out = sides(part, frame);
        if (out.length > 0) problems.push(`${describe(el)} overflows the slide (${out.join(', ')})`);
      }

      // Text, measured glyph by glyph: a long word can run out of a box that itself fits.
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || skipped(parent) || (node.textContent ?? '').replace(/[\s\u200b]/g, '') === '') continue;
        if (getComputedStyle(parent).visibility === 'hidden') continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        const box = {
          left: Math.min(...rects.map((r) => r.left)),
          top: Math.min(...rects.map((r) => r.top)),
          right: Math.max(...rects.map((r) => r.right)),
          bottom: Math.max(...rects.map((r) => r.bottom)),
        };
        const out = sides(box, frame);
        if (out.length > 0) problems.push(`text ${describe(node)} overflows the slide (${out.join(', ')})`);
        const shownPx = parseFloat(getComputedStyle(parent).fontSize) * reveal.getScale();
        if (shownPx < minTextPx - 0.05 && !parent.closest('svg, .katex')) problems.push(`text ${describe(node)} is ${shownPx.toFixed(1)}px, under ${minTextPx}px`);
        for (const clip of clippers(parent)) {
          const cut = sides(box, clip.getBoundingClientRect());
          if (cut.length > 0) {
            problems.push(`text ${describe(node)} is cut off by ${describe(clip).split(' ')[0]} (${cut.join(', ')})`);
            break;
          }
        }
      }
      return { id: slide.id, problems: [...new Set(problems)] };
    },
    { index, tolerance: TOLERANCE_PX, minTextPx },
  );
}

/** Moves to slide `index` and reveals all of its steps, the fullest it gets. */
export async function showFully(page: Page, index: number): Promise<void> {
  await page.evaluate((i) => {
    const reveal = (window as unknown as {
      Reveal: { getSlides(): HTMLElement[]; getIndices(slide: HTMLElement): { h: number; v?: number }; slide(h: number, v?: number): void; nextFragment(): boolean };
    }).Reveal;
    const target = reveal.getSlides()[i];
    if (!target) return;
    const { h, v } = reveal.getIndices(target);
    reveal.slide(h, v ?? 0);
    while (reveal.nextFragment());
  }, index);
  await waitReady(page);
}
