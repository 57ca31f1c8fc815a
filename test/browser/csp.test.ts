import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { openPageWith, openSpeakerView, press, useHarness, walkToEnd } from '../support/browser.ts';

const harness = useHarness();

// Every violation of the page's policy, recorded from the first script on.
const RECORD_VIOLATIONS = `
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));
`;
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test('every built page carries a policy that allows only its own origin', () => {
  for (const page of ['index.html', 'speaker.html']) {
    const html = readFileSync(path.join(inject('distDir'), page), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy, page).toContain("default-src 'self'");
    expect(policy, page).toMatch(/script-src 'self'(;|$| 'sha256-)/);
  }
});

test('the deck, its diagrams, formulas, language switch and speaker view work under the policy', async () => {
  const prepare = async (context: BrowserContext): Promise<void> => {
    await context.addInitScript(RECORD_VIOLATIONS);
  };
  const { page, context, consoleErrors, foreignRequests } = await openPageWith(harness, '', { prepare });
  await walkToEnd(page);
  await press(page, 'l');
  expect(await page.locator('.talk-mermaid[data-talk-rendered="true"] svg').count()).toBeGreaterThan(0);
  expect(await page.locator('.katex-mathml').count()).toBeGreaterThan(0);
  const speaker = await openSpeakerView(page);
  expect(await violations(page)).toEqual([]);
  expect(await violations(speaker)).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect(foreignRequests).toEqual([]);
  // The policy is really enforced, and the recorder sees it: an injected inline script is refused.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__talkInjected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __talkInjected?: boolean }).__talkInjected)).toBeUndefined();
  expect((await violations(page)).join('\n')).toContain('script-src');
  await context.close();
});
