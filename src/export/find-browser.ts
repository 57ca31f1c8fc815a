import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Chromium's headless shell (Debian: `chromium-headless-shell`), preferred when installed: the same
 * engine (layout, fonts, printing) without the browser's window layer, made for headless work, and
 * what Playwright itself drives headless. Opening a page in it costs about a third of the CPU a full
 * Chromium spends (measured: 0.35 s against 1.2 s per fresh page of the meetup deck), which is
 * most of an export's and of the browser tests' time. The binary first: Debian's /usr/bin script
 * runs it as a child, so the process playwright watches would not be the browser.
 */
const HEADLESS_PATHS = ['/usr/lib/chromium/chromium-headless-shell'];
const HEADLESS_NAMES = ['chromium-headless-shell'];

/** Program names of Chromium-family browsers, in order of preference. */
const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'microsoft-edge'];

/** Install locations that are not always on PATH. */
const PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** The message shown when no browser is found: says exactly what to install. */
export const NO_BROWSER_HINT =
  'No Chromium-family browser was found. Install one (Debian: sudo apt-get install -y chromium chromium-headless-shell; Ubuntu: sudo apt-get install -y chromium-browser; ' +
  'macOS: install Google Chrome), or set CHROME_PATH to its executable.';

/**
 * The browser to drive: CHROME_PATH first, then Chromium's headless shell, then the usual names on
 * PATH, then the usual paths.
 */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, exists: (file: string) => boolean = existsSync): string | undefined {
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) return exists(explicit) ? explicit : undefined;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  const onPath = (names: readonly string[]): string | undefined => {
    for (const name of names) {
      const found = dirs.map((dir) => path.join(dir, name)).find(exists);
      if (found) return found;
    }
    return undefined;
  };
  return HEADLESS_PATHS.find(exists) ?? onPath(HEADLESS_NAMES) ?? onPath(NAMES) ?? PATHS.find(exists);
}

/** True when `executable` is a Chromium headless shell (a full Chromium works too, at about three times the CPU per page). */
export function isHeadlessShell(executable: string): boolean {
  return path.basename(executable).includes('headless');
}
