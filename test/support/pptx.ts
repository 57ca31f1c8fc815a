import { DomUtils, parseDocument } from 'htmlparser2';
import type { Document, Element } from 'domhandler';
import JSZip from 'jszip';

/** A .pptx opened for tests: its parts parsed as XML. */
export interface OpenedPptx {
  readonly zip: JSZip;
  /** `ppt/slides/slideN.xml`, in slide order. */
  readonly slides: readonly Document[];
  /** `ppt/notesSlides/notesSlideN.xml`, in slide order (undefined where a slide has none). */
  readonly notes: readonly (Document | undefined)[];
  xml(path: string): Promise<Document>;
}

/** Unzips a .pptx and parses its slides and notes. */
export async function openPptx(bytes: Uint8Array): Promise<OpenedPptx> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = async (path: string): Promise<Document> => {
    const text = await zip.file(path)?.async('string');
    if (text === undefined) throw new Error(`the PPTX has no ${path}`);
    return parseDocument(text, { xmlMode: true });
  };
  const count = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).length;
  const slides: Document[] = [];
  const notes: (Document | undefined)[] = [];
  for (let i = 1; i <= count; i++) {
    slides.push(await xml(`ppt/slides/slide${i}.xml`));
    notes.push(zip.file(`ppt/notesSlides/notesSlide${i}.xml`) ? await xml(`ppt/notesSlides/notesSlide${i}.xml`) : undefined);
  }
  return { zip, slides, notes, xml };
}

/** Elements named `tag` (e.g. `p:sp`) below `root`. */
export function all(root: Document | Element, tag: string): Element[] {
  return DomUtils.getElementsByTagName(tag, root, true);
}

/** The text of a shape or paragraph: its `a:t` runs joined, paragraphs separated by newlines. */
export function textOf(root: Document | Element): string {
  return all(root, 'a:p')
    .map((p) => all(p, 'a:t').map((t) => DomUtils.textContent(t)).join(''))
    .join('\n');
}

/** Text boxes (`p:sp` with `txBox="1"`) of a slide. */
export function textBoxes(slide: Document): Element[] {
  return all(slide, 'p:sp').filter((sp) => all(sp, 'p:cNvSpPr').some((el) => el.attribs.txBox === '1'));
}

/** Pictures of a slide with their name, alt text and size in EMU. */
export function pictures(slide: Document): { name: string; descr: string; cx: number; cy: number; svg: boolean }[] {
  return all(slide, 'p:pic').map((pic) => {
    const nv = all(pic, 'p:cNvPr')[0];
    const ext = all(pic, 'a:ext').find((el) => el.attribs.cx !== undefined);
    return {
      name: nv?.attribs.name ?? '',
      descr: nv?.attribs.descr ?? '',
      cx: Number(ext?.attribs.cx ?? 0),
      cy: Number(ext?.attribs.cy ?? 0),
      svg: all(pic, 'asvg:svgBlip').length > 0,
    };
  });
}

/** Whitespace removed, so text that wraps or is split into runs still compares. */
export function squeeze(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** The text of a notes slide's notes pane (its body placeholder), not the slide number. */
export function notesText(notes: Document): string {
  const body = all(notes, 'p:sp').find((sp) => all(sp, 'p:ph').some((ph) => ph.attribs.type === 'body'));
  return body ? textOf(body) : '';
}
