// Runs a TypeScript CLI entry through Vite's module runner: `node src/cli/run-ts.mjs src/cli/check.ts [args]`.
// Why not tsx: on Node 20, tsx's loader hooks run on a separate thread and every import crosses it,
// which makes loading Mermaid and Vite themselves 3-5x slower (check: 5.3 s -> under 2.5 s). Here only
// our own .ts files are transformed; packages load natively.
import path from 'node:path';
import { runnerImport } from 'vite';

const [entry] = process.argv.splice(2, 1);
if (!entry) {
  console.error('usage: node src/cli/run-ts.mjs <entry.ts> [args]');
  process.exit(2);
}
await runnerImport(path.resolve(entry), { configFile: false, logLevel: 'silent' });
