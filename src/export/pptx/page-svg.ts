/**
 * Runs in the print view (Playwright sends its source): installs `window.__talkPptx.svg(el)`,
 * which returns a drawn SVG (a Mermaid diagram, a QR code, an illustration) as a standalone file
 * that office suites draw as the page does:
 * - every element's computed paint and font are written as attributes and `<style>` is dropped
 *   (PowerPoint's SVG import ignores most CSS selectors);
 * - HTML labels (`<foreignObject>`, which neither PowerPoint nor LibreOffice draw) become SVG
 *   `<text>`, one per line, at the place where Chromium laid each line out.
 */
export function installSvgReader(): void {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const PAINT = [
    'fill',
    'fill-opacity',
    'stroke',
    'stroke-width',
    'stroke-opacity',
    'stroke-dasharray',
    'stroke-linecap',
    'stroke-linejoin',
    'opacity',
    'font-family',
    'font-size',
    'font-weight',
    'font-style',
    'text-anchor',
  ];

  /** Lines of a label as laid out: text, left, baseline, and the look of its first character. */
  const labelLines = (fo: Element): { text: string; left: number; bottom: number; height: number; style: CSSStyleDeclaration }[] => {
    const lines: { text: string; left: number; bottom: number; height: number; style: CSSStyleDeclaration }[] = [];
    const walker = document.createTreeWalker(fo, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const parent = node.parentElement;
      if (!parent || parent.getClientRects().length === 0) continue;
      const style = getComputedStyle(parent);
      for (let i = 0; i < node.data.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect) continue;
        const line = lines.at(-1);
        // A new line starts where a character sits below the previous line's middle.
        if (line && rect.top < line.bottom - line.height / 2) {
          line.text += node.data[i];
          continue;
        }
        if (/\s/.test(node.data[i] ?? '')) continue;
        lines.push({ text: node.data[i] ?? '', left: rect.left, bottom: rect.bottom, height: rect.height, style });
      }
    }
    return lines.map((line) => ({ ...line, text: line.text.replace(/\s+/g, ' ').trim() })).filter((line) => line.text !== '');
  };

  const readSvg = (svg: SVGSVGElement): string => {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    const source = [svg, ...svg.querySelectorAll('*')];
    const copy = [clone, ...clone.querySelectorAll('*')];
    source.forEach((el, i) => {
      const target = copy[i];
      if (!target || !(el instanceof SVGElement) || el.closest('foreignObject')) return;
      if (el.tagName === 'style' || el.tagName === 'foreignObject') return;
      const cs = getComputedStyle(el);
      if (cs.display === 'none') {
        target.setAttribute('display', 'none');
        return;
      }
      for (const prop of PAINT) {
        const value = cs.getPropertyValue(prop);
        if (value && value !== 'normal') target.setAttribute(prop, value);
      }
      target.removeAttribute('style');
      target.removeAttribute('class');
    });
    // Labels: replace each foreignObject of the copy with the text lines of the original.
    const labels = [...svg.querySelectorAll('foreignObject')];
    const copies = [...clone.querySelectorAll('foreignObject')];
    labels.forEach((fo, i) => {
      const into = copies[i];
      const parent = fo.parentNode as SVGGraphicsElement | null;
      const ctm = parent?.getScreenCTM?.();
      if (!into || !ctm) return;
      const toUser = ctm.inverse();
      const group = document.createElementNS(SVG_NS, 'g');
      for (const line of labelLines(fo)) {
        // Chromium's line box for a run is the font's ascent + descent; the baseline sits about a
        // fifth of it above the bottom for Inter and Noto Sans SC alike.
        const point = new DOMPoint(line.left, line.bottom - line.height * 0.2).matrixTransform(toUser);
        const text = document.createElementNS(SVG_NS, 'text');
        text.setAttribute('x', point.x.toFixed(2));
        text.setAttribute('y', point.y.toFixed(2));
        text.setAttribute('font-family', line.style.fontFamily);
        text.setAttribute('font-size', (parseFloat(line.style.fontSize) * toUser.a).toFixed(2));
        text.setAttribute('font-weight', line.style.fontWeight);
        if (line.style.fontStyle !== 'normal') text.setAttribute('font-style', line.style.fontStyle);
        text.setAttribute('fill', line.style.color);
        text.textContent = line.text;
        group.appendChild(text);
      }
      into.replaceWith(group);
    });
    clone.querySelectorAll('style').forEach((el) => el.remove());
    const box = svg.getBoundingClientRect();
    clone.setAttribute('xmlns', SVG_NS);
    clone.setAttribute('width', box.width.toFixed(2));
    clone.setAttribute('height', box.height.toFixed(2));
    clone.removeAttribute('style');
    return new XMLSerializer().serializeToString(clone);
  };

  const w = window as unknown as { __talkPptx?: Record<string, unknown> };
  w.__talkPptx = { ...w.__talkPptx, svg: readSvg };
}
