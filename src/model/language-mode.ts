import { LOCALES, type Locale } from './types.ts';

/**
 * The languages a deck is shown in: one, or two at once (`zh+en`: every text in Chinese with its
 * English beneath, smaller). `first` decides everything shown once: diagrams, notes, the title.
 */
export interface LanguageMode {
  readonly first: Locale;
  /** Shown beneath the first, smaller and quieter; absent when one language is shown. */
  readonly second?: Locale;
}

/**
 * `en`, `zh`, `zh+en` or `en+zh` to a mode; undefined for anything else. A `+` in a query string
 * reads back as a space (`?lang=zh+en` gives "zh en"), so a space separates too.
 */
export function parseLanguageMode(text: string | null | undefined): LanguageMode | undefined {
  const parts = (text ?? '').trim().split(/[+ ]/);
  const first = LOCALES.find((locale) => locale === parts[0]);
  if (!first || parts.length > 2) return undefined;
  if (parts.length === 1) return { first };
  const second = LOCALES.find((locale) => locale === parts[1]);
  return second && second !== first ? { first, second } : undefined;
}

/** The mode as the URL and file names write it: `zh`, `zh+en`. */
export function formatLanguageMode(mode: LanguageMode): string {
  return mode.second ? `${mode.first}+${mode.second}` : mode.first;
}

/** Every mode a deck can be shown in: each language alone, then each pair. */
export const LANGUAGE_MODES: readonly LanguageMode[] = [
  ...LOCALES.map((first) => ({ first })),
  ...LOCALES.flatMap((first) => LOCALES.filter((second) => second !== first).map((second) => ({ first, second }))),
];

/** The other language of the talk. */
export function otherLocale(locale: Locale): Locale {
  return LOCALES.find((other) => other !== locale) ?? locale;
}

/** `L`: the other language alone, or, with both shown, the same two the other way round. */
export function switchFirst(mode: LanguageMode): LanguageMode {
  return mode.second ? { first: mode.second, second: mode.first } : { first: otherLocale(mode.first) };
}

/** The both-languages key: the first language alone, or with the other beneath it. */
export function toggleSecond(mode: LanguageMode): LanguageMode {
  return mode.second ? { first: mode.first } : { first: mode.first, second: otherLocale(mode.first) };
}

/** Whether two modes show the same languages in the same order. */
export function sameMode(a: LanguageMode, b: LanguageMode): boolean {
  return a.first === b.first && a.second === b.second;
}
