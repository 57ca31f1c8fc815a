import { describe, expect, test } from 'vitest';
import { parseFontFaces } from '../../src/fonts/font-faces.ts';
import { firstViewText, fontsFor, startupScript } from '../../src/vite/startup-hints.ts';

const span = (en: string, zh: string): string => `<span class="talk-en" lang="en">${en}</span><span class="talk-zh" lang="zh-Hans">${zh}</span>`;
const html = [
  `<section id="a"><h1>${span('Title', '标题')}</h1><p>${span('Hi 田', '你好')}</p><aside class="notes"><p>笔记</p></aside></section>`,
  `<section id="b"><p class="talk-statement">${span('Bold', '粗体')}</p><div class="talk-mermaid talk-en" data-talk-mermaid="x">图</div></section>`,
  `<section id="c"><p>${span('C', '丙')}</p></section>`,
  `<section id="d"><p>${span('D', '丁')}</p></section>`,
].join('');

describe('firstViewText', () => {
  test('takes the first slides in one language, bold where the theme draws bold, without notes or diagram sources', () => {
    const zh = firstViewText(html, 'zh', 3);
    expect(zh.zh.bold).toEqual(new Set('标题粗体'));
    expect(zh.zh.regular).toEqual(new Set('你好丙'));
    const en = firstViewText(html, 'en', 2);
    expect(en.latin.bold).toEqual(new Set('TitleBold'));
    expect(en.latin.regular).toEqual(new Set('Hi田'));
    expect(en.zh).toEqual({ regular: new Set(), bold: new Set() });
  });

  test('text marked Chinese by its lang is apart (the theme draws it Noto Sans SC first)', () => {
    const quote = `<section><p>${span('He said:', '他说：')}</p><p class="talk-quote-original" lang="zh-Hans">“原话”</p></section>`;
    const en = firstViewText(quote, 'en', 1);
    expect(en.latin.regular).toEqual(new Set('Hesaid:'));
    expect(en.zh.regular).toEqual(new Set('“原话”'));
  });
});

describe('fontsFor', () => {
  const faces = parseFontFaces(`
    @font-face { font-family: Inter; font-weight: 400; src: url(./inter-400.woff2); unicode-range: U+0-FF; }
    @font-face { font-family: Inter; font-weight: 700; src: url(./inter-700.woff2); unicode-range: U+0-FF; }
    @font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./sc-a-400.woff2); unicode-range: U+4F60,U+597D; }
    @font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./sc-b-400.woff2); unicode-range: U+7530; }
    @font-face { font-family: 'Noto Sans SC'; font-weight: 700; src: url(./sc-a-700.woff2); unicode-range: U+4F60,U+597D; }
  `).map((face) => ({ ...face, href: face.url }));

  const text = (latin: { regular?: string; bold?: string }, zh: { regular?: string; bold?: string } = {}) => ({
    latin: { regular: new Set(latin.regular ?? ''), bold: new Set(latin.bold ?? '') },
    zh: { regular: new Set(zh.regular ?? ''), bold: new Set(zh.bold ?? '') },
  });

  test('names the one file per weight that draws each character, first family of the stack first', () => {
    expect(fontsFor(text({ regular: 'Hi你', bold: 'A' }), faces)).toEqual(['./inter-400.woff2', './inter-700.woff2', './sc-a-400.woff2']);
    expect(fontsFor(text({ regular: '田', bold: '好' }), faces)).toEqual(['./sc-a-700.woff2', './sc-b-400.woff2']);
    expect(fontsFor(text({ regular: '丁' }), faces)).toEqual([]);
  });

  test('Chinese text takes the punctuation both families have from Noto Sans SC, Latin letters from Inter', () => {
    const withQuotes = parseFontFaces(`
      @font-face { font-family: Inter; font-weight: 400; src: url(./inter-400.woff2); unicode-range: U+0-FF,U+201C-201D; }
      @font-face { font-family: 'Noto Sans SC'; font-weight: 400; src: url(./sc-q-400.woff2); unicode-range: U+201C-201D,U+4F60; }
    `).map((face) => ({ ...face, href: face.url }));
    expect(fontsFor(text({ regular: '“' }), withQuotes)).toEqual(['./inter-400.woff2']);
    expect(fontsFor(text({}, { regular: '“你' }), withQuotes)).toEqual(['./sc-q-400.woff2']);
    expect(fontsFor(text({}, { regular: 'A' }), withQuotes)).toEqual(['./inter-400.woff2']);
  });
});

describe('startupScript', () => {
  test('is a self-contained script carrying the hints as data', () => {
    const script = startupScript({ meetup: { js: './assets/meetup.js', first: 'title', fonts: { en: ['./a.woff2'], zh: [] } } }, 'meetup');
    expect(() => new Function(script)).not.toThrow();
    expect(script).toContain('"./assets/meetup.js"');
    expect(script).not.toContain('</script');
    const hostile = startupScript({ x: { js: './</script><script>alert(1)//.js', first: 'a', fonts: { en: [], zh: [] } } }, 'x');
    expect(hostile).not.toContain('</script');
  });
});
