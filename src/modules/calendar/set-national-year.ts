/**
 * Set or correct a year of the national calendar: its official notices and every day off and make-up Saturday
 * they fix (Labour Code 2019 art. 112(3): the Prime Minister decides each year's Tết days and National Day's
 * second day; a notice may swap a weekday off for a Saturday worked). The year's national rows are replaced as
 * a whole, so the year is then read from this notice data alone. System administrators with national scope.
 */
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  type DomainError,
  type FieldError,
  codedFieldError as field,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { checkDate, FIRST_YEAR, isWeeklyRestDay, LAST_YEAR, text, yearInRange } from './calendar-input.js';
import { bumpRevision, changeCalendar } from './calendar-store.js';
import { type IsoDate, yearOf } from './dates.js';
import { msg } from './messages.js';
import { authorizeCalendarChange } from './policy.js';
import { describeYear, type YearView } from './read-calendar.js';
import { type Confidence, type DayOffReason, days, notices } from './schema.js';

export interface NationalNoticeInput {
  /** e.g. `6150/TB-BLĐTBXH`; leave out when the number is not known. */
  number?: string | null | undefined;
  issued?: IsoDate | null | undefined;
  issuer: string;
  /** What the notice fixes, in Vietnamese. */
  covers: string;
  reportedBy?: string | null | undefined;
  /** RULES.md confidence; default H (read in the notice itself). */
  confidence?: Confidence | undefined;
}

export interface NationalDayInput {
  date: IsoDate;
  kind: 'day_off' | 'make_up_workday';
  /** For a day off: holiday (art. 112(1)), compensatory (art. 111(3)) or swapped (for a Saturday worked). */
  reason?: DayOffReason | null | undefined;
  name: string;
  /** The number of the notice in `notices` that fixes this day. */
  notice?: string | null | undefined;
  /** The basis as people cite it; defaults to the notice. */
  source?: string | null | undefined;
  /** True when not yet read in an official notice. */
  provisional?: boolean | undefined;
}

export interface SetNationalYearInput {
  year: number;
  notices: NationalNoticeInput[];
  days: NationalDayInput[];
}

interface CleanNotice {
  number: string | null;
  issued: IsoDate | null;
  issuer: string;
  covers: string;
  reportedBy: string;
  confidence: Confidence;
}

interface CleanDay {
  date: IsoDate;
  kind: 'day_off' | 'make_up_workday';
  reason: DayOffReason | null;
  name: string;
  notice: string | null;
  source: string;
  provisional: boolean;
}

/** Check a year's input; every problem at once, each on its field. Pure. */
export function checkNationalYear(
  input: SetNationalYearInput,
): { ok: true; notices: CleanNotice[]; days: CleanDay[] } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const year = input.year;
  if (!yearInRange(year))
    errors.push(field('year', msg('calendar.yearOutOfRange', { first: FIRST_YEAR, last: LAST_YEAR })));
  if (input.notices.length === 0) {
    errors.push(field('notices', msg('calendar.noticeRequired')));
  }
  const numbers = new Map<string, number>();
  const cleanNotices = input.notices.map((n, i): CleanNotice => {
    const number = text(n.number);
    if (number !== null) {
      if (numbers.has(number)) errors.push(field(`notices.${i}.number`, msg('calendar.listedTwice')));
      numbers.set(number, i);
    }
    const issued = text(n.issued);
    const badIssued = issued === null ? undefined : checkDate(`notices.${i}.issued`, issued);
    if (badIssued) errors.push(badIssued);
    const issuer = text(n.issuer);
    if (issuer === null) errors.push(field(`notices.${i}.issuer`, msg('calendar.required')));
    const covers = text(n.covers);
    if (covers === null) errors.push(field(`notices.${i}.covers`, msg('calendar.required')));
    return {
      number,
      issued,
      issuer: issuer ?? '',
      covers: covers ?? '',
      reportedBy: text(n.reportedBy) ?? '',
      confidence: n.confidence ?? 'H',
    };
  });
  if (input.days.length === 0) errors.push(field('days', msg('calendar.daysRequired')));
  const seen = new Set<string>();
  const cleanDays = input.days.map((d, i): CleanDay => {
    const at = (field: string) => `days.${i}.${field}`;
    const bad = checkDate(at('date'), d.date);
    if (bad) errors.push(bad);
    else if (yearOf(d.date) !== year)
      errors.push(field(at('date'), msg('calendar.dateOutsideYear', { year })));
    else if (seen.has(d.date)) errors.push(field(at('date'), msg('calendar.listedTwice')));
    else if (d.kind === 'make_up_workday' && !isWeeklyRestDay(d.date)) {
      errors.push(field(at('date'), msg('calendar.makeUpWeekday')));
    } else if (d.kind === 'day_off' && isWeeklyRestDay(d.date) && d.reason !== 'holiday') {
      // Only a statutory holiday is recorded on a rest day: it explains its art. 111(3) make-up day off.
      errors.push(field(at('date'), msg('calendar.weekend')));
    }
    seen.add(d.date);
    if (d.kind === 'day_off' && !d.reason) errors.push(field(at('reason'), msg('calendar.reasonRequired')));
    if (d.kind === 'make_up_workday' && d.reason) {
      errors.push(field(at('reason'), msg('calendar.reasonOnlyDayOff')));
    }
    const name = text(d.name);
    if (name === null) errors.push(field(at('name'), msg('calendar.required')));
    const notice = text(d.notice);
    const cited = notice === null ? undefined : cleanNotices[numbers.get(notice) ?? -1];
    if (notice !== null && !cited) {
      errors.push(field(at('notice'), msg('calendar.unknownNotice')));
    }
    const source =
      text(d.source) ??
      (cited ? `${cited.number} (${cited.issuer}${cited.issued ? `, ${cited.issued}` : ''})` : null);
    if (source === null && notice === null) {
      errors.push(field(at('source'), msg('calendar.noticeOrSource')));
    }
    return {
      date: d.date,
      kind: d.kind,
      reason: d.kind === 'day_off' ? (d.reason ?? 'holiday') : null,
      name: name ?? '',
      notice,
      source: source ?? '',
      provisional: d.provisional ?? false,
    };
  });
  return errors.length > 0
    ? { ok: false, errors }
    : { ok: true, notices: cleanNotices, days: cleanDays.sort((a, b) => a.date.localeCompare(b.date)) };
}

