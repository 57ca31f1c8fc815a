import type { DeckProblem } from './deck-error.ts';
import { isKebabCase } from './kebab-case.ts';
import { allSections, allSlides, type Library } from './library.ts';
import { resolveDeck } from './resolve-deck.ts';
import { deckLanguages, languagesOf, textIn } from './text.ts';
import { diagramLabelProblems } from './diagram-source.ts';
import { slideBlocks, slideTexts } from './texts.ts';
import { LOCALES, type Locale, type Slide } from './types.ts';
import { checkBlocks } from './validate-blocks.ts';


/** What validation needs to know about the world outside the model. */
export interface ValidationContext {
  /** Paths below `assets/` that exist. */
  readonly assets: ReadonlySet<string>;
  /** Whether the code highlighter knows a language; without it, code languages are not checked. */
  readonly isCodeLanguage?: (lang: string) => boolean;
}

/** Checks the whole library and every deck; returns every problem found, never throws. */
export function validateLibrary(library: Library, context: ValidationContext): DeckProblem[] {
  const problems: DeckProblem[] = [];
  const slideFiles = new Map<string, string>();
  const sectionFiles = new Map<string, string>();

  const checkId = (kind: string, id: string, file: string, slideId?: string): void => {
    if (!isKebabCase(id)) problems.push({ file, slideId, reason: `${kind} id "${id}" is not kebab-case`, hint: 'Use lower-case letters, digits and single hyphens, e.g. "sora-progress".' });
  };

  for (const { value: section, file } of allSections(library)) {
    checkId('section', section.id, file);
    const earlier = sectionFiles.get(section.id);
    if (earlier !== undefined) problems.push({ file, reason: `section id "${section.id}" is already used in ${earlier}`, hint: 'Section ids are unique across the library.' });
    else sectionFiles.set(section.id, file);
    if (section.slides.length === 0 && !isDeckFile(file)) problems.push({ file, reason: `section "${section.id}" has no slides` });
  }

  const everySlide = allSlides(library);
  const shownIn = languagesShown(library);
  for (const { slide, file } of everySlide) {
    checkId('slide', slide.id, file, slide.id);
    const earlier = slideFiles.get(slide.id);
    if (earlier !== undefined) {
      problems.push({ file, slideId: slide.id, reason: `slide id "${slide.id}" is already used in ${earlier}`, hint: 'Slide ids are unique across the library; rename one.' });
      continue;
    }
    slideFiles.set(slide.id, file);
    const shown = shownIn.get(slide.id);
    const locales = shown ? LOCALES.filter((locale) => shown.has(locale)) : writtenIn(slide);
    const why = shown ? `the decks showing it are given in ${locales.join(' and ')}` : `it is written in ${locales.join(' and ') || 'no language yet'} and no deck shows it`;
    problems.push(...checkSlide(slide, file, context, locales, why));
    problems.push(...checkNotes(library, slide.id, file, locales, why));
  }

  const deckFiles = new Map<string, string>();
  for (const { value: deck, file } of library.decks) {
    checkId('deck', deck.id, file);
    const earlier = deckFiles.get(deck.id);
    if (earlier !== undefined) problems.push({ file, reason: `deck id "${deck.id}" is already used in ${earlier}` });
    deckFiles.set(deck.id, file);
    for (const locale of deckLanguages(deck)) {
      for (const [field, text] of [['title', deck.title], ['author', deck.author], ['subtitle', deck.subtitle]] as const) {
        if (text === undefined && field === 'subtitle') continue;
        const value = textIn(text, locale);
        if (value === undefined || value.trim() === '') {
          problems.push({ file, reason: `deck "${deck.id}" has no ${locale} ${field}`, hint: `The deck is given in ${deckLanguages(deck).join(' and ')}: write its ${field} in each.` });
        }
      }
    }
    problems.push(...resolveDeck(library, deck.id).problems);
  }
  return problems;
}

function isDeckFile(file: string): boolean {
  return file.startsWith('slides/decks/');
}

/** For each slide some deck shows, the languages of those decks. */
function languagesShown(library: Library): Map<string, Set<Locale>> {
  const sections = new Map(allSections(library).map(({ value }) => [value.id, value]));
  const shown = new Map<string, Set<Locale>>();
  for (const { value: deck } of library.decks) {
    const ids = deck.entries.flatMap((entry) =>
      typeof entry === 'string' ? (sections.get(entry)?.slides.map((slide) => slide.id) ?? [entry]) : entry.slides,
    );
    for (const id of ids) {
      const set = shown.get(id) ?? new Set<Locale>();
      for (const locale of deckLanguages(deck)) set.add(locale);
      shown.set(id, set);
    }
  }
  return shown;
}

/** The languages a slide no deck shows is written in: those its title has. */
function writtenIn(slide: Slide): Locale[] {
  return typeof slide.title === 'string' || typeof slide.title !== 'object' || slide.title === null ? [] : languagesOf(slide.title);
}

function checkSlide(slide: Slide, file: string, context: ValidationContext, locales: readonly Locale[], why: string): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const { path, text } of slideTexts(slide)) {
    for (const locale of locales) {
      const value = textIn(text, locale);
      if (path.endsWith('.alt') && (typeof value !== 'string' || value.trim() === '')) {
        problems.push({ file, slideId: slide.id, reason: `no ${locale} alt text at ${path}`, hint: `Describe the picture for screen readers in each language the slide is shown in (${why}).` });
      } else if (typeof value !== 'string') {
        problems.push({ file, slideId: slide.id, reason: `missing ${locale} translation of ${path}`, hint: `Add ${locale}: ${why}.` });
      } else if (value.trim() === '') {
        problems.push({ file, slideId: slide.id, reason: `empty ${locale} text at ${path}`, hint: 'Write the text, or remove the block.' });
      }
    }
  }
  if (!(slide.minutes > 0)) problems.push({ file, slideId: slide.id, reason: `planned minutes must be above 0 (got ${slide.minutes})` });
  slide.blocks.forEach((block, i) => {
    if (block.kind === 'mermaid') for (const problem of diagramLabelProblems(block, `blocks[${i}]`)) problems.push({ file, slideId: slide.id, ...problem });
  });
  for (const block of slideBlocks(slide)) {
    if (block.kind === 'image' && !context.assets.has(block.src)) {
      problems.push({ file, slideId: slide.id, reason: `image "assets/${block.src}" does not exist`, hint: 'Put the file under assets/ or fix the path.' });
    }
  }
  problems.push(...checkBlocks(slide, file, context));
  return problems;
}

function checkNotes(library: Library, slideId: string, slideFile: string, locales: readonly Locale[], why: string): DeckProblem[] {
  const notes = library.notes.get(slideId);
  return locales.flatMap((locale): DeckProblem[] => {
    const file = notes?.[locale].file ?? `speaker-notes/${locale}/${slideId}.md`;
    const text = notes?.[locale].text;
    if (text === undefined) {
      const hint =
        locales.length === LOCALES.length
          ? `Create it: every slide (from ${slideFile}) has notes in both languages.`
          : `Create it: the slide (from ${slideFile}) needs notes in ${locales.join(' and ')} (${why}).`;
      return [{ file, slideId, reason: 'notes file is missing', hint }];
    }
    if (text.trim() === '') return [{ file, slideId, reason: 'notes file is empty', hint: 'Write what the speaker says on this slide.' }];
    return [];
  });
}
