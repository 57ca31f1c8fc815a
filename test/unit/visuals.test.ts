import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { readInlineSvgs } from '../../src/library/inline-svgs.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { renderBlock } from '../../src/render/render-block.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import { mermaidTheme } from '../../src/runtime/mermaid-theme.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

const root = mkdtempSync(path.join(tmpdir(), 'talk-svgs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function svgFiles(files: Record<string, string>): Promise<Awaited<ReturnType<typeof readInlineSvgs>>> {
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, 'assets', name)), { recursive: true });
    writeFileSync(path.join(root, 'assets', name), text);
  }
  return readInlineSvgs(root, Object.keys(files));
}

const GOOD = '<?xml version="1.0"?>\n<!-- a comment -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><text class="talk-en" lang="en">Time</text><text class="talk-zh" lang="zh-Hans">时间</text></svg>\n';

describe('readInlineSvgs', () => {
  test('keeps the <svg> element of a picture that labels in both languages, without prolog or comments', async () => {
    const { svgs, problems } = await svgFiles({ 'images/good.svg': GOOD });
    expect(problems).toEqual([]);
    expect(svgs.get('images/good.svg')).toBe(GOOD.slice(GOOD.indexOf('<svg'), GOOD.indexOf('</svg>') + 6));
  });

  test.each([
    ['<svg><script>alert(1)</script></svg>', '<script>'],
    ['<svg><rect onclick="x()"/></svg>', 'event handler'],
    ['<svg><image href="https://example.com/x.png"/></svg>', 'link to another document'],
    ['<svg><rect style="fill: url(https://example.com/p)"/></svg>', 'url()'],
    ['<svg><defs><marker id="m"/></defs></svg>', 'an id'],
    ['<svg><foreignObject><div>x</div></foreignObject></svg>', 'foreignObject'],
  ])('refuses %s, naming the file and the reason', async (text, reason) => {
    const { svgs, problems } = await svgFiles({ 'images/bad.svg': text });
    expect(svgs.has('images/bad.svg')).toBe(false);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.file).toBe('assets/images/bad.svg');
    expect(problems[0]?.reason).toContain(reason);
  });

  test('a picture labelled in one language only is a problem that names the missing one', async () => {
    const { problems } = await svgFiles({ 'images/half.svg': '<svg><text class="talk-en">Time</text></svg>' });
    expect(problems.map((p) => `${p.file}: ${p.reason} / ${p.hint}`)).toEqual(['assets/images/half.svg: has labels in en only / Add each label in zh too, as <text class="talk-zh">.']);
  });
});

describe('an image that is one of the deck\'s SVGs', () => {
  const block = { kind: 'image', src: 'images/good.svg', alt: { en: 'A <stack> of frames', zh: '一叠帧' } } as const;
  const ctx = { file: 'slides/x.ts', slideId: 'x', assetUrl: (src: string) => `assets/${src}`, inlineSvg: (src: string) => (src === 'images/good.svg' ? '<svg viewBox="0 0 1 1"><text class="talk-en">T</text></svg>' : undefined) };

  test('is written into the slide, hidden from screen readers, which read its alt text in the current language', () => {
    const html = renderBlock(block, ctx);
    expect(html).toContain('<svg aria-hidden="true" focusable="false" viewBox="0 0 1 1">');
    expect(html).toContain('<span class="talk-en talk-alt" lang="en">A &lt;stack&gt; of frames</span><span class="talk-zh talk-alt" lang="zh-Hans">一叠帧</span>');
    expect(html).not.toContain('<img');
  });

  test('any other image stays an <img> per language', () => {
    const html = renderBlock({ ...block, src: 'images/photo.png' }, ctx);
    expect(html).toContain('<img class="talk-en" lang="en" src="assets/images/photo.png"');
  });
});

