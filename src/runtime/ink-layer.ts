import { SLIDE_BOX, strokePath, type InkStroke, type SlidePoint } from '../protocol/ink.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The drawings' layer: an `<svg class="talk-ink">` over each slide, in the slide's own units
 * (viewBox 1280×720), so strokes scale with the slide on every screen and print as vectors. The
 * laser pointer is a dot on the current slide's layer.
 */
export class InkLayer {
  private readonly laser: SVGGElement;

  constructor() {
    this.laser = document.createElementNS(SVG_NS, 'g');
    this.laser.setAttribute('class', 'talk-laser');
    for (const [r, opacity] of [
      [18, 0.25],
      [8, 1],
    ] as const) {
      const dot = document.createElementNS(SVG_NS, 'circle');
      dot.setAttribute('r', String(r));
      dot.setAttribute('fill-opacity', String(opacity));
      this.laser.append(dot);
    }
  }

  /** Adds a layer to every slide (before reveal.js starts, so print view's copies have one too). */
  mount(): void {
    for (const section of document.querySelectorAll<HTMLElement>('section[data-talk-slide]')) {
      if (section.querySelector(':scope > svg.talk-ink')) continue;
      const svg = document.createElementNS(SVG_NS, 'svg');
      svg.setAttribute('class', 'talk-ink');
      svg.setAttribute('viewBox', `0 0 ${SLIDE_BOX.width} ${SLIDE_BOX.height}`);
      svg.setAttribute('preserveAspectRatio', 'none');
      svg.setAttribute('aria-hidden', 'true');
      const strokes = document.createElementNS(SVG_NS, 'g');
      strokes.setAttribute('class', 'talk-ink-strokes');
      svg.append(strokes);
      section.append(svg);
    }
  }

  /** The layer of slide `id` shown now (in print view, its first copy). */
  layerOf(id: string): SVGSVGElement | null {
    return document.querySelector<SVGSVGElement>(`section[data-talk-slide="${CSS.escape(id)}"] > svg.talk-ink`);
  }

  /** Draws `strokes` on slide `id` (every copy of it), replacing what was there. */
  draw(id: string, strokes: readonly InkStroke[]): void {
    for (const group of document.querySelectorAll<SVGGElement>(`section[data-talk-slide="${CSS.escape(id)}"] > svg.talk-ink > .talk-ink-strokes`)) {
      group.replaceChildren(...strokes.map(pathOf));
    }
  }

  /** Puts the laser dot on slide `id` at `at`, or hides it. */
  point(id: string, at: SlidePoint | null): void {
    const layer = at ? this.layerOf(id) : null;
    if (!layer || !at) {
      this.laser.remove();
      return;
    }
    this.laser.setAttribute('transform', `translate(${round(at.x)} ${round(at.y)})`);
    if (this.laser.parentNode !== layer) layer.append(this.laser);
  }

  /** Where the laser dot is, if shown: slide id and point (tests and viewers read it). */
  pointer(): { slide: string; at: SlidePoint } | undefined {
    const section = this.laser.closest<HTMLElement>('section[data-talk-slide]');
    const match = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(this.laser.getAttribute('transform') ?? '');
    return section && match ? { slide: section.dataset.talkSlide ?? '', at: { x: Number(match[1]), y: Number(match[2]) } } : undefined;
  }
}

/** A client (screen) position to slide units on `layer`, which may be scaled by reveal.js. */
export function toSlidePoint(layer: SVGSVGElement, clientX: number, clientY: number): SlidePoint {
  const box = layer.getBoundingClientRect();
  return {
    x: round(((clientX - box.left) / Math.max(1, box.width)) * SLIDE_BOX.width),
    y: round(((clientY - box.top) / Math.max(1, box.height)) * SLIDE_BOX.height),
  };
}

/** One decimal: enough for a 4K screen, and short in storage and messages. */
export function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function pathOf(stroke: InkStroke): SVGPathElement {
  const path = document.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', strokePath(stroke.points));
  path.setAttribute('stroke', stroke.color);
  path.setAttribute('stroke-width', String(stroke.width));
  return path;
}
