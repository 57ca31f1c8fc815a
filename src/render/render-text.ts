import { HTML_LANG, LOCALES, type Bilingual } from '../model/types.ts';
import { escapeHtml } from './escape.ts';

/**
 * Both languages of a text, each in its own element; the page's stylesheet shows the one that
 * matches `html[data-talk-locale]`. Keeping both in the DOM lets `L` switch without moving the
 * reader off the current slide or step.
 */
export function renderBilingual(text: Bilingual, tag = 'span'): string {
  return LOCALES.map((locale) => `<${tag} class="talk-${locale}" lang="${HTML_LANG[locale]}">${escapeHtml(text[locale])}</${tag}>`).join('');
}

/** Bilingual attribute-friendly text for one locale. */
export function renderAttr(text: string): string {
  return escapeHtml(text);
}
