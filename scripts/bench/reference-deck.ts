import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/** Slides of the reference deck: as many as the peers' reference deck. */
const SLIDES = 12;

/**
 * Builds the yardstick for "first slide ready": a minimal reveal.js deck (the same reveal.js, its
 * white theme, a dozen slides of plain English text, no fonts of its own) into `outDir`, with the
 * page's readiness signal set when reveal.js is ready. Measured by the same harness as our decks,
 * it shows what the machine and the harness cost before any of our work.
 */
export async function buildReferenceDeck(project: string, outDir: string): Promise<void> {
  // Inside the project, so that reveal.js resolves from its node_modules.
  const root = path.join(project, '.cache', 'bench', 'reference-src');
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const slides = Array.from(
    { length: SLIDES },
    (_, i) => `<section><h2>Slide ${i + 1}</h2><ul><li>Diffusion turns noise into video</li><li>Transformers scale with data</li><li>Physics is still hard</li></ul></section>`,
  ).join('\n');
  writeFileSync(
    path.join(root, 'index.html'),
    `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8"><title>reference</title></head>\n<body><div class="reveal"><div class="slides">\n${slides}\n</div></div>\n<script type="module" src="./main.js"></script></body>\n</html>\n`,
  );
  writeFileSync(
    path.join(root, 'main.js'),
    `import 'reveal.js/reveal.css';\nimport 'reveal.js/theme/white.css';\nimport Reveal from 'reveal.js';\n` +
      `new Reveal({ hash: true }).initialize().then(() => { document.documentElement.dataset.deckReady = 'true'; });\n`,
  );
  await build({ configFile: false, root, base: './', logLevel: 'silent', cacheDir: path.join(project, '.cache', 'vite'), build: { outDir, emptyOutDir: true } });
}
