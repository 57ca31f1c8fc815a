import PptxGenJS from 'pptxgenjs';
import type { Box, LaidOutSlide, PictureItem, ShapeItem, TableItem, TextItem, TextParagraph, TextRun } from './slide-layout.ts';

/** The slide: PowerPoint's 16:9 ("Widescreen"), in inches. */
export const SLIDE_INCHES = { width: 13.333, height: 7.5 } as const;

/**
 * The face of code in the PPTX: one every Office has. The deck's own (JetBrains Mono) is rarely
 * installed, and a face PowerPoint substitutes need not be monospaced, which would misalign code.
 */
const MONO_FACE = 'Consolas';

/** Document properties. */
export interface PptxMeta {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  /** `en-US` or `zh-CN`. */
  readonly language: string;
}

/** A picture's files, read by Node: a PNG of it as printed, and the file it shows (if any). */
export interface PictureFiles {
  readonly png: Uint8Array;
  /** An image file, or a video's poster: `{ type: 'image/jpeg', bytes }`. */
  readonly file?: { readonly type: string; readonly bytes: Uint8Array };
  /** A video file. */
  readonly media?: { readonly type: string; readonly bytes: Uint8Array };
}

/** Marker text pptxgenjs puts into each notes pane; finishPptx replaces it with the notes. */
export const notesMarker = (slide: number): string => `TALK-NOTES-${slide}`;

/** Marker name of the n-th video (from 0); finishPptx gives it its name and alt text. */
export const videoMarker = (n: number): string => `TALK-VIDEO-${n}`;

/** What pptxgenjs wrote, and the alt text of each video (pptxgenjs has no alt text for media). */
export interface WrittenPptx {
  readonly bytes: Uint8Array;
  readonly videoAlts: readonly string[];
}

/**
 * Writes the laid-out slides with pptxgenjs: text boxes with their runs, rectangles, native
 * tables, pictures (SVG with a PNG beside it, alt text on each). Returns the .pptx bytes before
 * finishPptx (notes, SVG fallbacks, language).
 */
export async function writePptx(slides: readonly LaidOutSlide[], pictures: ReadonlyMap<PictureItem, PictureFiles>, meta: PptxMeta): Promise<WrittenPptx> {
  const pptx = new PptxGenJS();
  const videoAlts: string[] = [];
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  if (meta.subject) pptx.subject = meta.subject;
  pptx.company = meta.author;
  pptx.theme = { headFontFace: meta.language === 'zh-CN' ? 'Noto Sans SC' : 'Inter', bodyFontFace: meta.language === 'zh-CN' ? 'Noto Sans SC' : 'Inter' };
  slides.forEach((laid, index) => {
    const slide = pptx.addSlide();
    slide.background = { color: laid.background };
    const scale = Math.min(SLIDE_INCHES.width / laid.width, SLIDE_INCHES.height / laid.height);
    const at = (box: Box): { x: number; y: number; w: number; h: number } => ({
      x: (SLIDE_INCHES.width - laid.width * scale) / 2 + box.x * scale,
      y: (SLIDE_INCHES.height - laid.height * scale) / 2 + box.y * scale,
      w: Math.max(box.w * scale, 0.01),
      h: Math.max(box.h * scale, 0.01),
    });
    const pt = (px: number): number => Math.round(px * scale * 72 * 100) / 100;
    for (const item of laid.items) {
      if (item.kind === 'shape') addShape(pptx, slide, item, at, pt);
      if (item.kind === 'text') addTextBox(slide, item, at, pt);
      if (item.kind === 'table') addTable(slide, item, at, pt);
      if (item.kind === 'picture') addPicture(slide, item, pictures.get(item), at, videoAlts);
    }
    slide.addNotes(notesMarker(index + 1));
  });
  const written = await pptx.write({ outputType: 'uint8array', compression: true });
  return { bytes: written as Uint8Array, videoAlts };
}

type At = (box: Box) => { x: number; y: number; w: number; h: number };
type Pt = (px: number) => number;

