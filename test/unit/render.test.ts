import { decodeHTML } from 'entities';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { DeckError } from '../../src/model/deck-error.ts';
import { resolveDeck } from '../../src/model/resolve-deck.ts';
import { renderDeck } from '../../src/render/render-deck.ts';
import { renderNotes } from '../../src/render/render-notes.ts';
import { renderBlock } from '../../src/render/render-block.ts';
import { renderBilingual } from '../../src/render/render-text.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

const ctx = { file: 'slides/x.ts', slideId: 'x', assetUrl: (src: string) => `assets/${src}` };
const decode = (html: string) => decodeHTML(html);

describe('renderBilingual', () => {
  test('marks each language, Chinese as zh-Hans', () => {
    expect(renderBilingual({ en: 'Hi', zh: '你好' })).toBe('<span class="talk-en" lang="en">Hi</span><span class="talk-zh" lang="zh-Hans">你好</span>');
  });

  test('any string without Markdown renders as text, exactly, never as markup', () => {
    const plain = fc.string().filter((s) => !/[*_`$[\]\\<~]/.test(s));
    fc.assert(
      fc.property(fc.oneof(plain, fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '&amp;', "' onmouseover='x")), (text) => {
        const html = renderBilingual({ en: text, zh: text });
        const inner = html.replace(/^<span class="talk-en" lang="en">/, '').replace(/<\/span><span class="talk-zh" lang="zh-Hans">/, '\u0000').replace(/<\/span>$/, '');
        expect(inner).not.toMatch(/[<>"']/);
        expect(decode(inner)).toBe(`${text}\u0000${text}`);
      }),
    );
  });
});

describe('inline Markdown in a text', () => {
  test('bold, italic, code, a link and $math$ render; raw HTML stays text', () => {
    const html = renderBilingual('**bold** *it* `x<y` [site](https://example.org) $x^2$ <b>no</b>');
    expect(html).toContain('<strong>bold</strong> <em>it</em> <code>x&lt;y</code> <a href="https://example.org" target="_blank" rel="noopener noreferrer">site</a> <span class="katex">');
    expect(html).toContain('&lt;b&gt;no&lt;/b&gt;');
  });

  test('a javascript: link, a picture and an entity are not made', () => {
    const html = renderBilingual('[x](javascript:alert(1)) [y](JAVASCRIPT:alert(1)) ![i](https://example.org/i.png) &amp;');
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/href="javascript/i);
    expect(html.match(/<a /g)).toHaveLength(2); // the picture's link, once per language
    expect(html).toContain('&amp;amp;');
  });

  test('a plain string is the same in every language; a missing language is empty', () => {
    expect(renderBilingual('Same')).toBe('<span class="talk-en" lang="en">Same</span><span class="talk-zh" lang="zh-Hans">Same</span>');
    expect(renderBilingual({ en: 'Only' })).toBe('<span class="talk-en" lang="en">Only</span><span class="talk-zh" lang="zh-Hans"></span>');
  });
});

describe('renderBlock', () => {
  test('step-by-step bullets become reveal fragments', () => {
    const html = renderBlock({ kind: 'bullets', steps: true, items: [{ en: 'a', zh: '甲' }, { en: 'b', zh: '乙' }] }, ctx);
    expect(html.match(/<li class="fragment">/g)).toHaveLength(2);
  });

  test('a quote shows the original, typeset with full-width punctuation, and marks the English as a translation', () => {
    const html = renderBlock(
      { kind: 'quote', original: '原文,照抄:AGI(通用人工智能)?', translation: 'Original, copied', speaker: { en: 'Tian', zh: '田' }, where: { en: 'Interview', zh: '访谈' } },
      ctx,
    );
    expect(html).toContain('<p class="talk-quote-original" lang="zh-Hans">“原文，照抄：AGI（通用人工智能）？”</p>');
    expect(html).toContain('(our translation)');
  });

  test('a quote from another source in English shows no translation mark unless a translation is shown', () => {
    const sutton = { kind: 'quote', lang: 'en', original: 'General methods win.', speaker: 'Rich Sutton', where: 'The Bitter Lesson, 2019' } as const;
    const alone = renderBlock(sutton, ctx);
    expect(alone).toContain('<p class="talk-quote-original" lang="en">“General methods win.”</p>');
    expect(alone).not.toContain('talk-translation-mark');
    expect(alone).toContain('— Rich Sutton, The Bitter Lesson, 2019');
    const translated = renderBlock({ ...sutton, translation: { zh: '通用方法胜出。' } }, ctx);
    expect(translated).toContain('<p class="talk-quote-translation talk-zh" lang="zh-Hans">“通用方法胜出。” <span class="talk-translation-mark">（我们的译文）</span></p>');
    expect(translated).not.toContain('(our translation)');
  });

  test('a quote footer punctuates each language in its own way: Chinese with —— and ，', () => {
    const html = renderBlock(
      { kind: 'quote', original: '原文', translation: 'Original', speaker: { en: 'Yuandong Tian', zh: '田渊栋' }, where: { en: '《知识分子》, 2024', zh: '《知识分子》，2024' } },
      ctx,
    );
    expect(html).toContain(
      '<footer><span class="talk-en" lang="en">— Yuandong Tian, 《知识分子》, 2024</span><span class="talk-zh" lang="zh-Hans">——田渊栋，《知识分子》，2024</span></footer>',
    );
  });

  test('a Mermaid block keeps one source per language and a text alternative', () => {
    const html = renderBlock({ kind: 'mermaid', source: { en: 'flowchart LR\n A-->B', zh: 'flowchart LR\n 甲-->乙' }, caption: { en: 'c', zh: '说明' }, alt: { en: 'A to B', zh: '甲到乙' } }, ctx);
    expect(html).toContain('class="talk-mermaid talk-en" lang="en" role="img" aria-label="A to B" data-talk-mermaid="flowchart LR\n A--&gt;B"');
    expect(html).toContain('aria-label="甲到乙"');
  });

  test('a Mermaid block written once draws each language with its labels', () => {
    const html = renderBlock(
      { kind: 'mermaid', source: 'flowchart LR\n A["{{a}}"]-->B["{{b}}"]', labels: { a: { en: 'Start', zh: '开始' }, b: { en: 'End', zh: '结束' } }, caption: { en: 'c', zh: '说明' }, alt: { en: 'A to B', zh: '甲到乙' } },
      ctx,
    );
    expect(html).toContain('data-talk-mermaid="flowchart LR\n A[&quot;Start&quot;]--&gt;B[&quot;End&quot;]"');
    expect(html).toContain('data-talk-mermaid="flowchart LR\n A[&quot;开始&quot;]--&gt;B[&quot;结束&quot;]"');
  });

  test('KaTeX renders at build time with MathML', () => {
    const html = renderBlock({ kind: 'math', tex: '60 \\times 24 = 1440' }, ctx);
    expect(html).toContain('class="katex-display"');
    expect(html).toContain('<math');
  });

  test('a TeX mistake is a DeckError naming the file and slide', () => {
    let error: unknown;
    try {
      renderBlock({ kind: 'math', tex: '\\fracc{1}{2}' }, { ...ctx, slideId: 'softmax' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DeckError);
    expect((error as Error).message).toMatch(/^\[talk\] slides\/x\.ts \(slide "softmax"\): KaTeX: Undefined control sequence: \\fracc/);
  });

  test('a QR code is an SVG of dark modules', () => {
    const html = renderBlock({ kind: 'qr', url: 'https://arxiv.org/abs/2402.14083', caption: { en: 'Papers', zh: '论文' } }, ctx);
    expect(html).toMatch(/<svg class="talk-qr"[^>]*viewBox="0 0 \d+ \d+"/);
    expect(html).toContain('<path d="M');
  });
});

describe('renderNotes', () => {
  test('renders Markdown and refuses raw HTML and javascript: links', () => {
    const html = renderNotes('**Bold** <script>alert(1)</script> [x](javascript:alert(1))');
    expect(html).toContain('<strong>Bold</strong>');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript:');
  });

  test('a final Sources: paragraph comes out apart, under its label; 来源： in Chinese', () => {
    const html = renderNotes('What I say.\n\nSources: *DiT*, arXiv:2212.09748.');
    expect(html).toBe('<p>What I say.</p>\n<div class="talk-notes-sources"><p class="talk-notes-sources-label">Sources</p><p><em>DiT</em>, arXiv:2212.09748.</p>\n</div>');
    expect(renderNotes('我说的话。\n\n来源：DiT 论文。')).toContain('<div class="talk-notes-sources"><p class="talk-notes-sources-label">来源</p><p>DiT 论文。</p>');
    expect(renderNotes('Two sources: a and b.')).toBe('<p>Two sources: a and b.</p>\n');
  });
});

describe('renderDeck', () => {
  test('gives every slide its id, section, source file and timing, and the notes in both languages', () => {
    const lib = makeLibrary([{ id: 'intro', title: { en: 'Intro', zh: '引言' }, slides: [slide('hello', { minutes: 1.5 })] }], [deck('talk', ['intro'])]);
    const resolved = resolveDeck(lib, 'talk').deck!;
    const out = renderDeck(resolved, { assetUrl: (s) => s, notesOf: (id) => ({ en: `*en* ${id}`, zh: `中文 ${id}` }) });
    expect(out.html).toContain('<section id="hello" class="talk-layout-default" data-talk-slide="hello" data-talk-section="intro" data-talk-source="slides/01-intro.ts" data-timing="90">');
    expect(out.notes?.hello).toEqual({ en: '<p><em>en</em> hello</p>\n', zh: '<p>中文 hello</p>\n' });
    expect(out.sections).toEqual([{ id: 'intro', title: { en: 'Intro', zh: '引言' }, slideIds: ['hello'], minutes: 1.5 }]);
  });

  test('titles are plain text where the page shows them without markup (tab, speaker view, bookmarks): marks dropped, code and TeX as typed', () => {
    const titled = slide('why', { title: { en: 'Why *attention* is `O(n^2)`:\n$N^2$ pairs, [see](https://example.org) \\*', zh: '为什么**注意力**是平方级的' } });
    const lib = makeLibrary([{ id: 'intro', title: { en: 'The _basics_', zh: '基础' }, slides: [titled] }], [deck('talk', ['intro'], { title: { en: '**Sora** in 5 minutes', zh: 'Sora' } })]);
    const out = renderDeck(resolveDeck(lib, 'talk').deck!, { assetUrl: (s) => s, notesOf: () => ({ en: '', zh: '' }) });
    expect(out.slides[0]?.title).toEqual({ en: 'Why attention is O(n^2): N^2 pairs, see *', zh: '为什么注意力是平方级的' });
    expect(out.sections[0]?.title.en).toBe('The basics');
    expect(out.title.en).toBe('Sora in 5 minutes');
    // On the slide itself the title keeps its markup.
    expect(out.html).toContain('Why <em>attention</em> is <code>O(n^2)</code>');
  });

  test('leaves notes out when asked', () => {
    const lib = makeLibrary([{ id: 'intro', title: { en: 'Intro', zh: '引言' }, slides: [slide('hello')] }], [deck('talk', ['intro'])]);
    const out = renderDeck(resolveDeck(lib, 'talk').deck!, { assetUrl: (s) => s, notesOf: () => ({ en: 'secret', zh: '秘密' }), withoutNotes: true });
    expect(out.notes).toBeUndefined();
    expect(out.html).not.toContain('secret');
  });
});
