import { HTML_LANG, LOCALES, type Bilingual, type Block, type Locale, type QuoteBlock, type Reference } from '../model/types.ts';
import { diagramSource } from '../model/diagram-source.ts';
import { fullWidthPunctuation } from '../model/punctuation.ts';
import { escapeHtml } from './escape.ts';
import { renderMath, type MathOrigin } from './render-math.ts';
import { renderQrSvg } from './render-qr.ts';
import { renderBilingual } from './render-text.ts';

/** What block rendering needs besides the block. */
export interface BlockContext extends MathOrigin {
  /** The URL of a file below `assets/`, relative to the page. */
  readonly assetUrl: (src: string) => string;
}

/** One block to HTML. */
export function renderBlock(block: Block, ctx: BlockContext): string {
  switch (block.kind) {
    case 'bullets': {
      const item = block.steps ? '<li class="fragment">' : '<li>';
      return `<ul class="talk-bullets">${block.items.map((text) => `${item}${renderBilingual(text)}</li>`).join('')}</ul>`;
    }
    case 'quote':
      return renderQuote(block);
    case 'statement':
      return `<p class="talk-statement${fragment(block.step)}">${renderBilingual(block.text)}</p>`;
    case 'mermaid':
      return (
        `<figure class="talk-diagram">` +
        LOCALES.map(
          (locale) =>
            `<div class="talk-mermaid talk-${locale}" lang="${HTML_LANG[locale]}" role="img" aria-label="${escapeHtml(block.alt[locale])}" data-talk-mermaid="${escapeHtml(diagramSource(block, locale))}"></div>`,
        ).join('') +
        `<figcaption>${renderBilingual(block.caption)}</figcaption></figure>`
      );
    case 'math': {
      const display = block.display ?? true;
      const caption = block.caption ? `<figcaption>${renderBilingual(block.caption)}</figcaption>` : '';
      return `<figure class="talk-math${fragment(block.step)}">${renderMath(block.tex, display, ctx)}${caption}</figure>`;
    }
    case 'image': {
      const credit = block.credit ? `<figcaption class="talk-credit">${renderBilingual(block.credit)}</figcaption>` : '';
      const images = LOCALES.map(
        (locale) => `<img class="talk-${locale}" lang="${HTML_LANG[locale]}" src="${escapeHtml(ctx.assetUrl(block.src))}" alt="${escapeHtml(block.alt[locale])}">`,
      ).join('');
      return `<figure class="talk-image">${images}${credit}</figure>`;
    }
    case 'columns':
      return `<div class="talk-columns">${block.columns.map((column) => `<div class="talk-column">${column.map((inner) => renderBlock(inner, ctx)).join('')}</div>`).join('')}</div>`;
    case 'references':
      return `<ol class="talk-references">${block.items.map(renderReference).join('')}</ol>`;
    case 'qr':
      return `<figure class="talk-qr-figure">${renderQrSvg(block.url, block.caption.en)}<figcaption>${renderBilingual(block.caption)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></figcaption></figure>`;
  }
}

function fragment(step: boolean | undefined): string {
  return step ? ' fragment' : '';
}

/** A quote: its Chinese original shown with full-width punctuation (the module keeps the source's marks). */
function renderQuote(block: QuoteBlock): string {
  return (
    `<blockquote class="talk-quote${fragment(block.step)}">` +
    `<p class="talk-quote-original" lang="zh-Hans">“${escapeHtml(fullWidthPunctuation(block.original))}”</p>` +
    `<p class="talk-quote-translation talk-en" lang="en">“${escapeHtml(block.translation)}” <span class="talk-translation-mark">(our translation)</span></p>` +
    `<footer>${renderBilingual(attribution(block.speaker, block.where))}</footer>` +
    `</blockquote>`
  );
}

/** How each language writes a quote's attribution: its own dash and comma. */
const ATTRIBUTION: Bilingual<{ readonly dash: string; readonly comma: string }> = {
  en: { dash: '— ', comma: ', ' },
  zh: { dash: '——', comma: '，' },
};

/** "— Speaker, place" in English, "——讲者，出处" in Chinese. */
export function attribution(speaker: Bilingual, where: Bilingual): Bilingual {
  const line = (locale: Locale) => `${ATTRIBUTION[locale].dash}${speaker[locale]}${ATTRIBUTION[locale].comma}${where[locale]}`;
  return { en: line('en'), zh: line('zh') };
}

function renderReference(ref: Reference): string {
  const authors = ref.authors ? `${escapeHtml(ref.authors)}. ` : '';
  const year = ref.year ? ` (${ref.year})` : '';
  const link = ref.arxiv ? `arXiv:${escapeHtml(ref.arxiv)}` : escapeHtml(ref.url);
  return `<li><span class="talk-ref-label">${escapeHtml(ref.label)}</span> ${authors}<cite>${escapeHtml(ref.title)}</cite>${year}. <a href="${escapeHtml(ref.url)}">${link}</a></li>`;
}
