/**
 * Tasks as lists show them: a summary with the due state read from the working-day calendar, and the record the
 * policy and the actions need (task-detail.ts has the whole task). Agencies are named through the units module.
 */
import { eq, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { calendarFor, localDate, type WorkingCalendar } from '../calendar/index.js';
import { findAgencies } from '../units/index.js';
import { type DueState, readDue } from './due-state.js';
import type { AgencyRef, TaskRef } from './policy.js';
import {
  type Audience,
  type ConclusionKind,
  type Priority,
  type TaskStatus,
  taskCoordinators,
} from './schema.js';

export interface AgencyView {
  id: string;
  name: string;
  nameEn: string | null;
  unitCode: string;
  kind: string;
}

export interface TaskSummary {
  id: string;
  code: string;
  seq: number;
  title: string;
  priority: Priority;
  status: TaskStatus;
  progressPercent: number;
  deadline: string;
  originalDeadline: string;
  conclusion: {
    id: string;
    number: string;
    kind: ConclusionKind;
    title: string;
    issuedOn: string;
    issuerUnitCode: string;
    issuerName: string;
  };
  leadAgency: AgencyView;
  dueState: DueState;
  workingDaysLeft: number | null;
  workingDaysLate: number | null;
  lastReportedAt: Date | null;
  completionReportedOn: string | null;
  neverReported: boolean;
  pendingExtension: boolean;
  /** The latest ladder step recorded against the deadline in force. */
  escalation: { step: string; audience: Audience; firedOn: string } | null;
  version: number;
}

/** The columns of a summary, from tasks `t` joined to conclusions `c`. */
export const SUMMARY_COLUMNS = sql`t.id, t.code, t.seq, t.title, t.priority, t.status, t.progress_percent,
  t.deadline, t.original_deadline, t.lead_agency_id, t.lead_unit_code, t.province_code, t.last_reported_at,
  t.completion_reported_on, t.version, c.id as c_id, c.number as c_number, c.kind as c_kind,
  c.title as c_title, c.issued_on as c_issued_on, c.issuer_unit_code as c_issuer_unit_code,
  c.issuer_name as c_issuer_name,
  not exists (select 1 from oversight.task_reports r where r.task_id = t.id) as never_reported,
  exists (select 1 from oversight.task_extensions e where e.task_id = t.id and e.status = 'pending')
    as pending_extension,
  (select json_build_object('step', es.step, 'audience', es.audience, 'firedOn', es.fired_on)
     from oversight.escalations es where es.task_id = t.id and es.deadline = t.deadline
     order by es.fired_at desc, es.id desc limit 1) as escalation`;

export interface SummaryRow extends Record<string, unknown> {
  id: string;
  code: string;
  seq: number;
  title: string;
  priority: Priority;
  status: TaskStatus;
  progress_percent: number;
  deadline: string;
  original_deadline: string;
  lead_agency_id: string;
  lead_unit_code: string;
  province_code: string;
  last_reported_at: Date | string | null;
  completion_reported_on: string | null;
  version: number;
  c_id: string;
  c_number: string;
  c_kind: ConclusionKind;
  c_title: string;
  c_issued_on: string;
  c_issuer_unit_code: string;
  c_issuer_name: string;
  never_reported: boolean;
  pending_extension: boolean;
  escalation: { step: string; audience: Audience; firedOn: string } | null;
}

/** Agencies by id, named; an id the units module no longer knows is shown as such, not dropped. */
export async function agencyViews(db: Executor, ids: readonly string[]): Promise<Map<string, AgencyView>> {
  const found = await findAgencies(db, [...new Set(ids)]);
  const views = new Map<string, AgencyView>(
    [...found.values()].map((a) => [
      a.id,
      { id: a.id, name: a.name, nameEn: a.nameEn, unitCode: a.unitCode, kind: a.kind },
    ]),
  );
  for (const id of ids)
    if (!views.has(id)) views.set(id, { id, name: id, nameEn: null, unitCode: '', kind: 'unknown' });
  return views;
}

export function instantOf(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

/** Calendars per province for one answer (most answers touch one province). */
export async function calendarsFor(db: Executor, provinces: Iterable<string>) {
  const map = new Map<string, WorkingCalendar>();
  for (const code of new Set(provinces)) map.set(code, await calendarFor(db, code));
  return map;
}

export async function toSummaries(db: Executor, rows: SummaryRow[], now: Date): Promise<TaskSummary[]> {
  const today = localDate(now);
  // One query at a time: `db` may be a transaction (a single connection).
  const agencies = await agencyViews(
    db,
    rows.map((r) => r.lead_agency_id),
  );
  const calendars = await calendarsFor(
    db,
    rows.map((r) => r.province_code),
  );
  return rows.map((r) => {
    const due = readDue(
      calendars.get(r.province_code)!,
      { status: r.status, deadline: r.deadline, completionReportedOn: r.completion_reported_on },
      today,
    );
    return {
      id: r.id,
      code: r.code,
      seq: Number(r.seq),
      title: r.title,
      priority: r.priority,
      status: r.status,
      progressPercent: Number(r.progress_percent),
      deadline: r.deadline,
      originalDeadline: r.original_deadline,
      conclusion: {
        id: r.c_id,
        number: r.c_number,
        kind: r.c_kind,
        title: r.c_title,
        issuedOn: r.c_issued_on,
        issuerUnitCode: r.c_issuer_unit_code,
        issuerName: r.c_issuer_name,
      },
      leadAgency: agencies.get(r.lead_agency_id)!,
      ...due,
      lastReportedAt: instantOf(r.last_reported_at),
      completionReportedOn: r.completion_reported_on,
      neverReported: Boolean(r.never_reported),
      pendingExtension: Boolean(r.pending_extension),
      escalation: r.escalation ?? null,
      version: Number(r.version),
    };
  });
}

/** Summaries of the tasks matching `where` (over `t` and `c`), in the given order. */
export async function selectSummaries(
  db: Executor,
  where: SQL,
  order: SQL,
  page: { limit: number; offset: number },
  now: Date,
): Promise<TaskSummary[]> {
  const result = await db.execute<SummaryRow>(sql`select ${SUMMARY_COLUMNS}
    from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id
    where ${where} order by ${order} limit ${page.limit} offset ${page.offset}`);
  return toSummaries(db, result.rows, now);
}

/** What the policy needs of a task, and its row fields the actions check. */
export interface TaskRecord {
  ref: TaskRef;
  id: string;
  code: string;
  title: string;
  status: TaskStatus;
  deadline: string;
  progressPercent: number;
  version: number;
  leadAgencyId: string;
  conclusionId: string;
}

export async function loadTaskRecord(db: Executor, id: string): Promise<TaskRecord | undefined> {
  const result = await db.execute<{
    id: string;
    code: string;
    title: string;
    status: TaskStatus;
    deadline: string;
    progress_percent: number;
    version: number;
    lead_agency_id: string;
    lead_unit_code: string;
    province_code: string;
    conclusion_id: string;
    issuer_unit_code: string;
  }>(sql`select t.id, t.code, t.title, t.status, t.deadline, t.progress_percent, t.version, t.lead_agency_id,
      t.lead_unit_code, t.province_code, t.conclusion_id, c.issuer_unit_code
    from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id where t.id = ${id}::uuid`);
  const row = result.rows[0];
  if (!row) return undefined;
  const coordinators = await db
    .select({ id: taskCoordinators.agencyId, unitCode: taskCoordinators.unitCode })
    .from(taskCoordinators)
    .where(eq(taskCoordinators.taskId, id));
  const agency = (a: { id: string; unitCode: string }): AgencyRef => ({
    ...a,
    provinceCode: row.province_code,
  });
  return {
    ref: {
      provinceCode: row.province_code,
      issuerUnitCode: row.issuer_unit_code,
      lead: agency({ id: row.lead_agency_id, unitCode: row.lead_unit_code }),
      coordinators: coordinators.map(agency),
    },
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    deadline: row.deadline,
    progressPercent: Number(row.progress_percent),
    version: Number(row.version),
    leadAgencyId: row.lead_agency_id,
    conclusionId: row.conclusion_id,
  };
}
