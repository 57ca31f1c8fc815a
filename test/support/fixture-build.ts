import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { TalkOptions } from '../../src/vite/index.ts';
import { talkConfig } from '../../src/vite/talk-config.ts';

/**
 * A writable copy of a fixture library. It sits inside the project so that its modules resolve
 * '#talk' through the project's package.json. Remove it with `rmSync(dir, { recursive: true })`.
 */
export function copyFixture(name = 'tiny'): string {
  const dir = mkdtempSync(path.resolve(`test/fixtures/decks/.tmp-${name}-`));
  cpSync(path.resolve(`test/fixtures/decks/${name}`), dir, { recursive: true });
  return dir;
}

/** Builds the deck runtime over the library at `root` into a fresh temporary folder; returns it. */
export async function buildFixture(root: string, options: Omit<TalkOptions, 'root'> = {}): Promise<string> {
  const outDir = path.join(root, '.dist');
  rmSync(outDir, { recursive: true, force: true });
  await build(talkConfig({ ...options, root, outDir, logLevel: 'silent' }));
  return outDir;
}

/** A writable copy of the blocks fixture, with the project's example video and poster in its assets/. */
export function copyBlocksFixture(): string {
  const dir = copyFixture('blocks');
  for (const file of ['videos/denoise.webm', 'images/denoise.png']) {
    mkdirSync(path.dirname(path.join(dir, 'assets', file)), { recursive: true });
    cpSync(path.resolve('assets', file), path.join(dir, 'assets', file));
  }
  return dir;
}
