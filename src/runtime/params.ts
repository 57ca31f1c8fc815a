import { LOCALES, type Locale } from '../model/types.ts';
import type { RuntimeOptions } from './deck-context.ts';

/** The locale named by `?lang=`, or English. */
export function localeFrom(search: URLSearchParams): Locale {
  const asked = search.get('lang');
  return LOCALES.find((locale) => locale === asked) ?? 'en';
}

/** Runtime options from the page's query string; `defaultTheme` is the build's (`--theme`). */
export function optionsFrom(search: URLSearchParams, defaultTheme = 'light'): RuntimeOptions {
  return {
    locale: localeFrom(search),
    print: search.has('print-pdf'),
    receiver: search.has('receiver'),
    steps: search.has('steps'),
    theme: search.get('theme') || defaultTheme,
    rehearse: search.has('rehearse'),
    notes: search.has('notes'),
    audienceQr: search.has('audience-qr'),
  };
}
