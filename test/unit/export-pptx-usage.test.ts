import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { defaultOut } from '../../src/export/export-options.ts';

/** Runs the export CLI the way npm run export does; resolves with its exit code and output. */
function exportCli(args: string[]): { status: number | null; out: string } {
  const result = spawnSync(process.execPath, ['src/cli/run-ts.mjs', 'src/cli/export.ts', ...args], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, timeout: 60_000 });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
}

test('a PPTX is written to exports/<deck>-<lang>.pptx by default', () => {
  expect(defaultOut({ format: 'pptx', deck: 'lecture', locale: 'zh', steps: false, notes: false })).toBe(path.join('exports', 'lecture-zh.pptx'));
});

describe('--format pptx refuses options that make no sense for it, with exit code 2, writing nothing', { timeout: 120_000 }, () => {
  test.each([
    [['--steps'], '--steps is for pdf and png'],
    [['--notes'], "--notes is for a PDF handout: the PPTX always has the notes, in each slide's notes pane"],
    [['--scale', '2'], '--size and --scale are for --format png'],
  ])('%s', (extra, message) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'talk-pptx-usage-'));
    const out = path.join(dir, 'deck.pptx');
    const { status, out: text } = exportCli(['--format', 'pptx', ...extra, '--out', out]);
    expect(status).toBe(2);
    expect(text).toContain(message);
    expect(text).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });

  test('--help names the format', () => {
    const { status, out } = exportCli(['--help']);
    expect(status).toBe(0);
    expect(out).toContain('--format <pdf|png|pptx>');
    expect(out.split('\n').filter((line) => line.length > 100)).toEqual([]);
  });
});
