import path from 'node:path';

/** The folders of a library the dev server watches: its slide modules, its notes, its assets. */
export const CONTENT_DIRS = ['slides', 'speaker-notes', 'assets'] as const;
export type ContentDir = (typeof CONTENT_DIRS)[number];

/** Which content folder of the library at `root` holds `file`; undefined for any other file. */
export function contentDirOf(root: string, file: string): ContentDir | undefined {
  const first = path.relative(root, file).split(path.sep)[0];
  return CONTENT_DIRS.find((dir) => dir === first);
}
