/** What the handout layout needs from Node. */
export interface HandoutSpec {
  /** Page size in CSS pixels (A4 portrait: 794 x 1123). */
  readonly width: number;
  readonly height: number;
  /** Shown where a slide has no notes. */
  readonly noNotes: string;
}

/** A4 portrait at 96 dpi. */
export const A4_PORTRAIT = { width: 794, height: 1123 } as const;

/**
 * Runs in the print view after `pdf-ready`: puts every `.pdf-page` (slide or step) on a page of
 * its own, scaled down on top, with the slide's notes in the current language beneath. The slide
 * is scaled with CSS zoom, so its text, diagrams and formulas stay vector. Self-contained:
 * Playwright sends its source to the page.
 */
export function layoutHandout(spec: HandoutSpec): number {
  const margin = 48;
  const slidesEl = document.querySelector<HTMLElement>('.reveal .slides');
  const pages = [...document.querySelectorAll<HTMLElement>('.reveal .slides > .pdf-page')];
  if (!slidesEl || pages.length === 0) return 0;
  const pageWidth = pages[0]?.offsetWidth ?? 1;
  const pageHeight = pages[0]?.offsetHeight ?? 1;
  const frameWidth = spec.width - 2 * margin;
  const scale = frameWidth / pageWidth;
  for (const page of pages) {
    const sheet = document.createElement('div');
    sheet.className = 'talk-handout-page';
    sheet.style.width = `${spec.width}px`;
    sheet.style.height = `${spec.height}px`;
    sheet.style.padding = `${margin}px`;
    const frame = document.createElement('div');
    frame.className = 'talk-handout-slide';
    frame.style.width = `${frameWidth}px`;
    frame.style.height = `${Math.ceil(pageHeight * scale)}px`;
    // zoom, not transform: a transformed box keeps its full layout width, and Chromium shrinks
    // every printed page to fit that overflow onto the paper.
    page.style.zoom = String(scale);
    page.style.width = `${pageWidth}px`;
    page.replaceWith(sheet);
    frame.appendChild(page);
    const notes = document.createElement('div');
    notes.className = 'talk-handout-notes';
    const source = page.querySelector<HTMLElement>('section[data-talk-slide] > aside.notes');
    const html = source?.innerHTML.trim() ?? '';
    if (html) notes.innerHTML = html;
    else notes.textContent = spec.noNotes;
    sheet.append(frame, notes);
    // Long notes shrink to fit their page rather than spill onto a page of their own.
    let size = 15;
    notes.style.fontSize = `${size}px`;
    while (notes.scrollHeight > notes.clientHeight + 1 && size > 8) {
      size -= 0.5;
      notes.style.fontSize = `${size}px`;
    }
  }
  // Chromium lays pages out at the first @page size it meets and shrinks them onto the paper, so
  // reveal's slide-sized rule is removed, not merely overridden.
  for (const sheet of document.querySelectorAll('style')) {
    if (sheet.textContent?.includes('@page')) sheet.textContent = sheet.textContent.replace(/@page\s*\{[^}]*\}/g, '');
  }
  const style = document.createElement('style');
  style.textContent = `@page { size: ${spec.width}px ${spec.height}px; margin: 0; }`;
  document.head.appendChild(style);
  document.body.style.width = `${spec.width}px`;
  document.body.style.height = `${spec.height}px`;
  document.documentElement.dataset.talkHandout = 'true';
  return pages.length;
}
