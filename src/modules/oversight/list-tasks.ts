/**
 * Task lists (issue 8 §4): "my agency's tasks" (`view=agency`: tasks my agency leads or coordinates) and "an
 * issuer's tasks by status" (`view=issued`: tasks of conclusions my unit issued; a province's system
 * administrators read them too). Both filter by status, due state, agency, conclusion and text, page, and
 * count the matching tasks by status and by due state.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { containsPattern } from '../../platform/search-text.js';
import { calendarFor, localDate } from '../calendar/index.js';
import type { Page } from './conclusion-view.js';
import { type DueState, dueBounds } from './due-state.js';
import { requireOfficial } from './policy.js';
import type { TaskStatus } from './schema.js';
import { adminCondition, issuerCondition, resolveScope, staffTaskCondition } from './scope.js';
import { selectSummaries, type TaskSummary } from './task-view.js';

export interface ListTasksInput {
  view: 'agency' | 'issued';
  status?: TaskStatus | undefined;
  dueState?: DueState | undefined;
  agencyId?: string | undefined;
  conclusionId?: string | undefined;
  issuerUnitCode?: string | undefined;
  /** Only open tasks a ladder step has reached for their deadline in force (`issuer`: listed to the issuer). */
  escalation?: 'any' | 'issuer' | undefined;
  neverReported?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export interface TaskList extends Page<TaskSummary> {
  today: string;
  counts: { byStatus: Record<TaskStatus, number>; byDueState: Record<DueState, number> };
}

/** The due state of `t` as SQL, from dates the calendar fixed for today (due-state.ts). */
export function dueStateSql(bounds: { today: string; soonUntil: string }): SQL {
  return sql`(case
    when t.status in ('assigned', 'in_progress') then case
      when t.deadline < ${bounds.today}::date then 'overdue'
      when t.deadline <= ${bounds.soonUntil}::date then 'due_soon'
      else 'on_track' end
    when t.status = 'completion_reported' then 'awaiting_review'
    when t.completion_reported_on <= t.deadline then 'done_on_time'
    else 'done_late' end)`;
}

/** Tasks of the view the scope may read (over `t` and `c`); the province is needed for the calendar. */
export function viewCondition(
  scope: Parameters<typeof staffTaskCondition>[0],
  view: ListTasksInput['view'],
): SQL {
  return view === 'agency'
    ? staffTaskCondition(scope)
    : sql`(${issuerCondition(scope)} or ${adminCondition(scope)})`;
}

export async function listTasks(ctx: Ctx, input: ListTasksInput): Promise<Result<TaskList>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const today = localDate(ctx.now);
  // One province's calendar: the reader's first grant's (all tasks of a reader sit in one province in practice).
  const province =
    scope.kind === 'user' ? (scope.grants.find((g) => g.provinceCode !== 'VN')?.provinceCode ?? null) : null;
  const bounds = dueBounds(await calendarFor(ctx.db, province), today);
  const due = dueStateSql(bounds);
  const base: SQL[] = [viewCondition(scope, input.view)];
  if (input.agencyId)
    base.push(sql`(t.lead_agency_id = ${input.agencyId}::uuid or exists (select 1 from oversight.task_coordinators tc
      where tc.task_id = t.id and tc.agency_id = ${input.agencyId}::uuid))`);
  if (input.conclusionId) base.push(sql`t.conclusion_id = ${input.conclusionId}::uuid`);
  if (input.issuerUnitCode) base.push(sql`c.issuer_unit_code = ${input.issuerUnitCode}`);
  if (input.escalation)
    base.push(sql`t.status in ('assigned', 'in_progress') and exists (select 1 from oversight.escalations es
      where es.task_id = t.id and es.deadline = t.deadline
      ${input.escalation === 'issuer' ? sql`and es.audience = 'issuer'` : sql``})`);
  if (input.neverReported)
    base.push(sql`t.status in ('assigned', 'in_progress')
      and not exists (select 1 from oversight.task_reports r where r.task_id = t.id)`);
  if (input.q) base.push(sql`t.search_text like ${containsPattern(input.q)}`);
  const filtered = [...base];
  if (input.status) filtered.push(sql`t.status = ${input.status}`);
  if (input.dueState) filtered.push(sql`${due} = ${input.dueState}`);
  const where = sql.join(filtered, sql` and `);
  const from = sql`oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id`;
  // Open work first, the nearest deadline first; finished work after, the latest first.
  const order = sql`case when t.status in ('assigned', 'in_progress') then 0 when t.status = 'completion_reported' then 1 else 2 end,
    case when t.status in ('assigned', 'in_progress', 'completion_reported') then t.deadline end asc,
    t.deadline desc, t.code`;
  const [items, total, byStatus, byDue] = await Promise.all([
    selectSummaries(
      ctx.db,
      where,
      order,
      { limit: input.pageSize, offset: (input.page - 1) * input.pageSize },
      ctx.now,
    ),
    ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from ${from} where ${where}`),
    ctx.db.execute<{ key: TaskStatus; n: number }>(sql`select t.status as key, count(*)::int as n from ${from}
      where ${sql.join([...base, ...(input.dueState ? [sql`${due} = ${input.dueState}`] : [])], sql` and `)}
      group by t.status`),
    ctx.db.execute<{ key: DueState; n: number }>(sql`select ${due} as key, count(*)::int as n from ${from}
      where ${sql.join([...base, ...(input.status ? [sql`t.status = ${input.status}`] : [])], sql` and `)}
      group by 1`),
  ]);
  const zeros = <K extends string>(keys: readonly K[]) =>
    Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  const statusCounts = zeros(['assigned', 'in_progress', 'completion_reported', 'completed'] as const);
  for (const r of byStatus.rows) statusCounts[r.key] = Number(r.n);
  const dueCounts = zeros([
    'on_track',
    'due_soon',
    'overdue',
    'awaiting_review',
    'done_on_time',
    'done_late',
  ] as const);
  for (const r of byDue.rows) dueCounts[r.key] = Number(r.n);
  return ok({
    items,
    total: Number(total.rows[0]?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
    today,
    counts: { byStatus: statusCounts, byDueState: dueCounts },
  });
}
