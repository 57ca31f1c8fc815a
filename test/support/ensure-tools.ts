import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, isHeadlessShell, NO_BROWSER_HINT } from '../../src/export/find-browser.ts';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const isDebian = existsSync('/etc/debian_version');
let updated = false;

function hasCommand(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

function aptInstall(packages: string[]): void {
  console.log(`[talk] installing ${packages.join(', ')} with apt-get (root on Debian)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit', env });
  updated = true;
  execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}

/**
 * The browser the tests drive: CHROME_PATH, then Chromium's headless shell, then the usual names
 * and paths (findBrowser). As root on Debian it installs what is missing: Debian's chromium when no
 * browser is found, and its headless shell (same engine, about a third of the CPU per page, so
 * the browser tests take about two thirds of the time). Elsewhere it stops, saying what to install,
 * or runs with the full Chromium it found and says how to make the tests faster.
 */
export function ensureBrowser(): string {
  const found = findBrowser();
  if (process.env.CHROME_PATH) {
    if (!found) throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`);
    return found;
  }
  if (found && isHeadlessShell(found)) return found;
  if (!(isRoot && isDebian)) {
    if (!found) throw new Error(NO_BROWSER_HINT);
    console.log(`[talk] the browser tests run in ${found}; with Chromium's headless shell installed they take about a third less time (Debian: sudo apt-get install -y chromium-headless-shell)`);
    return found;
  }
  try {
    aptInstall(found ? ['chromium-headless-shell'] : ['chromium', 'chromium-headless-shell']);
  } catch (error) {
    if (!found) throw error;
    console.log(`[talk] chromium-headless-shell could not be installed (${error instanceof Error ? error.message.split('\n')[0] : String(error)}): the browser tests run in ${found}, only slower`);
    return found;
  }
  const installed = findBrowser();
  if (!installed) throw new Error(`apt-get installed chromium but it was not found. ${NO_BROWSER_HINT}`);
  return installed;
}

/** poppler-utils (pdfinfo, pdffonts, pdftotext) for the export tests, installed the same way. */
export function ensurePoppler(): void {
  if (hasCommand('pdfinfo') && hasCommand('pdftotext') && hasCommand('pdffonts')) return;
  if (!(isRoot && isDebian)) throw new Error('The PDF tests need poppler-utils (pdfinfo, pdffonts, pdftotext): install it, e.g. sudo apt-get install -y poppler-utils.');
  aptInstall(['poppler-utils']);
}
