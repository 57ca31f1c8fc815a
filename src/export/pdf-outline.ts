import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, PDFString } from 'pdf-lib';

/** A bookmark: a title and the 0-based page it opens, with optional children. */
export interface Bookmark {
  readonly title: string;
  readonly page: number;
  readonly children?: readonly Bookmark[];
}

/** Document information written into the PDF. */
export interface PdfMetadata {
  readonly title: string;
  readonly author: string;
  readonly subject?: string;
  /** BCP 47, e.g. `en` or `zh-Hans`. */
  readonly language: string;
  readonly keywords?: readonly string[];
}

/**
 * Sets title, author, subject and language, and replaces the outline with `bookmarks` (sections
 * on top, their slides beneath, closed). Chromium's own outline is built from headings, which
 * gives one entry per slide title and none per section, so the exporter writes its own.
 */
export async function finishPdf(bytes: Uint8Array, meta: PdfMetadata, bookmarks: readonly Bookmark[]): Promise<{ bytes: Uint8Array; pageCount: number }> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  doc.setAuthor(meta.author);
  if (meta.subject) doc.setSubject(meta.subject);
  if (meta.keywords) doc.setKeywords([...meta.keywords]);
  doc.setLanguage(meta.language);
  doc.setCreator('Sora talk kit (reveal.js print view, Chromium)');
  const pageRefs = doc.getPages().map((page) => page.ref);
  if (bookmarks.length > 0) {
    const outlines = doc.context.nextRef();
    const { first, last, count } = writeItems(doc, outlines, bookmarks, pageRefs);
    doc.context.assign(
      outlines,
      doc.context.obj({ Type: 'Outlines', First: first, Last: last, Count: PDFNumber.of(count) }),
    );
    doc.catalog.set(PDFName.of('Outlines'), outlines);
    doc.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'));
  }
  return { bytes: await doc.save({ useObjectStreams: true }), pageCount: pageRefs.length };
}

/** Writes sibling outline items under `parent`; returns the first and last refs and the visible count. */
function writeItems(doc: PDFDocument, parent: PDFRef, items: readonly Bookmark[], pageRefs: PDFRef[]): { first: PDFRef; last: PDFRef; count: number } {
  const refs = items.map(() => doc.context.nextRef());
  items.forEach((item, i) => {
    const ref = refs[i] as PDFRef;
    const page = pageRefs[Math.min(Math.max(item.page, 0), pageRefs.length - 1)] as PDFRef;
    const dict: Record<string, unknown> = {
      Title: PDFHexString.fromText(item.title),
      Parent: parent,
      Dest: doc.context.obj([page, PDFName.of('XYZ'), PDFNull, PDFNull, PDFNull]),
    };
    if (i > 0) dict.Prev = refs[i - 1];
    if (i < refs.length - 1) dict.Next = refs[i + 1];
    if (item.children && item.children.length > 0) {
      const children = writeItems(doc, ref, item.children, pageRefs);
      dict.First = children.first;
      dict.Last = children.last;
      // Negative: closed, so the reader's panel lists the sections first.
      dict.Count = PDFNumber.of(-children.count);
    }
    doc.context.assign(ref, doc.context.obj(dict as never));
  });
  return { first: refs[0] as PDFRef, last: refs[refs.length - 1] as PDFRef, count: items.length };
}

/** The outline of a PDF (titles and 0-based pages), for tests and checks. */
export async function readOutline(bytes: Uint8Array): Promise<Bookmark[]> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageIndex = new Map(doc.getPages().map((page, i) => [page.ref.toString(), i]));
  const outlines = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const read = (first: PDFDict | undefined): Bookmark[] => {
    const items: Bookmark[] = [];
    for (let item = first; item; item = item.lookupMaybe(PDFName.of('Next'), PDFDict)) {
      const title = item.lookup(PDFName.of('Title'));
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray);
      const target = dest?.get(0);
      items.push({
        title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
        page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1,
        children: read(item.lookupMaybe(PDFName.of('First'), PDFDict)),
      });
    }
    return items;
  };
  return read(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}

/** The document language (`/Lang` of the catalog), for tests and checks. */
export async function readLanguage(bytes: Uint8Array): Promise<string | undefined> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  const lang = doc.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString || lang instanceof PDFHexString ? lang.decodeText() : undefined;
}

/** Number of pages of a PDF. */
export async function countPages(bytes: Uint8Array): Promise<number> {
  return (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount();
}
