import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { createCodeHighlighter, isCodeLanguage } from '../../src/library/highlight-code.ts';
import { MAX_SINGLE_FILE_VIDEO_BYTES, oversizedVideos } from '../../src/single-file/single-file-videos.ts';
import { parseCodeSteps } from '../../src/model/code-steps.ts';
import { formatProblem } from '../../src/model/deck-error.ts';
import type { Block } from '../../src/model/types.ts';
import { validateLibrary } from '../../src/model/validate.ts';
import { renderCode } from '../../src/render/render-code.ts';
import { renderTable } from '../../src/render/render-table.ts';
import { renderVideo } from '../../src/render/render-video.ts';
import { blockExample } from '../../src/scaffold/block-examples.ts';
import { deck, makeLibrary, slide } from '../support/make-library.ts';

const media = { assets: new Set(['videos/clip.webm', 'images/clip.png', 'videos/denoise.webm', 'images/denoise.png']), isCodeLanguage };

function problemsOf(block: Block): string[] {
  const library = makeLibrary([{ id: 'intro', title: { en: 'Intro', zh: '引言' }, slides: [slide('demo', { blocks: [{ kind: 'columns', columns: [[], [block]] }] })] }], [deck('talk', ['intro'])]);
  return validateLibrary(library, media).map(formatProblem);
}

const code = (extra: Partial<Extract<Block, { kind: 'code' }>> = {}): Block => ({ kind: 'code', lang: 'python', code: 'a = 1\nb = 2\nc = 3\n', ...extra });
const table = (rows: string[][]): Block => ({
  kind: 'table',
  header: [{ en: 'A', zh: '甲' }, { en: 'B', zh: '乙' }],
  rows: rows.map((row) => row.map((text) => ({ en: text, zh: text }))),
});
const video = (extra: Partial<Extract<Block, { kind: 'video' }>> = {}): Block => ({
  kind: 'video',
  src: 'videos/clip.webm',
  poster: 'images/clip.png',
  alt: { en: 'A clip', zh: '一段视频' },
  ...extra,
});

describe('code, table and video blocks: check errors name the slide and the field', () => {
  test('valid blocks have no problems', () => {
    expect(problemsOf(code({ highlight: '1|2-3' }))).toEqual([]);
    expect(problemsOf(table([['1', '2']]))).toEqual([]);
    expect(problemsOf(video())).toEqual([]);
  });

  test('an unknown code language', () => {
    expect(problemsOf(code({ lang: 'pythn' }))).toEqual([
      expect.stringContaining('slides/01-intro.ts (slide "demo"): unknown code language "pythn" at blocks[0].columns[1][0].lang'),
    ]);
  });

  test('a bad highlight spec: not a range, or past the last line', () => {
    expect(problemsOf(code({ highlight: '1|x' })).join('\n')).toContain('(slide "demo"): bad line steps "1|x" at blocks[0].columns[1][0].highlight: "x" is not a line or a range of lines');
    expect(problemsOf(code({ highlight: '1|2-9' })).join('\n')).toContain('bad line steps "1|2-9" at blocks[0].columns[1][0].highlight: line 9 is past the end of the code (3 lines)');
    expect(problemsOf(code({ highlight: '3-2' })).join('\n')).toContain('"3-2" is not a range of lines from 1 up');
  });

  test('a table row longer or shorter than the header', () => {
    const out = problemsOf(table([['1', '2'], ['1'], ['1', '2', '3']]));
    expect(out).toEqual([
      expect.stringContaining('(slide "demo"): row 2 at blocks[0].columns[1][0].rows[1] has 1 cell, the header 2'),
      expect.stringContaining('(slide "demo"): row 3 at blocks[0].columns[1][0].rows[2] has 3 cells, the header 2'),
    ]);
  });

  test('a table cell without its translation is named by row and column', () => {
    const half: Block = { kind: 'table', header: [{ en: 'A', zh: '甲' }], rows: [[{ en: 'x', zh: '' }]] };
    expect(problemsOf(half)).toEqual([expect.stringContaining('(slide "demo"): empty zh text at blocks[0].columns[1][0].rows[0][0]')]);
  });

  test('a video from another host, a missing video, a missing poster, a missing alt', () => {
    expect(problemsOf(video({ src: 'https://cdn.example.com/clip.webm' })).join('\n')).toContain(
      '(slide "demo"): video "https://cdn.example.com/clip.webm" at blocks[0].columns[1][0].src is an address, not a file of the deck',
    );
    expect(problemsOf(video({ src: '//cdn.example.com/clip.webm' })).join('\n')).toContain('is an address, not a file of the deck');
    expect(problemsOf(video({ src: 'videos/gone.webm' })).join('\n')).toContain('(slide "demo"): video "assets/videos/gone.webm" at blocks[0].columns[1][0].src does not exist');
    expect(problemsOf(video({ poster: 'images/gone.png' })).join('\n')).toContain('poster image "assets/images/gone.png" at blocks[0].columns[1][0].poster does not exist');
    expect(problemsOf(video({ alt: { en: 'A clip', zh: '' } })).join('\n')).toContain('no zh alt text at blocks[0].columns[1][0].alt');
  });
});

