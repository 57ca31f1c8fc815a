/**
 * Names a static instance of a variable font for what it is. HarfBuzz's instancer keeps the
 * variable font's names, those of its default instance, so every weight of Noto Sans SC was called
 * "NotoSansSC-Thin" (and every Inter "Inter-Regular") wherever a PDF lists its fonts. This
 * rewrites the `name` table of an OpenType (TrueType-outline) font: the names that identify the
 * font (family, style, full and PostScript names) are replaced, every other record (copyright,
 * licence, designer) is kept, and every other table is copied byte for byte.
 */

/** What the font is called: a family and one of the four styles a family links. */
export interface FontNames {
  readonly family: string;
  readonly style: 'Regular' | 'Bold';
}

/** Name IDs that say which font this is (family, style, unique id, full name, PostScript name and their variants). */
const IDENTITY_IDS = new Set([1, 2, 3, 4, 6, 16, 17, 21, 22, 25]);

interface NameRecord {
  readonly platformID: number;
  readonly encodingID: number;
  readonly languageID: number;
  readonly nameID: number;
  readonly bytes: Uint8Array;
}

interface Table {
  readonly tag: string;
  readonly data: Uint8Array;
}

/** `font` (an sfnt with TrueType outlines, as the subsetter writes it) with `names`. */
export function withFontNames(font: Uint8Array, names: FontNames): Uint8Array {
  const tables = readTables(font);
  const name = tables.find((table) => table.tag === 'name');
  const postScript = `${names.family.replace(/[^A-Za-z0-9]/g, '')}-${names.style}`;
  const own: [number, string][] = [
    [1, names.family],
    [2, names.style],
    [3, `${postScript};subset`],
    [4, `${names.family} ${names.style}`],
    [6, postScript],
  ];
  const records = [
    ...(name ? readNameRecords(name.data).filter((record) => !IDENTITY_IDS.has(record.nameID)) : []),
    // Windows, Unicode BMP, US English: the records every platform reads.
    ...own.map(([nameID, text]): NameRecord => ({ platformID: 3, encodingID: 1, languageID: 0x409, nameID, bytes: utf16be(text) })),
  ];
  const renamed = [...tables.filter((table) => table.tag !== 'name'), { tag: 'name', data: writeNameTable(records) }];
  return writeSfnt(font, renamed);
}

/** The PostScript name (name ID 6) of an sfnt, or undefined. */
export function postScriptName(font: Uint8Array): string | undefined {
  const name = readTables(font).find((table) => table.tag === 'name');
  const record = name && readNameRecords(name.data).find((r) => r.nameID === 6 && r.platformID === 3);
  if (!record) return undefined;
  return new TextDecoder('utf-16be').decode(record.bytes);
}

function readTables(font: Uint8Array): Table[] {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 12 + i * 16;
    const offset = view.getUint32(at + 8);
    const length = view.getUint32(at + 12);
    if (offset + length > font.byteLength) throw new Error('font: a table lies outside the file');
    return { tag: String.fromCharCode(...font.subarray(at, at + 4)), data: font.subarray(offset, offset + length) };
  });
}

function readNameRecords(table: Uint8Array): NameRecord[] {
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = view.getUint16(2);
  const storage = view.getUint16(4);
  return Array.from({ length: count }, (_, i) => {
    const at = 6 + i * 12;
    const length = view.getUint16(at + 8);
    const offset = storage + view.getUint16(at + 10);
    return {
      platformID: view.getUint16(at),
      encodingID: view.getUint16(at + 2),
      languageID: view.getUint16(at + 4),
      nameID: view.getUint16(at + 6),
      bytes: table.subarray(offset, offset + length),
    };
  });
}

/** A format 0 `name` table; records sorted as the format requires. */
function writeNameTable(records: NameRecord[]): Uint8Array {
  const sorted = [...records].sort((a, b) => a.platformID - b.platformID || a.encodingID - b.encodingID || a.languageID - b.languageID || a.nameID - b.nameID);
  const storage = 6 + sorted.length * 12;
  const out = new Uint8Array(storage + sorted.reduce((n, r) => n + r.bytes.length, 0));
  const view = new DataView(out.buffer);
  view.setUint16(0, 0);
  view.setUint16(2, sorted.length);
  view.setUint16(4, storage);
  let offset = 0;
  sorted.forEach((record, i) => {
    const at = 6 + i * 12;
    view.setUint16(at, record.platformID);
    view.setUint16(at + 2, record.encodingID);
    view.setUint16(at + 4, record.languageID);
    view.setUint16(at + 6, record.nameID);
    view.setUint16(at + 8, record.bytes.length);
    view.setUint16(at + 10, offset);
    out.set(record.bytes, storage + offset);
    offset += record.bytes.length;
  });
  return out;
}

/** An sfnt of `tables` (the same version as `original`), with checksums and head's adjustment. */
function writeSfnt(original: Uint8Array, tables: Table[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const padded = (n: number): number => (n + 3) & ~3;
  const headerLength = 12 + sorted.length * 16;
  const out = new Uint8Array(headerLength + sorted.reduce((n, t) => n + padded(t.data.length), 0));
  const view = new DataView(out.buffer);
  out.set(original.subarray(0, 4));
  const entrySelector = Math.floor(Math.log2(sorted.length));
  view.setUint16(4, sorted.length);
  view.setUint16(6, 2 ** entrySelector * 16);
  view.setUint16(8, entrySelector);
  view.setUint16(10, sorted.length * 16 - 2 ** entrySelector * 16);
  let offset = headerLength;
  let headAt = -1;
  sorted.forEach((table, i) => {
    out.set(table.data, offset);
    if (table.tag === 'head') {
      headAt = offset;
      view.setUint32(offset + 8, 0);
    }
    const at = 12 + i * 16;
    for (let k = 0; k < 4; k++) out[at + k] = table.tag.charCodeAt(k);
    view.setUint32(at + 4, checksum(out.subarray(offset, offset + padded(table.data.length))));
    view.setUint32(at + 8, offset);
    view.setUint32(at + 12, table.data.length);
    offset += padded(table.data.length);
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

function checksum(data: Uint8Array): number {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let sum = 0;
  for (let i = 0; i + 4 <= data.byteLength; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

function utf16be(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) >> 8;
    out[i * 2 + 1] = text.charCodeAt(i) & 0xff;
  }
  return out;
}
