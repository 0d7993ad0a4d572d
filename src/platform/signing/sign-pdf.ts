import { createHash } from 'node:crypto';
import { nfc } from '../text.js';
import { formatLocal } from '../vietnam-time.js';
import { buildSignedData } from './cms.js';
import {
  arrayItems,
  type CrossReference,
  PdfSyntaxError,
  parseRef,
  type Ref,
  readCrossReference,
  readDict,
  readObjectDict,
  readObjectValue,
  refText,
  textString,
  writeDict,
} from './pdf-syntax.js';
import type { SignerKey } from './signer-keys.js';

export interface SignatureDetails {
  /** Lý do ký, e.g. "Phê duyệt kết quả giải quyết hồ sơ". */
  reason: string;
  /** Nơi ký, e.g. "Cao Bằng". */
  location: string;
  /** The signer's name as shown by readers (defaults to the certificate's common name). */
  name?: string;
  contactInfo?: string;
}

/**
 * Room for the CMS: a chain of up to four certificates, the attributes, the signature and a timestamp token with
 * its TSA's certificates fit in ~12 KiB; the rest is zero padding (ISO 32000-1 §12.8.3.3).
 */
const CONTENTS_BYTES = 16384;
const RANGE_PLACEHOLDER = '[0 9999999999 9999999999 9999999999]';

/** PDF date in Vietnam time (ISO 32000-1 §7.9.4): D:YYYYMMDDHHmmSS+07'00'. */
export function pdfDate(at: Date): string {
  const digits = formatLocal(at.getTime()).slice(0, 19).replace(/[-T:]/g, '');
  return `(D:${digits}+07'00')`;
}

function resolveArray(s: string, xref: CrossReference, raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const ref = parseRef(raw);
  return arrayItems(ref ? readObjectValue(s, xref, ref) : raw);
}

function resolveDict(s: string, xref: CrossReference, raw: string | undefined): Map<string, string> {
  if (raw === undefined) return new Map();
  const ref = parseRef(raw);
  return ref ? readObjectDict(s, xref, ref) : readDict(raw, 0).entries;
}

function firstPage(s: string, xref: CrossReference, pages: Ref): Ref {
  let node = pages;
  for (let depth = 0; depth < 32; depth++) {
    const dict = readObjectDict(s, xref, node);
    if (dict.get('Type') === '/Page') return node;
    const first = parseRef(resolveArray(s, xref, dict.get('Kids'))[0]);
    if (!first) throw new PdfSyntaxError('the page tree has no pages');
    node = first;
  }
  throw new PdfSyntaxError('the page tree is too deep');
}

/**
 * Append a signature field and an empty signature (an incremental update, ISO 32000-1 §7.5.6, so the bytes signed
 * before stay as they were), returning the document and where its /Contents hole is.
 */
