/**
 * Just enough of Office Open XML to read the first sheet of an .xlsx export as rows of text, with Node's own zlib
 * (no spreadsheet dependency): the ZIP central directory, shared strings, inline strings and plain values.
 * Formulas are read as their cached values; dates stay serial numbers (the export has none). ZIP64 and
 * encrypted workbooks are refused with a clear reason.
 */
import { inflateRawSync } from 'node:zlib';
import type { Message } from '../../platform/http/messages.js';
import type { CsvRecord } from './csv.js';
import { msg } from './messages.js';

/** `reason`: why the file cannot be read, in the reader's language (issue 15 §2). */
type XlsxResult = { ok: true; records: CsvRecord[] } | { ok: false; reason: Message };

/** A part of the workbook that cannot be read, found only when the part is opened. */
class UnreadablePart extends Error {
  constructor(readonly reason: Message) {
    super(reason.key);
  }
}

const MAX_UNCOMPRESSED = 200 * 1024 * 1024;

function readZip(bytes: Uint8Array): Map<string, () => Buffer> | Message {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return msg('procedures.xlsxNoZip');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || at === 0xffffffff) return msg('procedures.xlsxZip64');
  const files = new Map<string, () => Buffer>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50)
      return msg('procedures.xlsxDirectoryDamaged');
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const rawSize = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const offset = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    files.set(name, () => {
      if (flags & 1) throw new UnreadablePart(msg('procedures.xlsxEncrypted'));
      if (rawSize > MAX_UNCOMPRESSED) throw new UnreadablePart(msg('procedures.xlsxEntryTooLarge', { name }));
      if (buf.readUInt32LE(offset) !== 0x04034b50)
        throw new UnreadablePart(msg('procedures.xlsxEntryDamaged', { name }));
      const start = offset + 30 + buf.readUInt16LE(offset + 26) + buf.readUInt16LE(offset + 28);
      const data = buf.subarray(start, start + size);
      if (method === 0) return Buffer.from(data);
      if (method === 8) return inflateRawSync(data, { maxOutputLength: MAX_UNCOMPRESSED });
      throw new UnreadablePart(msg('procedures.xlsxCompression', { name, method }));
    });
  }
  return files;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(Number.parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)));
    return ENTITIES[e] ?? '';
  });
}

/** The text of every <t> inside `xml` (rich-text runs concatenated). */
function texts(xml: string): string {
  let out = '';
  for (const m of xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)) out += unescapeXml(m[1] ?? '');
  return out;
}

function columnIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)?.[0] ?? '';
  let n = 0;
  for (const c of letters) n = n * 26 + (c.charCodeAt(0) - 64);
  return n - 1;
}

function firstSheetPath(files: Map<string, () => Buffer>): string | undefined {
  const workbook = files.get('xl/workbook.xml')?.().toString('utf8');
  const rels = files.get('xl/_rels/workbook.xml.rels')?.().toString('utf8');
  const rid = workbook ? /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1] : undefined;
  if (rid && rels) {
    for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
      const tag = m[0];
      if (new RegExp(`\\bId="${rid}"`).test(tag)) {
        const target = /\bTarget="([^"]+)"/.exec(tag)?.[1];
        if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      }
    }
  }
  return files.has('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : undefined;
}

/** The first sheet's rows as text records (row numbers as the spreadsheet shows them). */
export function readXlsx(bytes: Uint8Array): XlsxResult {
  const files = readZip(bytes);
  if (!(files instanceof Map)) return { ok: false, reason: files };
  try {
    const sheetPath = firstSheetPath(files);
    const sheet = sheetPath ? files.get(sheetPath)?.().toString('utf8') : undefined;
    if (!sheet) return { ok: false, reason: msg('procedures.xlsxNoSheet') };
    const sharedXml = files.get('xl/sharedStrings.xml')?.().toString('utf8') ?? '';
    const shared = [...sharedXml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => texts(m[1] ?? ''));
    const records: CsvRecord[] = [];
    for (const rowMatch of sheet.matchAll(/<row\b([^>]*)>([\s\S]*?)<\/row>|<row\b([^>]*)\/>/g)) {
      const rowNumber = Number(
        /\br="(\d+)"/.exec(rowMatch[1] ?? rowMatch[3] ?? '')?.[1] ?? records.length + 1,
      );
      const fields: string[] = [];
      for (const cell of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = cell[1] ?? '';
        const body = cell[2] ?? '';
        const ref = /\br="([A-Z]+\d+)"/.exec(attrs)?.[1];
        const col = ref ? columnIndex(ref) : fields.length;
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
        let value = '';
        if (type === 's') value = shared[Number(v)] ?? '';
        else if (type === 'inlineStr') value = texts(body);
        else if (v !== undefined) value = unescapeXml(v);
        while (fields.length < col) fields.push('');
        fields[col] = value;
      }
      if (fields.every((f) => f === '')) continue;
      records.push({ row: rowNumber, line: rowNumber, fields });
    }
    // Spreadsheets leave out empty trailing cells: pad each row to the header's width.
    const width = records[0]?.fields.length ?? 0;
    for (const r of records) while (r.fields.length < width) r.fields.push('');
    return { ok: true, records };
  } catch (error) {
    // A zlib or buffer error says nothing a person can act on beyond "damaged" (and in English).
    if (error instanceof UnreadablePart) return { ok: false, reason: error.reason };
    if (error instanceof Error) return { ok: false, reason: msg('procedures.xlsxUnreadable') };
    throw error;
  }
}
