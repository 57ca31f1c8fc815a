import { DeckError, isFatal, type DeckProblem } from '../model/deck-error.ts';
import { resolveDeck } from '../model/resolve-deck.ts';
import type { Bilingual } from '../model/types.ts';
import { validateLibrary } from '../model/validate.ts';
import { renderDeck } from '../render/render-deck.ts';
import type { RenderedDeck } from '../render/rendered-deck.ts';
import { checkDiagrams } from './check-diagrams.ts';
import { checkInline } from './check-inline.ts';
import { codeLanguages } from './code-languages.ts';
import type { LoadedLibrary } from './load-library.ts';

/** How to compile. */
export interface CompileOptions {
  /** Leave speaker notes out of the output. */
  readonly withoutNotes?: boolean;
  /** Parse every Mermaid diagram (slower; the build and the check do). */
  readonly checkDiagrams?: boolean;
  /** Where Mermaid parse results are remembered (see checkDiagrams); false to parse every time. */
  readonly diagramCache?: string | false;
  /** URL of an asset, relative to the page. */
  readonly assetUrl?: (src: string) => string;
}

/** Every deck rendered, and every problem of the library. A deck with a fatal problem is left out. */
export interface CompiledLibrary {
  readonly decks: ReadonlyMap<string, RenderedDeck>;
  readonly problems: readonly DeckProblem[];
}

/** Validates the loaded library and renders each of its decks. */
export async function compileLibrary(loaded: LoadedLibrary, options: CompileOptions = {}): Promise<CompiledLibrary> {
  const { library } = loaded;
  const code = await codeLanguages(library);
  const problems: DeckProblem[] = [...loaded.problems, ...validateLibrary(library, { assets: loaded.assets, isCodeLanguage: code.isCodeLanguage }), ...checkInline(library)];
  if (options.checkDiagrams) problems.push(...(await checkDiagrams(library, { cacheFile: options.diagramCache })));
  const decks = new Map<string, RenderedDeck>();
  const libraryBroken = problems.some(isFatal);
  for (const { value: deck } of library.decks) {
    const { deck: resolved } = resolveDeck(library, deck.id);
    if (!resolved) continue;
    try {
      const rendered = renderDeck(resolved, {
        assetUrl: options.assetUrl ?? ((src) => `assets/${src}`),
        notesOf: (slideId) => notesOf(loaded, slideId),
        withoutNotes: options.withoutNotes,
        inlineSvg: (src) => loaded.svgs.get(src),
        highlight: code.highlight,
      });
      if (!libraryBroken) decks.set(deck.id, rendered);
    } catch (error) {
      if (!(error instanceof DeckError)) throw error;
      if (!problems.some((p) => p.reason === error.reason && p.slideId === error.slideId)) problems.push(error);
    }
  }
  return { decks, problems: dedupe(problems) };
}

function notesOf(loaded: LoadedLibrary, slideId: string): Bilingual {
  const notes = loaded.library.notes.get(slideId);
  return { en: notes?.en.text ?? '', zh: notes?.zh.text ?? '' };
}

function dedupe(problems: DeckProblem[]): DeckProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.file}|${p.slideId}|${p.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
