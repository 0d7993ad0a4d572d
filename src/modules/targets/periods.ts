/**
 * Reporting periods of a year, as provincial reports name them: a month, a quarter, the first 6 months, the first
 * 9 months, the whole year ("tháng", "quý", "6 tháng", "9 tháng", "cả năm"). Periods of 6 and 9 months and the
 * year run from 1 January: their values are cumulative ("9 tháng đầu năm"). Pure: no database.
 */

export const PERIODS = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  '9M',
  'Y',
] as const;
export type Period = (typeof PERIODS)[number];

export type PeriodKind = 'month' | 'quarter' | 'half' | 'nine_months' | 'year';

export function isPeriod(value: string): value is Period {
  return (PERIODS as readonly string[]).includes(value);
}

export function periodKind(period: Period): PeriodKind {
  if (period.startsWith('M')) return 'month';
  if (period.startsWith('Q')) return 'quarter';
  if (period === 'H1') return 'half';
  if (period === '9M') return 'nine_months';
  return 'year';
}

/** The first and last month (1–12) a period covers. */
export function periodMonths(period: Period): { first: number; last: number } {
  switch (periodKind(period)) {
    case 'month': {
      const m = Number(period.slice(1));
      return { first: m, last: m };
    }
    case 'quarter': {
      const q = Number(period.slice(1));
      return { first: 3 * q - 2, last: 3 * q };
    }
    case 'half':
      return { first: 1, last: 6 };
    case 'nine_months':
      return { first: 1, last: 9 };
    case 'year':
      return { first: 1, last: 12 };
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The first and last day of a period of a year, as 'YYYY-MM-DD'. */
export function periodDates(year: number, period: Period): { start: string; end: string } {
  const { first, last } = periodMonths(period);
  return {
    start: `${year}-${pad(first)}-01`,
    end: `${year}-${pad(last)}-${pad(lastDayOfMonth(year, last))}`,
  };
}

/** Periods in reading order within a year: by their last month, the longer first on the same month. */
export function comparePeriods(a: Period, b: Period): number {
  const ma = periodMonths(a);
  const mb = periodMonths(b);
  if (ma.last !== mb.last) return ma.last - mb.last;
  return mb.last - mb.first - (ma.last - ma.first);
}

/** Vietnamese and English names, for the UI, CSV and CLI. */
export function periodLabel(period: Period, language: 'vi' | 'en' = 'vi'): string {
  const kind = periodKind(period);
  const n = Number(period.slice(1));
  if (language === 'en') {
    if (kind === 'month') return `month ${n}`;
    if (kind === 'quarter') return `Q${n}`;
    if (kind === 'half') return 'first 6 months';
    if (kind === 'nine_months') return 'first 9 months';
    return 'year';
  }
  if (kind === 'month') return `tháng ${n}`;
  if (kind === 'quarter') return `quý ${['I', 'II', 'III', 'IV'][n - 1]}`;
  if (kind === 'half') return '6 tháng đầu năm';
  if (kind === 'nine_months') return '9 tháng đầu năm';
  return 'cả năm';
}
