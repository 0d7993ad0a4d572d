/**
 * The working calendar built from the database: the national notices and days, plus a province's own days off
 * and working hours, turned into the pure core's `CalendarSpec`. Built calendars are cached in memory per
 * database handle and scope, and checked against `calendar.revision` (bumped by every change) at most every
 * `maxAgeMs`, so app instances side by side agree within that time after an administrator's change; a change
 * made through this process is seen at once.
 */
import { asc, eq, isNull, or, sql } from 'drizzle-orm';
import { cacheHubOf } from '../../platform/cache.js';
import type { Executor } from '../../platform/database/connection.js';
import type { DayOff, MakeUpWorkday, NoticeRef, YearSchedule } from './calendar-types.js';
import { days, notices, revision, workingHours } from './schema.js';
import { type CalendarSpec, createWorkingCalendar, type WorkingCalendar } from './working-calendar.js';
import { parseWorkingHours } from './working-hours.js';

export type StoredNotice = typeof notices.$inferSelect;
export type StoredDay = typeof days.$inferSelect;
export interface StoredHours {
  periods: Array<{ start: string; end: string }>;
  paperCutoff: string;
}

/** The rows one scope's calendar is built from: national rows, and the province's when one is given. */
export interface CalendarRows {
  provinceCode: string | null;
  notices: StoredNotice[];
  days: StoredDay[];
  hours: StoredHours | null;
}

/** A calendar with the rows behind it (for views that show notice numbers) and the revision it was read at. */
export interface LoadedCalendar {
  readonly provinceCode: string | null;
  readonly revision: number;
  readonly calendar: WorkingCalendar;
  readonly rows: CalendarRows;
  /** The number of the notice a stored day cites, if any. */
  noticeOf(date: string): string | null;
}

export interface CalendarCacheOptions {
  /** How long a cached calendar is trusted before the revision is read again. Default 1000 ms. */
  maxAgeMs?: number;
  /**
   * The database handle (`ctx.db`) whose cache to use when `db` is one of its transactions: a transaction is
   * a new object each time, so a cache keyed by it would read the calendar again for every dossier change.
   */
  scope?: object;
}

export const DEFAULT_MAX_AGE_MS = 1000;

/** The current revision; 0 before anything was ever written. */
export async function readRevision(db: Executor): Promise<number> {
  const [row] = await db.select({ revision: revision.revision }).from(revision).where(eq(revision.id, 1));
  return row?.revision ?? 0;
}

/**
 * Bump the revision inside a writing transaction. Call it first: the row lock it takes serialises calendar
 * writers until commit, so their checks (duplicates, weekdays) see each other's work.
 */
export async function bumpRevision(tx: Executor, now: Date): Promise<number> {
  const [row] = await tx
    .insert(revision)
    .values({ id: 1, revision: 1, changedAt: now })
    .onConflictDoUpdate({
      target: revision.id,
      set: { revision: sql`${revision.revision} + 1`, changedAt: now },
    })
    .returning({ revision: revision.revision });
  return row!.revision;
}

/** Read one scope's rows. */
export async function readCalendarRows(db: Executor, provinceCode: string | null): Promise<CalendarRows> {
  const scope = <T extends typeof notices | typeof days>(table: T) =>
    provinceCode === null
      ? isNull(table.provinceCode)
      : or(isNull(table.provinceCode), eq(table.provinceCode, provinceCode));
  // One query after another: `db` may be a transaction, whose one connection must not be sent a query while
  // another is running (node-postgres deprecates it), and the rows are read once per calendar revision.
  const noticeRows = await db
    .select()
    .from(notices)
    .where(scope(notices))
    .orderBy(asc(notices.year), asc(notices.position));
  const dayRows = await db.select().from(days).where(scope(days)).orderBy(asc(days.date));
  const hoursRows =
    provinceCode === null
      ? []
      : await db.select().from(workingHours).where(eq(workingHours.provinceCode, provinceCode));
  const hours = hoursRows[0];
  return {
    provinceCode,
    notices: noticeRows,
    days: dayRows,
    hours: hours ? { periods: hours.periods, paperCutoff: hours.paperCutoff } : null,
  };
}

function noticeRef(n: StoredNotice): NoticeRef {
  return {
    year: n.year,
    notice: n.number,
    issued: n.issued,
    issuer: n.issuer,
    covers: n.covers,
    reportedBy: n.reportedBy,
    confidence: n.confidence,
  };
}

function dayOff(d: StoredDay): DayOff {
  return {
    date: d.date,
    name: d.name,
    source: d.source,
    kind: d.kind === 'local_day_off' ? 'local' : (d.reason ?? 'holiday'),
    provisional: d.provisional,
  };
}

function makeUp(d: StoredDay): MakeUpWorkday {
  return { date: d.date, name: d.name, source: d.source, provisional: d.provisional };
}

/**
 * The core's spec from stored rows (pure). A year with a national notice is a notice year: its national days
 * are its whole schedule. National days of other years are added on top of the rules, like additions.csv.
 */
