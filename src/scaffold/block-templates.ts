/**
 * Examples of the code, table and video blocks, as TypeScript source to paste into a slide's
 * `blocks: [...]` (no indentation). Each passes `npm run check` as written in this project (the
 * video is the example one in assets/).
 */
export const BLOCK_TEMPLATES = {
  code: [
    '{',
    "  kind: 'code',",
    "  lang: 'python',",
    "  code: 'x = noise()\\nfor t in reversed(range(T)):\\n    x = denoise(x, t)\\n',",
    "  // Optional: lines lit step by step (1-based; | between steps).",
    "  highlight: '1|2-3',",
    "  caption: { en: 'TODO: caption', zh: 'TODO：说明' },",
    '}',
  ].join('\n'),
  table: [
    '{',
    "  kind: 'table',",
    "  header: [{ en: 'TODO: column', zh: 'TODO：列' }, { en: 'TODO: column', zh: 'TODO：列' }],",
    '  // One cell per header column in every row.',
    "  rows: [[{ en: 'TODO', zh: 'TODO' }, { en: 'TODO', zh: 'TODO' }]],",
    "  caption: { en: 'TODO: caption', zh: 'TODO：说明' },",
    '}',
  ].join('\n'),
  video: [
    '{',
    "  kind: 'video',",
    '  // Files below assets/: the video plays muted and looping on its slide; the poster is printed.',
    "  src: 'videos/denoise.webm',",
    "  poster: 'images/denoise.png',",
    "  alt: { en: 'TODO: what the video shows', zh: 'TODO：视频内容' },",
    "  caption: { en: 'TODO: caption', zh: 'TODO：说明' },",
    '}',
  ].join('\n'),
} as const;
