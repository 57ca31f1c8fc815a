import type { Library, NotesFile } from '../../src/model/library.ts';
import type { Deck, Locale, Section, Slide } from '../../src/model/types.ts';

/** A slide with sensible defaults, for tests. */
export function slide(id: string, extra: Partial<Slide> = {}): Slide {
  return { id, minutes: 1, title: { en: `Title ${id}`, zh: `标题 ${id}` }, blocks: [], ...extra };
}

/** An in-memory library; every slide gets notes in both languages unless `notes` says otherwise. */
export function makeLibrary(
  sections: Section[],
  decks: Deck[],
  notes: Record<string, Partial<Record<Locale, string | undefined>>> = {},
): Library {
  const index = new Map<string, Record<Locale, NotesFile>>();
  const ids = [...sections.flatMap((s) => s.slides), ...decks.flatMap((d) => d.slides ?? [])].map((s) => s.id);
  for (const id of ids) {
    const given = notes[id] ?? {};
    const file = (locale: Locale): NotesFile => ({
      file: `speaker-notes/${locale}/${id}.md`,
      text: locale in given ? given[locale] : `Notes ${id} ${locale}`,
    });
    index.set(id, { en: file('en'), zh: file('zh') });
  }
  return {
    sections: sections.map((value, i) => ({ value, file: `slides/0${i + 1}-${value.id}.ts` })),
    decks: decks.map((value) => ({ value, file: `slides/decks/${value.id}.ts` })),
    notes: index,
  };
}

/** A deck over the given entries, with a generous budget. */
export function deck(id: string, entries: Deck['entries'], extra: Partial<Deck> = {}): Deck {
  return { id, title: { en: id, zh: id }, author: { en: 'A', zh: '甲' }, budgetMinutes: 60, entries, ...extra };
}
