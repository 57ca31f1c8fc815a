import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DomUtils } from 'htmlparser2';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { exportDeck, type ExportResult } from '../../src/export/index.ts';
import { finishPptx } from '../../src/export/pptx/finish-pptx.ts';
import { PRINT_VIEWPORT, readLayout } from '../../src/export/pptx/read-deck-layout.ts';
import { pictureSvg, writePptx } from '../../src/export/pptx/write-pptx.ts';
import { openPrintView } from '../../src/export/print-view.ts';
import type { RenderedDeck } from '../../src/render/rendered-deck.ts';
import { sharedBrowser, useHarness } from '../support/browser.ts';
import { projectDeck } from '../support/library.ts';
import { all, notesText, openPptx, pictures, squeeze, textBoxes, textOf, type OpenedPptx } from '../support/pptx.ts';

const work = mkdtempSync(path.join(tmpdir(), 'talk-pptx-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Plain text of a notes HTML fragment. */
function plain(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const CJK = /[\u3400-\u9fff]/;

/** A 1x1 PNG, as a video's poster. */
const POSTER_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

describe.each(['en', 'zh'] as const)('the meetup deck as a PPTX in %s', (locale) => {
  const out = path.join(work, `meetup-${locale}.pptx`);
  let deck: RenderedDeck;
  let result: ExportResult;
  let pptx: OpenedPptx;
  beforeAll(async () => {
    deck = await projectDeck('meetup');
    result = await exportDeck({ format: 'pptx', locale, out, distDir: inject('distDir'), browser: await sharedBrowser() });
    pptx = await openPptx(readFileSync(out));
  });

  test('one 16:9 slide per slide, title, author and language set, nothing left beside it', async () => {
    expect(result.pages).toBe(deck.slides.length);
    expect(pptx.slides).toHaveLength(deck.slides.length);
    expect(result.bytes).toBe(readFileSync(out).length);
    expect(readdirSync(work).filter((name) => name.includes(`meetup-${locale}`))).toEqual([`meetup-${locale}.pptx`]);
    const size = all(await pptx.xml('ppt/presentation.xml'), 'p:sldSz')[0]?.attribs ?? {};
    expect(Number(size.cx) / Number(size.cy)).toBeCloseTo(16 / 9, 2);
    const core = await pptx.xml('docProps/core.xml');
    const field = (tag: string): string => DomUtils.textContent(all(core, tag)[0] ?? core).trim();
    expect(field('dc:title')).toBe(deck.title[locale]);
    expect(field('dc:creator')).toBe(deck.author[locale]);
    expect(field('dc:language')).toBe(locale === 'zh' ? 'zh-CN' : 'en-US');
    // Step-by-step slides are flattened, and the summary says how many.
    expect(result.flattened).toBe(deck.html.split('<section ').filter((section) => section.includes('fragment')).length);
  });

  test("every slide's title is text in a text box, and no slide is one picture", () => {
    pptx.slides.forEach((slide, i) => {
      const info = deck.slides[i];
      const boxes = textBoxes(slide).map((sp) => squeeze(textOf(sp)));
      expect(boxes, `slide ${i + 1} "${info?.id}"`).toContain(squeeze(info?.title[locale] ?? '?'));
      const slideArea = 12192000 * 6858000;
      const big = pictures(slide).filter((pic) => pic.cx * pic.cy > 0.9 * slideArea);
      expect(big, `slide ${i + 1} "${info?.id}" has a picture covering most of it`).toEqual([]);
    });
  });

  test("the notes pane holds each slide's notes in the export's language", () => {
    pptx.slides.forEach((_, i) => {
      const id = deck.slides[i]?.id ?? '?';
      const notes = pptx.notes[i];
      expect(notes, `notes of "${id}"`).toBeDefined();
      const text = notesText(notes!);
      const expected = squeeze(plain(deck.notes?.[id]?.[locale] ?? ''));
      expect(expected.length).toBeGreaterThan(0);
      // List items in notes start with a bullet character.
      expect(squeeze(text).replace(/•/g, ''), `notes of "${id}"`).toBe(expected);
      const body = all(notes!, 'p:sp').find((sp) => all(sp, 'p:ph').some((ph) => ph.attribs.type === 'body'));
      const langs = new Set(all(body!, 'a:rPr').map((rPr) => rPr.attribs.lang));
      expect([...langs], `notes of "${id}"`).toEqual([locale === 'zh' ? 'zh-CN' : 'en-US']);
    });
    if (locale === 'zh') expect(pptx.notes.every((notes) => CJK.test(notesText(notes!)))).toBe(true);
  });

  test('Chinese runs are marked East Asian, with a CJK face; Latin runs name Inter', () => {
    const runs = pptx.slides.flatMap((slide) => all(slide, 'a:r'));
    const zh = runs.filter((run) => CJK.test(all(run, 'a:t').map((t) => DomUtils.textContent(t)).join('')));
    expect(zh.length).toBeGreaterThan(locale === 'zh' ? 100 : 5);
    for (const run of zh) {
      const rPr = all(run, 'a:rPr')[0];
      expect(rPr?.attribs.lang, DomUtils.textContent(run)).toBe('zh-CN');
      expect(all(run, 'a:ea')[0]?.attribs.typeface, DomUtils.textContent(run)).toBe('Noto Sans SC');
    }
    if (locale === 'en') expect(runs.some((run) => all(run, 'a:latin')[0]?.attribs.typeface === 'Inter')).toBe(true);
  });

  test("paragraphs follow the schema: properties once, before the runs (PowerPoint repairs files that don't)", () => {
    for (const [i, slide] of pptx.slides.entries()) {
      for (const p of all(slide, 'a:p')) {
        const names = p.children.filter((child) => child.type === 'tag').map((child) => (child as { name: string }).name);
        expect(names.indexOf('a:pPr'), `slide ${i + 1}: ${names.join(' ')}`).toBeLessThanOrEqual(0);
        expect(names.filter((name) => name === 'a:pPr').length).toBeLessThanOrEqual(1);
      }
    }
  });

  test('diagrams are SVG pictures with their text alternative and a real PNG beside them; formulas carry their TeX', async () => {
    const alts = [...deck.html.matchAll(new RegExp(`class="talk-mermaid talk-${locale}"[^>]*aria-label="([^"]*)"`, 'g'))].map((m) => plain(m[1] as string));
    const diagrams = pptx.slides.flatMap((slide) => pictures(slide).filter((pic) => pic.name === 'Diagram'));
    expect(diagrams.map((pic) => pic.descr)).toEqual(alts);
    expect(diagrams.every((pic) => pic.svg)).toBe(true);
    const formulas = pptx.slides.flatMap((slide) => pictures(slide).filter((pic) => pic.name === 'Formula'));
    expect(formulas.length).toBeGreaterThan(0);
    expect(formulas.every((pic) => /\\|=/.test(pic.descr))).toBe(true);
    const qr = pptx.slides.flatMap((slide) => pictures(slide).filter((pic) => pic.name === 'QR code'));
    expect(qr.length).toBeGreaterThan(0);
    expect(pptx.slides.flatMap((slide) => pictures(slide)).filter((pic) => pic.descr.trim() === '')).toEqual([]);
    // pptxgenjs can only draw an SVG's PNG in a browser; each must be the picture as printed.
    const pngs = Object.keys(pptx.zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.png'));
    for (const name of pngs) {
      const bytes = await pptx.zip.file(name)!.async('nodebuffer');
      expect(bytes.subarray(1, 4).toString('latin1'), name).toBe('PNG');
      expect(bytes.readUInt32BE(16), `${name} width`).toBeGreaterThan(40);
    }
    // Labels of HTML-labelled diagrams are SVG text (office suites draw no <foreignObject>).
    const svgs = Object.keys(pptx.zip.files).filter((name) => name.startsWith('ppt/media/') && name.endsWith('.svg'));
    for (const name of svgs) expect(await pptx.zip.file(name)!.async('string'), name).not.toContain('foreignObject');
  });
});

describe('tables, code and video on a slide', () => {
  const harness = useHarness();

  test('any <table> becomes a native table with its runs; <pre><code> monospaced text with its colours; <video> its poster playing the file', async () => {
    const deck = await openPrintView(harness.browser, {
      baseUrl: harness.server.url,
      deck: 'meetup',
      locale: 'en',
      steps: false,
      notes: true,
      slideIds: ['about-tian'],
      timeoutMs: 30_000,
      onStatus: () => undefined,
      viewport: PRINT_VIEWPORT,
    });
    try {
      // What the table and code blocks render to: built with the DOM (the page's policy refuses
      // inline style attributes, not styles set from script).
      await deck.page.evaluate((POSTER) => {
        const body = document.querySelector('section[data-talk-slide] .talk-body');
        if (!body) throw new Error('no slide body');
        const table = document.createElement('table');
        table.innerHTML =
          '<caption>Models by year</caption><thead><tr><th scope="col">Model</th><th scope="col">Year</th></tr></thead>' +
          '<tbody><tr><td><strong>Sora</strong></td><td>2024</td></tr><tr><td><a href="https://example.org/dit">DiT</a></td><td>2023</td></tr></tbody>';
        const pre = document.createElement('pre');
        const code = document.createElement('code');
        const keyword = document.createElement('span');
        keyword.textContent = 'def';
        keyword.style.color = 'rgb(215, 58, 73)';
        code.append(keyword, ' denoise(x):\n    return x');
        pre.append(code);
        const video = document.createElement('video');
        video.poster = POSTER;
        video.src = 'data:video/webm;base64,GkXfow==';
        video.setAttribute('aria-label', 'Noise resolving into a circle');
        video.width = 160;
        video.height = 90;
        body.replaceChildren(table, pre, video);
      }, POSTER_PNG);
      const layout = await readLayout(deck.page, { baseUrl: harness.server.url, onStatus: () => undefined });
      const svgFallbacks = new Map([...layout.pictures].flatMap(([item, files]) => (pictureSvg(item, files) ? [[pictureSvg(item, files) as string, files.png] as const] : [])));
      const written = await writePptx(layout.slides, layout.pictures, { title: 't', author: 'a', language: 'en-US' });
      const pptx = await openPptx(
        await finishPptx(written.bytes, { notes: layout.slides.map((s) => s.notes), language: 'en-US', svgFallbacks, videoAlts: written.videoAlts }),
      );
      const slide = pptx.slides[0]!;
      const tables = all(slide, 'a:tbl');
      expect(tables).toHaveLength(1);
      const rows = all(tables[0]!, 'a:tr').map((tr) => all(tr, 'a:tc').map((tc) => textOf(tc)));
      expect(rows).toEqual([
        ['Model', 'Year'],
        ['Sora', '2024'],
        ['DiT', '2023'],
      ]);
      const runText = (run: Parameters<typeof textOf>[0]): string => all(run, 'a:t').map((t) => DomUtils.textContent(t)).join('');
      const sora = all(tables[0]!, 'a:r').find((run) => runText(run) === 'Sora');
      expect(all(sora!, 'a:rPr')[0]?.attribs.b).toBe('1');
      const dit = all(tables[0]!, 'a:r').find((run) => runText(run) === 'DiT');
      expect(all(dit!, 'a:hlinkClick')).toHaveLength(1);
      expect(textBoxes(slide).map((sp) => textOf(sp))).toContain('Models by year');
      const codeBox = textBoxes(slide).find((sp) => textOf(sp).includes('denoise'));
      expect(textOf(codeBox!)).toBe('def denoise(x):\n    return x');
      const def = all(codeBox!, 'a:r').find((run) => runText(run) === 'def');
      expect(all(def!, 'a:srgbClr')[0]?.attribs.val?.toUpperCase()).toBe('D73A49');
      const face = all(def!, 'a:latin')[0]?.attribs.typeface ?? '';
      // A monospaced face every Office has (the deck's JetBrains Mono rarely is installed).
      expect(face).toBe('Consolas');
      // A video is its poster, playing the embedded file, with its alt text.
      const video = all(slide, 'p:pic').find((pic) => all(pic, 'a:videoFile').length > 0);
      expect(all(video!, 'p:cNvPr')[0]?.attribs.descr).toBe('Noise resolving into a circle');
      expect(Object.keys(pptx.zip.files).some((name) => /^ppt\/media\/.*\.webm$/.test(name))).toBe(true);
    } finally {
      await deck.context.close();
    }
  });
});

const soffice = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
if (!soffice) console.warn('[talk] skipping the LibreOffice check of the PPTX: soffice is not installed (Debian: apt-get install -y libreoffice-impress)');

describe.skipIf(!soffice)('the PPTX in LibreOffice Impress', () => {
  test('opens and converts to a PDF with one page per slide and every title as text', async () => {
    const deck = await projectDeck('lightning');
    const out = path.join(work, 'lightning-en.pptx');
    await exportDeck({ format: 'pptx', deck: 'lightning', out, distDir: inject('distDir'), browser: await sharedBrowser() });
    const profile = path.join(work, 'lo-profile');
    execFileSync(soffice!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, out], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(work, 'lightning-en.pdf');
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBe(deck.slides.length);
    const text = squeeze(execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }));
    for (const slide of deck.slides) expect(text, slide.id).toContain(squeeze(slide.title.en));
  });
});
