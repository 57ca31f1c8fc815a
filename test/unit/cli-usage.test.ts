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

  test('a speaking rate that is not a positive number is named', () => {
    const { status, out } = npmRun('check', ['--wpm', 'fast']);
    expect(status).toBe(2);
    expect(out).toContain('--wpm takes a positive number (a minute\'s worth), not "fast".');
  });
});

test('npm start on a port in use moves to the next free one and says so', { timeout: 120_000 }, async () => {
  const { createServer } = await import('node:net');
  const blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, 'localhost', resolve));
  const port = (blocker.address() as { port: number }).port;
  const { spawn } = await import('node:child_process');
  const { FORCE_COLOR: _force, ...env } = process.env;
  const child = spawn('npm', ['run', '--silent', 'start', '--', '--port', String(port)], { env: { ...env, NO_COLOR: '1' }, detached: true });
  let out = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer): void => {
        // Without colour codes between "localhost:" and the port.
        out += chunk.toString().replace(/\u001b\[[0-9;]*m/g, '');
        const match = /Local:\s+(http:\/\/localhost:(\d+)\/)/.exec(out);
        if (match) resolve(match[1] as string);
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('exit', (code) => reject(new Error(`npm start exited with ${code}:\n${out}`)));
    });
    expect(url).not.toContain(`:${port}/`);
    expect(out).toMatch(new RegExp(`Port ${port} is in use`));
    expect((await fetch(url)).status).toBe(200);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
    blocker.close();
  }
});
