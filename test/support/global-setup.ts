import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { talkConfig } from '../../src/vite/talk-config.ts';
import { ensureBrowser, ensurePoppler } from './ensure-tools.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built deck every browser test serves. */
    distDir: string;
    /** The Chromium executable the tests drive. */
    browserPath: string;
  }
}

/**
 * Builds the library once, finds (or installs) Chromium and poppler, for every browser test.
 * Each run builds into its own folder (removed afterwards), so that two runs at once never serve
 * each other's half-replaced files.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const browserPath = ensureBrowser();
  ensurePoppler();
  const distDir = path.resolve(`.cache/test-dist-${process.pid}`);
  await build(talkConfig({ outDir: distDir, logLevel: 'warn' }));
  project.provide('distDir', distDir);
  project.provide('browserPath', browserPath);
  return () => rmSync(distDir, { recursive: true, force: true });
}
