/**
 * Số văn bản — the next number in an agency's register of result documents for a year (Decree 30/2020 art.
 * 15(1)–(3): from 01 on 1 January, unique per body and year, e-documents numbered by the system), and the
 * verification code printed beside the QR. The counter row is incremented under its row lock inside the issuing
 * transaction: a concurrent issue waits, a rolled-back issue gives its number back — no gaps, no duplicates.
 */
import { randomInt } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { resultRegisters } from './schema.js';

export async function nextResultNumber(
  tx: Executor,
  register: { agencyId: string; provinceCode: string; year: number },
): Promise<number> {
  const [row] = await tx
    .insert(resultRegisters)
    .values({ ...register, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [resultRegisters.agencyId, resultRegisters.year],
      set: { lastNumber: sql`${resultRegisters.lastNumber} + 1` },
    })
    .returning({ n: resultRegisters.lastNumber });
  return row!.n;
}

/** Letters and digits a person cannot misread (no 0/O, 1/I/L). */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A verification code such as "K7Q2M-9XWPD": 50 bits, typed beside the number on the public page. */
export function newVerificationCode(): string {
  const chars = Array.from({ length: 10 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** A typed code as stored: upper-cased, the dash where it belongs, look-alike letters read as the code's. */
export function normaliseCode(typed: string): string {
  const clean = typed
    .toUpperCase()
    .replace(/[^0-9A-Z]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return clean.length === 10 ? `${clean.slice(0, 5)}-${clean.slice(5)}` : clean;
}

/** How the number is printed: "15/2026/GKS", or for a civil-status book "Số: 15 — Quyển số: 01/2026". */
export function numberText(n: number, year: number, symbol: string, book: boolean): string {
  return book ? `${n}, quyển số 01/${year}` : `${String(n).padStart(2, '0')}/${year}/${symbol}`;
}
