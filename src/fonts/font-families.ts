/**
 * The names the deck's stylesheets use for its fonts, by the names the font packages give them.
 * The packages are the variable fonts (every weight in one file); the deck keeps the plain names.
 */
const DECK_FAMILIES: Readonly<Record<string, string>> = {
  'Inter Variable': 'Inter',
  'Noto Sans SC Variable': 'Noto Sans SC',
  'JetBrains Mono Variable': 'JetBrains Mono',
};

/**
 * Families that stand in for each other in one stack (theme.css: Inter, then Noto Sans SC for what
 * Inter lacks). Code's family is a stack of its own (blocks.css --talk-font-mono): it draws the
 * Latin letters Inter also draws, so what Inter covers is not taken out of it.
 */
const CODE_FAMILIES = new Set(['JetBrains Mono']);

/** The font stack a deck family belongs to. */
export function stackOf(deckFamilyName: string): 'text' | 'code' {
  return CODE_FAMILIES.has(deckFamilyName) ? 'code' : 'text';
}

/** The deck's name for a font package's family (unchanged when it is not one of ours). */
export function deckFamily(packageFamily: string): string {
  return DECK_FAMILIES[packageFamily] ?? packageFamily;
}
