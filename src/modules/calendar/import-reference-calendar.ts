/**
 * Load the shipped national calendar (reference/calendar: the official days off 2024–2026, additions.csv with
 * 24/11/2026, notices.csv) into the database. Idempotent: the files' fingerprint is remembered in
 * platform.settings and the same files load once. All or nothing, audited once per load. A year an
 * administrator has set or corrected is kept as they left it: the shipped rows never overwrite it.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { and, eq, inArray, isNull, notInArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { readSetting, writeSetting } from '../../platform/database/settings.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { bumpRevision, calendarChanged } from './calendar-store.js';
import type { DayOff, MakeUpWorkday, NoticeRef } from './calendar-types.js';
import { yearOf } from './dates.js';
import {
  ADDITIONS_CSV,
  type CalendarIssue,
  DAYS_OFF_CSV,
  NOTICES_CSV,
  nationalCalendarSpec,
} from './reference-calendar.js';
import { CONFIDENCES, type Confidence, days, notices } from './schema.js';

export const CALENDAR_REFERENCE_SETTING = 'calendar.reference';
const FILES = [DAYS_OFF_CSV, ADDITIONS_CSV, NOTICES_CSV] as const;

export interface CalendarImportSummary {
  skipped: boolean;
  /** Years written from the files. */
  years: number[];
  /** Years in the files that an administrator changed, left as they are. */
  keptYears: number[];
  notices: number;
  days: number;
}

export class CalendarImportError extends Error {
  constructor(readonly issues: CalendarIssue[]) {
    super(
      `the calendar reference data is invalid; nothing was imported:\n${issues
        .map((i) => `  ${i.file}${i.row === null ? '' : ` row ${i.row}`}: ${i.reason}`)
        .join('\n')}`,
    );
  }
}

interface Stored {
  fingerprint: string;
  years: number[];
}

function confidence(value: string): Confidence {
  return (CONFIDENCES as readonly string[]).includes(value) ? (value as Confidence) : '?';
}

/** Import the calendar reference files in `dir` (see the module comment). */
export async function importReferenceCalendar(ctx: Ctx, dir: string): Promise<CalendarImportSummary> {
  const texts = await Promise.all(FILES.map((f) => readFile(path.join(dir, f), 'utf8')));
  const hash = createHash('sha256');
  for (const [i, file] of FILES.entries()) hash.update(file).update(texts[i]!);
  const fingerprint = hash.digest('hex');
  const previous = await readSetting<Stored>(ctx.db, CALENDAR_REFERENCE_SETTING);
  const spec = nationalCalendarSpec({ daysOff: texts[0]!, additions: texts[1]!, notices: texts[2]! });
  if (!spec.ok) throw new CalendarImportError(spec.error);

  const schedules = spec.value.schedules ?? [];
  const noticesIn: NoticeRef[] = schedules.flatMap((s) => s.notices);
  const daysOffIn: DayOff[] = [
    ...schedules.flatMap((s) => s.daysOff),
    ...(spec.value.additionalDaysOff ?? []),
  ];
  const makeUpIn: MakeUpWorkday[] = [
    ...schedules.flatMap((s) => s.makeUpWorkdays),
    ...(spec.value.additionalMakeUpWorkdays ?? []),
  ];
  const fileYears = [
    ...new Set([...noticesIn.map((n) => n.year), ...[...daysOffIn, ...makeUpIn].map((d) => yearOf(d.date))]),
  ].sort((a, b) => a - b);
  const counts = { notices: noticesIn.length, days: daysOffIn.length + makeUpIn.length };
  if (previous?.fingerprint === fingerprint) return { skipped: true, years: [], keptYears: [], ...counts };

  const summary = await ctx.db.transaction(async (tx) => {
    await bumpRevision(tx, ctx.now);
    const keptYears = await adminYears(tx, fileYears);
    const years = fileYears.filter((y) => !keptYears.includes(y));
    // Shipped national rows of the years written are replaced; those of kept years stay untouched.
    const dropped = keptYears.length > 0 ? notInArray(days.year, keptYears) : undefined;
    await tx.delete(days).where(and(isNull(days.provinceCode), eq(days.origin, 'reference'), dropped));
    await tx
      .delete(notices)
      .where(
        and(
          isNull(notices.provinceCode),
          eq(notices.origin, 'reference'),
          keptYears.length > 0 ? notInArray(notices.year, keptYears) : undefined,
        ),
      );
    const written = await writeYears(tx, ctx.now, years, noticesIn, daysOffIn, makeUpIn);
    const after = { fingerprint, years };
    await writeSetting(tx, CALENDAR_REFERENCE_SETTING, after);
    await recordAudit(tx, ctx, {
      action: 'calendar.reference_imported',
      entityType: 'reference_data',
      entityId: 'calendar',
      before: previous ?? null,
      after: { ...after, keptYears, ...written },
    });
    return { skipped: false, years, keptYears, ...written };
  });
  calendarChanged();
  return summary;
}

