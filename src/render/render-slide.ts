import type { PlacedSlide } from '../model/library.ts';
import type { Text } from '../model/types.ts';
import { escapeHtml } from './escape.ts';
import { renderBlock, type BlockContext } from './render-block.ts';
import type { HighlightCode } from './render-code.ts';
import { renderBilingual } from './render-text.ts';

/** What slide rendering needs besides the slide. */
export interface SlideContext {
  readonly assetUrl: (src: string) => string;
  /** The markup of an SVG picture below `assets/` to write into the slide, if it is one. */
  readonly inlineSvg?: (src: string) => string | undefined;
  /** The section's title, shown small above the slide title. */
  readonly sectionTitle: Text;
  /** On a part's first slide: every part of the talk, shown instead of the section's title. */
  readonly parts?: { readonly titles: readonly Text[]; readonly current: number };
  /** Colours code blocks at build time. */
  readonly highlight?: HighlightCode;
}

/** One placed slide to a reveal.js `<section>`. */
export function renderSlide(placed: PlacedSlide, ctx: SlideContext): string {
  const { slide, file, sectionId } = placed;
  const blockCtx: BlockContext = { file, slideId: slide.id, assetUrl: ctx.assetUrl, inlineSvg: ctx.inlineSvg, highlight: ctx.highlight };
  const layout = slide.layout ?? 'default';
  const seconds = Math.round(slide.minutes * 60);
  const subtitle = slide.subtitle ? `<p class="talk-subtitle">${renderBilingual(slide.subtitle)}</p>` : '';
  const withKicker = layout === 'default' || layout === 'center' || layout === 'split';
  const kicker = !withKicker ? '' : ctx.parts ? renderParts(ctx.parts) : `<p class="talk-kicker">${renderBilingual(ctx.sectionTitle)}</p>`;
  const heading = layout === 'title' ? 'h1' : 'h2';
  return (
    `<section id="${escapeHtml(slide.id)}" class="talk-layout-${layout}" data-talk-slide="${escapeHtml(slide.id)}" data-talk-section="${escapeHtml(sectionId)}" data-talk-source="${escapeHtml(file)}" data-timing="${seconds}">` +
    `${kicker}<${heading} class="talk-title">${renderBilingual(slide.title)}</${heading}>${subtitle}` +
    `<div class="talk-body">${slide.blocks.map((block) => renderBlock(block, blockCtx)).join('')}</div>` +
    // Empty: the notes load on their own, only where they are shown (NotesController fills it for the handout).
    `<aside class="notes"></aside>` +
    `</section>`
  );
}

/** Where the talk is: its parts in order, the current one marked (`aria-current`). */
function renderParts({ titles, current }: NonNullable<SlideContext['parts']>): string {
  const items = titles.map((title, i) => `<li${i === current ? ' class="talk-current" aria-current="step"' : ''}><span class="talk-part-number">${i + 1}</span> ${renderBilingual(title)}</li>`);
  return `<div class="talk-kicker talk-parts"><ol>${items.join('')}</ol></div>`;
}
