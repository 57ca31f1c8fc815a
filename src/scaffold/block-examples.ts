import type { Locale } from '../model/types.ts';

/** What a TODO text says in each language. */
export interface Todo {
  readonly en: string;
  readonly zh: string;
}

/**
 * A text in the given languages, as TypeScript source: `{ en: '…' }` for a one-language slide (so
 * that showing it in a bilingual deck later asks for the other language), `{ en, zh }` for both.
 */
export function textSource(todo: Todo, locales: readonly Locale[]): string {
  return `{ ${locales.map((locale) => `${locale}: ${quote(todo[locale])}`).join(', ')} }`;
}

type Example = (t: (en: string, zh: string) => string, locales: readonly Locale[]) => string[];

/**
 * One example block per kind, as TypeScript source lines; each passes `npm run check` as written
 * (the video is the example one in assets/).
 */
const EXAMPLES: Readonly<Record<string, Example>> = {
  bullets: (t) => [`{ kind: 'bullets', steps: true, items: [${t('TODO: first point, with **bold** and $x^2$', 'TODO：第一点，可以用 **粗体** 和 $x^2$')}, ${t('TODO: second point', 'TODO：第二点')}] },`],
  statement: (t) => [`{ kind: 'statement', text: ${t('TODO: the one sentence this slide says', 'TODO：这一页要说的一句话')} },`],
  quote: (t, locales) => {
    const original = locales[0] ?? 'en';
    const others = locales.filter((locale) => locale !== original);
    const translation = others.length === 0 ? [] : [`  translation: { ${others.map((l) => `${l}: ${quote(l === 'en' ? 'TODO: our translation' : 'TODO：我们的译文')}`).join(', ')} },`];
    return [
      '{',
      "  kind: 'quote',",
      `  lang: '${original}',`,
      `  original: ${quote(original === 'en' ? 'TODO: the words, exactly as written' : 'TODO：原话，一字不改')},`,
      ...translation,
      `  speaker: ${t('TODO: who said it', 'TODO：谁说的')},`,
      `  where: ${t('TODO: where, and when', 'TODO：出处和年份')},`,
      '},',
    ];
  },
  math: (t) => [`{ kind: 'math', tex: 'E = mc^2', caption: ${t('TODO: what the formula says', 'TODO：公式的含义')} },`],
  mermaid: (t) => [
    '{',
    "  kind: 'mermaid',",
    "  source: 'flowchart LR\\n  A[\"Data\"] --> B[\"Model\"] --> C[\"Samples\"]',",
    `  caption: ${t('TODO: what the diagram shows', 'TODO：图的说明')},`,
    `  alt: ${t('TODO: the diagram in words, for screen readers', 'TODO：用文字描述这张图，供读屏软件使用')},`,
    '},',
  ],
  references: () => [
    "{ kind: 'references', items: [{ label: '[1]', title: 'TODO: title of the work', authors: 'TODO: authors', year: 2024, url: 'https://example.org/' }] },",
  ],
  qr: (t) => [`{ kind: 'qr', url: 'https://example.org/', caption: ${t('TODO: what the link opens', 'TODO：链接的内容')} },`],
  code: (t) => [
    '{',
    "  kind: 'code',",
    "  lang: 'python',",
    "  // Shown exactly as written (never Markdown).",
    "  code: 'x = noise()\\nfor t in reversed(range(T)):\\n    x = denoise(x, t)\\n',",
    '  // Optional: lines lit step by step (1-based; | between steps).',
    "  highlight: '1|2-3',",
    `  caption: ${t('TODO: what the code does', 'TODO：代码的作用')},`,
    '},',
  ],
  table: (t) => [
    '{',
    "  kind: 'table',",
    `  header: [${t('TODO: column', 'TODO：列')}, ${t('TODO: column', 'TODO：列')}],`,
    '  // One cell per header column in every row; a string is the same in every language.',
    "  rows: [['DDPM', '1000'], ['DDIM', '50']],",
    `  caption: ${t('TODO: what the table compares', 'TODO：表格比较的内容')},`,
    '},',
  ],
  video: (t) => [
    '{',
    "  kind: 'video',",
    '  // Files below assets/: the video plays muted and looping on its slide; the poster is printed.',
    "  src: 'videos/denoise.webm',",
    "  poster: 'images/denoise.png',",
    `  alt: ${t('TODO: what the video shows, for screen readers', 'TODO：视频内容，供读屏软件使用')},`,
    `  caption: ${t('TODO: what the video shows', 'TODO：视频的说明')},`,
    '},',
  ],
};

/** The kinds `npm run new -- slide --kind` can start from. */
export const EXAMPLE_KINDS: readonly string[] = Object.keys(EXAMPLES);

/** The example block of `kind` in `locales`, as source lines; undefined for a kind without one. */
export function blockExample(kind: string, locales: readonly Locale[]): string[] | undefined {
  const example = EXAMPLES[kind];
  return example?.((en, zh) => textSource({ en, zh }, locales), locales);
}

export function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
