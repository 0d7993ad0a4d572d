/**
 * The national calendar's reference data (reference/calendar, see its README.md), parsed and checked.
 *
 * - `vn_public_sector_days_off_2024_2026.csv`: the official days off and make-up Saturdays, kept unchanged;
 * - `additions.csv`: same columns, days published later (24/11/2026, Culture Day);
 * - `notices.csv`: the notices behind each year. A year listed there, or present in the official file, is a
 *   notice year: its days come from the two day files only. Other years come from the rules, plus any
 *   `additions.csv` rows for them.
 *
 * Parsing is pure; `loadNationalCalendar` only adds reading the three files.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fail, ok, type Result } from '../../platform/result.js';
import type { DayOff, DayOffKind, MakeUpWorkday, NoticeRef, YearSchedule } from './calendar-types.js';
import { isIsoDate, type Weekday, weekdayOf, yearOf } from './dates.js';
import { type CalendarSpec, createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';

export const DAYS_OFF_CSV = 'vn_public_sector_days_off_2024_2026.csv';
export const ADDITIONS_CSV = 'additions.csv';
export const NOTICES_CSV = 'notices.csv';

/** reference/calendar, resolved from this file (src/modules/calendar). */
export const DEFAULT_CALENDAR_DIR = path.resolve(import.meta.dirname, '../../../reference/calendar');

/** A problem in a reference file: the file, its 1-based row (header = 1) or null for the whole file, why. */
export interface CalendarIssue {
  file: string;
  row: number | null;
  reason: string;
}

export interface DayRows {
  daysOff: DayOff[];
  makeUpWorkdays: MakeUpWorkday[];
}

const DAY_COLUMNS = ['date', 'weekday', 'kind', 'name_vi', 'basis', 'verified'] as const;
const NOTICE_COLUMNS = ['year', 'notice', 'issued', 'issuer', 'covers', 'reported_by', 'confidence'] as const;
const WEEKDAY_LABELS: Record<string, Weekday> = { CN: 0, T2: 1, T3: 2, T4: 3, T5: 4, T6: 5, T7: 6 };
const UNVERIFIED = /^chưa kiểm chứng/i;

