import { fullWidthPunctuation } from '../model/punctuation.ts';
import { diagramSource } from '../model/diagram-source.ts';
import { textIn } from '../model/text.ts';
import { HTML_LANG, LOCALES, type Bilingual, type Block, type ImageBlock, type Locale, type QuoteBlock, type Reference, type Text } from '../model/types.ts';
import { escapeHtml } from './escape.ts';
import { renderMath, type MathOrigin } from './render-math.ts';
import { renderCode, type HighlightCode } from './render-code.ts';
import { renderQrSvg } from './render-qr.ts';
import { renderInline } from './render-inline.ts';
import { renderTable } from './render-table.ts';
import { renderVideo } from './render-video.ts';
import { renderBilingual } from './render-text.ts';

/** What block rendering needs besides the block. */
export interface BlockContext extends MathOrigin {
  /** The URL of a file below `assets/`, relative to the page. */
  readonly assetUrl: (src: string) => string;
  /** The markup of an SVG picture below `assets/` to write into the slide, if it is one. */
  readonly inlineSvg?: (src: string) => string | undefined;
  /** Colours code at build time; without it, code is plain. */
  readonly highlight?: HighlightCode;
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
            `<div class="talk-mermaid talk-${locale}" lang="${HTML_LANG[locale]}" role="img" aria-label="${escapeHtml(textIn(block.alt, locale) ?? '')}" data-talk-mermaid="${escapeHtml(diagramSource(block, locale) ?? '')}"></div>`,
        ).join('') +
        `<figcaption>${renderBilingual(block.caption)}</figcaption></figure>`
      );
    case 'math': {
      const display = block.display ?? true;
      const caption = block.caption ? `<figcaption>${renderBilingual(block.caption)}</figcaption>` : '';
      return `<figure class="talk-math${fragment(block.step)}">${renderMath(block.tex, display, ctx)}${caption}</figure>`;
    }
    case 'image': {
      const svg = ctx.inlineSvg?.(block.src);
      if (svg !== undefined) return renderInlineSvg(svg, block);
      const credit = block.credit ? `<figcaption class="talk-credit">${renderBilingual(block.credit)}</figcaption>` : '';
      const images = LOCALES.map(
        (locale) => `<img class="talk-${locale}" lang="${HTML_LANG[locale]}" src="${escapeHtml(ctx.assetUrl(block.src))}" alt="${escapeHtml(textIn(block.alt, locale) ?? '')}">`,
      ).join('');
      return `<figure class="talk-image">${images}${credit}</figure>`;
    }
    case 'columns':
      return `<div class="talk-columns">${block.columns.map((column) => `<div class="talk-column">${column.map((inner) => renderBlock(inner, ctx)).join('')}</div>`).join('')}</div>`;
    case 'references':
      return `<ol class="talk-references">${block.items.map(renderReference).join('')}</ol>`;
    case 'qr':
      return `<figure class="talk-qr-figure">${renderQrSvg(block.url, textIn(block.caption, 'en') ?? textIn(block.caption, 'zh') ?? block.url)}<figcaption>${renderBilingual(block.caption)}<br><a href="${escapeHtml(block.url)}">${escapeHtml(block.url)}</a></figcaption></figure>`;
    case 'code':
      return renderCode(block, ctx.highlight);
    case 'table':
      return renderTable(block);
    case 'video':
      return renderVideo(block, ctx);
  }
}

/**
 * A picture of the deck's own, inline: its labels switch language and take the deck's fonts and
 * colours. The picture is hidden from screen readers, which read its text alternative instead
 * (one per language, drawn nowhere: like every bilingual text, only the current one is shown).
 */
function renderInlineSvg(svg: string, block: ImageBlock): string {
  const credit = block.credit ? `<figcaption class="talk-credit">${renderBilingual(block.credit)}</figcaption>` : '';
  const picture = svg.replace(/^<svg\b/i, '<svg aria-hidden="true" focusable="false"');
  return `<figure class="talk-image talk-figure">${renderBilingual(block.alt).replace(/class="talk-(en|zh)"/g, 'class="talk-$1 talk-alt"')}${picture}${credit}</figure>`;
}

function fragment(step: boolean | undefined): string {
  return step ? ' fragment' : '';
}

/** How each language marks a translation that is ours. */
const TRANSLATION_MARK: Bilingual = { en: '(our translation)', zh: '（我们的译文）' };

/**
 * The original, verbatim and escaped (never Markdown), in its own language (a Chinese original with
 * full-width punctuation; the module keeps the source's marks); beneath it, in each other language
 * the quote has a translation for, that translation and its mark.
 */
function renderQuote(block: QuoteBlock): string {
  const lang = block.lang ?? 'zh';
  const translations = LOCALES.filter((locale) => locale !== lang).flatMap((locale) => {
    const text = textIn(block.translation, locale);
    if (text === undefined || text.trim() === '') return [];
    const mark = `<span class="talk-translation-mark">${TRANSLATION_MARK[locale]}</span>`;
    return [`<p class="talk-quote-translation talk-${locale}" lang="${HTML_LANG[locale]}">“${renderInline(text)}” ${mark}</p>`];
  });
  return (
    `<blockquote class="talk-quote${fragment(block.step)}" data-talk-quote-lang="${lang}">` +
    `<p class="talk-quote-original" lang="${HTML_LANG[lang]}">“${escapeHtml(lang === 'zh' ? fullWidthPunctuation(block.original) : block.original)}”</p>` +
    translations.join('') +
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
export function attribution(speaker: Text, where: Text): Bilingual {
  const line = (locale: Locale) => `${ATTRIBUTION[locale].dash}${textIn(speaker, locale) ?? ''}${ATTRIBUTION[locale].comma}${textIn(where, locale) ?? ''}`;
  return { en: line('en'), zh: line('zh') };
}

function renderReference(ref: Reference): string {
  const authors = ref.authors ? `${escapeHtml(ref.authors)}. ` : '';
  const year = ref.year ? ` (${ref.year})` : '';
  const link = ref.arxiv ? `arXiv:${escapeHtml(ref.arxiv)}` : escapeHtml(ref.url);
  return `<li><span class="talk-ref-label">${escapeHtml(ref.label)}</span> ${authors}<cite>${escapeHtml(ref.title)}</cite>${year}. <a href="${escapeHtml(ref.url)}">${link}</a></li>`;
}
