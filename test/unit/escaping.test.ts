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
);
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
      { kind: 'quote', original: raw[0] ?? '', translation: raw[1] ?? '', speaker, where },
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
      const notes = { en: '<p>n</p>', zh: '<p>注</p>' };
      const html = renderSlide(placed, { assetUrl: (s) => `assets/${s}`, notes, locale: 'en', sectionTitle: texts[0] as Bilingual });
      const doc = parseDocument(html);
      const elements = DomUtils.findAll(() => true, doc.children) as Element[];
      // No script and no event handler can come from the content.
      expect(elements.filter((el) => el.name === 'script')).toEqual([]);
      expect(elements.flatMap((el) => Object.keys(el.attribs)).filter((name) => name.startsWith('on'))).toEqual([]);
      // One <section>, and everything else stays inside it.
      expect(doc.children.filter((n) => n.type === 'tag').map((n) => (n as Element).name)).toEqual(['section']);
      // Each text comes out exactly as written, as text or as an attribute value.
      const text = DomUtils.textContent(doc);
      const altText = texts[7] as Bilingual;
      for (const t of texts.filter((t) => t !== altText)) {
        expect(text).toContain(t.en);
        expect(text).toContain(t.zh);
      }
      const labels = elements.flatMap((el) => [el.attribs['aria-label'], el.attribs.alt]).filter((v) => v !== undefined);
      expect(labels).toContain(altText.en);
      expect(labels).toContain(altText.zh);
      // A quote's Chinese original is typeset with full-width punctuation; nothing else changes.
      for (const r of [fullWidthPunctuation(raw[0]!), raw[1], raw[4], raw[5], raw[6]]) expect(text).toContain(r);
      const sources = elements.filter((el) => 'data-talk-mermaid' in el.attribs).map((el) => el.attribs['data-talk-mermaid']);
      expect(sources).toEqual([raw[2], raw[3]]);
    }),
    { numRuns: 200 },
  );
});
