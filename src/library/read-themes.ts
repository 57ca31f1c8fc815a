import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isKebabCase } from '../model/kebab-case.ts';

/** Themes every build has; their CSS is in src/runtime/styles/theme.css. */
export const BUILT_IN_THEMES = ['light', 'dark'] as const;

/** The CSS of each `assets/themes/<name>.css`, by name. */
export async function readThemes(dir: string): Promise<Record<string, string>> {
  if (!existsSync(dir)) return {};
  const out: Record<string, string> = {};
  for (const file of (await readdir(dir)).sort()) {
    const name = file.endsWith('.css') ? file.slice(0, -'.css'.length) : '';
    if (isKebabCase(name) && !(BUILT_IN_THEMES as readonly string[]).includes(name)) out[name] = await readFile(path.join(dir, file), 'utf8');
  }
  return out;
}
