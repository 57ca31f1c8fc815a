import { describe, expect, test } from 'vitest';
import { findBrowser, isHeadlessShell } from '../../src/export/find-browser.ts';

/** A machine with exactly these files. */
const machine = (...files: string[]) => (file: string) => files.includes(file);

describe('findBrowser', () => {
  test('CHROME_PATH wins, and a CHROME_PATH that does not exist finds nothing (it is not silently replaced)', () => {
    const exists = machine('/opt/my/chrome', '/usr/lib/chromium/chromium-headless-shell');
    expect(findBrowser({ CHROME_PATH: '/opt/my/chrome', PATH: '/usr/bin' }, exists)).toBe('/opt/my/chrome');
    expect(findBrowser({ CHROME_PATH: '/opt/nothing', PATH: '/usr/bin' }, exists)).toBeUndefined();
  });

  test("Chromium's headless shell before a full Chromium: its binary, not Debian's script that runs it as a child", () => {
    const debian = machine('/usr/bin/chromium', '/usr/bin/chromium-headless-shell', '/usr/lib/chromium/chromium-headless-shell');
    expect(findBrowser({ PATH: '/usr/local/bin:/usr/bin' }, debian)).toBe('/usr/lib/chromium/chromium-headless-shell');
    expect(findBrowser({ PATH: '/home/me/bin:/usr/bin' }, machine('/usr/bin/chromium', '/home/me/bin/chromium-headless-shell'))).toBe('/home/me/bin/chromium-headless-shell');
  });

  test('without a headless shell: the usual names on PATH in order, then the usual paths', () => {
    expect(findBrowser({ PATH: '/a:/b' }, machine('/b/chromium', '/a/google-chrome'))).toBe('/b/chromium');
    expect(findBrowser({ PATH: '/a' }, machine('/a/google-chrome'))).toBe('/a/google-chrome');
    expect(findBrowser({ PATH: '/a' }, machine('/opt/google/chrome/chrome'))).toBe('/opt/google/chrome/chrome');
    expect(findBrowser({ PATH: '/a' }, machine())).toBeUndefined();
  });

  test('isHeadlessShell tells the two apart', () => {
    expect(isHeadlessShell('/usr/lib/chromium/chromium-headless-shell')).toBe(true);
    expect(isHeadlessShell('/usr/bin/chromium')).toBe(false);
  });
});
