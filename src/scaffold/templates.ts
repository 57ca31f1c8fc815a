import type { Locale } from '../model/types.ts';

/** A new slide entry, as TypeScript source (no indentation). It passes the check as written. */
export function slideEntry(slideId: string): string {
  return [
    '{',
    `  id: ${quote(slideId)},`,
    '  minutes: 1,',
    "  title: { en: 'TODO: title', zh: 'TODO：标题' },",
    '  blocks: [',
    "    { kind: 'bullets', items: [{ en: 'TODO: first point', zh: 'TODO：第一点' }] },",
    '  ],',
    '}',
  ].join('\n');
}

/** A new section module holding one slide entry. */
export function sectionModule(sectionId: string, slideId: string): string {
  return [
    "import { defineSection } from '#talk';",
    '',
    'export default defineSection({',
    `  id: ${quote(sectionId)},`,
    "  title: { en: 'TODO: section title', zh: 'TODO：部分标题' },",
    '  slides: [',
    indent(slideEntry(slideId), '    ') + ',',
    '  ],',
    '});',
    '',
  ].join('\n');
}

/** A notes file for a new slide, in one language. */
export function notesFile(slideId: string, locale: Locale): string {
  return locale === 'en'
    ? `TODO: what to say on "${slideId}" (Markdown; the speaker view shows it). [Stage directions in brackets are not timed.]\n\nSources: TODO: where outside facts come from, or delete this paragraph.\n`
    : `TODO：在「${slideId}」这一页要讲的内容（Markdown，显示在演讲者视图中）。【方括号里的舞台提示不计时。】\n\n来源：TODO：访谈之外的事实出自哪里；没有就删掉这一段。\n`;
}

/** What a new deck manifest says. */
export interface DeckTemplate {
  readonly id: string;
  readonly budgetMinutes: number;
  readonly entries: readonly (string | { readonly section: string; readonly slides: readonly string[] })[];
}

/** A new deck manifest. */
export function deckModule(deck: DeckTemplate): string {
  const entries = deck.entries.map((entry) =>
    typeof entry === 'string' ? `    ${quote(entry)},` : `    { section: ${quote(entry.section)}, slides: [${entry.slides.map(quote).join(', ')}] },`,
  );
  return [
    "import { defineDeck } from '#talk';",
    '',
    '// Entries are section ids (every slide of the section), { section, slides: [...] } (a section',
    '// title with chosen slides, in this order) or single slide ids. npm run check validates them.',
    'export default defineDeck({',
    `  id: ${quote(deck.id)},`,
    "  title: { en: 'TODO: deck title', zh: 'TODO：标题' },",
    "  author: { en: 'TODO: your name', zh: 'TODO：你的名字' },",
    `  budgetMinutes: ${deck.budgetMinutes},`,
    '  entries: [',
    ...entries,
    '  ],',
    '});',
    '',
  ].join('\n');
}

/** Indents every line of `text` by `prefix`. */
export function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : prefix + line))
    .join('\n');
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
