import { parseLanguageMode, type LanguageMode } from '../model/language-mode.ts';
import { LOCALES, type Locale } from '../model/types.ts';
import type { RuntimeOptions } from './deck-context.ts';

/** The languages named by `?lang=` (`en`, `zh`, `zh+en`, `en+zh`), or English. */
export function languageModeFrom(search: URLSearchParams): LanguageMode {
  return parseLanguageMode(search.get('lang')) ?? { first: 'en' };
}

/** The first (or only) locale named by `?lang=`, or English. */
export function localeFrom(search: URLSearchParams): Locale {
  return languageModeFrom(search).first;
}

/** The language to show: the one asked for when the deck is given in it, else the deck's first. */
export function deckLocale(asked: Locale, languages: readonly Locale[] | undefined): Locale {
  const offered = languages && languages.length > 0 ? languages : LOCALES;
  return offered.includes(asked) ? asked : (offered[0] as Locale);
}

/** The language `L` switches to: the deck's next one; a one-language deck stays where it is. */
export function nextLocale(current: Locale, languages: readonly Locale[] | undefined): Locale {
  const offered = languages && languages.length > 0 ? languages : LOCALES;
  return offered[(offered.indexOf(current) + 1) % offered.length] ?? current;
}

/** Runtime options from the page's query string; `defaultTheme` is the build's (`--theme`). */
export function optionsFrom(search: URLSearchParams, defaultTheme = 'light'): RuntimeOptions {
  return {
    locale: localeFrom(search),
    second: languageModeFrom(search).second,
    print: search.has('print-pdf'),
    receiver: search.has('receiver'),
    steps: search.has('steps'),
    theme: search.get('theme') || defaultTheme,
    rehearse: search.has('rehearse'),
    notes: search.has('notes'),
    audienceQr: search.has('audience-qr'),
    ...(search.has('print-pdf') && search.get('only') ? { only: new Set((search.get('only') ?? '').split(',').filter(Boolean)) } : {}),
  };
}
