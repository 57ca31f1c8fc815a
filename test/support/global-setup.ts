import path from 'node:path';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';
import { ensureBrowser, ensurePoppler } from './ensure-tools.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built deck every browser test serves. */
    distDir: string;
    /** The Chromium executable the tests drive. */
    browserPath: string;
  }
}

/** Builds the library once, finds (or installs) Chromium and poppler, for every browser test. */
export default async function setup(project: TestProject): Promise<void> {
  const browserPath = ensureBrowser();
  ensurePoppler();
  const distDir = path.resolve('.cache/test-dist');
  process.env.TALK_OUT_DIR = distDir;
  await build({ logLevel: 'warn', configFile: path.resolve('vite.config.ts') });
  delete process.env.TALK_OUT_DIR;
  project.provide('distDir', distDir);
  project.provide('browserPath', browserPath);
}
