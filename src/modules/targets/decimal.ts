/**
 * Exact decimals for plan and reported values (PostgreSQL `numeric(20,4)` as strings): compared and subtracted
 * as integers of ten-thousandths, so "11.0" and "11" are equal and no float rounding decides "met" or "not met".
 */

export const SCALE = 4;
const FACTOR = 10n ** BigInt(SCALE);
/** numeric(20,4): at most 16 digits before the point. */
const PATTERN = /^-?\d{1,16}(\.\d{1,4})?$/;

export function isDecimal(text: string): boolean {
  return PATTERN.test(text);
}

/** A JSON number or a decimal string as the canonical text stored (no exponent, at most 4 decimals), or null. */
export function toDecimalText(value: number | string): string | null {
  let text: string;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    // Up to 4 decimals exactly as written: 11.5 → "11.5"; 1e21 or 0.00001 do not fit numeric(20,4).
    text = String(value);
    if (/e/i.test(text)) return null;
  } else {
    text = value.trim();
  }
  if (!PATTERN.test(text)) return null;
  return normalise(text);
}

/** Scaled integer: "12.5" → 125000n. */
export function scaled(text: string): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const value = BigInt(whole) * FACTOR + BigInt(fraction.padEnd(SCALE, '0').slice(0, SCALE) || '0');
  return negative ? -value : value;
}

export function fromScaled(value: bigint): string {
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const whole = abs / FACTOR;
  const fraction = (abs % FACTOR).toString().padStart(SCALE, '0').replace(/0+$/, '');
  const text = fraction ? `${whole}.${fraction}` : `${whole}`;
  return negative && abs !== 0n ? `-${text}` : text;
}

/** The shortest text of a decimal: "11.5000" → "11.5", "-0" → "0". */
export function normalise(text: string): string {
  return fromScaled(scaled(text));
}

export function compare(a: string, b: string): number {
  const x = scaled(a);
  const y = scaled(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function subtract(a: string, b: string): string {
  return fromScaled(scaled(a) - scaled(b));
}

export function isWhole(text: string): boolean {
  return scaled(text) % FACTOR === 0n;
}

/** a / b × 100, to two decimals (a number for display, computed at read time); null when b ≤ 0. */
export function percentOf(a: string, b: string): number | null {
  const denominator = scaled(b);
  if (denominator <= 0n) return null;
  const hundredths = (scaled(a) * 10_000n) / denominator;
  return Number(hundredths) / 100;
}