export function addSignaturePlaceholder(
  pdf: Buffer,
  details: SignatureDetails & { name: string },
  signedAt: Date,
): { pdf: Buffer; contentsStart: number; contentsEnd: number } {
  const s = pdf.toString('latin1');
  const xref = readCrossReference(s);
  if (xref.trailer.has('Encrypt')) throw new PdfSyntaxError('encrypted documents cannot be signed here');
  const rootRef = parseRef(xref.trailer.get('Root'));
  if (!rootRef) throw new PdfSyntaxError('the trailer names no catalog');
  const catalog = readObjectDict(s, xref, rootRef);
  const pagesRef = parseRef(catalog.get('Pages'));
  if (!pagesRef) throw new PdfSyntaxError('the catalog names no pages');
  const pageRef = firstPage(s, xref, pagesRef);
  const page = readObjectDict(s, xref, pageRef);
  const size = Number(xref.trailer.get('Size'));
  if (!Number.isInteger(size) || size <= 0) throw new PdfSyntaxError('the trailer has no /Size');

  const sigRef: Ref = { num: size, gen: 0 };
  const widgetRef: Ref = { num: size + 1, gen: 0 };
  const acroForm = resolveDict(s, xref, catalog.get('AcroForm'));
  const fields = resolveArray(s, xref, acroForm.get('Fields'));
  acroForm.set('Fields', `[${[...fields, refText(widgetRef)].join(' ')}]`);
  acroForm.set('SigFlags', '3'); // SignaturesExist | AppendOnly (§12.7.2)
  catalog.set('AcroForm', writeDict(acroForm));
  page.set('Annots', `[${[...resolveArray(s, xref, page.get('Annots')), refText(widgetRef)].join(' ')}]`);

  const signature = new Map<string, string>([
    ['Type', '/Sig'],
    ['Filter', '/Adobe.PPKLite'],
    ['SubFilter', '/ETSI.CAdES.detached'],
    ['ByteRange', RANGE_PLACEHOLDER],
    ['Contents', `<${'0'.repeat(CONTENTS_BYTES * 2)}>`],
    ['Reason', textString(nfc(details.reason))],
    ['Location', textString(nfc(details.location))],
    ['Name', textString(nfc(details.name))],
    ['M', pdfDate(signedAt)],
    ['Prop_Build', '<</App <</Name /tinhso>>>>'],
  ]);
  if (details.contactInfo) signature.set('ContactInfo', textString(nfc(details.contactInfo)));
  // An invisible widget (§12.7.4.5): the document itself carries the printed signature block.
  const widget = new Map<string, string>([
    ['Type', '/Annot'],
    ['Subtype', '/Widget'],
    ['FT', '/Sig'],
    ['Rect', '[0 0 0 0]'],
    ['V', refText(sigRef)],
    ['T', textString(`Signature${fields.length + 1}`)],
    ['F', '132'], // Print | Locked
    ['P', refText(pageRef)],
  ]);

  let out = s.endsWith('\n') ? s : `${s}\n`;
  const written: Array<{ ref: Ref; offset: number }> = [];
  for (const [ref, dict] of [
    [sigRef, signature],
    [widgetRef, widget],
    [pageRef, page],
    [rootRef, catalog],
  ] as const) {
    written.push({ ref, offset: out.length });
    out += `${ref.num} ${ref.gen} obj\n${writeDict(dict)}\nendobj\n`;
  }
  const xrefOffset = out.length;
  out += 'xref\n';
  for (const { ref, offset } of written.sort((a, b) => a.ref.num - b.ref.num)) {
    out += `${ref.num} 1\n${String(offset).padStart(10, '0')} ${String(ref.gen).padStart(5, '0')} n\r\n`;
  }
  const trailer = new Map(xref.trailer);
  trailer.delete('XRefStm');
  trailer.set('Size', String(Math.max(size, widgetRef.num + 1)));
  trailer.set('Prev', String(xref.startxref));
  out += `trailer\n${writeDict(trailer)}\nstartxref\n${xrefOffset}\n%%EOF\n`;

  const contentsStart =
    out.lastIndexOf(`/Contents <${'0'.repeat(CONTENTS_BYTES * 2)}>`) + '/Contents '.length;
  const contentsEnd = contentsStart + CONTENTS_BYTES * 2 + 2;
  const range = `[0 ${contentsStart} ${contentsEnd} ${out.length - contentsEnd}]`;
  const rangeAt = out.lastIndexOf(`/ByteRange ${RANGE_PLACEHOLDER}`) + '/ByteRange '.length;
  // Same length as the placeholder, so no offset moves (ISO 32000-1 §12.8.1: ByteRange excludes only Contents).
  out =
    out.slice(0, rangeAt) +
    range.padEnd(RANGE_PLACEHOLDER.length, ' ') +
    out.slice(rangeAt + RANGE_PLACEHOLDER.length);
  return { pdf: Buffer.from(out, 'latin1'), contentsStart, contentsEnd };
}

/** Sign with the signer's key: placeholder, SHA-256 over the byte ranges, CMS into /Contents. */
export async function signWithKey(
  pdf: Buffer,
  key: SignerKey,
  details: SignatureDetails,
  signedAt: Date,
  timestamp?: (signatureValue: Buffer) => Promise<Buffer>,
): Promise<Buffer> {
  const prepared = addSignaturePlaceholder(
    pdf,
    { ...details, name: details.name ?? key.commonName },
    signedAt,
  );
  const bytes = prepared.pdf;
  const digest = createHash('sha256')
    .update(bytes.subarray(0, prepared.contentsStart))
    .update(bytes.subarray(prepared.contentsEnd))
    .digest();
  const cms = await buildSignedData({
    digest,
    signer: key.certificate,
    chain: key.chain,
    sign: key.sign,
    ...(timestamp ? { timestamp } : {}),
  });
  const hex = cms.toString('hex').toUpperCase();
  if (hex.length > CONTENTS_BYTES * 2)
    throw new Error(`the signature (${cms.length} bytes) exceeds its placeholder`);
  bytes.write(hex, prepared.contentsStart + 1, 'latin1');
  return bytes;
}
