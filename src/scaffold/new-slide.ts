import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadLibrary } from '../library/load-library.ts';
import { DeckError } from '../model/deck-error.ts';
import { allSections, indexSlides } from '../model/library.ts';
import { didYouMean } from '../model/suggest.ts';
import { LOCALES } from '../model/types.ts';
import { insertSlide } from './insert-slide.ts';
import { isKebabCase } from '../model/kebab-case.ts';
import { notesFile, sectionModule } from './templates.ts';
import { writeAll, type PlannedFile } from './write-all.ts';

/** What `npm run new -- slide` did. */
export interface Scaffolded {
  /** Files written, relative to the root; `created` is false for an edited module. */
  readonly files: readonly { file: string; created: boolean }[];
}

/**
 * Adds slide `slideId` to section `sectionId` (its module, or a new `slides/NN-<section>.ts`) and
 * writes both notes files. An unknown section id close to a known one is taken for a typo unless
 * `newSection` is set. Refuses, writing nothing, when an id is not kebab-case or already used.
 */
export async function newSlide(root: string, sectionId: string, slideId: string, options: { newSection?: boolean } = {}): Promise<Scaffolded> {
  checkKebab('section', sectionId);
  checkKebab('slide', slideId);
  const loaded = await loadLibrary({ root });
  const broken = loaded.problems[0];
  if (broken) throw new DeckError({ ...broken, hint: 'Fix this first: the scaffolder reads every module to know which ids are taken.' });
  const { library } = loaded;
  const taken = indexSlides(library).get(slideId);
  if (taken) {
    throw new DeckError({ file: taken.file, slideId, reason: `slide id "${slideId}" is already used (section "${taken.sectionId}")`, hint: 'Slide ids are unique across the library: pick another id. Nothing was written.' });
  }
  const planned: PlannedFile[] = [];
  for (const locale of LOCALES) {
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
    const edited = insertSlide(source, sectionId, slideId);
    if (edited === undefined) {
      throw new DeckError({ file: section.file, reason: `cannot find the slides: [...] array of section "${sectionId}"`, hint: 'Add the slide entry by hand. Nothing was written.' });
    }
    planned.unshift({ file: section.file, text: edited, create: false });
  } else {
    const known = allSections(library).map(({ value }) => value.id);
    if (!options.newSection && didYouMean(sectionId, known)) {
      throw new DeckError({ file: 'slides/', reason: `unknown section "${sectionId}"`, hint: `${didYouMean(sectionId, known)} (To start a new section with this id anyway, add --new-section.) Nothing was written.` });
    }
    planned.unshift({ file: nextModuleName(library.sections.map(({ file }) => file), sectionId), text: sectionModule(sectionId, slideId), create: true });
  }
  await writeAll(root, planned);
  return { files: planned.map(({ file, create }) => ({ file, created: create })) };
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
