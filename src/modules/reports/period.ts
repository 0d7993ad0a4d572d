/**
 * The period of a report: a year `2025`, a quarter `2025-Q3`, a month `2025-07` (the feedback module's
 * periods), or custom days `from`–`to` (both included). Days are Vietnam days (UTC+7).
 */
import type { Message } from '../../platform/http/messages.js';
import { monthsOf, parsePeriod } from '../feedback/index.js';
import { msg } from './messages.js';

export interface ReportPeriod {
  label: string;
  kind: 'year' | 'quarter' | 'month' | 'custom';
  /** First day, YYYY-MM-DD. */
  from: string;
  /** Last day, YYYY-MM-DD (included). */
  to: string;
  /** Months the period touches, YYYY-MM. */
  months: string[];
  /** Whether the period is whole months (the procedure and field rollup is monthly). */
  wholeMonths: boolean;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function isDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

const lastDayOfMonth = (day: string) => addDays(`${nextMonth(day.slice(0, 7))}-01`, -1);

function nextMonth(month: string): string {
  const [y, m] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** A period from a label or from two days; undefined (with the reason) when it is not one. */
export function resolvePeriod(input: {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}): { ok: true; value: ReportPeriod } | { ok: false; field: string; message: Message } {
  if (input.period) {
    const p = parsePeriod(input.period);
    if (!p) return { ok: false, field: 'period', message: msg('reports.periodLabel') };
    const kind = input.period.includes('Q') ? 'quarter' : input.period.length === 7 ? 'month' : 'year';
    return {
      ok: true,
      value: {
        label: p.label,
        kind,
        from: p.from,
        to: addDays(p.to, -1),
        months: monthsOf(p),
        wholeMonths: true,
      },
    };
  }
  if (!input.from || !input.to)
    return {
      ok: false,
      field: 'period',
      message: msg('reports.periodNeeded'),
    };
  if (!isDay(input.from)) return { ok: false, field: 'from', message: msg('reports.dayFormat') };
  if (!isDay(input.to)) return { ok: false, field: 'to', message: msg('reports.dayFormat') };
  if (input.to < input.from) return { ok: false, field: 'to', message: msg('reports.endsBeforeStart') };
  if (addDays(input.from, 366 * 10) < input.to)
    return { ok: false, field: 'to', message: msg('reports.atMostTenYears') };
  const months: string[] = [];
  for (let m = input.from.slice(0, 7); m <= input.to.slice(0, 7); m = nextMonth(m)) months.push(m);
  return {
    ok: true,
    value: {
      label: `${input.from}..${input.to}`,
      kind: 'custom',
      from: input.from,
      to: input.to,
      months,
      wholeMonths: input.from.endsWith('-01') && lastDayOfMonth(input.to) === input.to,
    },
  };
}
