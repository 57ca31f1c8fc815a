import fc from 'fast-check';
import { parseDocument, DomUtils } from 'htmlparser2';
import type { Element } from 'domhandler';
import { expect, test } from 'vitest';
import type { PlacedSlide } from '../../src/model/library.ts';
import { fullWidthPunctuation } from '../../src/model/punctuation.ts';
import type { Bilingual, Slide } from '../../src/model/types.ts';
import { renderSlide } from '../../src/render/render-slide.ts';

/** Strings that look like markup, as well as arbitrary ones. */
const hostile = fc.oneof(
  fc.string({ minLength: 1 }),
  fc.constantFrom('<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</section><script>x()</script>', '&lt;b&gt;', '{{x}}', '<!--', ']]>'),
  // The inline Markdown path: links, pictures, code and formulas made of hostile parts.
  fc.constantFrom(
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt:alert(1))',
    '[x](\tjavascript:alert(1))',
    '[x](data:text/html,<script>alert(1)</script>)',
    '![x](https://evil.example/x.png)',
    '<javascript:alert(1)>',
    '**<img src=x onerror=alert(1)>**',
    '`</code><script>x()</script>`',
    '[**"><svg onload=alert(1)>**](https://example.org/"onmouseover="x)',
    '$\\href{javascript:alert(1)}{x}$',
    '$\\htmlClass{x" onload="y}{z}$',
    '$</span><script>x()</script>$',
  ),
  fc.stringMatching(/^[*_`$\[\]()!<>:a-z"' ]{1,24}$/),
);
/** Markdown-significant characters: a text with none of them comes out exactly as written. */
const MARKDOWN = /[*_`$[\]\\<~!]/;
const bilingual = fc.record({ en: hostile, zh: hostile });

/** A slide that puts hostile text in every field the audience sees. */
function slideOf(t: Bilingual[], raw: string[]): Slide {
  const [title, subtitle, item, speaker, where, statement, caption, alt, qr, credit] = t as [Bilingual, Bilingual, Bilingual, Bilingual, Bilingual, Bilingual, Bilingual, Bilingual, Bilingual, Bilingual];
  return {
    id: 'hostile',
    minutes: 1,
    title,
    subtitle,
    blocks: [
      { kind: 'bullets', steps: true, items: [item] },
      { kind: 'quote', original: raw[0] ?? '', translation: { en: raw[1] ?? '' }, speaker, where },
      { kind: 'statement', text: statement },
      { kind: 'mermaid', source: { en: raw[2] ?? '', zh: raw[3] ?? '' }, caption, alt },
      { kind: 'columns', columns: [[{ kind: 'image', src: 'x.png', alt, credit }], [{ kind: 'qr', url: 'https://example.org/', caption: qr }]] },
      { kind: 'references', items: [{ label: raw[4] ?? '', title: raw[5] ?? '', authors: raw[6] ?? '', url: 'https://arxiv.org/abs/1', arxiv: '1' }] },
      { kind: 'math', tex: 'x^2', caption },
      { kind: 'code', lang: 'text', code: raw[0] ?? '', highlight: '1', caption },
      { kind: 'table', header: [statement], rows: [[item]], caption },
      { kind: 'video', src: 'v.webm', poster: 'v.png', alt, caption },
    ],
  };
}

test('every text field renders as text: no element or attribute comes from content', () => {
  fc.assert(
    fc.property(fc.array(bilingual, { minLength: 10, maxLength: 10 }), fc.array(hostile, { minLength: 7, maxLength: 7 }), (texts, raw) => {
      const slide = slideOf(texts, raw);
      const placed: PlacedSlide = { slide, file: 'slides/x.ts', sectionId: 's', index: 0 };
      const html = renderSlide(placed, { assetUrl: (s) => `assets/${s}`, sectionTitle: texts[0] as Bilingual });
      const doc = parseDocument(html);
      const elements = DomUtils.findAll(() => true, doc.children) as Element[];
      // No script, picture, frame or event handler can come from the content; links only to the web.
      expect(elements.filter((el) => ['script', 'img', 'iframe', 'object', 'embed', 'style'].includes(el.name) && !el.attribs.src?.startsWith('assets/'))).toEqual([]);
      expect(elements.flatMap((el) => Object.keys(el.attribs)).filter((name) => name.startsWith('on'))).toEqual([]);
      const hrefs = elements.flatMap((el) => (el.attribs.href === undefined ? [] : [el.attribs.href]));
      expect(hrefs.filter((href) => !/^(https?:|mailto:|[^:]*$)/i.test(href))).toEqual([]);
      // One <section>, and everything else stays inside it.
      expect(doc.children.filter((n) => n.type === 'tag').map((n) => (n as Element).name)).toEqual(['section']);
      // Each text comes out exactly as written, as text or as an attribute value.
      const text = DomUtils.textContent(doc);
      const altText = texts[7] as Bilingual;
      for (const t of texts.filter((t) => t !== altText)) {
        for (const value of [t.en, t.zh]) if (!MARKDOWN.test(value)) expect(text).toContain(value);
      }
      const labels = elements.flatMap((el) => [el.attribs['aria-label'], el.attribs.alt]).filter((v) => v !== undefined);
      expect(labels).toContain(altText.en);
      expect(labels).toContain(altText.zh);
      // A quote's Chinese original is typeset with full-width punctuation; nothing else changes.
      for (const r of [fullWidthPunctuation(raw[0]!), raw[4], raw[5], raw[6]]) expect(text).toContain(r);
      if (!MARKDOWN.test(raw[1] ?? '')) expect(text).toContain(raw[1]);
      const sources = elements.filter((el) => 'data-talk-mermaid' in el.attribs).map((el) => el.attribs['data-talk-mermaid']);
      expect(sources).toEqual([raw[2], raw[3]]);
    }),
    { numRuns: 200 },
  );
});
