import { zipEntryNames } from './zip-entries.js';

/**
 * The kinds of upload a dossier accepts (issue 6 §6: "PDF, JPEG, PNG, DOCX"), each recognised by its own bytes —
 * never by the file name or the Content-Type a client sends, both of which the client chooses.
 */
export const MEDIA_TYPES = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;
export type MediaType = (typeof MEDIA_TYPES)[keyof typeof MEDIA_TYPES];

/** The usual file extension of each accepted type, for download names. */
export const EXTENSIONS: Record<MediaType, string> = {
  [MEDIA_TYPES.pdf]: 'pdf',
  [MEDIA_TYPES.jpeg]: 'jpg',
  [MEDIA_TYPES.png]: 'png',
  [MEDIA_TYPES.docx]: 'docx',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** `%PDF-` (ISO 32000-1 §7.5.2, the file header). */
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d];
/** SOI marker followed by the first marker's 0xFF (ITU-T T.81 Annex B). */
const JPEG = [0xff, 0xd8, 0xff];
/** The full 8-byte PNG signature (ISO/IEC 15948 §5.2). */
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A ZIP local file header, `PK\x03\x04` (APPNOTE.TXT §4.3.7): how every OOXML package begins. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/** The accepted media type these bytes are, or undefined when they are none of them. */
export function detectMediaType(bytes: Uint8Array): MediaType | undefined {
  if (startsWith(bytes, PDF)) return MEDIA_TYPES.pdf;
  if (startsWith(bytes, JPEG)) return MEDIA_TYPES.jpeg;
  if (startsWith(bytes, PNG)) return MEDIA_TYPES.png;
  if (startsWith(bytes, ZIP) && isDocx(bytes)) return MEDIA_TYPES.docx;
  return undefined;
}

/**
 * A WordprocessingML package (ECMA-376 Part 1 §11.3.10): a ZIP holding `word/document.xml`. One that also holds
 * `word/vbaProject.bin` carries macros (a .docm renamed) and is refused: a citizen's upload is never executable.
 */
function isDocx(bytes: Uint8Array): boolean {
  const names = zipEntryNames(bytes);
  if (!names) return false;
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return lower.has('word/document.xml') && !lower.has('word/vbaproject.bin');
}
