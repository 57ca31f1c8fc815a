import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { serveDist, type DistServer } from '../../src/export/serve-dist.ts';
import { closeContexts, sharedBrowser, waitReady } from '../support/browser.ts';
import { buildFixture, copyFixture } from '../support/fixture-build.ts';

const root = copyFixture();
let browser: Browser;
let server: DistServer;

beforeAll(async () => {
  const module = path.join(root, 'slides/01-main.ts');
  // A diagram whose labels try to run script, and notes that try the same.
  const hostile = 'flowchart LR\\n  A["<img src=x onerror=window.pwned=1>"] --> B["<script>window.pwned=2</script>"]\\n  click A call window.alert("x")';
  const source = readFileSync(module, 'utf8');
  const patched = source.replace(`'flowchart LR\\n  A["Start"] --> B["End"]'`, `'${hostile}'`);
  if (patched === source) throw new Error('the fixture changed: the hostile diagram was not put in');
  // A title whose inline Markdown wraps markup: bold around an image, code around a script, a
  // link whose address tries to break out of its attribute.
  const title = "**<img src=x onerror=window.pwned=6>** `</code><script>window.pwned=7</script>` [a](https://example.org/\\\"onmouseover=\\\"window.pwned=8)";
  const titled = patched.replace(`title: { en: 'A formula'`, `title: { en: '${title}'`);
  if (titled === patched) throw new Error('the fixture changed: the hostile title was not put in');
  writeFileSync(module, titled);
  writeFileSync(path.join(root, 'speaker-notes/en/formula.md'), 'Notes <script>window.pwned=3</script> [x](javascript:window.pwned=4) <img src=x onerror="window.pwned=5">');
  const outDir = await buildFixture(root, { deck: 'tiny' });
  browser = await sharedBrowser();
  server = await serveDist(outDir);
});

afterAll(async () => {
  await closeContexts(browser);
  await server?.close();
  rmSync(root, { recursive: true, force: true });
});

test('a Mermaid diagram (securityLevel strict) and notes cannot run script', async () => {
  const page = await (await browser.newContext()).newPage();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${server.url}#/formula`);
  await waitReady(page);
  const svg = page.locator('#formula .talk-mermaid.talk-en svg');
  expect(await svg.count()).toBe(1);
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('#formula svg img[onerror], #formula svg script').count()).toBe(0);
  // Inline Markdown in a text makes <strong>, <code> and <a> only; what they wrap stays text.
  const heading = page.locator('#formula .talk-title .talk-en');
  expect(await heading.locator('img, script, [onmouseover]').count()).toBe(0);
  expect(await heading.locator('strong').textContent()).toBe('<img src=x onerror=window.pwned=6>');
  expect(await heading.locator('code').textContent()).toBe('</code><script>window.pwned=7</script>');
  expect(await heading.locator('a').getAttribute('href')).toMatch(/^https:\/\/example\.org\//);
  await heading.locator('a').hover();
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  await svg.click({ force: true });
  // The deck page loads notes only for the handout's print view (the speaker view's are tested there).
  await page.goto(`${server.url}?print-pdf&notes`);
  await waitReady(page);
  expect(await page.locator('#formula aside.notes script, #formula aside.notes img, #formula aside.notes a[href^="javascript:"]').count()).toBe(0);
  // The would-be markup shows as text.
  expect(await page.locator('#formula aside.notes').textContent()).toContain('<script>window.pwned=3</script>');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await page.context().close();
});

test('a public build (--no-notes) contains no speaker notes', async () => {
  const outDir = await buildFixture(root, { deck: 'tiny', withoutNotes: true });
  const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile() && /\.(js|html|json)$/.test(f.name));
  const text = files.map((f) => readFileSync(path.join(f.parentPath, f.name), 'utf8')).join('\n');
  expect(text).toContain('Pythagoras'); // the slides are there
  expect(text).not.toContain('Say **hello**');
  expect(text).not.toContain('<strong>hello</strong>');
  expect(text).not.toContain('说**你好**');
});
