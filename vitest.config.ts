import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * Vitest runs one project's files after another's ("browser" before "unit", by name). Here the unit
 * files go first: the slow ones spawn our commands (cli-usage, scaffold) and, last, they left one
 * worker alone at the end of a run for 10-15 s; the browser files then end the run with their
 * smallest, which fill both workers to the end. Within each project: Vitest's own order (longest
 * first when it has timings, else largest file first).
 */
class UnitFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    return [...sorted.filter((file) => file.project.name === 'unit'), ...sorted.filter((file) => file.project.name !== 'unit')];
  }
}

export default defineConfig({
  // Like vite.config.ts: caches stay out of node_modules.
  cacheDir: '.cache/vite',
  test: {
    sequence: { sequencer: UnitFirst },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'src/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
          // One pool with the browser tests: unit files fill the moments a browser test waits.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 180_000,
          // Each file starts its own Chromium; two at a time fit two cores.
          maxWorkers: 2,
          // Files of a worker share their imported modules (Vite, Playwright, the library): each
          // file importing them afresh cost about 50 s of CPU in all.
          isolate: false,
          sequence: { groupOrder: 0 },
        },
      },
    ],
  },
});
