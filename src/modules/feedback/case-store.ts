/**
 * Reads and writes the use cases share: a case with what its policy needs, the rule table, the calendar of the
 * case's province, its timeline and its step deadlines. Internal to the module.
 */
import { and, asc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import { actorLabel, type Ctx } from '../../platform/context.js';
import type { Db, Executor, Tx } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { calendarFor, type WorkingCalendar } from '../calendar/index.js';
import { dayOf, dueFor, type RuleRow, ruleInForce } from './deadline-rules.js';
import { type CaseKind, CODE_PREFIX, type Variant } from './model.js';
import { cases, codeCounters, deadlineRules, deadlines, events, submitters } from './schema.js';

export type CaseRow = typeof cases.$inferSelect;

/**
 * `feedback.cases.id` as a correlated subquery sees it. Drizzle writes a single table's columns unqualified in
 * select lists (`"id"`), which inside a subquery would mean the subquery's own table: name it explicitly.
 */
export const CASE_ID = sql.raw('"cases"."id"');
export type DeadlineRow = typeof deadlines.$inferSelect;

/** A case with who handles it, who assigned them and who filed it (for the policy), or undefined. */
export interface LoadedCase {
  row: CaseRow;
  assignees: string[];
  /** The heads who made the current assignments (they too may know a denouncer, art. 47). */
  assigners: string[];
  submitterUserId: string | null;
}

/** What the policy needs to know of a loaded case. */
export function caseRef(loaded: LoadedCase) {
  return {
    kind: loaded.row.kind,
    unitCode: loaded.row.unitCode,
    provinceCode: loaded.row.provinceCode,
    assignees: loaded.assignees,
    assigners: loaded.assigners,
    submitterUserId: loaded.submitterUserId,
  };
}

export async function loadCase(db: Executor, id: string): Promise<LoadedCase | undefined> {
  return loadWhere(db, eq(cases.id, id));
}

export async function loadCaseByCode(db: Executor, code: string): Promise<LoadedCase | undefined> {
  return loadWhere(db, eq(cases.code, code));
}

/** One query: the case, its assigned officials, and the account it was filed with (to recognise the submitter). */
async function loadWhere(db: Executor, where: SQL): Promise<LoadedCase | undefined> {
  const [found] = await db
    .select({
      row: cases,
      assignees: sql<string[]>`coalesce((select array_agg(a.user_id::text order by a.assigned_at)
        from feedback.assignments a where a.case_id = ${CASE_ID} and a.ended_at is null), '{}')`,
      assigners: sql<string[]>`coalesce((select array_agg(distinct a.assigned_by_id::text)
        from feedback.assignments a where a.case_id = ${CASE_ID} and a.ended_at is null
          and a.assigned_by_id is not null), '{}')`,
      // The denouncer's account is read only to recognise the denouncer's own case; nothing else of it.
      owner: sql<string | null>`coalesce(
        (select s.user_id::text from feedback.submitters s where s.case_id = ${CASE_ID}),
        (select d.user_id::text from feedback.denouncers d where d.case_id = ${CASE_ID}))`,
    })
    .from(cases)
    .where(where);
  return found
    ? {
        row: found.row,
        assignees: found.assignees,
        assigners: found.assigners,
        submitterUserId: found.owner,
      }
    : undefined;
}

/**
 * Run `work` in a transaction: a new one on the pool, or the caller's own when already inside one (a use case
 * called within another's transaction, e.g. the demo seeder's). Plans validate before any write, so a step
 * never has a partial write a savepoint would need to undo.
 */
export function inTransaction<T>(db: Executor, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db instanceof PgTransaction ? work(db as Tx) : (db as Db).transaction(work);
}

/** How long the rule table is trusted in memory; a change made through this process is seen at once. */
const RULES_MAX_AGE_MS = 5000;
const ruleCache = new WeakMap<object, { at: number; rules: RuleRow[] }>();

/** The rule table (a few dozen rows), cached per database handle for a few seconds. */
export async function loadRules(db: Executor): Promise<RuleRow[]> {
  const cached = ruleCache.get(db);
  if (cached && Date.now() - cached.at < RULES_MAX_AGE_MS) return cached.rules;
  const rules = await db.select().from(deadlineRules).orderBy(asc(deadlineRules.effectiveFrom));
  ruleCache.set(db, { at: Date.now(), rules });
  return rules;
}

/** Forget cached rules after a change of the table commits. */
export function rulesChanged(db: Executor): void {
  ruleCache.delete(db);
}

/** The working calendar of the case's province (national days, the province's own days off and hours). */
export function calendarOf(db: Executor, provinceCode: string): Promise<WorkingCalendar> {
  return calendarFor(db, provinceCode);
}

/** Rules and calendar a use case needs before it opens its transaction. */
export interface Clock {
  cal: WorkingCalendar;
  rules: RuleRow[];
}

export async function clockFor(db: Executor, provinceCode: string): Promise<Clock> {
  // One after the other: inside a transaction both queries share one connection.
  const cal = await calendarOf(db, provinceCode);
  return { cal, rules: await loadRules(db) };
}

/** Append to the case's timeline. */
export async function addEvent(
  tx: Executor,
  ctx: Ctx,
  row: Pick<CaseRow, 'id' | 'provinceCode'>,
  action: string,
  options: { note?: string | null; data?: unknown; visibleToSubmitter?: boolean } = {},
): Promise<void> {
  await tx.insert(events).values({
    id: newId(),
    caseId: row.id,
    provinceCode: row.provinceCode,
    at: ctx.now,
    action,
    actorLabel: ctx.actor.kind === 'user' ? ctx.actor.displayName : actorLabel(ctx.actor),
    note: options.note ?? null,
    data: options.data ?? null,
    visibleToSubmitter: options.visibleToSubmitter ?? true,
  });
}

export class MissingRuleError extends Error {}

/**
 * Start (or restart) the deadline of a step at `start`, under the rule in force on the start's day. Returns
 * the row. A missing rule is a configuration error an administrator must fix, reported as such.
 */
export async function startDeadline(
  tx: Executor,
  clock: Clock,
  row: Pick<CaseRow, 'id' | 'provinceCode' | 'kind'>,
  step: string,
  variant: Variant,
  start: Date,
  options: { doneAt?: Date | null; now: Date },
): Promise<DeadlineRow> {
  const rule = ruleInForce(clock.rules, row.kind, step, variant, dayOf(start));
  if (!rule)
    throw new MissingRuleError(`no ${row.kind}.${step} (${variant}) rule in force on ${dayOf(start)}`);
  const dueAt = dueFor(clock.cal, rule, start);
  const values = {
    ruleId: rule.id,
    amount: rule.amount,
    unit: rule.unit,
    startedAt: start,
    dueAt,
    doneAt: options.doneAt ?? null,
    cancelled: false,
    extensions: 0,
    overdueMarkedAt: null,
  };
  const [saved] = await tx
    .insert(deadlines)
    .values({
      id: newId(),
      caseId: row.id,
      provinceCode: row.provinceCode,
      kind: row.kind,
      step,
      createdAt: options.now,
      ...values,
    })
    .onConflictDoUpdate({ target: [deadlines.caseId, deadlines.step], set: values })
    .returning();
  return saved!;
}

/** Mark a step done (if it is running). */
export async function finishDeadline(tx: Executor, caseId: string, step: string, at: Date): Promise<void> {
  await tx
    .update(deadlines)
    .set({ doneAt: at })
    .where(and(eq(deadlines.caseId, caseId), eq(deadlines.step, step), isNull(deadlines.doneAt)));
}

/** Stop every running step of a case that no longer applies (refused, withdrawn, transferred out). */
export async function cancelOpenDeadlines(tx: Executor, caseId: string, at: Date): Promise<void> {
  await tx
    .update(deadlines)
    .set({ doneAt: at, cancelled: true })
    .where(and(eq(deadlines.caseId, caseId), isNull(deadlines.doneAt)));
}

export async function caseDeadlines(db: Executor, caseId: string): Promise<DeadlineRow[]> {
  return db.select().from(deadlines).where(eq(deadlines.caseId, caseId)).orderBy(asc(deadlines.startedAt));
}

/**
 * Save the case's changes if nobody changed it since `version` was read (optimistic locking); false when the
 * version moved on (the caller answers 409 with the current case).
 */
export async function saveCase(
  tx: Executor,
  ctx: Ctx,
  id: string,
  version: number,
  changes: Partial<CaseRow>,
): Promise<boolean> {
  const updated = await tx
    .update(cases)
    .set({ ...changes, version: version + 1, updatedAt: ctx.now })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return updated.length === 1;
}

/** The next case code of a province, kind and day: `PA-04-250312-0007` (unique under concurrency). */
export async function nextCaseCode(
  tx: Executor,
  provinceCode: string,
  kind: CaseKind,
  day: string,
): Promise<string> {
  const [row] = await tx
    .insert(codeCounters)
    .values({ provinceCode, kind, day, last: 1 })
    .onConflictDoUpdate({
      target: [codeCounters.provinceCode, codeCounters.kind, codeCounters.day],
      set: { last: sql`${codeCounters.last} + 1` },
    })
    .returning({ last: codeCounters.last });
  return formatCaseCode(kind, provinceCode, day, row!.last);
}

export function formatCaseCode(kind: CaseKind, provinceCode: string, day: string, seq: number): string {
  return `${CODE_PREFIX[kind]}-${provinceCode}-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${String(seq).padStart(4, '0')}`;
}

/** The account a signed-in submitter filed with (PAKN, complaints), if any. */
export async function submitterOf(db: Executor, caseId: string) {
  const [row] = await db.select().from(submitters).where(eq(submitters.caseId, caseId));
  return row;
}