function addShape(pptx: PptxGenJS, slide: PptxGenJS.Slide, item: ShapeItem, at: At, pt: Pt): void {
  const place = at(item.box);
  if (item.fill || item.line) {
    slide.addShape(item.radius > 0 ? pptx.ShapeType.roundRect : pptx.ShapeType.rect, {
      ...place,
      fill: item.fill ? { color: item.fill, transparency: item.fillTransparency } : { type: 'none' },
      line: item.line ? { color: item.line.color, width: pt(item.line.width) } : { type: 'none' },
      rectRadius: item.radius > 0 ? Math.min(0.5, item.radius / Math.max(1, Math.min(item.box.w, item.box.h))) : undefined,
      objectName: 'Panel',
    });
  }
  if (item.leftBar) {
    slide.addShape(pptx.ShapeType.rect, {
      ...at({ ...item.box, w: item.leftBar.width }),
      fill: { color: item.leftBar.color },
      line: { type: 'none' },
      objectName: 'Bar',
    });
  }
}

/** One paragraph's runs for pptxgenjs: the first carries the paragraph's look, the last ends it. */
function paragraphRuns(p: TextParagraph, pt: Pt, last: boolean): PptxGenJS.TextProps[] {
  const runs = p.runs.filter((run) => !run.lineBreak || run !== p.runs[0]);
  const props: PptxGenJS.TextProps[] = [];
  let softBreak = false;
  for (const run of runs) {
    if (run.lineBreak) {
      softBreak = true;
      continue;
    }
    for (const piece of splitScripts(run)) {
      props.push({ text: piece.text, options: { ...runOptions(piece, pt), softBreakBefore: softBreak || undefined } });
      softBreak = false;
    }
  }
  if (props.length === 0) props.push({ text: '', options: {} });
  const first = props[0] as PptxGenJS.TextProps;
  first.options = {
    ...first.options,
    align: p.align,
    lineSpacing: pt(p.lineHeight),
    paraSpaceBefore: p.spaceBefore > 0 ? pt(p.spaceBefore) : undefined,
    // pptxgenjs draws its default bullet only when no type is given ({ type: 'bullet' } draws none).
    bullet: p.bullet === 'number' ? { type: 'number', indent: pt(p.indent) } : p.bullet ? { indent: pt(p.indent) } : undefined,
  };
  const end = props[props.length - 1] as PptxGenJS.TextProps;
  if (!last) end.options = { ...end.options, breakLine: true };
  return props;
}

