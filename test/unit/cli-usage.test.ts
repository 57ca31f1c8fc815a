import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/** Runs `npm run <script> -- <args>` the way a user does, and returns its exit code and output. */
function npmRun(script: string, args: string[]): { status: number | null; out: string } {
  const result = spawnSync('npm', ['run', '--silent', script, '--', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 60_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('every command refuses a wrong command line with its usage and exit code 2, writing nothing', { timeout: 120_000 }, () => {
  test.each(['start', 'build', 'check', 'export', 'new', 'bench'])('npm run %s -- --bogus', (script) => {
    const out = mkdtempSync(path.join(tmpdir(), 'talk-usage-'));
    const target = path.join(out, 'never');
    const { status, out: text } = npmRun(script, ['--bogus', '--out', target]);
    expect(status).toBe(2);
    expect(text).toContain("Unknown option '--bogus'");
    expect(text).toMatch(/Usage: npm (run )?/);
    expect(existsSync(target)).toBe(false);
    rmSync(out, { recursive: true, force: true });
  });

  test('a value that makes no sense is named', () => {
    const { status, out } = npmRun('start', ['--port', 'seventy']);
    expect(status).toBe(2);
    expect(out).toContain('--port must be a number from 1 to 65535 (got "seventy")');
  });
});