async function nationalYearRows(db: Executor, year: number) {
  // One query after another: `db` may be a transaction, whose connection takes one query at a time.
  const noticeRows = await db
    .select()
    .from(notices)
    .where(and(eq(notices.year, year), isNull(notices.provinceCode)))
    .orderBy(asc(notices.position));
  const dayRows = await db
    .select()
    .from(days)
    .where(and(eq(days.year, year), isNull(days.provinceCode)))
    .orderBy(asc(days.date));
  const numbers = new Map(noticeRows.map((n) => [n.id, n.number]));
  return {
    notices: noticeRows.map((n) => ({
      number: n.number,
      issued: n.issued,
      issuer: n.issuer,
      covers: n.covers,
    })),
    days: dayRows.map((d) => ({
      date: d.date,
      kind: d.kind,
      reason: d.reason,
      name: d.name,
      notice: d.noticeId ? (numbers.get(d.noticeId) ?? null) : null,
      provisional: d.provisional,
    })),
  };
}

/** Set or correct a national year (see the module comment). Answers with the year as it now reads. */
export async function setNationalYear(
  ctx: Ctx,
  input: SetNationalYearInput,
): Promise<Result<YearView, DomainError>> {
  const allowed = authorizeCalendarChange(ctx.actor, { action: 'calendar.national.write' });
  if (!allowed.ok) return allowed;
  const checked = checkNationalYear(input);
  if (!checked.ok) {
    const count = checked.errors.length;
    return invalidBecause(msg('calendar.yearInvalid', { year: input.year, count }), checked.errors);
  }
  const year = input.year;
  const written = await changeCalendar<number, DomainError>(ctx.db, async (tx) => {
    await bumpRevision(tx, ctx.now);
    const before = await nationalYearRows(tx, year);
    await tx.delete(days).where(and(eq(days.year, year), isNull(days.provinceCode)));
    await tx.delete(notices).where(and(eq(notices.year, year), isNull(notices.provinceCode)));
    const noticeRows = checked.notices.map((n, position) => ({
      id: newId(),
      year,
      provinceCode: null,
      ...n,
      position,
      origin: 'admin' as const,
      updatedAt: ctx.now,
    }));
    const idOf = new Map(noticeRows.filter((n) => n.number !== null).map((n) => [n.number, n.id]));
    await tx.insert(notices).values(noticeRows);
    await tx.insert(days).values(
      checked.days.map((d) => ({
        id: newId(),
        date: d.date,
        year,
        provinceCode: null,
        kind: d.kind,
        reason: d.reason,
        name: d.name,
        source: d.source,
        noticeId: d.notice === null ? null : (idOf.get(d.notice) ?? null),
        provisional: d.provisional,
        origin: 'admin' as const,
        updatedAt: ctx.now,
      })),
    );
    await recordAudit(tx, ctx, {
      action: 'calendar.national_year_set',
      entityType: 'calendar_year',
      entityId: `VN:${year}`,
      before: before.notices.length + before.days.length > 0 ? before : null,
      after: await nationalYearRows(tx, year),
    });
    return ok(year);
  });
  if (!written.ok) return written;
  return describeYear(ctx.db, year, null);
}