/** Han characters, CJK punctuation and full-width forms. */
const CJK_TEXT = /([\u2e80-\u2fff\u3000-\u303f\u3040-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+)/u;

/**
 * Chinese inside a Latin run (a name, a book title in an English line) becomes a run of its own,
 * marked zh-CN in the face Chromium drew it with; office suites would otherwise look for the
 * glyphs in the Latin face.
 */
function splitScripts(run: TextRun): TextRun[] {
  if (run.zh || !CJK_TEXT.test(run.text)) return [run];
  return run.text
    .split(CJK_TEXT)
    .filter((text) => text !== '')
    .map((text) => (CJK_TEXT.test(text) ? { ...run, text, zh: true, font: run.cjkFont } : { ...run, text }));
}

function runOptions(run: TextRun, pt: Pt): PptxGenJS.TextPropsOptions {
  const font = run.code ? MONO_FACE : run.zh ? run.cjkFont : run.font || 'Inter';
  return {
    bold: run.bold || undefined,
    italic: run.italic || undefined,
    color: run.color,
    transparency: run.transparency || undefined,
    fontFace: font,
    fontSize: pt(run.size),
    lang: run.zh ? 'zh-CN' : 'en-US',
    underline: run.underline ? { style: 'sng' } : undefined,
    hyperlink: run.href ? { url: run.href, tooltip: run.href } : undefined,
    highlight: run.highlight,
  };
}

const ROLE_NAMES: Record<string, string> = { title: 'Title', kicker: 'Kicker', subtitle: 'Subtitle', bullets: 'Bullets', statement: 'Statement' };

function addTextBox(slide: PptxGenJS.Slide, item: TextItem, at: At, pt: Pt): void {
  const place = at(item.box);
  const runs = item.paragraphs.flatMap((p, i) => paragraphRuns(p, pt, i === item.paragraphs.length - 1));
  slide.addText(runs, {
    ...place,
    // A little room for a face whose metrics differ from the browser's (a substitute font).
    w: item.nowrap ? place.w : place.w * 1.02,
    margin: 0,
    valign: 'top',
    fit: 'none',
    wrap: !item.nowrap,
    isTextBox: true,
    objectName: ROLE_NAMES[item.role] ?? `Text (${item.role})`,
  });
}

function addTable(slide: PptxGenJS.Slide, item: TableItem, at: At, pt: Pt): void {
  const place = at(item.box);
  const scale = place.w / Math.max(1, item.box.w);
  const rows: PptxGenJS.TableRow[] = item.rows.map((row) =>
    row.map((cell) => ({
      text: cell.paragraphs.flatMap((p, i) => paragraphRuns(p, pt, i === cell.paragraphs.length - 1)),
      options: {
        fill: cell.fill ? { color: cell.fill } : undefined,
        border: cell.borders.map((side) => (side.width > 0 ? { type: 'solid' as const, pt: pt(side.width), color: side.color } : { type: 'none' as const })) as PptxGenJS.TableCellProps['border'],
        // Points (pptxgenjs reads values of 1 and more as points).
        margin: cell.padding.map((px) => Math.max(1, pt(px))) as [number, number, number, number],
        valign: cell.valign,
        colspan: cell.colspan > 1 ? cell.colspan : undefined,
        rowspan: cell.rowspan > 1 ? cell.rowspan : undefined,
      },
    })),
  );
  slide.addTable(rows, {
    ...place,
    colW: item.colWidths.map((px) => px * scale),
    rowH: item.rowHeights.map((px) => px * scale),
    autoPage: false,
    objectName: 'Table',
  });
}

function addPicture(slide: PptxGenJS.Slide, item: PictureItem, files: PictureFiles | undefined, at: At, videoAlts: string[]): void {
  const place = at(item.box);
  const name = { diagram: 'Diagram', illustration: 'Illustration', formula: 'Formula', qr: 'QR code', image: 'Image', video: 'Video' }[item.role];
  const alt = item.alt || name;
  if (item.role === 'video' && files?.media) {
    const cover = files.file ?? { type: 'image/png', bytes: files.png };
    slide.addMedia({
      ...place,
      type: 'video',
      data: `${files.media.type};base64,${Buffer.from(files.media.bytes).toString('base64')}`,
      extn: files.media.type.split('/')[1] ?? 'mp4',
      cover: `data:${cover.type};base64,${Buffer.from(cover.bytes).toString('base64')}`,
      // The video plays from its poster; PowerPoint plays MP4 and most other formats LibreOffice plays.
      objectName: videoMarker(videoAlts.length),
    });
    videoAlts.push(alt);
    return;
  }
  const svg = pictureSvg(item, files);
  const data = svg
    ? `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`
    : files?.file
      ? `data:${files.file.type};base64,${Buffer.from(files.file.bytes).toString('base64')}`
      : `data:image/png;base64,${Buffer.from(files?.png ?? new Uint8Array()).toString('base64')}`;
  slide.addImage({ ...place, data, altText: alt, objectName: name });
}

/** The SVG text of a picture: drawn in the page (diagrams, QR codes) or an SVG image file. */
export function pictureSvg(item: PictureItem, files: PictureFiles | undefined): string | undefined {
  if (item.svg) return item.svg;
  if (item.role !== 'video' && files?.file?.type === 'image/svg+xml') return Buffer.from(files.file.bytes).toString('utf8');
  return undefined;
}
