import type { RevealApi } from '../runtime/deck-context.ts';

/** Narrower than this and held upright, a phone reads the slide rather than looking at it. */
export const READING_QUERY = '(orientation: portrait) and (max-width: 700px)';
/**
 * The width, in the slide's own pixels (it is designed at 1280×720), that the text flows into
 * when read on a phone: at 390 CSS px wide, body text (30 px) shows at 18 px.
 */
export const READING_WIDTH = 640;

/**
 * Held upright, a 16:9 slide scaled to a phone's width fills a third of the screen with 8 px text.
 * There the page switches reveal.js's layout off and lets the slide flow down the phone at a size
 * one can read, scrolled like a page (audience.css, `main[data-talk-reading]`); turned sideways,
 * reveal lays out the whole slide again. Each new slide starts at its top.
 */
export function followReadingLayout(reveal: RevealApi, main: HTMLElement, scroller: HTMLElement): void {
  const upright = window.matchMedia(READING_QUERY);
  const apply = (): void => {
    const reading = upright.matches;
    main.style.setProperty('--talk-reading-zoom', String(Math.min(1, main.clientWidth / READING_WIDTH)));
    if (reading === (main.dataset.talkReading === 'true')) return;
    main.dataset.talkReading = String(reading);
    reveal.configure({ disableLayout: reading });
    if (!reading) reveal.layout();
  };
  // Turning the phone resizes the window: one listener sees the orientation and the width change.
  window.addEventListener('resize', apply);
  reveal.on('slidechanged', () => scroller.scrollTo({ top: 0 }));
  keepDrawnWidths(main);
  apply();
}

/**
 * Gives each diagram, as Mermaid draws it (again after a language switch), its drawn width as
 * `--talk-drawn-width`: read upright, a diagram takes that width, its labels at about 12 px, and
 * scrolls sideways in its own box (audience.css) instead of shrinking to the phone's width, where
 * a wide flowchart's labels came out at 5-7 px.
 */
function keepDrawnWidths(root: HTMLElement): void {
  const mark = (svg: SVGSVGElement | null): void => {
    const width = svg?.viewBox.baseVal?.width;
    if (svg && width) svg.style.setProperty('--talk-drawn-width', `${width}px`);
  };
  root.querySelectorAll<SVGSVGElement>('.talk-mermaid svg').forEach(mark);
  new MutationObserver((records) => {
    for (const record of records) mark((record.target as Element).querySelector('svg'));
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-talk-rendered'] });
}
