import { chromium, type Browser } from 'playwright-core';
import { findBrowser, NO_BROWSER_HINT } from './find-browser.ts';

/**
 * Flags for a quiet, offline headless Chromium. Without the background-networking ones Chromium
 * phones home at start (component updates, sync), which a closed network refuses, and which a
 * talk kit must never do anyway.
 */
const ARGS = [
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--disable-quic',
  '--disable-gpu',
  '--font-render-hinting=none',
];

/** Thrown when no browser can be found or started; its message says what to do. */
export class BrowserUnavailable extends Error {
  override name = 'BrowserUnavailable';
}

/** Starts the system Chromium headless through playwright-core (never a downloaded browser). */
export async function launchBrowser(executablePath = findBrowser()): Promise<Browser> {
  if (!executablePath) throw new BrowserUnavailable(NO_BROWSER_HINT);
  // Chromium's sandbox needs an unprivileged user; as root (containers, CI) it must be off.
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  try {
    // Ctrl-C belongs to the caller (the export CLI cancels cleanly): playwright's own handler would
    // close the browser and exit 130 underneath it, before anything is cleaned up or said.
    return await chromium.launch({ executablePath, headless: true, handleSIGINT: false, args: asRoot ? [...ARGS, '--no-sandbox'] : ARGS });
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new BrowserUnavailable(`Chromium at ${executablePath} did not start: ${reason}. ${NO_BROWSER_HINT}`);
  }
}
