import { textIn } from './text.ts';
import type { Block, QuoteBlock, Slide, Text } from './types.ts';

/** One piece of audience-facing text and where it sits in the slide, e.g. `blocks[2].items[0]`. */
export interface TextAt {
  readonly path: string;
  readonly text: Text;
}

/** Every audience-facing text of a slide, title first. */
export function slideTexts(slide: Slide): TextAt[] {
  const texts: TextAt[] = [{ path: 'title', text: slide.title }];
  if (slide.subtitle) texts.push({ path: 'subtitle', text: slide.subtitle });
  slide.blocks.forEach((block, i) => texts.push(...blockTexts(block, `blocks[${i}]`)));
  return texts;
}

function blockTexts(block: Block, path: string): TextAt[] {
  switch (block.kind) {
    case 'bullets':
      return block.items.map((text, i) => ({ path: `${path}.items[${i}]`, text }));
    case 'quote':
      return [
        { path: `${path}.translation`, text: quoteText(block) },
        { path: `${path}.speaker`, text: block.speaker },
        { path: `${path}.where`, text: block.where },
      ];
    case 'statement':
      return [{ path: `${path}.text`, text: block.text }];
    case 'mermaid':
      return [
        ...(typeof block.source === 'string' ? [] : [{ path: `${path}.source`, text: block.source }]),
        ...Object.entries(block.labels ?? {}).map(([key, text]) => ({ path: `${path}.labels.${key}`, text })),
        { path: `${path}.caption`, text: block.caption },
        { path: `${path}.alt`, text: block.alt },
      ];
    case 'math':
      return block.caption ? [{ path: `${path}.caption`, text: block.caption }] : [];
    case 'image':
      return [
        { path: `${path}.alt`, text: block.alt },
        ...(block.credit ? [{ path: `${path}.credit`, text: block.credit }] : []),
      ];
    case 'columns':
      return block.columns.flatMap((column, c) => column.flatMap((inner, i) => blockTexts(inner, `${path}.columns[${c}][${i}]`)));
    case 'references':
      return [];
    case 'qr':
      return [{ path: `${path}.caption`, text: block.caption }];
    case 'code':
      return captionText(block.caption, path);
    case 'table':
      return [
        ...(block.header ?? []).map((text, i) => ({ path: `${path}.header[${i}]`, text })),
        ...(block.rows ?? []).flatMap((row, r) => (Array.isArray(row) ? row : []).map((text, c) => ({ path: `${path}.rows[${r}][${c}]`, text }))),
        ...captionText(block.caption, path),
      ];
    case 'video':
      return [{ path: `${path}.alt`, text: block.alt }, ...captionText(block.caption, path)];
    default:
      return [];
  }
}

/** What a quote shows in each language: the original in its own, the translation in the other. */
export function quoteText(block: QuoteBlock): Text {
  const lang = block.lang ?? 'zh';
  const other = lang === 'en' ? 'zh' : 'en';
  const translated = textIn(block.translation, other);
  return lang === 'en' ? { en: block.original, zh: translated } : { zh: block.original, en: translated };
}

function captionText(caption: Text | undefined, path: string): TextAt[] {
  return caption ? [{ path: `${path}.caption`, text: caption }] : [];
}

/** Every block of a slide, descending into columns. */
export function slideBlocks(slide: Slide): Block[] {
  const out: Block[] = [];
  const visit = (block: Block): void => {
    out.push(block);
    if (block.kind === 'columns') block.columns.forEach((column) => column.forEach(visit));
  };
  slide.blocks.forEach(visit);
  return out;
}
