import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** Everything a build of the deck is made from: a change to any of these makes a new build. */
const INPUTS = ['index.html', 'vite.config.ts', 'package-lock.json', 'package.json', 'src', 'slides', 'speaker-notes', 'assets'];

/** Bump when the way the exporter builds changes, so that older cached builds are not reused. */
const RECIPE = 'talk-export-build/1';

/** A short hash of every file the build reads (paths and contents), used as the build cache key. */
export async function sourceHash(root: string): Promise<string> {
  const hash = createHash('sha256').update(RECIPE);
  for (const input of INPUTS) {
    const absolute = path.join(root, input);
    if (!existsSync(absolute)) continue;
    for (const file of await listFiles(absolute)) {
      // Tests and the CLI/export code are not part of the page.
      const relative = path.relative(root, file).split(path.sep).join('/');
      if (/\.test\.ts$/.test(relative) || relative.startsWith('src/cli/') || relative.startsWith('src/export/')) continue;
      hash.update(`\0${relative}\0`).update(await readFile(file));
    }
  }
  return hash.digest('hex').slice(0, 16);
}

async function listFiles(absolute: string): Promise<string[]> {
  const entries = await readdir(absolute, { withFileTypes: true, recursive: true }).catch(() => undefined);
  if (!entries) return [absolute];
  return entries
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
