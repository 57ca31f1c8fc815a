import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';
import type { Library, NotesFile, NotesIndex, Sourced } from '../model/library.ts';
import { LOCALES, type Deck, type Locale, type Section } from '../model/types.ts';
import { importModules } from './import-modules.ts';
import { readInlineSvgs } from './inline-svgs.ts';

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
  const pick = <T>(file: string, index: number, looksRight: (value: unknown) => boolean, what: string): Sourced<T>[] => {
    const outcome = imported.outcomes[index];
    if (!outcome || outcome.module === undefined) {
      problems.push(moduleProblem(file, outcome?.error));
      return [];
    }
    const value = outcome.module.default;
    if (!looksRight(value)) {
      problems.push({ file, reason: `the module does not default-export a ${what}`, hint: `End it with export default define${capitalize(what)}({ ... }).` });
      return [];
    }
    return [{ value: value as T, file }];
  };
  const sections = sectionFiles.flatMap((file, i) => pick<Section>(file, i, isSection, 'section'));
  const decks = deckFiles.flatMap((file, i) => pick<Deck>(file, sectionFiles.length + i, isDeck, 'deck'));

  const slideIds = [
    ...sections.flatMap(({ value }) => value.slides.map((slide) => slide.id)),
    ...decks.flatMap(({ value }) => [...(value.slides ?? []), ...(value.sections ?? []).flatMap((section) => section.slides)].map((slide) => slide.id)),
  ];
  const notes = await loadNotes(root, slideIds, files);
  const assets = new Set((await listFiles(root, 'assets', () => true, true)).map((file) => file.slice('assets/'.length)));
  const { svgs, problems: svgProblems } = await readInlineSvgs(root, assets);
  problems.push(...svgProblems);
  return { library: { sections, decks, notes }, problems, files, assets, svgs };
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
  // Vite's transform errors carry the parser's own errors (message and position) in `errors`.
  const err = error as { message?: string; loc?: { line?: number }; errors?: { message?: string; loc?: { line?: number } }[] };
  const first = err.errors?.[0];
  const plain = (text: string | undefined): string | undefined => text?.replace(/\u001b\[[0-9;]*m/g, '').split('\n')[0]?.trim();
  const message = plain(first?.message) || plain(err.message) || String(error);
  const line = first?.loc?.line ?? err.loc?.line;
  return { file, line, reason: `the module could not be loaded: ${message}`, hint: 'Fix the syntax error; npm run check lists every problem.' };
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