export function specFromRows(rows: CalendarRows): CalendarSpec {
  const national = rows.notices.filter((n) => n.provinceCode === null);
  const noticeYears = new Set(national.map((n) => n.year));
  const nationalDays = rows.days.filter((d) => d.provinceCode === null);
  const schedules: YearSchedule[] = [...noticeYears]
    .sort((a, b) => a - b)
    .map((year) => {
      const inYear = nationalDays.filter((d) => d.year === year);
      return {
        year,
        daysOff: inYear.filter((d) => d.kind === 'day_off').map(dayOff),
        makeUpWorkdays: inYear.filter((d) => d.kind === 'make_up_workday').map(makeUp),
        notices: national.filter((n) => n.year === year).map(noticeRef),
      };
    });
  const outside = nationalDays.filter((d) => !noticeYears.has(d.year));
  let hours: CalendarSpec['workingHours'];
  if (rows.hours) {
    const parsed = parseWorkingHours(rows.hours);
    // Stored hours were validated by setWorkingHours; a failure here is a bug or a hand-edited row.
    if (!parsed.ok) throw new Error(`calendar.working_hours of ${rows.provinceCode} is invalid`);
    hours = parsed.value;
  }
  return {
    schedules,
    additionalDaysOff: outside.filter((d) => d.kind === 'day_off').map(dayOff),
    additionalMakeUpWorkdays: outside.filter((d) => d.kind === 'make_up_workday').map(makeUp),
    localDaysOff: rows.days.filter((d) => d.kind === 'local_day_off').map(dayOff),
    ...(hours ? { workingHours: hours } : {}),
  };
}

/** Build a loaded calendar from rows (pure). */
export function buildLoadedCalendar(rows: CalendarRows, atRevision: number): LoadedCalendar {
  const calendar = createWorkingCalendar(specFromRows(rows));
  const numbers = new Map(rows.notices.map((n) => [n.id, n.number]));
  const cited = new Map<string, string | null>();
  for (const d of rows.days) {
    // A province's own row wins its date, as in the calendar (national rows never share a date with it).
    if (!cited.has(d.date) || d.provinceCode !== null) {
      cited.set(d.date, d.noticeId ? (numbers.get(d.noticeId) ?? null) : null);
    }
  }
  return {
    provinceCode: rows.provinceCode,
    revision: atRevision,
    calendar,
    rows,
    noticeOf: (date) => cited.get(date) ?? null,
  };
}

interface CacheEntry {
  /** The invalidation count of the topic when the entry was read (platform/cache.ts). */
  notified: number;
  revision: number;
  checkedAt: number;
  generation: number;
  loaded: LoadedCalendar;
}

const caches = new WeakMap<object, Map<string, CacheEntry>>();
/** Bumped after a change commits in this process: every cached entry is re-checked on its next use. */
let generation = 0;

/** Call after a calendar change has committed, so this process sees it at once. */
export function calendarChanged(): void {
  generation++;
}

/** The loaded calendar of a scope (null = national), from the cache while it is fresh. */
export async function loadCalendar(
  db: Executor,
  provinceCode: string | null = null,
  options: CalendarCacheOptions = {},
): Promise<LoadedCalendar> {
  const maxAgeMs = options.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  const scope = options.scope ?? db;
  let byScope = caches.get(scope);
  if (!byScope) {
    byScope = new Map();
    caches.set(scope, byScope);
  }
  const key = provinceCode ?? 'VN';
  const entry = byScope.get(key);
  const now = Date.now();
  // While the instance listens for changes (docs/adr/0024), an entry holds until a change is notified (at
  // most TRUSTED_MS); otherwise the revision row is read again after maxAgeMs.
  const hub = cacheHubOf(scope);
  const notified = hub.generation('calendar');
  if (entry && entry.generation === generation) {
    if (hub.live && entry.notified === notified && now - entry.checkedAt < TRUSTED_MS) return entry.loaded;
    if (now - entry.checkedAt < maxAgeMs && !hub.live) return entry.loaded;
  }
  const seenGeneration = generation;
  // The revision is read before the rows: a change committed in between makes the next check reload.
  const current = await readRevision(db);
  if (entry && entry.revision === current) {
    entry.checkedAt = now;
    entry.generation = seenGeneration;
    entry.notified = notified;
    return entry.loaded;
  }
  const loaded = buildLoadedCalendar(await readCalendarRows(db, provinceCode), current);
  byScope.set(key, { notified, revision: current, checkedAt: now, generation: seenGeneration, loaded });
  return loaded;
}

/** How long a calendar is trusted without reading the revision while changes are notified. */
const TRUSTED_MS = 10 * 60_000;

/**
 * The working calendar of a province (its local days off and working hours on top of the national calendar),
 * or the national calendar without a province. Years without data follow the Labour Code rules (provisional).
 */
export async function calendarFor(
  db: Executor,
  provinceCode?: string | null,
  options?: CalendarCacheOptions,
): Promise<WorkingCalendar> {
  return (await loadCalendar(db, provinceCode ?? null, options)).calendar;
}

class Rollback<E> extends Error {
  constructor(readonly failure: { ok: false; error: E }) {
    super('calendar change refused');
  }
}

/**
 * Run a calendar change in one transaction: a failed result rolls everything back (nothing half-written) and
 * is returned as it is; a committed change is seen by this process at once.
 */
export async function changeCalendar<T, E>(
  db: Executor,
  work: (tx: Executor) => Promise<{ ok: true; value: T } | { ok: false; error: E }>,
): Promise<{ ok: true; value: T } | { ok: false; error: E }> {
  try {
    const value = await db.transaction(async (tx) => {
      const result = await work(tx);
      if (!result.ok) throw new Rollback(result);
      return result.value;
    });
    calendarChanged();
    return { ok: true, value };
  } catch (error) {
    if (error instanceof Rollback) return error.failure as { ok: false; error: E };
    throw error;
  }
}
