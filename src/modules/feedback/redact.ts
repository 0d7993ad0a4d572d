/**
 * Removing personal data before a PAKN is shown on public pages, in Open311 answers or in exports (Decree
 * 13/2023/NĐ-CP on personal data; Decree 20/2008 art. 14 publishes the result, not the person): e-mail
 * addresses, phone numbers, identity-card numbers (9 or 12 digits) and the submitter's own name.
 */
export const REDACTED = '[đã ẩn]';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
/** Vietnamese numbers: 0 or +84 / 84, then 8–10 more digits, with optional spaces, dots or dashes. */
const PHONE = /(?<![\p{N}])(?:\+?84|0)(?:[\s.-]?\d){8,10}(?![\p{N}])/gu;
/** CMND (9 digits) or CCCD / personal identification number (12 digits). */
const ID_NUMBER = /(?<![\p{N}])(?:\d{12}|\d{9})(?![\p{N}])/gu;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The text with personal data replaced by `[đã ẩn]`; `names` (the submitter's) are removed wherever they appear. */
export function redactPersonalData(
  text: string,
  names: ReadonlyArray<string | null | undefined> = [],
): string {
  let out = text
    .normalize('NFC')
    .replace(EMAIL, REDACTED)
    .replace(PHONE, REDACTED)
    .replace(ID_NUMBER, REDACTED);
  for (const name of names) {
    const clean = name?.normalize('NFC').trim();
    if (!clean || clean.length < 3) continue;
    const pattern = clean.split(/\s+/).map(escapeRegExp).join('\\s+');
    out = out.replace(new RegExp(`(?<![\\p{L}])${pattern}(?![\\p{L}])`, 'giu'), REDACTED);
  }
  return out;
}
