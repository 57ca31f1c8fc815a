import type { ResolvedDeck } from '../model/library.ts';
import { slideBlocks } from '../model/texts.ts';
import { deckLanguages, toBilingual } from '../model/text.ts';
import type { Bilingual, Locale, Text } from '../model/types.ts';
import { inlineText } from './render-inline.ts';
import type { HighlightCode } from './render-code.ts';
import type { RenderedDeck, SectionInfo, SlideInfo } from './rendered-deck.ts';
import { renderNotes } from './render-notes.ts';
import { renderSlide } from './render-slide.ts';

/** What deck rendering needs besides the deck. */
export interface DeckContext {
  readonly assetUrl: (src: string) => string;
  /** The markup of an SVG picture below `assets/` to write into the slide, if it is one. */
  readonly inlineSvg?: (src: string) => string | undefined;
  /** Notes Markdown of a slide in both languages. */
  readonly notesOf: (slideId: string) => Bilingual;
  /** Leave the notes out of the output (for public builds). */
  readonly withoutNotes?: boolean;
  readonly locale?: Locale;
  /** Colours code blocks at build time. */
  readonly highlight?: HighlightCode;
}

const NO_NOTES: Bilingual = { en: '', zh: '' };

/** A title as plain text in both languages: the page shows these where no markup goes (see inlineText). */
function plainText(text: Text): Bilingual {
  const { en, zh } = toBilingual(text);
  return { en: inlineText(en), zh: inlineText(zh) };
}

/** A resolved deck to the HTML and metadata the page needs. Throws DeckError on TeX mistakes. */
export function renderDeck(resolved: ResolvedDeck, ctx: DeckContext): RenderedDeck {
  const notes: Record<string, Bilingual> = {};
  const slides: SlideInfo[] = [];
  const sections: SectionInfo[] = [];
  const html: string[] = [];
  const { deck } = resolved;
  // The talk's parts are its sections between the opening and the closing, each once, in order of
  // first appearance (a lecture may come back to a section); the first slide of each run of a part
  // shows them all, its own highlighted, in place of the section's name.
  const middle = resolved.sections.length >= 3 ? resolved.sections.slice(1, -1) : [];
  const parts = [...new Map(middle.map((placed) => [placed.section.id, placed.section])).values()];
  for (const placed of resolved.sections) {
    sections.push({
      id: placed.section.id,
      title: plainText(placed.section.title),
      slideIds: placed.slides.map(({ slide }) => slide.id),
      minutes: placed.slides.reduce((sum, { slide }) => sum + slide.minutes, 0),
    });
    for (const slide of placed.slides) {
      const markdown = ctx.notesOf(slide.slide.id);
      const slideNotes: Bilingual = ctx.withoutNotes ? NO_NOTES : { en: renderNotes(markdown.en), zh: renderNotes(markdown.zh) };
      notes[slide.slide.id] = slideNotes;
      const current = slide === placed.slides[0] && middle.includes(placed) ? parts.findIndex((part) => part.id === placed.section.id) : -1;
      const partsOf = current >= 0 ? { titles: parts.map((part) => part.title), current } : undefined;
      html.push(renderSlide(slide, { assetUrl: ctx.assetUrl, inlineSvg: ctx.inlineSvg, sectionTitle: placed.section.title, parts: partsOf, highlight: ctx.highlight }));
      slides.push({
        id: slide.slide.id,
        sectionId: slide.sectionId,
        title: plainText(slide.slide.title),
        minutes: slide.slide.minutes,
        file: slide.file,
        diagrams: slideBlocks(slide.slide).filter((block) => block.kind === 'mermaid').length,
      });
    }
  }
  return {
    id: deck.id,
    title: plainText(deck.title),
    subtitle: deck.subtitle === undefined ? undefined : plainText(deck.subtitle),
    author: plainText(deck.author),
    languages: deckLanguages(deck),
    budgetMinutes: deck.budgetMinutes,
    plannedMinutes: resolved.plannedMinutes,
    html: html.join('\n'),
    slideHtml: html,
    slides,
    sections,
    notes: ctx.withoutNotes ? undefined : notes,
    hasDiagrams: slides.some((slide) => slide.diagrams > 0),
  };
}
