import { expect, test } from 'vitest';
import type { Page, Response } from 'playwright-core';
import { goToSlide, openPageWith, openSpeakerView, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';

const harness = useHarness();

/** Keeps the body of every response `page`'s context receives (scripts, styles, documents, JSON). */
function recordResponses(bodies: string[]): (response: Response) => void {
  return (response) => {
    if (!/javascript|css|html|json|text/.test(response.headers()['content-type'] ?? '')) return;
    void response.text().then((text) => bodies.push(text), () => undefined);
  };
}

/** A phrase of each slide's notes in both languages, as text (no markup). */
async function notePhrases(page: Page): Promise<string[]> {
  const deck = await projectDeck('meetup');
  const html = Object.values(deck.notes ?? {}).flatMap((notes) => [notes.en, notes.zh]);
  // The longest run of plain text in each note (markup would split a phrase in the served module).
  return page.evaluate(
    (fragments) =>
      fragments.map((h) => {
        const el = document.createElement('div');
        el.innerHTML = h;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        let longest = '';
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const run = (node.textContent ?? '').split(/["\\\n&<>']/).reduce((a, b) => (b.length > a.length ? b : a), '');
          if (run.length > longest.length) longest = run;
        }
        // 12 characters are one note's own.
        return longest.slice(0, 12);
      }),
    html,
  );
}

test('the deck page never receives a speaker note, walking every slide; the speaker view does', async () => {
  const bodies: string[] = [];
  const { page, context } = await openPageWith(harness, '?deck=meetup', { prepare: async (c) => c.on('response', recordResponses(bodies)) });
  // Every slide shown once (Mermaid and whatever else loads late has been asked for).
  const deck = await projectDeck('meetup');
  for (let i = 0; i < deck.slides.length; i++) await goToSlide(page, i);
  // Mermaid and everything else the deck loads after its first slide have arrived by now.
  await page.waitForLoadState('networkidle');
  // Phrases of the notes that the slides do not say themselves.
  const slidesSay = JSON.stringify({ ...deck, html: deck.html.replace(/<aside class="notes">[\s\S]*?<\/aside>/g, ''), notes: undefined });
  const phrases = (await notePhrases(page)).filter((phrase) => phrase.length === 12 && !slidesSay.includes(phrase));
  expect(phrases.length).toBeGreaterThan(deck.slides.length);
  const all = bodies.join('\n');
  expect(phrases.filter((phrase) => all.includes(phrase))).toEqual([]);
  expect(await page.locator('aside.notes').evaluateAll((asides) => asides.map((a) => a.textContent).join(''))).toBe('');

  // The speaker view loads them (the same search finds them there: the test can see a note).
  const speaker = await openSpeakerView(page);
  await speaker.waitForLoadState('networkidle');
  const withSpeaker = bodies.join('\n');
  expect(phrases.filter((phrase) => withSpeaker.includes(phrase)).length).toBe(phrases.length);
  await context.close();
}, 300_000);
