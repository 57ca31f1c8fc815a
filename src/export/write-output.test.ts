import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { checkWritable, StagedFolder, writeFileAtomic } from './write-output.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'talk-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writing exports', () => {
  test('a file is written whole, creating its folder, with no temporary file left', async () => {
    const out = path.join(dir, 'exports', 'deck.pdf');
    await writeFileAtomic(out, new Uint8Array([1, 2, 3]));
    expect([...readFileSync(out)]).toEqual([1, 2, 3]);
    expect(readdirSync(path.dirname(out))).toEqual(['deck.pdf']);
  });

  test('staged images reach the folder only on commit, replacing earlier images but nothing else', async () => {
    const out = path.join(dir, 'pngs');
    mkdirSync(out);
    writeFileSync(path.join(out, '09-old-slide.png'), 'old');
    writeFileSync(path.join(out, 'notes.txt'), 'mine');
    const staged = new StagedFolder(out);
    await staged.add('01-title.png', new Uint8Array([1]));
    expect(readdirSync(out).sort()).toEqual(['09-old-slide.png', 'notes.txt']);
    await staged.commit();
    expect(readdirSync(out).sort()).toEqual(['01-title.png', 'notes.txt']);
    expect(readdirSync(dir)).toEqual(['pngs']);
  });

  test('a discarded export leaves nothing, not even the folder', async () => {
    const out = path.join(dir, 'pngs');
    const staged = new StagedFolder(out);
    await staged.add('01-title.png', new Uint8Array([1]));
    await staged.discard();
    expect(readdirSync(dir)).toEqual([]);
  });

  test('outputs that cannot be written are refused before any work', async () => {
    writeFileSync(path.join(dir, 'file'), '');
    await expect(checkWritable(path.join(dir, 'file', 'deck.pdf'), 'file')).rejects.toThrow(/is a file, not a folder/);
    await expect(checkWritable(dir, 'file')).rejects.toThrow(/it is a folder/);
    await expect(checkWritable(path.join(dir, 'file'), 'dir')).rejects.toThrow(/it is a file/);
    await expect(checkWritable(path.join(dir, 'new', 'deeper', 'deck.pdf'), 'file')).resolves.toBeUndefined();
  });
});
