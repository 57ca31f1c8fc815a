import type { TextReader } from './page-text.ts';
import type { Box, LaidOutSlide, PictureItem, ShapeItem, SlideItem, TableCell, TableItem, TextItem, TextParagraph, TextRun } from './slide-layout.ts';

/**
 * Runs in reveal's print view once it is ready (after `installTextReader` and `installSvgReader`):
 * reads every printed page (`.pdf-page`, one per slide) as boxes in its own pixels: text boxes
 * (one per title, kicker, list, paragraph, caption, code block), rectangles behind them (a quote's
 * panel and bar), native tables (any `<table>`), and pictures (diagrams, formulas, QR codes,
 * images, video posters). Generic: it follows the elements the page shows, not the block kinds,
 * so a new block made of paragraphs, lists or tables comes out editable without changes here.
 */
export function readLaidOutSlides(): LaidOutSlide[] {
  const api = (window as unknown as { __talkPptx: { text: TextReader; svg: (el: SVGSVGElement) => string } }).__talkPptx;
  const { text } = api;
  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
  const docX = window.scrollX;
  const docY = window.scrollY;

  return pages.map((page) => {
    const origin = page.getBoundingClientRect();
    const rel = (r: DOMRect): Box => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height });
    const doc = (r: DOMRect): Box => ({ x: r.left + docX, y: r.top + docY, w: r.width, h: r.height });
    const px = (value: string): number => parseFloat(value) || 0;
    /** The box inside padding and border, where text starts. */
    const contentBox = (el: Element): Box => {
      const cs = getComputedStyle(el);
      const r = rel(el.getBoundingClientRect());
      const left = px(cs.paddingLeft) + px(cs.borderLeftWidth);
      const top = px(cs.paddingTop) + px(cs.borderTopWidth);
      const right = px(cs.paddingRight) + px(cs.borderRightWidth);
      const bottom = px(cs.paddingBottom) + px(cs.borderBottomWidth);
      return { x: r.x + left, y: r.y + top, w: Math.max(1, r.w - left - right), h: Math.max(1, r.h - top - bottom) };
    };
    const pageBg = text.color(getComputedStyle(page).backgroundColor) ?? text.color(getComputedStyle(document.body).backgroundColor);
    const items: SlideItem[] = [];
    const isInline = (el: Element): boolean => getComputedStyle(el).display.startsWith('inline') && el.tagName.toLowerCase() !== 'svg';
    const hasBlockChild = (el: Element): boolean => [...el.children].some((child) => text.visible(child) && !isInline(child) && child.tagName !== 'BR');
    const role = (el: Element): string => [...el.classList].find((name) => name.startsWith('talk-'))?.slice(5) ?? el.tagName.toLowerCase();
    const figureCaption = (el: Element): string => (el.closest('figure')?.querySelector('figcaption')?.textContent ?? '').replace(/\s+/g, ' ').trim();

    const decorate = (el: Element): void => {
      const cs = getComputedStyle(el);
      const fill = text.color(cs.backgroundColor);
      const sides = [cs.borderTopWidth, cs.borderRightWidth, cs.borderBottomWidth, cs.borderLeftWidth].map(px);
      const leftOnly = (sides[3] ?? 0) > 0 && sides.slice(0, 3).every((w) => w === 0);
      const all = sides.every((w) => w > 0 && w === sides[0]);
      const sameAsPage = fill && pageBg && fill.hex === pageBg.hex;
      if ((!fill || sameAsPage) && !leftOnly && !all) return;
      const shape: ShapeItem = {
        kind: 'shape',
        box: rel(el.getBoundingClientRect()),
        fill: fill && !sameAsPage ? fill.hex : undefined,
        fillTransparency: fill?.transparency ?? 0,
        line: all ? { color: text.color(cs.borderTopColor)?.hex ?? '000000', width: sides[0] ?? 1 } : undefined,
        leftBar: leftOnly ? { color: text.color(cs.borderLeftColor)?.hex ?? '000000', width: sides[3] ?? 1 } : undefined,
        radius: px(cs.borderTopLeftRadius),
      };
      items.push(shape);
    };

    const picture = (item: Omit<PictureItem, 'kind' | 'box' | 'clip'>, target: Element, tight?: DOMRect): void => {
      const r = tight ?? target.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return;
      items.push({ kind: 'picture', box: rel(r), clip: doc(r), ...item });
    };

    const textItem = (el: Element, paragraphs: TextParagraph[], box: Box, nowrap = false): void => {
      if (paragraphs.every((p) => p.runs.length === 0)) return;
      const item: TextItem = { kind: 'text', role: role(el), box, paragraphs, nowrap };
      items.push(item);
    };

    const list = (el: Element): void => {
      const entries = [...el.children].filter((li) => li.tagName === 'LI' && text.visible(li));
      const first = entries[0];
      if (!first) return;
      const size = px(getComputedStyle(first).fontSize);
      const listRect = el.getBoundingClientRect();
      const textLeft = first.getBoundingClientRect().left;
      // Markers hang left of the items (list-style outside): the box starts one marker-width left.
      const markerType = getComputedStyle(first).listStyleType;
      const gap = markerType === 'none' ? 0 : size * 1.1;
      const left = textLeft - gap;
      let prevBottom = first.getBoundingClientRect().top;
      const paragraphs = entries.map((li) => {
        const r = li.getBoundingClientRect();
        const p = text.paragraph(li, false, r.top - prevBottom, gap);
        prevBottom = r.bottom;
        const type = getComputedStyle(li).listStyleType;
        const bullet: TextParagraph['bullet'] = type === 'none' ? undefined : el.tagName === 'OL' ? 'number' : 'bullet';
        return { ...p, bullet };
      });
      const top = first.getBoundingClientRect().top;
      const box = rel(new DOMRect(left, top, listRect.right - left, prevBottom - top));
      textItem(el, paragraphs, box);
    };

    const table = (el: HTMLTableElement): void => {
      if (el.caption && text.visible(el.caption)) textItem(el.caption, [text.paragraph(el.caption, false, 0, 0)], contentBox(el.caption));
      const rows = [...el.rows].filter((row) => text.visible(row));
      if (rows.length === 0) return;
      const cellsOf = (row: HTMLTableRowElement): HTMLTableCellElement[] => [...row.cells].filter((cell) => text.visible(cell));
      const tableRows: TableCell[][] = rows.map((row) =>
        cellsOf(row).map((cell) => {
          const cs = getComputedStyle(cell);
          const fill = text.color(cs.backgroundColor) ?? text.color(getComputedStyle(row).backgroundColor) ?? text.color(getComputedStyle(row.parentElement ?? row).backgroundColor);
          const side = (width: string, color: string): { width: number; color: string } => ({ width: px(width), color: text.color(color)?.hex ?? '000000' });
          const valign = cs.verticalAlign === 'middle' ? 'middle' : cs.verticalAlign === 'bottom' ? 'bottom' : 'top';
          return {
            paragraphs: [text.paragraph(cell, false, 0, 0)],
            header: cell.tagName === 'TH',
            fill: fill?.hex,
            borders: [
              side(cs.borderTopWidth, cs.borderTopColor),
              side(cs.borderRightWidth, cs.borderRightColor),
              side(cs.borderBottomWidth, cs.borderBottomColor),
              side(cs.borderLeftWidth, cs.borderLeftColor),
            ],
            padding: [cs.paddingTop, cs.paddingRight, cs.paddingBottom, cs.paddingLeft].map(px),
            valign,
            colspan: cell.colSpan,
            rowspan: cell.rowSpan,
          } satisfies TableCell;
        }),
      );
      const widest = rows.find((row) => cellsOf(row).every((cell) => cell.colSpan === 1)) ?? rows[0];
      const colWidths = widest ? cellsOf(widest).map((cell) => cell.getBoundingClientRect().width) : [];
      const top = rows[0]?.getBoundingClientRect().top ?? 0;
      const bottom = rows.at(-1)?.getBoundingClientRect().bottom ?? top;
      const left = widest ? (cellsOf(widest)[0]?.getBoundingClientRect().left ?? 0) : 0;
      const width = colWidths.reduce((a, b) => a + b, 0);
      const item: TableItem = {
        kind: 'table',
        box: rel(new DOMRect(left, top, width, bottom - top)),
        rows: tableRows,
        colWidths,
        rowHeights: rows.map((row) => row.getBoundingClientRect().height),
      };
      items.push(item);
    };

    const visit = (el: Element): void => {
      // The drawing layer (svg.talk-ink) is the pen's, not the slide's: a PPTX has no drawings.
      if (!text.visible(el) || el.matches('aside.notes, .slide-background, svg.talk-ink, script, style, template')) return;
      const tag = el.tagName.toLowerCase();
      if (el.classList.contains('talk-mermaid')) {
        const svg = el.querySelector('svg');
        if (svg) picture({ role: 'diagram', alt: el.getAttribute('aria-label') ?? figureCaption(el), svg: api.svg(svg) }, svg);
        return;
      }
      if (tag === 'svg') {
        const svg = el as SVGSVGElement;
        const alt = el.getAttribute('aria-label') ?? el.querySelector('title')?.textContent ?? figureCaption(el);
        picture({ role: el.classList.contains('talk-qr') ? 'qr' : 'illustration', alt, svg: api.svg(svg) }, svg);
        return;
      }
      if (el.classList.contains('katex-display') || el.classList.contains('katex')) {
        const tex = el.querySelector('annotation[encoding="application/x-tex"]')?.textContent?.trim() ?? '';
        const glyphs = el.querySelector('.katex-html') ?? el;
        const range = document.createRange();
        range.selectNodeContents(glyphs);
        // The glyphs' own extent, a little wider: superscripts and italic overhangs reach past it.
        const tight = range.getBoundingClientRect();
        const pad = 4;
        picture({ role: 'formula', alt: tex }, glyphs, new DOMRect(tight.left - pad, tight.top - pad, tight.width + 2 * pad, tight.height + 2 * pad));
        return;
      }
      if (tag === 'img') {
        const img = el as HTMLImageElement;
        const vector = /\.svg(?:[?#]|$)|^data:image\/svg/i.test(img.currentSrc);
        picture({ role: vector ? 'illustration' : 'image', alt: img.alt, src: img.currentSrc }, img);
        return;
      }
      if (tag === 'video') {
        const video = el as HTMLVideoElement;
        const alt = video.getAttribute('aria-label') ?? video.title ?? figureCaption(video);
        const media = video.currentSrc || video.querySelector('source')?.src || video.src;
        picture({ role: 'video', alt, src: video.poster || undefined, media: media || undefined }, video);
        return;
      }
      if (tag === 'canvas') {
        picture({ role: 'image', alt: el.getAttribute('aria-label') ?? figureCaption(el) }, el);
        return;
      }
      decorate(el);
      if (tag === 'table') return table(el as HTMLTableElement);
      if (tag === 'pre') {
        // Each line of code is a paragraph of its own: easier to edit than one paragraph of breaks.
        const whole = text.paragraph(el, true, 0, 0);
        const lines: TextRun[][] = [[]];
        for (const run of whole.runs) {
          if (run.lineBreak) lines.push([]);
          else lines.at(-1)?.push(run);
        }
        return textItem(el, lines.map((runs) => ({ ...whole, runs })), contentBox(el), true);
      }
      if (tag === 'ul' || tag === 'ol') return list(el);
      if (!hasBlockChild(el) && (el.textContent ?? '').trim() !== '') {
        const paragraph = text.paragraph(el, false, 0, 0);
        const box = contentBox(el);
        // One line on the page stays one line in the office suite, even in a wider substitute face
        // (it runs past its box instead of wrapping onto the text below).
        return textItem(el, [paragraph], box, box.h < paragraph.lineHeight * 1.5);
      }
      for (const child of el.children) visit(child);
    };

    for (const child of page.children) visit(child);
    const section = page.querySelector<HTMLElement>('section[data-talk-slide]');
    const notes = section?.querySelector(':scope > aside.notes');
    const noteParagraphs = notes
      ? [...notes.children].flatMap((block) =>
          block.tagName === 'UL' || block.tagName === 'OL'
            ? [...block.children].map((li) => `• ${(li.textContent ?? '').replace(/\s+/g, ' ').trim()}`)
            : [(block.textContent ?? '').replace(/\s+/g, ' ').trim()],
        )
      : [];
    const title = section?.querySelector<HTMLElement>('.talk-title');
    return {
      id: section?.dataset.talkSlide ?? '',
      title: title ? (title.innerText || '').replace(/\s+/g, ' ').trim() : '',
      width: origin.width,
      height: origin.height,
      background: pageBg?.hex ?? 'ffffff',
      items,
      notes: noteParagraphs.filter(Boolean).join('\n\n'),
      steps: section?.querySelectorAll('.fragment').length ?? 0,
    } satisfies LaidOutSlide;
  });
}
