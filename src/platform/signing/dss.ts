import { inflateSync } from 'node:zlib';
import {
  arrayItems,
  type CrossReference,
  objectBodyStart,
  PdfSyntaxError,
  parseRef,
  type Ref,
  readCrossReference,
  readDict,
  readObjectDict,
  readObjectValue,
  refText,
  skipSpace,
  writeDict,
} from './pdf-syntax.js';

/**
 * The Document Security Store (ISO 32000-2 §12.8.4.3; ETSI EN 319 142-1 §5.4, PAdES B-LT): the certificates and
 * revocation answers a verifier needs to validate the signatures later, when the CA's responder may be gone. It is
 * added by an incremental update after the signature, so the signed bytes stay as they were.
 */
export interface ValidationData {
  /** DER certificates: the signer's and its chain. */
  certs: Uint8Array[];
  /** DER OCSPResponse values (RFC 6960). */
  ocsps: Uint8Array[];
  /** DER CertificateList values (RFC 5280). */
  crls: Uint8Array[];
}

const KINDS = [
  ['Certs', 'certs'],
  ['OCSPs', 'ocsps'],
  ['CRLs', 'crls'],
] as const;

function resolved(s: string, xref: CrossReference, raw: string | undefined): string | undefined {
  const ref = parseRef(raw);
  return ref ? readObjectValue(s, xref, ref) : raw;
}

/** Append (or extend) the catalog's /DSS with these streams; the document's earlier bytes are untouched. */
export function addDss(pdf: Buffer, data: ValidationData): Buffer {
  const s = pdf.toString('latin1');
  const xref = readCrossReference(s);
  const rootRef = parseRef(xref.trailer.get('Root'));
  if (!rootRef) throw new PdfSyntaxError('the trailer names no catalog');
  const catalog = readObjectDict(s, xref, rootRef);
  const size = Number(xref.trailer.get('Size'));
  if (!Number.isInteger(size) || size <= 0) throw new PdfSyntaxError('the trailer has no /Size');

  const old = catalog.has('DSS')
    ? readDict(resolved(s, xref, catalog.get('DSS')) ?? '', 0).entries
    : undefined;
  const dss = new Map<string, string>(old ?? [['Type', '/DSS']]);
  let next = size;
  let out = s.endsWith('\n') ? s : `${s}\n`;
  const written: Array<{ ref: Ref; offset: number }> = [];
  const write = (ref: Ref, body: string) => {
    written.push({ ref, offset: out.length });
    out += `${ref.num} ${ref.gen} obj\n${body}\nendobj\n`;
  };
  for (const [key, field] of KINDS) {
    const refs: string[] = [];
    for (const der of data[field]) {
      const ref = { num: next++, gen: 0 };
      const bytes = Buffer.from(der).toString('latin1');
      write(ref, `<</Length ${der.length}>>\nstream\n${bytes}\nendstream`);
      refs.push(refText(ref));
    }
    const before = old?.has(key) ? arrayItems(resolved(s, xref, old.get(key)) ?? '[]') : [];
    if (before.length + refs.length > 0) dss.set(key, `[${[...before, ...refs].join(' ')}]`);
  }
  const dssRef = { num: next++, gen: 0 };
  write(dssRef, writeDict(dss));
  catalog.set('DSS', refText(dssRef));
  // The extension level that introduced the DSS for PDF 1.7 readers (ETSI EN 319 142-1 §5.4.2).
  if (!catalog.has('Extensions'))
    catalog.set('Extensions', '<</ESIC <</BaseVersion /1.7 /ExtensionLevel 5>>>>');
  write(rootRef, writeDict(catalog));

  const xrefOffset = out.length;
  out += 'xref\n';
  for (const { ref, offset } of written.sort((a, b) => a.ref.num - b.ref.num)) {
    out += `${ref.num} 1\n${String(offset).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n\r\n`;
  }
  const trailer = new Map(xref.trailer);
  trailer.delete('XRefStm');
  trailer.set('Size', String(next));
  trailer.set('Prev', String(xref.startxref));
  out += `trailer\n${writeDict(trailer)}\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** The decoded bytes of stream object `ref` (uncompressed, or FlateDecode as other producers write it). */
function readStream(s: string, xref: CrossReference, ref: Ref): Buffer {
  const dict = readDict(s, objectBodyStart(s, xref, ref));
  const length = Number(resolved(s, xref, dict.entries.get('Length')));
  let at = skipSpace(s, dict.end);
  if (!s.startsWith('stream', at) || !Number.isInteger(length)) throw new PdfSyntaxError('not a stream');
  at += 'stream'.length;
  at += s.startsWith('\r\n', at) ? 2 : 1;
  const raw = Buffer.from(s.slice(at, at + length), 'latin1');
  const filter = dict.entries.get('Filter');
  if (filter === undefined) return raw;
  if (filter === '/FlateDecode' || filter === '[/FlateDecode]') return inflateSync(raw);
  throw new PdfSyntaxError(`unsupported stream filter ${filter}`);
}

/** The document's DSS as it stands (the newest catalog), empty when it has none. */
export function readDss(pdf: Buffer): ValidationData {
  const found: ValidationData = { certs: [], ocsps: [], crls: [] };
  const s = pdf.toString('latin1');
  const xref = readCrossReference(s);
  const rootRef = parseRef(xref.trailer.get('Root'));
  if (!rootRef) return found;
  const raw = resolved(s, xref, readObjectDict(s, xref, rootRef).get('DSS'));
  if (!raw) return found;
  const dss = readDict(raw, 0).entries;
  for (const [key, field] of KINDS) {
    for (const item of arrayItems(resolved(s, xref, dss.get(key)) ?? '[]')) {
      const ref = parseRef(item);
      if (ref) found[field].push(readStream(s, xref, ref));
    }
  }
  return found;
}

/**
 * Whether everything the file changed after byte `signedEnd` is validation data: DSS objects and the catalog with
 * only /DSS and /Extensions added (ETSI EN 319 142-1 §5.4: such an update does not alter the signed document).
 */
export function onlyValidationDataAfter(pdf: Buffer, signedEnd: number): boolean {
  try {
    const s = pdf.toString('latin1');
    const before = readCrossReference(s.slice(0, signedEnd));
    const now = readCrossReference(s);
    const rootRef = parseRef(now.trailer.get('Root'));
    if (!rootRef || now.trailer.get('Root') !== before.trailer.get('Root')) return false;
    const allowed = new Set<number>([rootRef.num]);
    const dssRaw = readObjectDict(s, now, rootRef).get('DSS');
    const dssRef = parseRef(dssRaw);
    if (dssRef) allowed.add(dssRef.num);
    const dss = readDict(resolved(s, now, dssRaw) ?? '<<>>', 0).entries;
    for (const [key] of KINDS) {
      const listRef = parseRef(dss.get(key));
      if (listRef) allowed.add(listRef.num);
      for (const item of arrayItems(resolved(s, now, dss.get(key)) ?? '[]')) {
        const ref = parseRef(item);
        if (ref) allowed.add(ref.num);
      }
    }
    for (const [num, entry] of now.offsets) {
      const was = before.offsets.get(num);
      if (was?.offset === entry.offset) continue;
      if (!allowed.has(num)) return false;
    }
    const strip = (dict: Map<string, string>) =>
      writeDict(new Map([...dict].filter(([k]) => k !== 'DSS' && k !== 'Extensions')));
    return strip(readObjectDict(s, before, rootRef)) === strip(readObjectDict(s, now, rootRef));
  } catch {
    return false;
  }
}
