/**
 * Money is integer đồng (`bigint`, STYLE.md): parsed from digit strings, summed as BigInt, sent as decimal strings
 * (JSON numbers lose digits past 2^53). Rates are computed at read time from the two sums, never stored.
 */

/** Up to 10^18 đồng: more than any budget, inside PostgreSQL's bigint. */
const AMOUNT = /^\d{1,18}$/;

/** A whole number of đồng from "1250000000" (or a safe JSON integer), or null. */
export function parseAmount(value: string | number): bigint | null {
  if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? BigInt(value) : null;
  const text = value.trim();
  return AMOUNT.test(text) ? BigInt(text) : null;
}

export function sum(values: Iterable<bigint>): bigint {
  let total = 0n;
  for (const v of values) total += v;
  return total;
}

/** part / whole × 100 with two decimals (e.g. 58.3), or null without a plan. */
export function rate(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  return Number((part * 10_000n) / whole) / 100;
}

/** Percentage points of `whole` that `part` represents, signed (for "behind plan by N points"). */
export function points(part: bigint, whole: bigint): number | null {
  if (whole <= 0n) return null;
  const scaled = (part * 10_000n) / whole;
  return Number(scaled) / 100;
}

/** "12.345.678.000" → as Vietnamese documents group digits (for CSV and CLI lines meant for people). */
export function groupDigits(value: bigint): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString();
  return `${negative ? '-' : ''}${digits.replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
}

/** Millions of đồng with one decimal, the unit monthly reports use ("triệu đồng"). */
export function millions(value: bigint): string {
  const tenths = (value + (value >= 0n ? 50_000n : -50_000n)) / 100_000n;
  const whole = tenths / 10n;
  const fraction = (tenths < 0n ? -tenths : tenths) % 10n;
  return `${whole}.${fraction}`;
}
