/**
 * Just enough PDF syntax (ISO 32000-1 §7.3, §7.5) to add a signature to a document by incremental update: read
 * the cross-reference table and trailer, read one object's dictionary, and write dictionaries back. The text is
 * the file decoded as latin1, so string offsets are byte offsets.
 */

export class PdfSyntaxError extends Error {}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((c) => c.charCodeAt(0)));

export function skipSpace(s: string, at: number): number {
  let i = at;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (WHITESPACE.has(c)) i++;
    else if (c === 0x25 /* % */) while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
    else break;
  }
  return i;
}

function regularEnd(s: string, at: number): number {
  let i = at;
  while (i < s.length && !WHITESPACE.has(s.charCodeAt(i)) && !DELIMITERS.has(s.charCodeAt(i))) i++;
  return i;
}

/** One value's raw text, from `at` (after spaces); references `n g R` are read as one value. */
export function readValue(s: string, at: number): { raw: string; start: number; end: number } {
  const start = skipSpace(s, at);
  const c = s[start];
  let end: number;
  if (c === undefined) throw new PdfSyntaxError('unexpected end of file');
  if (s.startsWith('<<', start)) end = readDict(s, start).end;
  else if (c === '[') {
    let i = start + 1;
    for (;;) {
      i = skipSpace(s, i);
      if (s[i] === ']') break;
      i = readValue(s, i).end;
    }
    end = i + 1;
  } else if (c === '(') end = literalStringEnd(s, start);
  else if (c === '<') {
    end = s.indexOf('>', start);
    if (end < 0) throw new PdfSyntaxError('unterminated hex string');
    end += 1;
  } else if (c === '/') end = regularEnd(s, start + 1);
  else {
    end = regularEnd(s, start);
    if (end === start) throw new PdfSyntaxError(`unexpected "${c}" at ${start}`);
    const ref = /^\s+(\d+)\s+R(?=[\s/<>[\]()%]|$)/.exec(s.slice(end, end + 24));
    if (/^\d+$/.test(s.slice(start, end)) && ref) end += ref[0].length;
  }
  return { raw: s.slice(start, end), start, end };
}

function literalStringEnd(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i + 1;
  }
  throw new PdfSyntaxError('unterminated string');
}

/** A dictionary's entries in order, each value as raw text. */
export function readDict(
  s: string,
  at: number,
): { entries: Map<string, string>; start: number; end: number } {
  const start = skipSpace(s, at);
  if (!s.startsWith('<<', start)) throw new PdfSyntaxError(`expected a dictionary at ${start}`);
  const entries = new Map<string, string>();
  let i = start + 2;
  for (;;) {
    i = skipSpace(s, i);
    if (s.startsWith('>>', i)) return { entries, start, end: i + 2 };
    if (s[i] !== '/') throw new PdfSyntaxError(`expected a name at ${i}`);
    const keyEnd = regularEnd(s, i + 1);
    const value = readValue(s, keyEnd);
    entries.set(s.slice(i + 1, keyEnd), value.raw);
    i = value.end;
  }
}

/** The elements of an array's raw text. */
export function arrayItems(raw: string): string[] {
  const s = raw.trim();
  if (!s.startsWith('[')) throw new PdfSyntaxError('expected an array');
  const items: string[] = [];
  let i = 1;
  for (;;) {
    i = skipSpace(s, i);
    if (s[i] === ']' || i >= s.length) return items;
    const value = readValue(s, i);
    items.push(value.raw);
    i = value.end;
  }
}

export interface Ref {
  num: number;
  gen: number;
}

export function parseRef(raw: string | undefined): Ref | undefined {
  const match = raw ? /^(\d+)\s+(\d+)\s+R$/.exec(raw.trim()) : null;
  return match ? { num: Number(match[1]), gen: Number(match[2]) } : undefined;
}

export const refText = (ref: Ref) => `${ref.num} ${ref.gen} R`;

export function writeDict(entries: Map<string, string>): string {
  return `<<${[...entries].map(([k, v]) => `/${k} ${v}`).join(' ')}>>`;
}

/** A text string as UTF-16BE with a byte-order mark (§7.9.2.2): any Vietnamese text survives. */
export function textString(text: string): string {
  const bytes = Buffer.from(`\ufeff${text}`, 'utf16le').swap16();
  return `<${bytes.toString('hex').toUpperCase()}>`;
}

/** The document's cross-reference: object number → byte offset (newest section first wins), and its trailer. */
export interface CrossReference {
  offsets: Map<number, { offset: number; gen: number }>;
  trailer: Map<string, string>;
  startxref: number;
}

export function readCrossReference(s: string): CrossReference {
  const tail = s.slice(Math.max(0, s.length - 2048));
  const match = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!match) throw new PdfSyntaxError('no startxref at the end of the file');
  const startxref = Number(match[1]);
  const offsets = new Map<number, { offset: number; gen: number }>();
  let trailer: Map<string, string> | undefined;
  const seen = new Set<number>();
  let at: number | undefined = startxref;
  while (at !== undefined) {
    if (seen.has(at) || at >= s.length) throw new PdfSyntaxError('broken cross-reference chain');
    seen.add(at);
    if (!s.startsWith('xref', at)) {
      throw new PdfSyntaxError('cross-reference streams (PDF 1.5 compressed) are not supported');
    }
    let i: number = at + 4;
    for (;;) {
      i = skipSpace(s, i);
      if (s.startsWith('trailer', i)) break;
      const header = /^(\d+)\s+(\d+)/.exec(s.slice(i, i + 40));
      if (!header) throw new PdfSyntaxError('malformed cross-reference section');
      const first = Number(header[1]);
      const count = Number(header[2]);
      i = skipSpace(s, i + header[0].length);
      for (let n = 0; n < count; n++) {
        const entry = /^(\d{10}) (\d{5}) ([nf])/.exec(s.slice(i, i + 20));
        if (!entry) throw new PdfSyntaxError('malformed cross-reference entry');
        if (entry[3] === 'n' && !offsets.has(first + n)) {
          offsets.set(first + n, { offset: Number(entry[1]), gen: Number(entry[2]) });
        }
        i = skipSpace(s, i + 18);
      }
    }
    const section: Map<string, string> = readDict(s, i + 'trailer'.length).entries;
    trailer ??= section;
    const prev: string | undefined = section.get('Prev');
    at = prev === undefined ? undefined : Number(prev);
  }
  if (!trailer) throw new PdfSyntaxError('no trailer');
  return { offsets, trailer, startxref };
}

/** The dictionary of object `ref` (the object must be a dictionary). */
export function readObjectDict(s: string, xref: CrossReference, ref: Ref): Map<string, string> {
  return readDict(s, objectBodyStart(s, xref, ref)).entries;
}

/** The raw value of object `ref` (to resolve an indirect array or dictionary). */
export function readObjectValue(s: string, xref: CrossReference, ref: Ref): string {
  return readValue(s, objectBodyStart(s, xref, ref)).raw;
}

/** Where object `ref`'s value starts, after its `n g obj` header. */
export function objectBodyStart(s: string, xref: CrossReference, ref: Ref): number {
  const entry = xref.offsets.get(ref.num);
  if (!entry) throw new PdfSyntaxError(`object ${ref.num} is not in the cross-reference`);
  const header = new RegExp(`^${ref.num}\\s+${entry.gen}\\s+obj`).exec(
    s.slice(entry.offset, entry.offset + 32),
  );
  if (!header) throw new PdfSyntaxError(`object ${ref.num} is not at its offset`);
  return entry.offset + header[0].length;
}
