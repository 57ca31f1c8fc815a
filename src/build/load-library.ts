import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runnerImport } from 'vite';
import type { DeckProblem } from '../model/deck-error.ts';
import type { Library, NotesFile, NotesIndex, Sourced } from '../model/library.ts';
import { LOCALES, type Deck, type Locale, type Section } from '../model/types.ts';

/** A loaded library with the problems met while loading it, and every file it was read from. */
export interface LoadedLibrary {
  readonly library: Library;
  readonly problems: DeckProblem[];
  /** Absolute paths whose change means the library must be loaded again. */
  readonly files: string[];
  /** Paths below `assets/` that exist. */
  readonly assets: ReadonlySet<string>;
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

  const load = async <T>(file: string, looksRight: (value: unknown) => boolean, what: string): Promise<Sourced<T>[]> => {
    const absolute = path.join(root, file);
    files.push(absolute);
    try {
      const { module, dependencies } = await runnerImport<{ default?: unknown }>(absolute, { configFile: false, logLevel: 'silent' });
      files.push(...dependencies.filter((dep) => !dep.includes('node_modules')));
      const value = module.default;
      if (!looksRight(value)) {
        problems.push({ file, reason: `the module does not default-export a ${what}`, hint: `End it with export default define${capitalize(what)}({ ... }).` });
        return [];
      }
      return [{ value: value as T, file }];
    } catch (error) {
      problems.push(moduleProblem(file, error));
      return [];
    }
  };

  const [sections, decks] = await Promise.all([
    Promise.all(sectionFiles.map((file) => load<Section>(file, isSection, 'section'))).then((all) => all.flat()),
    Promise.all(deckFiles.map((file) => load<Deck>(file, isDeck, 'deck'))).then((all) => all.flat()),
  ]);

  const slideIds = [
    ...sections.flatMap(({ value }) => value.slides.map((slide) => slide.id)),
    ...decks.flatMap(({ value }) => [...(value.slides ?? []), ...(value.sections ?? []).flatMap((section) => section.slides)].map((slide) => slide.id)),
  ];
  const notes = await loadNotes(root, slideIds, files);
  const assets = new Set((await listFiles(root, 'assets', () => true, true)).map((file) => file.slice('assets/'.length)));
  return { library: { sections, decks, notes }, problems, files, assets };
}

async function loadNotes(root: string, slideIds: readonly string[], files: string[]): Promise<NotesIndex> {
  const index = new Map<string, Record<Locale, NotesFile>>();
  await Promise.all(
    slideIds.map(async (id) => {
      const entry = {} as Record<Locale, NotesFile>;
      for (const locale of LOCALES) {
        const file = `speaker-notes/${locale}/${id}.md`;
        const absolute = path.join(root, file);
        files.push(absolute);
        entry[locale] = { file, text: existsSync(absolute) ? await readFile(absolute, 'utf8') : undefined };
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

function moduleProblem(file: string, error: unknown): DeckProblem {
  const err = error as { message?: string; loc?: { line?: number } };
  const message = (err.message ?? String(error)).split('\n')[0] ?? 'could not be loaded';
  return { file, line: err.loc?.line, reason: `the module could not be loaded: ${message}`, hint: 'Fix the syntax error; npm run check lists every problem.' };
}

function isSection(value: unknown): boolean {
  const v = value as Partial<Section> | undefined;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && Array.isArray(v.slides);
}

function isDeck(value: unknown): boolean {
  const v = value as Partial<Deck> | undefined;
  return typeof v === 'object' && v !== null && typeof v.id === 'string' && Array.isArray(v.entries);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
