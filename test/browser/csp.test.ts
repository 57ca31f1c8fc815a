import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, inject, test } from 'vitest';
import { cspViolations as violations, goToSlide, openPageWith, openSpeakerView, press, recordCspViolations, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

test('every built page carries a policy that allows only its own origin', () => {
  for (const page of ['index.html', 'speaker.html']) {
    const html = readFileSync(path.join(inject('distDir'), page), 'utf8');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(policy, page).toContain("default-src 'self'");
    expect(policy, page).toMatch(/script-src 'self'(;|$| 'sha256-)/);
  }
});

// Every slide of every deck is shown under the policy, violations recorded, in deck-walk.test.ts.
test('a diagram, a formula, the language switch and the speaker view work under the policy', async () => {
  const meetup = await projectDeck('meetup');
  const { page, context, consoleErrors, foreignRequests } = await openPageWith(harness, '', { prepare: recordCspViolations });
  await goToSlide(page, meetup.slides.findIndex((s) => s.diagrams > 0));
  await goToSlide(page, meetup.slideHtml.findIndex((html) => html.includes('class="katex')));
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
