import { mkdir, rename, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { DeckError } from '../model/deck-error.ts';

/** A file the scaffolder means to write: `create` files must not exist yet. */
export interface PlannedFile {
  readonly file: string;
  readonly text: string;
  readonly create: boolean;
}

/**
 * Writes every planned file or, as far as the file system allows, none: each is first written to a
 * temporary name beside its target, then all are renamed into place.
 */
export async function writeAll(root: string, planned: readonly PlannedFile[]): Promise<void> {
  for (const { file, create } of planned) {
    if (create && existsSync(path.join(root, file))) throw new DeckError({ file, reason: 'the file already exists', hint: 'Nothing was written.' });
  }
  const temps: { temp: string; target: string }[] = [];
  for (const { file, text } of planned) {
    const target = path.join(root, file);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${process.pid}.tmp`;
    await writeFile(temp, text, { flag: 'wx' });
    temps.push({ temp, target });
  }
  for (const { temp, target } of temps) await rename(temp, target);
}
