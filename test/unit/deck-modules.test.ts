import { describe, expect, test } from 'vitest';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import type { RenderedDeck } from '../../src/render/rendered-deck.ts';
import { decksModule, deckModule, headHtml, pageDeck, placeholder, restModule } from '../../src/library/deck-modules.ts';
import { hashTarget } from '../../src/runtime/pending-slides.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

/** A rendered deck of `count` slides, each saying its own words ("Body s3"). */
function rendered(count: number): RenderedDeck {
  const slides = Array.from({ length: count }, (_, i) => slide(`s${i}`, { minutes: 0.5, blocks: [{ kind: 'statement', text: { en: `Body s${i}`, zh: `正文 s${i}` } }] }));
  const lib = makeLibrary([{ id: 'part', title: { en: 'Part', zh: '部分' }, slides }], [deck('talk', ['part'])]);
  return renderDeck(resolveDeck(lib, 'talk').deck!, { assetUrl: (s) => s, notesOf: (id) => ({ en: `note ${id}`, zh: `笔记 ${id}` }) });
}

/** What a generated module exports by default (its source is one `JSON.parse` of a string literal). */
async function exported(source: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { default: unknown }).default;
}

describe('a deck split into its module and its rest module', () => {
  test('each slide is rendered on its own as well, and `html` is them joined', () => {
    const out = rendered(5);
    expect(out.slideHtml).toHaveLength(5);
    expect(out.html).toBe(out.slideHtml.join('\n'));
  });

  test("a placeholder is the slide's own <section> tag, marked pending, without its content", () => {
    const [first] = rendered(1).slideHtml;
    expect(placeholder(first!)).toBe('<section id="s0" class="talk-layout-default" data-talk-slide="s0" data-talk-section="part" data-talk-source="slides/01-part.ts" data-timing="30" data-talk-pending></section>');
    expect(() => placeholder('<div>no section</div>')).toThrow(/<section>/);
  });

  test('the deck module has the first slides whole and a placeholder for each later one; the rest module has those, by id', async () => {
    const out = rendered(6);
    const page = (await exported(deckModule(out, 3))) as { html: string; slides: unknown[]; notes?: unknown; slideHtml?: unknown };
    expect(page.html).toBe(headHtml(out.slideHtml, 3));
    for (const i of [0, 1, 2]) expect(page.html).toContain(`Body s${i}`);
    for (const i of [3, 4, 5]) {
      expect(page.html).not.toContain(`Body s${i}`);
      expect(page.html).toContain(`<section id="s${i}" `);
    }
    expect(page.html.match(/<section\b/g)).toHaveLength(6);
    expect(page.html.match(/data-talk-pending/g)).toHaveLength(3);
    // Everything but the slides' HTML is as the dev server's update sends it; never the notes.
    expect({ ...page, html: undefined }).toEqual({ ...JSON.parse(JSON.stringify(pageDeck(out))), html: undefined });
    expect(page.notes).toBeUndefined();
    expect(page.slideHtml).toBeUndefined();
    expect(JSON.stringify(page)).not.toContain('note s');

    const rest = (await exported(restModule(out, 3))) as Record<string, string>;
    expect(Object.keys(rest)).toEqual(['s3', 's4', 's5']);
    expect(rest.s4).toBe(out.slideHtml[4]);
  });

  test('a deck no longer than the first view has every slide whole and an empty rest', async () => {
    const out = rendered(3);
    expect(((await exported(deckModule(out, 3))) as { html: string }).html).toBe(out.html);
    expect(await exported(restModule(out, 3))).toEqual({});
  });

  test('the deck list has a loader for each deck rest module', () => {
    const source = decksModule(new Map([['talk', rendered(2)]]), 'talk');
    expect(source).toContain('export const restLoaders = {\n  "talk": () => import("virtual:talk/deck-rest/talk"),\n};');
  });

  test('the dev server update carries every slide whole, once', () => {
    const out = rendered(5);
    const update = pageDeck(out);
    expect(update.html).toBe(out.html);
    expect('slideHtml' in update).toBe(false);
    expect('notes' in update).toBe(false);
  });
});

describe('hashTarget: the slide an address opens on, as reveal.js reads it', () => {
  test.each([
    ['', { index: 0 }],
    ['#', { index: 0 }],
    ['#/', { index: 0 }],
    ['#/0', { index: 0 }],
    ['#/3', { index: 3 }],
    ['#/3/0/2', { index: 3 }],
    ['#/intro', { id: 'intro' }],
    ['#/intro/2', { id: 'intro' }],
    ['#/caf%C3%A9', { id: 'café' }],
    ['#/%E0%A4%A', { id: '%E0%A4%A' }],
  ])('%s', (hash, target) => {
    expect(hashTarget(hash)).toEqual(target);
  });
});
