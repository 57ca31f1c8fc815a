import { existsSync } from 'node:fs';
import path from 'node:path';

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
  'No Chromium-family browser was found. Install one (Debian/Ubuntu: sudo apt-get install -y chromium; ' +
  'macOS: install Google Chrome), or set CHROME_PATH to its executable.';

/** The browser to drive: CHROME_PATH first, then the usual names on PATH, then the usual paths. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const explicit = env.CHROME_PATH?.trim();
  if (explicit) return existsSync(explicit) ? explicit : undefined;
  const dirs = (env.PATH ?? '').split(path.delimiter).filter(Boolean);
  for (const name of NAMES) {
    for (const dir of dirs) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return PATHS.find((candidate) => existsSync(candidate));
}