/** The years among `years` with a national row an administrator wrote. */
async function adminYears(tx: Executor, years: number[]): Promise<number[]> {
  if (years.length === 0) return [];
  // One query after another: a transaction's connection takes one query at a time.
  const noticeYears = await tx
    .selectDistinct({ year: notices.year })
    .from(notices)
    .where(and(isNull(notices.provinceCode), eq(notices.origin, 'admin'), inArray(notices.year, years)));
  const dayYears = await tx
    .selectDistinct({ year: days.year })
    .from(days)
    .where(and(isNull(days.provinceCode), eq(days.origin, 'admin'), inArray(days.year, years)));
  return [...new Set([...noticeYears, ...dayYears].map((r) => r.year))].sort((a, b) => a - b);
}

async function writeYears(
  tx: Executor,
  now: Date,
  years: number[],
  noticesIn: NoticeRef[],
  daysOffIn: DayOff[],
  makeUpIn: MakeUpWorkday[],
): Promise<{ notices: number; days: number }> {
  const wanted = new Set(years);
  const noticeRows = noticesIn
    .filter((n) => wanted.has(n.year))
    .map((n, position) => ({
      id: newId(),
      year: n.year,
      provinceCode: null,
      number: n.notice,
      issued: n.issued,
      issuer: n.issuer,
      covers: n.covers,
      reportedBy: n.reportedBy,
      confidence: confidence(n.confidence),
      position,
      origin: 'reference' as const,
      updatedAt: now,
    }));
  // A day cites the notice of its year whose number its source names (e.g. `8726/VPCP-KGVX (26/11/2024)`).
  const citedNotice = (date: string, source: string) =>
    noticeRows.find((n) => n.year === yearOf(date) && n.number !== null && source.includes(n.number))?.id ??
    null;
  const common = (d: DayOff | MakeUpWorkday) => ({
    id: newId(),
    date: d.date,
    year: yearOf(d.date),
    provinceCode: null,
    name: d.name,
    source: d.source,
    noticeId: citedNotice(d.date, d.source),
    provisional: d.provisional,
    origin: 'reference' as const,
    updatedAt: now,
  });
  const dayRows = [
    ...daysOffIn
      .filter((d) => wanted.has(yearOf(d.date)))
      .map((d) => ({
        ...common(d),
        kind: 'day_off' as const,
        reason: d.kind === 'local' ? ('holiday' as const) : d.kind,
      })),
    ...makeUpIn
      .filter((d) => wanted.has(yearOf(d.date)))
      .map((d) => ({ ...common(d), kind: 'make_up_workday' as const, reason: null })),
  ];
  if (noticeRows.length > 0) await tx.insert(notices).values(noticeRows);
  if (dayRows.length > 0) await tx.insert(days).values(dayRows);
  return { notices: noticeRows.length, days: dayRows.length };
}