describe('parseCodeSteps', () => {
  test('steps, ranges and lists', () => {
    expect(parseCodeSteps('1|2-3|4,6', 6)).toEqual({ steps: [[1], [2, 3], [4, 6]] });
    expect(parseCodeSteps(' 2 - 3 ', 3)).toEqual({ steps: [[2, 3]] });
  });
});

describe('rendering', () => {
  test('code is escaped, coloured by Shiki at build time, one span per line with the steps that light it', async () => {
    const highlight = await createCodeHighlighter(['python']);
    const html = renderCode({ kind: 'code', lang: 'python', code: 'x = "</code></pre><script>alert(1)</script>"\nprint(x)\n', highlight: '2|1' }, highlight);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;/code&gt;&lt;/pre&gt;&lt;script&gt;');
    expect(html).toMatch(/<span style="--shiki-light:#[0-9A-Fa-f]{6};--shiki-dark:#[0-9A-Fa-f]{6}">print<\/span>/);
    expect(html.match(/class="talk-code-line"/g)).toHaveLength(2);
    expect(html).toContain('<span class="talk-code-line" data-talk-lit="1">');
    expect(html).toContain('<span class="talk-code-line" data-talk-lit="0">');
    expect(html.match(/class="fragment talk-code-step"/g)).toHaveLength(1);
  });

  test('a table has column headers and a caption', () => {
    const html = renderTable({ kind: 'table', header: [{ en: 'A', zh: '甲' }], rows: [[{ en: '<b>', zh: '乙' }]], caption: { en: 'Cap', zh: '题' } });
    expect(html).toContain('<th scope="col"><span class="talk-en" lang="en">A</span><span class="talk-zh" lang="zh-Hans">甲</span></th>');
    expect(html).toContain('&lt;b&gt;');
    expect(html).toContain('<caption>');
  });

  test('a video is muted, inline, looping, loaded by reveal.js near its slide, with its poster for print', () => {
    const html = renderVideo(video() as Extract<Block, { kind: 'video' }>, { assetUrl: (src) => `assets/${src}` });
    expect(html).toMatch(/<video class="talk-video-media" data-src="assets\/videos\/clip\.webm" poster="assets\/images\/clip\.png" data-autoplay muted loop playsinline/);
    expect(html).toContain('aria-label="A clip"');
    expect(html).toContain('<img class="talk-video-poster talk-zh" lang="zh-Hans" src="assets/images/clip.png" alt="一段视频">');
  });
});

describe('single file', () => {
  test(`a video over ${MAX_SINGLE_FILE_VIDEO_BYTES / 1024 / 1024} MB is refused with its slide and size`, async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'talk-video-'));
    try {
      mkdirSync(path.join(root, 'assets/videos'), { recursive: true });
      writeFileSync(path.join(root, 'assets/videos/clip.webm'), '');
      truncateSync(path.join(root, 'assets/videos/clip.webm'), MAX_SINGLE_FILE_VIDEO_BYTES + 1024 * 1024);
      const library = makeLibrary([{ id: 'intro', title: { en: 'I', zh: '引' }, slides: [slide('demo', { blocks: [video()] })] }], [deck('talk', ['intro'])]);
      const out = (await oversizedVideos(library, 'talk', root)).map(formatProblem);
      expect(out).toEqual([expect.stringContaining('slides/01-intro.ts (slide "demo"): video "assets/videos/clip.webm" is 9.0 MB; the single file embeds videos up to 8.0 MB')]);
      truncateSync(path.join(root, 'assets/videos/clip.webm'), 1024);
      expect(await oversizedVideos(library, 'talk', root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('scaffold examples of the blocks', () => {
  test.each(['code', 'table', 'video'])('the %s example is a valid block', (kind) => {
    const source = (blockExample(kind, ['en', 'zh']) ?? []).join('\n').replace(/,$/, '');
    const block = new Function(`return (${source});`)() as Block;
    expect(block.kind).toBe(kind);
    expect(problemsOf(block)).toEqual([]);
  });
});
