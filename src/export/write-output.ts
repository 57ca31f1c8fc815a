import { existsSync, statSync } from 'node:fs';
import { access, constants, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ExportInputError } from './export-error.ts';

/** PNG names this exporter writes (`07-pipeline.png`, `07-pipeline-2.png`): only these are replaced. */
const PNG_NAME = /^\d{2,}-[a-z0-9][a-z0-9-]*\.png$/;

/** Fails early, before anything is built, when `out` cannot be written as a file (pdf) or a folder (png). */
export async function checkWritable(out: string, kind: 'file' | 'dir', what: 'PDF' | 'PPTX' = 'PDF'): Promise<void> {
  if (existsSync(out)) {
    const isDir = statSync(out).isDirectory();
    if (kind === 'file' && isDir) throw new ExportInputError(`cannot write the ${what} to ${out}: it is a folder (give a file name, e.g. ${path.join(out, `deck.${what.toLowerCase()}`)})`);
    if (kind === 'dir' && !isDir) throw new ExportInputError(`cannot write PNGs into ${out}: it is a file (give a folder)`);
  }
  // The nearest folder that exists must be writable: missing folders are created at the end.
  let dir = kind === 'dir' && existsSync(out) ? out : path.dirname(out);
  while (!existsSync(dir)) dir = path.dirname(dir);
  if (!statSync(dir).isDirectory()) throw new ExportInputError(`cannot write ${out}: ${dir} is a file, not a folder`);
  try {
    await access(dir, constants.W_OK);
  } catch {
    throw new ExportInputError(`cannot write ${out}: the folder ${dir} is not writable`);
  }
}

/** Writes `bytes` to a temporary file beside `out` and renames it: `out` is either complete or untouched. */
export async function writeFileAtomic(out: string, bytes: Uint8Array): Promise<void> {
  await mkdir(path.dirname(out), { recursive: true });
  const temp = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, out);
  } finally {
    await rm(temp, { force: true });
  }
}

/**
 * A folder of images staged beside `out` and moved into it only by `commit()`. `discard()` (on
 * error or Ctrl-C) removes the staging folder, so nothing is left at `out`.
 */
export class StagedFolder {
  private readonly staging: string;
  private created = false;

  constructor(private readonly out: string) {
    this.staging = path.join(path.dirname(out), `.${path.basename(out)}.${process.pid}.tmp`);
  }

  async add(name: string, bytes: Uint8Array): Promise<void> {
    if (!this.created) {
      await mkdir(this.staging, { recursive: true });
      this.created = true;
    }
    await writeFile(path.join(this.staging, name), bytes);
  }

  /** Moves the images into `out`; earlier exports' images there (`NN-*.png`) are replaced. */
  async commit(): Promise<void> {
    if (!this.created) await mkdir(this.staging, { recursive: true });
    if (!existsSync(this.out)) {
      await rename(this.staging, this.out);
      return;
    }
    for (const name of await readdir(this.out)) {
      if (PNG_NAME.test(name)) await rm(path.join(this.out, name), { force: true });
    }
    for (const name of await readdir(this.staging)) await rename(path.join(this.staging, name), path.join(this.out, name));
    await rm(this.staging, { recursive: true, force: true });
  }

  async discard(): Promise<void> {
    await rm(this.staging, { recursive: true, force: true });
  }
}
