import type { Page } from 'playwright-core';

/** How one slide uses its box, as shown. */
export interface SlideSpace {
  readonly id: string;
  /** Height between the lowest thing drawn and the slide's bottom edge, as a fraction of the slide's height. */
  readonly emptyBelow: number;
  /** Text drawn smaller than `minPx` screen pixels, described (HTML text and diagram labels alike). */
  readonly smallText: readonly string[];
  /** The smallest text on the slide, in screen pixels. */
  readonly minTextPx: number;
}

/**
 * Measures slide `index` as shown: how far above the slide's bottom edge its lowest ink ends
 * (glyphs, pictures, diagrams, boxes with a background or border; never an empty container that
 * was merely stretched), and which text is drawn under `minPx` on screen. A diagram label's size
 * includes the scaling of its <svg>. Runs in the page.
 */
export function slideSpace(page: Page, index: number, minPx: number): Promise<SlideSpace> {
  return page.evaluate(
    ({ index, minPx }) => {
      const reveal = (window as unknown as { Reveal: { getSlides(): HTMLElement[]; getScale(): number } }).Reveal;
      const slide = reveal.getSlides()[index];
      if (!slide) return { id: `#${index}`, emptyBelow: 1, smallText: [`slide ${index} does not exist`], minTextPx: 0 };
      const frame = document.querySelector('.reveal .slides')!.getBoundingClientRect();
      // Notes are for the speaker view; KaTeX's MathML and a picture's text alternative are for
      // screen readers and drawn 1px wide on purpose; the pen's layer (svg.talk-ink) covers every
      // slide whole, drawn on or not, and is not the slide's content.
      const skipped = (el: Element): boolean => el.closest('aside.notes, .katex-mathml, .talk-alt, svg.talk-ink') !== null;
      const shown = (el: Element): boolean => getComputedStyle(el).visibility !== 'hidden' && Number(getComputedStyle(el).opacity) > 0;
      let bottom = frame.top;
      const reach = (rect: DOMRect): void => {
        if (rect.width > 0 && rect.height > 0) bottom = Math.max(bottom, Math.min(rect.bottom, frame.bottom));
      };
      // Pictures and boxes that show themselves (a quote's tinted box), not bare layout containers.
      for (const el of slide.querySelectorAll('*')) {
        if (skipped(el) || !shown(el)) continue;
        const style = getComputedStyle(el);
        const drawn =
          el instanceof SVGSVGElement ||
          el instanceof HTMLImageElement ||
          el instanceof HTMLCanvasElement ||
          el instanceof HTMLVideoElement ||
          (style.backgroundColor !== 'rgba(0, 0, 0, 0)' && !(el instanceof SVGElement)) ||
          parseFloat(style.borderBottomWidth) > 0 ||
          parseFloat(style.borderLeftWidth) > 0;
        if (drawn) reach(el.getBoundingClientRect());
      }
      const smallText: string[] = [];
      let minTextPx = Infinity;
      const scale = reveal.getScale();
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        const text = (node.textContent ?? '').replace(/[\s\u200b]/g, '');
        if (!parent || skipped(parent) || text === '' || !shown(parent)) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
        if (rects.length === 0) continue;
        rects.forEach(reach);
        // SVG text is scaled by its own viewBox as well as by reveal.js; getScreenCTM has both.
        const drawnBy = parent instanceof SVGGraphicsElement ? parent : parent.closest('foreignObject');
        const matrix = drawnBy instanceof SVGGraphicsElement ? drawnBy.getScreenCTM() : null;
        const svgScale = matrix ? Math.hypot(matrix.a, matrix.b) : scale;
        const px = parseFloat(getComputedStyle(parent).fontSize) * svgScale;
        minTextPx = Math.min(minTextPx, px);
        // KaTeX draws sub- and superscripts at its script size on purpose (x₀ in a caption).
        if (px < minPx - 0.05 && !parent.closest('.katex .msupsub')) smallText.push(`"${text.slice(0, 40)}" at ${px.toFixed(1)}px (<${parent.tagName.toLowerCase()}>)`);
      }
      return { id: slide.id, emptyBelow: (frame.bottom - bottom) / frame.height, smallText: [...new Set(smallText)], minTextPx: Number.isFinite(minTextPx) ? minTextPx : 0 };
    },
    { index, minPx },
  );
}
