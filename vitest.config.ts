import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Like vite.config.ts: caches stay out of node_modules.
  cacheDir: '.cache/vite',
  test: {
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
