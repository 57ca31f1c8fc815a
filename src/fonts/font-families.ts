/**
 * The names the deck's stylesheets use for its fonts, by the names the font packages give them.
 * The packages are the variable fonts (every weight in one file); the deck keeps the plain names.
 */
const DECK_FAMILIES: Readonly<Record<string, string>> = {
  'Inter Variable': 'Inter',
  'Noto Sans SC Variable': 'Noto Sans SC',
};

/** The deck's name for a font package's family (unchanged when it is not one of ours). */
export function deckFamily(packageFamily: string): string {
  return DECK_FAMILIES[packageFamily] ?? packageFamily;
}
