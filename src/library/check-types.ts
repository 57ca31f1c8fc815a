import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { DeckProblem } from '../model/deck-error.ts';

const DIAGNOSTIC = /^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*)$/;

/**
 * Type-checks the project with `tsc --noEmit -p .` (several seconds, hence opt-in: `npm run check
 * -- --types`; `npm test` always does it). A missing translation or a misspelt block kind in a
 * slide module is a type error before it is anything else.
 */
export async function checkTypes(root: string): Promise<DeckProblem[]> {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [tsc, '--noEmit', '--pretty', 'false', '-p', '.'], { cwd: root });
    let text = '';
    child.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (text += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
  return parseTscOutput(output.text, root, output.code);
}

/** tsc's `file(line,col): error TSnnnn: message` lines as problems; continuation lines join the message. */
export function parseTscOutput(text: string, root: string, code: number | null = 1): DeckProblem[] {
  const problems: { file: string; line: number; reason: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const match = DIAGNOSTIC.exec(line);
    if (match) {
      const [, file = '', row = '0', , ts = '', message = ''] = match;
      problems.push({ file: path.relative(root, path.resolve(root, file)).split(path.sep).join('/'), line: Number(row), reason: `type error ${ts}: ${message}` });
    } else if (line.startsWith('  ') && problems.length > 0) {
      const last = problems[problems.length - 1]!;
      last.reason += ` ${line.trim()}`;
    }
  }
  if (problems.length === 0 && code !== 0) return [{ file: 'tsconfig.json', reason: `tsc failed: ${text.trim().split('\n')[0] ?? ''}` }];
  return problems.map((p) => ({ ...p, hint: 'Fix the type error (npx tsc --noEmit -p . shows it in context).' }));
}