/** Splits RFC 4180 CSV (quoted fields, `""` escapes, CRLF or LF) into records; `undefined` on bad quoting. */
export function splitCsv(text: string): string[][] | undefined {
  const src = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (ch === '"') {
        quoted = false;
        if (i + 1 < src.length && !',\r\n'.includes(src[i + 1]!)) return undefined;
      } else field += ch;
      i++;
      continue;
    }
    if (ch === '"') {
      if (field.length > 0) return undefined;
      quoted = true;
    } else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
    i++;
  }
  if (quoted) return undefined;
  if (field.length > 0 || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

function table<C extends readonly string[]>(
  text: string,
  file: string,
  columns: C,
): Result<Record<C[number], string>[], CalendarIssue[]> {
  const records = splitCsv(text.normalize('NFC'));
  if (!records) return fail([{ file, row: null, reason: 'malformed CSV quoting' }]);
  const [header, ...rows] = records;
  if (header?.join(',') !== columns.join(',')) {
    return fail([{ file, row: 1, reason: `expected the columns ${columns.join(',')}` }]);
  }
  const issues: CalendarIssue[] = [];
  const out: Record<C[number], string>[] = [];
  rows.forEach((fields, index) => {
    if (fields.length === 1 && fields[0] === '') return; // blank line
    if (fields.length !== columns.length) {
      issues.push({
        file,
        row: index + 2,
        reason: `expected ${columns.length} fields, found ${fields.length}`,
      });
      return;
    }
    out.push(Object.fromEntries(columns.map((c, i) => [c, fields[i]!.trim()])) as Record<C[number], string>);
  });
  return issues.length > 0 ? fail(issues) : ok(out);
}

/** The kind of an official `day_off` row, read from its published name. */
function dayOffKind(name: string): DayOffKind {
  if (/hoán đổi|thay cho/i.test(name)) return 'swapped';
  if (/nghỉ bù/i.test(name)) return 'compensatory';
  return 'holiday';
}

/** Parses a days-off file (the official one or additions.csv). */
export function parseDayRows(text: string, file: string): Result<DayRows, CalendarIssue[]> {
  const parsed = table(text, file, DAY_COLUMNS);
  if (!parsed.ok) return parsed;
  const issues: CalendarIssue[] = [];
  const rows: DayRows = { daysOff: [], makeUpWorkdays: [] };
  for (const [index, r] of parsed.value.entries()) {
    const row = index + 2;
    if (!isIsoDate(r.date)) {
      issues.push({ file, row, reason: `bad date ${r.date}` });
      continue;
    }
    const weekday = weekdayOf(r.date);
    // The basis as the Vietnamese reader cites it, with what it was checked against (đối chiếu).
    const source = r.verified ? `${r.basis}; đối chiếu: ${r.verified}` : r.basis;
    const provisional = UNVERIFIED.test(r.verified);
    if (WEEKDAY_LABELS[r.weekday] !== weekday) {
      issues.push({ file, row, reason: `${r.date} is not a ${r.weekday}` });
    } else if (r.kind === 'day_off') {
      rows.daysOff.push({ date: r.date, name: r.name_vi, source, kind: dayOffKind(r.name_vi), provisional });
    } else if (r.kind !== 'make_up_workday') {
      issues.push({ file, row, reason: `unknown kind ${r.kind}` });
    } else if (weekday !== 6 && weekday !== 0) {
      issues.push({ file, row, reason: `make-up workday ${r.date} is not a weekly rest day` });
    } else {
      rows.makeUpWorkdays.push({ date: r.date, name: r.name_vi, source, provisional });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(rows);
}

/** Parses notices.csv. */
export function parseNotices(text: string, file: string = NOTICES_CSV): Result<NoticeRef[], CalendarIssue[]> {
  const parsed = table(text, file, NOTICE_COLUMNS);
  if (!parsed.ok) return parsed;
  const issues: CalendarIssue[] = [];
  const notices: NoticeRef[] = [];
  for (const [index, r] of parsed.value.entries()) {
    if (!/^\d{4}$/.test(r.year)) {
      issues.push({ file, row: index + 2, reason: `bad year ${r.year}` });
    } else if (r.issued !== '' && !isIsoDate(r.issued)) {
      issues.push({ file, row: index + 2, reason: `bad date ${r.issued}` });
    } else {
      notices.push({
        year: Number(r.year),
        notice: r.notice || null,
        issued: r.issued || null,
        issuer: r.issuer,
        covers: r.covers,
        reportedBy: r.reported_by,
        confidence: r.confidence,
      });
    }
  }
  return issues.length > 0 ? fail(issues) : ok(notices);
}

export interface CalendarTexts {
  daysOff: string;
  additions: string;
  notices: string;
}

/** Builds the national calendar's spec from the three files' texts (pure). All problems are listed at once. */
export function nationalCalendarSpec(texts: CalendarTexts): Result<CalendarSpec, CalendarIssue[]> {
  const official = parseDayRows(texts.daysOff, DAYS_OFF_CSV);
  const additions = parseDayRows(texts.additions, ADDITIONS_CSV);
  const notices = parseNotices(texts.notices);
  const issues = [official, additions, notices].flatMap((r) => (r.ok ? [] : r.error));
  if (!official.ok || !additions.ok || !notices.ok) return fail(issues);

  const seen = new Set<string>();
  for (const [file, rows] of [
    [DAYS_OFF_CSV, official.value],
    [ADDITIONS_CSV, additions.value],
  ] as const) {
    for (const d of [...rows.daysOff, ...rows.makeUpWorkdays]) {
      if (seen.has(d.date)) issues.push({ file, row: null, reason: `${d.date} is listed twice` });
      seen.add(d.date);
    }
  }
  if (issues.length > 0) return fail(issues);

  const noticeYears = new Set<number>([
    ...notices.value.map((n) => n.year),
    ...official.value.daysOff.map((d) => yearOf(d.date)),
    ...official.value.makeUpWorkdays.map((d) => yearOf(d.date)),
  ]);
  const inYear = <T extends { date: string }>(items: readonly T[], year: number) =>
    items.filter((d) => yearOf(d.date) === year);
  const schedules: YearSchedule[] = [...noticeYears]
    .sort((a, b) => a - b)
    .map((year) => ({
      year,
      daysOff: [...inYear(official.value.daysOff, year), ...inYear(additions.value.daysOff, year)],
      makeUpWorkdays: [
        ...inYear(official.value.makeUpWorkdays, year),
        ...inYear(additions.value.makeUpWorkdays, year),
      ],
      notices: notices.value.filter((n) => n.year === year),
    }));
  return ok({
    schedules,
    additionalDaysOff: additions.value.daysOff.filter((d) => !noticeYears.has(yearOf(d.date))),
    additionalMakeUpWorkdays: additions.value.makeUpWorkdays.filter((d) => !noticeYears.has(yearOf(d.date))),
  });
}

/** Reads reference/calendar and builds the national working calendar (national by default). */
export async function loadNationalCalendar(
  dir: string = DEFAULT_CALENDAR_DIR,
): Promise<Result<WorkingCalendar, CalendarIssue[]>> {
  const read = async (file: string): Promise<string | CalendarIssue> =>
    readFile(path.join(dir, file), 'utf8').catch((e: unknown) => ({
      file,
      row: null,
      reason: `cannot read: ${e instanceof Error ? e.message : String(e)}`,
    }));
  const [daysOff, additions, notices] = await Promise.all([
    read(DAYS_OFF_CSV),
    read(ADDITIONS_CSV),
    read(NOTICES_CSV),
  ]);
  if (typeof daysOff !== 'string' || typeof additions !== 'string' || typeof notices !== 'string') {
    return fail([daysOff, additions, notices].filter((t): t is CalendarIssue => typeof t !== 'string'));
  }
  const spec = nationalCalendarSpec({ daysOff, additions, notices });
  return spec.ok ? ok(createWorkingCalendar(spec.value)) : spec;
}
