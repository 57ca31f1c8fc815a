import { formatLanguageMode, parseLanguageMode, type LanguageMode } from '../model/language-mode.ts';
import type { LocaleMessage } from '../protocol/sync-messages.ts';

/** The mode a language message asks for; undefined when it is not one. */
export function modeOfMessage(data: unknown): LanguageMode | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { locale, second } = data as { locale?: unknown; second?: unknown };
  return parseLanguageMode(typeof locale === 'string' ? (typeof second === 'string' ? `${locale}+${second}` : locale) : undefined);
}

/** The message that announces `mode`. */
export function messageOfMode(mode: LanguageMode): LocaleMessage {
  return { locale: mode.first, second: mode.second ?? null };
}

/**
 * Sets `?lang=` on `url` to `mode`, written `zh+en` rather than URLSearchParams' `zh%2Ben` so the
 * address bar reads as the README does (both read back the same).
 */
export function setLangParam(url: URL, mode: LanguageMode): void {
  url.searchParams.set('lang', formatLanguageMode(mode));
  url.search = url.searchParams.toString().replace(/(^|&)lang=([a-z]{2})%2B([a-z]{2})(?=&|$)/, '$1lang=$2+$3');
}
