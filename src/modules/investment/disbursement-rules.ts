/**
 * When and how much a plan year's capital may be paid. Pure: the record and import use cases both ask here.
 * - Law on Public Investment 58/2024/QH15 art. 72(1): a year's plan is carried out and disbursed until
 *   31 January of the next year. An extension beyond it (art. 72(2)) is a separate decision, not modelled yet.
 * - A payment is not dated in the future.
 * - Paying more than the year's plan for a source needs a note saying why (issue 9: "a disbursement above the
 *   plan without a note" is refused).
 */
import { formatDay } from '../../platform/formats.js';
import { type FieldError, fieldError } from '../../platform/result.js';
import { msg } from './messages.js';
import { groupDigits } from './money.js';

export function planYearWindow(year: number): { start: string; end: string } {
  return { start: `${year}-01-01`, end: `${year + 1}-01-31` };
}

export interface DisbursementCheck {
  planYear: number;
  disbursedOn: string;
  today: string;
  amount: bigint;
  /** The year's capital plan for this source, or null when the project has none. */
  plan: bigint | null;
  /** Already paid from that plan (not cancelled). */
  alreadyPaid: bigint;
  note: string | null;
}

export function disbursementProblems(c: DisbursementCheck, field = (name: string) => name): FieldError[] {
  const errors: FieldError[] = [];
  const window = planYearWindow(c.planYear);
  if (c.disbursedOn < window.start || c.disbursedOn > window.end)
    errors.push(
      fieldError(
        field('disbursedOn'),
        msg('investment.paidOutsideWindow', {
          year: c.planYear,
          start: formatDay(window.start),
          end: formatDay(window.end),
          day: formatDay(c.disbursedOn),
        }),
      ),
    );
  if (c.disbursedOn > c.today)
    errors.push(
      fieldError(
        field('disbursedOn'),
        msg('investment.paidAfterToday', { day: formatDay(c.disbursedOn), today: formatDay(c.today) }),
      ),
    );
  if (c.amount <= 0n) errors.push(fieldError(field('amount'), msg('investment.amountAboveZero')));
  if (c.plan === null)
    errors.push(fieldError(field('source'), msg('investment.noPlanFromSource', { year: c.planYear })));
  else if (c.alreadyPaid + c.amount > c.plan && !c.note)
    errors.push(
      fieldError(
        field('note'),
        msg('investment.abovePlan', {
          year: c.planYear,
          paid: groupDigits(c.alreadyPaid + c.amount),
          plan: groupDigits(c.plan),
        }),
      ),
    );
  return errors;
}

/** The same calendar day a year earlier (29 February → 28 February). */
export function sameDayLastYear(date: string): string {
  const year = Number(date.slice(0, 4)) - 1;
  const monthDay = date.slice(5);
  if (monthDay === '02-29') return `${year}-02-28`;
  return `${year}-${monthDay}`;
}

export function monthEnd(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
}
