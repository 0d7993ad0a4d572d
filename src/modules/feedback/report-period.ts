/**
 * Reporting periods (pure): a year `2025`, a quarter `2025-Q3` or a month `2025-07`, as Vietnamese calendar
 * days [from, to) and the instants they start and end at (UTC+7), with the period just before of the same kind
 * (the "petitions up 7.5% year on year" comparison).
 */
import { vietnamInstant } from '../../platform/vietnam-time.js';

export interface Period {
  label: string;
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Day after the last day, YYYY-MM-DD (exclusive). */
  to: string;
  fromInstant: Date;
  toInstant: Date;
}

const PERIOD = /^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

function ymd(year: number, month: number): string {
  const y = year + Math.floor((month - 1) / 12);
  const m = ((((month - 1) % 12) + 12) % 12) + 1;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-01`;
}

function make(label: string, from: string, to: string): Period {
  return {
    label,
    from,
    to,
    fromInstant: vietnamInstant(from),
    toInstant: vietnamInstant(to),
  };
}

/** The period a label names; undefined when it is not one. */
export function parsePeriod(label: string): Period | undefined {
  const m = PERIOD.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return make(label, ymd(year, q * 3 - 2), ymd(year, q * 3 + 1));
  }
  if (m[3]) {
    const month = Number(m[3]);
    return make(label, ymd(year, month), ymd(year, month + 1));
  }
  return make(label, ymd(year, 1), ymd(year + 1, 1));
}

/** The period of the same kind just before: 2024 for 2025, 2025-Q2 for 2025-Q3, 2025-06 for 2025-07. */
export function previousPeriod(label: string): Period | undefined {
  const m = PERIOD.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2]) {
    const q = Number(m[2]);
    return parsePeriod(q === 1 ? `${year - 1}-Q4` : `${year}-Q${q - 1}`);
  }
  if (m[3]) {
    const month = Number(m[3]);
    return parsePeriod(month === 1 ? `${year - 1}-12` : `${year}-${String(month - 1).padStart(2, '0')}`);
  }
  return parsePeriod(String(year - 1));
}

/** The months a period spans, YYYY-MM. */
export function monthsOf(period: Period): string[] {
  const months: string[] = [];
  let [y, m] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  while (ymd(y, m) < period.to) {
    months.push(ymd(y, m).slice(0, 7));
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return months;
}

/** Relative change from `previous` to `current` (0.075 = +7.5%); null when there was nothing before. */
export function change(current: number, previous: number): number | null {
  return previous === 0 ? null : (current - previous) / previous;
}
