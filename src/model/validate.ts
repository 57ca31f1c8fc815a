import type { DeckProblem } from './deck-error.ts';
import { isKebabCase } from './kebab-case.ts';
import { allSections, allSlides, type Library } from './library.ts';
import { resolveDeck } from './resolve-deck.ts';
import { diagramLabelProblems } from './diagram-source.ts';
import { slideBlocks, slideTexts } from './texts.ts';
import { LOCALES, type Bilingual, type Slide } from './types.ts';


/** What validation needs to know about the world outside the model. */
export interface ValidationContext {
  /** Paths below `assets/` that exist. */
  readonly assets: ReadonlySet<string>;
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
  for (const { slide, file } of everySlide) {
    checkId('slide', slide.id, file, slide.id);
    const earlier = slideFiles.get(slide.id);
    if (earlier !== undefined) {
      problems.push({ file, slideId: slide.id, reason: `slide id "${slide.id}" is already used in ${earlier}`, hint: 'Slide ids are unique across the library; rename one.' });
      continue;
    }
    slideFiles.set(slide.id, file);
    problems.push(...checkSlide(slide, file, context));
    problems.push(...checkNotes(library, slide.id, file));
  }

  const deckFiles = new Map<string, string>();
  for (const { value: deck, file } of library.decks) {
    checkId('deck', deck.id, file);
    const earlier = deckFiles.get(deck.id);
    if (earlier !== undefined) problems.push({ file, reason: `deck id "${deck.id}" is already used in ${earlier}` });
    deckFiles.set(deck.id, file);
    for (const locale of LOCALES) {
      if (deck.title[locale].trim() === '') problems.push({ file, reason: `deck "${deck.id}" has an empty ${locale} title` });
    }
    problems.push(...resolveDeck(library, deck.id).problems);
  }
  return problems;
}

function isDeckFile(file: string): boolean {
  return file.startsWith('slides/decks/');
}

function checkSlide(slide: Slide, file: string, context: ValidationContext): DeckProblem[] {
  const problems: DeckProblem[] = [];
  for (const { path, text } of slideTexts(slide)) {
    for (const locale of LOCALES) {
      // A JavaScript slide module can leave out a whole { en, zh } object, not only one language.
      const value: unknown = (text as Partial<Bilingual> | undefined)?.[locale];
      if (path.endsWith('.alt') && (typeof value !== 'string' || value.trim() === '')) {
        problems.push({ file, slideId: slide.id, reason: `no ${locale} alt text at ${path}`, hint: 'Describe the picture in both languages for screen readers: alt: { en, zh }.' });
      } else if (typeof value !== 'string') {
        problems.push({ file, slideId: slide.id, reason: `missing ${locale} translation of ${path}`, hint: 'Every text the audience sees is { en, zh }.' });
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
  return problems;
}

function checkNotes(library: Library, slideId: string, slideFile: string): DeckProblem[] {
  const notes = library.notes.get(slideId);
  return LOCALES.flatMap((locale): DeckProblem[] => {
    const file = notes?.[locale].file ?? `speaker-notes/${locale}/${slideId}.md`;
    const text = notes?.[locale].text;
    if (text === undefined) {
      return [{ file, slideId, reason: 'notes file is missing', hint: `Create it: every slide (from ${slideFile}) has notes in both languages.` }];
    }
    if (text.trim() === '') return [{ file, slideId, reason: 'notes file is empty', hint: 'Write what the speaker says on this slide.' }];
    return [];
  });
}
