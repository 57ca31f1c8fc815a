import { LOCALES, type Locale } from '../model/types.ts';
import { blockExample, textSource } from './block-examples.ts';

/** What a new slide starts from: an example block of one kind, in some languages. */
export interface SlideTemplate {
  /** The block kind to start from. @default 'bullets' */
  readonly kind?: string;
  /** The languages to write texts (and notes) in. @default both */
  readonly locales?: readonly Locale[];
}

/** A new slide entry, as TypeScript source (no indentation). It passes the check as written. */
export function slideEntry(slideId: string, template: SlideTemplate = {}): string {
  const locales = template.locales ?? LOCALES;
  const block = blockExample(template.kind ?? 'bullets', locales) ?? blockExample('bullets', locales) ?? [];
  return [
    '{',
    `  id: ${quote(slideId)},`,
    '  minutes: 1,',
    `  title: ${textSource({ en: 'TODO: title', zh: 'TODO：标题' }, locales)},`,
    '  blocks: [',
    ...block.map((line) => `    ${line}`),
    '  ],',
    '}',
  ].join('\n');
}

/** A new section module holding one slide entry. */
export function sectionModule(sectionId: string, slideId: string, template: SlideTemplate = {}): string {
  return [
    "import { defineSection } from '#talk';",
    '',
    'export default defineSection({',
    `  id: ${quote(sectionId)},`,
    `  title: ${textSource({ en: 'TODO: section title', zh: 'TODO：部分标题' }, template.locales ?? LOCALES)},`,
    '  slides: [',
    indent(slideEntry(slideId, template), '    ') + ',',
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
  /** The one language of the deck; both when absent. */
  readonly locale?: Locale;
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
    ...(deck.locale ? [`  languages: ['${deck.locale}'],`] : []),
    `  title: ${textSource({ en: 'TODO: deck title', zh: 'TODO：标题' }, deck.locale ? [deck.locale] : LOCALES)},`,
    `  author: ${textSource({ en: 'TODO: your name', zh: 'TODO：你的名字' }, deck.locale ? [deck.locale] : LOCALES)},`,
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
