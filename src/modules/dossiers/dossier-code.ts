/**
 * Mã số hồ sơ (Decree 61/2018 art. 26; Circular 01/2018 art. 19; RULES.md §1.4 [H]):
 * `V1V2V3.Z1Z2.Y1Y2.MX1X2-YYMMDD-XXXX` — the receiving agency's QCVN 102:2016/BTTTT code, the date received
 * (Vietnamese calendar date), and a 4-digit sequence within that agency's day. Pure helpers; the sequence itself
 * comes from the daily counter (code-counter.ts).
 */

/** An agency code of the QCVN 102 shape: V1V2V3.Z1Z2.Y1Y2.MX1X2, e.g. 000.00.12.H12. */
export const AGENCY_CODE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}$/;
export const DOSSIER_CODE = /^[0-9A-Z]{3}\.[0-9A-Z]{2}\.[0-9A-Z]{2}\.[A-Z][0-9A-Z]{2}-\d{6}-\d{4}$/;
export const MAX_DAILY_SEQUENCE = 9999;

/** The code for the `sequence`th dossier an agency received on `day` ('YYYY-MM-DD', Vietnamese date). */
export function formatDossierCode(agencyCode: string, day: string, sequence: number): string {
  if (!AGENCY_CODE.test(agencyCode)) throw new Error(`not a QCVN 102 agency code: ${agencyCode}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a date: ${day}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_DAILY_SEQUENCE)
    throw new Error(`the daily sequence runs from 1 to ${MAX_DAILY_SEQUENCE}, got ${sequence}`);
  const yymmdd = day.slice(2, 4) + day.slice(5, 7) + day.slice(8, 10);
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

export interface ParsedDossierCode {
  agencyCode: string;
  /** 'YYMMDD' as printed. */
  yymmdd: string;
  sequence: number;
}

export function parseDossierCode(code: string): ParsedDossierCode | undefined {
  const text = code.trim().toUpperCase();
  if (!DOSSIER_CODE.test(text)) return undefined;
  const [agencyCode, yymmdd, seq] = text.split('-') as [string, string, string];
  return { agencyCode, yymmdd, sequence: Number(seq) };
}
