import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

/** What running a command cost. */
export interface CommandCost {
  readonly ms: number;
  /** Peak resident memory of the command and all its descendants (Chromium included), in bytes. */
  readonly peakRss: number;
  readonly code: number | null;
  readonly stderr: string;
}

/** Resident memory of `pid` and its descendants, read from /proc (0 where /proc is absent). */
function treeRss(pid: number): number {
  let total = 0;
  const visit = (id: number): void => {
    try {
      const status = readFileSync(`/proc/${id}/status`, 'utf8');
      total += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      const children = readFileSync(`/proc/${id}/task/${id}/children`, 'utf8').trim();
      for (const child of children ? children.split(/\s+/) : []) visit(Number(child));
    } catch {
      // The process ended between two reads.
    }
  };
  visit(pid);
  return total;
}

/** Runs `command args`, timing it and sampling the memory of its process tree every 50 ms. */
export function measureCommand(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CommandCost> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    let peakRss = 0;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const sampler = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, 50);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      resolve({ ms: performance.now() - started, peakRss, code, stderr });
    });
  });
}
