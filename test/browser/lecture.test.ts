import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, test } from 'vitest';
import { advanceTo, openPage, press, useHarness, waitReady } from '../support/browser.ts';

const harness = useHarness();
const work = mkdtempSync(path.join(os.tmpdir(), 'talk-lecture-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The page's language, as the deck sets it, and the ?lang= of its URL. */
async function language(page: import('playwright-core').Page): Promise<{ lang: string; locale: string | undefined; url: string | null }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, locale: document.documentElement.dataset.talkLocale, url: new URL(location.href).searchParams.get('lang') }));
}

describe('an English-only deck (diffusion-code) offers no Chinese', () => {
  test('?lang=zh falls back to English with the URL corrected, and L changes nothing', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?deck=diffusion-code&lang=zh');
    expect(await language(page)).toEqual({ lang: 'en', locale: 'en', url: 'en' });
    const title = await page.locator('section.present .talk-title .talk-en').innerText();
    expect(title).toBe('Diffusion models in code');
    await press(page, 'l');
    expect(await language(page)).toEqual({ lang: 'en', locale: 'en', url: 'en' });
    // The slide still shows its English text, never an empty Chinese one.
    expect(await page.locator('section.present .talk-title').innerText()).toBe('Diffusion models in code');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });

  test('the speaker view falls back to English and has no language button', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL('speaker.html?deck=diffusion-code&lang=zh', harness.server.url).href);
    await page.waitForSelector('.speaker-language', { state: 'attached' });
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.speaker-language').isVisible()).toBe(false);
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await context.close();
  });

  test('a bilingual deck still switches with L', async () => {
    const { page, context } = await openPage(harness, '?deck=meetup&lang=en');
    await press(page, 'l');
    expect(await language(page)).toEqual({ lang: 'zh-Hans', locale: 'zh', url: 'zh' });
    await context.close();
  });
});

describe('inline Markdown in a bullet', () => {
  test('bold, italic, code and $math$ render as elements, the math by KaTeX with MathML', async () => {
    const { page, context, consoleErrors } = await openPage(harness, '?deck=diffusion-code#/dc-forward');
    await waitReady(page);
    const item = page.locator('#dc-forward .talk-bullets li').nth(1);
    // textContent: the bullets are steps, not shown yet.
    expect(await item.locator('strong').textContent()).toBe('Nothing is learned');
    expect(await item.locator('.katex annotation').first().textContent()).toBe('\\beta_1, \\dots, \\beta_T');
    expect(await item.textContent()).not.toContain('**');
    expect(await page.locator('#dc-forward .talk-bullets li').nth(2).locator('em').textContent()).toBe('pure noise');
    await advanceTo(page, 'dc-objective');
    expect(await page.locator('#dc-objective .talk-bullets li code').textContent()).toBe('((eps - model(x_t, t)) ** 2).mean()');
    expect(consoleErrors).toEqual([]);
    await context.close();
  });
});

/** Runs the export CLI; resolves with its exit code and output. */
function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['src/cli/run-ts.mjs', 'src/cli/export.ts', ...args], { env: { ...process.env, CHROME_PATH: inject('browserPath') } });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

test('export --lang zh of an English-only deck: a clear message, exit 2, no file', { timeout: 180_000 }, async () => {
  const out = path.join(work, 'zh.pdf');
  const result = await cli(['--deck', 'diffusion-code', '--lang', 'zh', '--dist', inject('distDir'), '--out', out]);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('deck "diffusion-code" is given in en only, not in zh: use --lang en');
  expect(existsSync(out)).toBe(false);
});
