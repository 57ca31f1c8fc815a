import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, NO_BROWSER_HINT } from '../../src/export/find-browser.ts';

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
 * The browser the tests drive: CHROME_PATH, then the usual names and paths. As root on Debian
 * with none found it installs Debian's chromium; otherwise it stops, saying what to install.
 */
export function ensureBrowser(): string {
  const found = findBrowser();
  if (found) return found;
  if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH is set to "${process.env.CHROME_PATH}", which does not exist.`);
  if (!(isRoot && isDebian)) throw new Error(NO_BROWSER_HINT);
  aptInstall(['chromium']);
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
