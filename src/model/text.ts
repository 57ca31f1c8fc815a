import { LOCALES, type Bilingual, type Deck, type Locale, type Text } from './types.ts';

/** A text in one language: a plain string is the same in every language; undefined when not given. */
export function textIn(text: Text | undefined, locale: Locale): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === 'string' ? text : text[locale];
}

/** A text in both languages; a language it does not have is empty (a deck without it never shows it). */
export function toBilingual(text: Text): Bilingual {
  return { en: textIn(text, 'en') ?? '', zh: textIn(text, 'zh') ?? '' };
}

/** The languages a deck is given in, in the order it lists them (default: both). */
export function deckLanguages(deck: Pick<Deck, 'languages'>): readonly Locale[] {
  const listed = deck.languages && deck.languages.length > 0 ? deck.languages : LOCALES;
  return [...new Set(listed)];
}

/** The languages a text is written in: both for a plain string. */
export function languagesOf(text: Text): Locale[] {
  return typeof text === 'string' ? [...LOCALES] : LOCALES.filter((locale) => typeof text[locale] === 'string');
}
