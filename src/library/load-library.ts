import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';
import type { Library, NotesFile, NotesIndex, Sourced } from '../model/library.ts';
import { schemaProblems } from '../model/schema-problems.ts';
import { LOCALES, type Deck, type Locale, type Section } from '../model/types.ts';
import { importModules } from './import-modules.ts';
import { readInlineSvgs } from './inline-svgs.ts';
import { readUtf8 } from './read-utf8.ts';

/** A loaded library with the problems met while loading it, and every file it was read from. */
export interface LoadedLibrary {
  readonly library: Library;
  readonly problems: DeckProblem[];
  /** Absolute paths whose change means the library must be loaded again. */
  readonly files: string[];
  /** Paths below `assets/` that exist. */
  readonly assets: ReadonlySet<string>;
  /** The SVG pictures below `assets/`, inlined into slides (see inline-svgs.ts). */
  readonly svgs: ReadonlyMap<string, string>;
}

/** Where a project's content lives. */
export interface ContentDirs {
  /** The project root: slides/, speaker-notes/ and assets/ are below it. */
  readonly root: string;
}

/** Reads every slide module, deck manifest and notes file below `root`. */
export async function loadLibrary({ root }: ContentDirs): Promise<LoadedLibrary> {
  const problems: DeckProblem[] = [];
  const files: string[] = [];
  const sectionFiles = await listFiles(root, 'slides', (name) => name.endsWith('.ts'));
  const deckFiles = await listFiles(root, 'slides/decks', (name) => name.endsWith('.ts'));

  const all = [...sectionFiles, ...deckFiles];
  files.push(...all.map((file) => path.join(root, file)));
  const imported = await importModules<{ default?: unknown }>(
    all.map((file) => path.join(root, file)),
    root,
  );
  files.push(...imported.dependencies.filter((dep) => !dep.includes('node_modules')));
  const pick = <T>(file: string, index: number, what: 'section' | 'deck'): Sourced<T>[] => {
    const outcome = imported.outcomes[index];
    if (!outcome || outcome.module === undefined) {
      problems.push(moduleProblem(file, path.join(root, file), outcome?.error));
      return [];
    }
    const value = outcome.module.default;
    if (typeof value !== 'object' || value === null) {
      problems.push({ file, reason: `the module does not default-export a ${what}`, hint: `End it with export default define${capitalize(what)}({ ... }).` });
      return [];
    }
    // The module is plain code: its shape is checked before anything reads it.
    const wrong = schemaProblems(file, value, what);
    problems.push(...wrong);
    return wrong.length > 0 ? [] : [{ value: value as T, file }];
  };
  const sections = sectionFiles.flatMap((file, i) => pick<Section>(file, i, 'section'));
  const decks = deckFiles.flatMap((file, i) => pick<Deck>(file, sectionFiles.length + i, 'deck'));

  const slideIds = [
    ...sections.flatMap(({ value }) => value.slides.map((slide) => slide.id)),
    ...decks.flatMap(({ value }) => [...(value.slides ?? []), ...(value.sections ?? []).flatMap((section) => section.slides)].map((slide) => slide.id)),
  ];
  const notes = await loadNotes(root, slideIds, files, problems);
  // Vite reads the modules as UTF-8 whatever they hold: bytes that are not would be mojibake on stage.
  for (const file of all) {
    const { problem } = await readUtf8(path.join(root, file), file);
    if (problem) problems.push(problem);
  }
  const assets = new Set((await listFiles(root, 'assets', () => true, true)).map((file) => file.slice('assets/'.length)));
  const { svgs, problems: svgProblems } = await readInlineSvgs(root, assets);
  problems.push(...svgProblems);
  return { library: { sections, decks, notes }, problems, files, assets, svgs };
}

async function loadNotes(root: string, slideIds: readonly string[], files: string[], problems: DeckProblem[]): Promise<NotesIndex> {
  const index = new Map<string, Record<Locale, NotesFile>>();
  await Promise.all(
    slideIds.map(async (id) => {
      const entry = {} as Record<Locale, NotesFile>;
      for (const locale of LOCALES) {
        const file = `speaker-notes/${locale}/${id}.md`;
        const absolute = path.join(root, file);
        files.push(absolute);
        const read = existsSync(absolute) ? await readUtf8(absolute, file, id) : undefined;
        if (read?.problem) problems.push(read.problem);
        // A file that is not UTF-8 counts as written (its problem is reported), not as missing.
        entry[locale] = { file, text: read === undefined ? undefined : (read.text ?? '(not UTF-8)') };
      }
      index.set(id, entry);
    }),
  );
  return index;
}

async function listFiles(root: string, dir: string, keep: (name: string) => boolean, recursive = false): Promise<string[]> {
  const absolute = path.join(root, dir);
  if (!existsSync(absolute)) return [];
  const entries = await readdir(absolute, { withFileTypes: true, recursive });
  return entries
    .filter((entry) => entry.isFile() && keep(entry.name) && !entry.name.startsWith('.'))
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

function moduleProblem(file: string, absolute: string, error: unknown): DeckProblem {
  // Vite's transform errors carry the parser's own errors (message and position) in `errors`.
  const err = error as { message?: string; name?: string; stack?: string; loc?: { line?: number }; errors?: { message?: string; loc?: { line?: number } }[]; plugin?: string; code?: string };
  const first = err.errors?.[0];
  const plain = (text: string | undefined): string | undefined => text?.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0]?.trim();
  const message = plain(first?.message) || plain(err.message) || String(error);
  const transform = first !== undefined || err.loc !== undefined || err.plugin !== undefined || /PARSE_ERROR|Transform failed/.test(message);
  if (transform) {
    const line = first?.loc?.line ?? err.loc?.line;
    return { file, line, reason: `the module could not be loaded: ${message}`, hint: 'Fix the syntax error; npm run check lists every problem.' };
  }
  // It parsed, then threw while running: say so, with the line of the module it threw at.
  const at = err.stack?.split('\n').find((frame) => frame.includes(absolute))?.match(/:(\d+):\d+\)?$/);
  const name = typeof err.name === 'string' && err.name !== '' ? err.name : 'Error';
  const thrown = error instanceof Error || err.message !== undefined ? `${name}: ${message}` : `the value ${String(error)}`;
  return { file, line: at ? Number(at[1]) : undefined, reason: `the module threw while running: ${thrown}`, hint: 'It is plain code that runs when the deck is built: fix what it computes, or the import it uses.' };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