describe('parts of the talk', () => {
  const sections = ['opening', 'one', 'two', 'closing'].map((id, i) => ({ id, title: { en: `Part ${id}`, zh: `部分 ${i}` }, slides: [slide(`${id}-a`), slide(`${id}-b`)] }));
  const out = renderDeck(resolveDeck(makeLibrary(sections, [deck('talk', sections.map((s) => s.id))]), 'talk').deck!, { assetUrl: (s) => s, notesOf: () => ({ en: 'n', zh: 'n' }) });
  const sectionHtml = (id: string): string => out.html.split('\n').find((html) => html.startsWith(`<section id="${id}"`)) ?? '';

  test("a part's first slide lists the parts between opening and closing, its own marked", () => {
    const html = sectionHtml('two-a');
    expect(html).toContain('<div class="talk-kicker talk-parts"><ol>');
    expect(html.match(/<li/g)).toHaveLength(2);
    expect(html).toMatch(/<li><span class="talk-part-number">1<\/span> <span class="talk-en" lang="en">Part one<\/span>/);
    expect(html).toMatch(/<li class="talk-current" aria-current="step"><span class="talk-part-number">2<\/span> <span class="talk-en" lang="en">Part two<\/span>/);
  });

  test('a deck that comes back to a section lists each part once, in order of first appearance, and marks it again on its return', () => {
    const lecture = renderDeck(
      resolveDeck(
        makeLibrary(sections, [
          deck('lecture', [
            'one-a',
            { section: 'two', slides: ['two-a'] },
            { section: 'one', slides: ['one-b'] },
            { section: 'two', slides: ['two-b'] },
            'closing-a',
          ]),
        ]),
        'lecture',
      ).deck!,
      { assetUrl: (s) => s, notesOf: () => ({ en: 'n', zh: 'n' }) },
    );
    const of = (id: string): string => lecture.html.split('\n').find((html) => html.startsWith(`<section id="${id}"`)) ?? '';
    for (const [id, current] of [['two-a', 'two'], ['one-b', 'one'], ['two-b', 'two']] as const) {
      const parts = [...of(id).matchAll(/<li( class="talk-current")?[^>]*><span class="talk-part-number">(\d)<\/span> <span class="talk-en" lang="en">Part (\w+)<\/span>/g)];
      expect(parts.map((m) => `${m[2]} ${m[3]}${m[1] ? ' *' : ''}`), id).toEqual(['1 two' + (current === 'two' ? ' *' : ''), '2 one' + (current === 'one' ? ' *' : '')]);
    }
    expect(of('one-a')).not.toContain('talk-parts');
    expect(of('closing-a')).not.toContain('talk-parts');
  });

  test('other slides, and the opening and closing, keep the section name', () => {
    for (const id of ['one-b', 'opening-a', 'closing-a']) {
      expect(sectionHtml(id)).not.toContain('talk-parts');
      expect(sectionHtml(id)).toContain('<p class="talk-kicker">');
    }
  });
});

describe('mermaidTheme', () => {
  const palette = { bg: '#14171c', fg: '#eef1f5', muted: '#b4bcc8', accent: '#79b8ff', accentSoft: '#1f2a37', rule: '#3a4452', bad: '#ff8a80', badSoft: '#3a1f1d', good: '#6fdd9b', goodSoft: '#16301f' };

  test("draws nodes, lines and text in the deck's palette, with the deck's fonts", () => {
    const theme = mermaidTheme(palette, true);
    expect(theme.theme).toBe('base');
    expect(theme.themeVariables).toMatchObject({ darkMode: true, primaryColor: '#1f2a37', primaryBorderColor: '#79b8ff', primaryTextColor: '#eef1f5', lineColor: '#b4bcc8', background: '#14171c', cScale0: '#1f2a37' });
    expect(theme.fontFamily).toMatch(/^Inter, "Noto Sans SC"/);
  });

  test("the node classes bad, good and accent take the theme's colours, written out (an SVG taken out of the page keeps them)", () => {
    const css = mermaidTheme(palette, true).themeCSS;
    expect(css).toContain('.node.bad rect, .node.bad polygon, .node.bad circle, .node.bad ellipse, .node.bad path { fill: #3a1f1d !important; stroke: #ff8a80 !important; }');
    expect(css).toContain('.node.good rect');
    expect(css).toContain('fill: #16301f');
    expect(css).toMatch(/\.node\.accent \.nodeLabel[^{]*\{ color: #14171c/);
    expect(css).not.toContain('var(');
  });

  test('keeps timeline labels out of CSS filters, which Chromium prints as bitmaps', () => {
    expect(mermaidTheme(palette, false).themeCSS).toContain('.eventWrapper { filter: none; }');
  });
});
