import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLibrary } from '../library/load-library.ts';
import { DeckError } from '../model/deck-error.ts';
import { allSections, indexSlides, type Library } from '../model/library.ts';
import { deckLanguages } from '../model/text.ts';
import { didYouMean } from '../model/suggest.ts';
import { LOCALES, type Locale } from '../model/types.ts';
import { EXAMPLE_KINDS } from './block-examples.ts';
import { insertSlide } from './insert-slide.ts';
import { isKebabCase } from '../model/kebab-case.ts';
import { notesFile, sectionModule } from './templates.ts';
import { writeAll, type PlannedFile } from './write-all.ts';

/** What `npm run new -- slide` did. */
export interface Scaffolded {
  /** Files written, relative to the root; `created` is false for an edited module. */
  readonly files: readonly { file: string; created: boolean }[];
  /** The languages the slide was written in. */
  readonly locales: readonly Locale[];
}

/** How to start a new slide. */
export interface NewSlideOptions {
  /** Start a new section even if its id is close to an existing one. */
  readonly newSection?: boolean;
  /** The block kind the slide starts from (see EXAMPLE_KINDS). @default 'bullets' */
  readonly kind?: string;
  /** Write the slide in this language only. @default the languages of the decks showing the section, else both */
  readonly locale?: Locale;
}

/**
 * Adds slide `slideId` to section `sectionId` (its module, or a new `slides/NN-<section>.ts`) and
 * writes both notes files. An unknown section id close to a known one is taken for a typo unless
 * `newSection` is set. Refuses, writing nothing, when an id is not kebab-case or already used.
 */
export async function newSlide(root: string, sectionId: string, slideId: string, options: NewSlideOptions = {}): Promise<Scaffolded> {
  checkKebab('section', sectionId);
  checkKebab('slide', slideId);
  if (options.kind !== undefined && !EXAMPLE_KINDS.includes(options.kind)) {
    throw new DeckError({ file: 'slides/', reason: `no example of block kind "${options.kind}"`, hint: `Start from one of: ${EXAMPLE_KINDS.join(', ')}. Nothing was written.` });
  }
  const loaded = await loadLibrary({ root });
  const broken = loaded.problems[0];
  if (broken) throw new DeckError({ ...broken, hint: 'Fix this first: the scaffolder reads every module to know which ids are taken.' });
  const { library } = loaded;
  const taken = indexSlides(library).get(slideId);
  if (taken) {
    throw new DeckError({ file: taken.file, slideId, reason: `slide id "${slideId}" is already used (section "${taken.sectionId}")`, hint: 'Slide ids are unique across the library: pick another id. Nothing was written.' });
  }
  const locales = options.locale ? [options.locale] : sectionLanguages(library, sectionId);
  const template = { kind: options.kind, locales };
  const planned: PlannedFile[] = [];
  for (const locale of locales) {
    const file = `speaker-notes/${locale}/${slideId}.md`;
    if (existsSync(path.join(root, file))) {
      throw new DeckError({ file, slideId, reason: 'a notes file for this id already exists', hint: 'Pick another id, or delete the old notes file. Nothing was written.' });
    }
    planned.push({ file, text: notesFile(slideId, locale), create: true });
  }
  const section = allSections(library).find(({ value }) => value.id === sectionId);
  if (section) {
    if (section.file.startsWith('slides/decks/')) {
      throw new DeckError({ file: section.file, reason: `section "${sectionId}" is defined inside a deck manifest`, hint: 'Add the slide to that deck by hand, or use a section module in slides/. Nothing was written.' });
    }
    const source = await readFile(path.join(root, section.file), 'utf8');
    const edited = insertSlide(source, sectionId, slideId, template);
    if (edited === undefined) {
      throw new DeckError({ file: section.file, reason: `cannot find the slides: [...] array of section "${sectionId}"`, hint: 'Add the slide entry by hand. Nothing was written.' });
    }
    planned.unshift({ file: section.file, text: edited, create: false });
  } else {
    const known = allSections(library).map(({ value }) => value.id);
    if (!options.newSection && didYouMean(sectionId, known)) {
      throw new DeckError({ file: 'slides/', reason: `unknown section "${sectionId}"`, hint: `${didYouMean(sectionId, known)} (To start a new section with this id anyway, add --new-section.) Nothing was written.` });
    }
    planned.unshift({ file: nextModuleName(library.sections.map(({ file }) => file), sectionId), text: sectionModule(sectionId, slideId, template), create: true });
  }
  await writeAll(root, planned);
  return { files: planned.map(({ file, create }) => ({ file, created: create })), locales };
}

/** The languages of the decks that show a section; both when none does yet. */
function sectionLanguages(library: Library, sectionId: string): Locale[] {
  const showing = library.decks.filter(({ value }) => value.entries.some((entry) => (typeof entry === 'string' ? entry : entry.section) === sectionId));
  if (showing.length === 0) return [...LOCALES];
  const used = new Set(showing.flatMap(({ value }) => deckLanguages(value)));
  return LOCALES.filter((locale) => used.has(locale));
}

/** Refuses an id that is not kebab-case. */
export function checkKebab(kind: string, id: string): void {
  if (!isKebabCase(id)) {
    throw new DeckError({ file: kind === 'deck' ? 'slides/decks/' : 'slides/', reason: `${kind} id "${id}" is not kebab-case`, hint: 'Use lower-case letters, digits and single hyphens, e.g. "sora-progress". Nothing was written.' });
  }
}

/** `slides/NN-<section>.ts`, numbered after the highest module number in use. */
export function nextModuleName(files: readonly string[], sectionId: string): string {
  const numbers = files.map((file) => /^slides\/(\d+)-/.exec(file)?.[1]).filter((n): n is string => n !== undefined);
  const width = Math.max(2, ...numbers.map((n) => n.length));
  const next = Math.max(0, ...numbers.map(Number)) + 1;
  return `slides/${String(next).padStart(width, '0')}-${sectionId}.ts`;
}
