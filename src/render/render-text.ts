import { textIn } from '../model/text.ts';
import { HTML_LANG, LOCALES, type Text } from '../model/types.ts';
import { escapeHtml } from './escape.ts';
import { renderInline } from './render-inline.ts';

/**
 * Both languages of a text, each in its own element; the page's stylesheet shows the one that
 * matches `html[data-talk-locale]`. Keeping both in the DOM lets `L` switch without moving the
 * reader off the current slide or step. Inline Markdown is rendered (raw HTML stays escaped); a
 * language the text does not have is an empty element (a deck without that language never shows it).
 */
export function renderBilingual(text: Text, tag = 'span'): string {
  return LOCALES.map((locale) => `<${tag} class="talk-${locale}" lang="${HTML_LANG[locale]}">${renderInline(textIn(text, locale) ?? '')}</${tag}>`).join('');
}

/** Bilingual attribute-friendly text for one locale. */
export function renderAttr(text: string): string {
  return escapeHtml(text);
}
