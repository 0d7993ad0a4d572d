/**
 * Conclusions whose tasks were never reported on (issue 8 §4; the Quảng Nam report: "many contents behind
 * schedule or their progress was never reported"): each conclusion with at least one open task that has no
 * progress or completion report at all, the number of such tasks, the earliest of their deadlines and the
 * agencies that owe a report.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import type { Page } from './conclusion-view.js';
import { viewCondition } from './list-tasks.js';
import { requireOfficial } from './policy.js';
import type { ConclusionKind } from './schema.js';
import { resolveScope } from './scope.js';
import { type AgencyView, agencyViews } from './task-view.js';

export interface UnreportedConclusion {
  id: string;
  number: string;
  kind: ConclusionKind;
  title: string;
  issuedOn: string;
  issuerUnitCode: string;
  issuerName: string;
  tasks: number;
  neverReported: number;
  neverReportedOverdue: number;
  earliestDeadline: string;
  agencies: AgencyView[];
}

const NEVER = sql`t.status in ('assigned', 'in_progress')
  and not exists (select 1 from oversight.task_reports r where r.task_id = t.id)`;

export async function listUnreported(
  ctx: Ctx,
  input: { issuerUnitCode?: string | undefined; page: number; pageSize: number },
): Promise<Result<Page<UnreportedConclusion> & { today: string }>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const today = localDate(ctx.now);
  const where = sql`${viewCondition(scope, 'issued')}
    ${input.issuerUnitCode ? sql`and c.issuer_unit_code = ${input.issuerUnitCode}` : sql``}`;
  const grouped = sql`select c.id, c.number, c.kind, c.title, c.issued_on, c.issuer_unit_code, c.issuer_name,
      count(t.id)::int as tasks,
      count(t.id) filter (where ${NEVER})::int as never_reported,
      count(t.id) filter (where ${NEVER} and t.deadline < ${today}::date)::int as never_reported_overdue,
      min(t.deadline) filter (where ${NEVER}) as earliest_deadline,
      array_agg(distinct t.lead_agency_id::text) filter (where ${NEVER}) as agencies
    from oversight.conclusions c join oversight.tasks t on t.conclusion_id = c.id
    where ${where}
    group by c.id having count(t.id) filter (where ${NEVER}) > 0`;
  const [rows, total] = await Promise.all([
    ctx.db.execute<{
      id: string;
      number: string;
      kind: ConclusionKind;
      title: string;
      issued_on: string;
      issuer_unit_code: string;
      issuer_name: string;
      tasks: number;
      never_reported: number;
      never_reported_overdue: number;
      earliest_deadline: string;
      agencies: string[];
    }>(sql`${grouped} order by never_reported_overdue desc, never_reported desc, earliest_deadline
      limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`),
    ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from (${grouped}) g`),
  ]);
  const agencies = await agencyViews(
    ctx.db,
    rows.rows.flatMap((r) => r.agencies),
  );
  return ok({
    today,
    items: rows.rows.map((r) => ({
      id: r.id,
      number: r.number,
      kind: r.kind,
      title: r.title,
      issuedOn: r.issued_on,
      issuerUnitCode: r.issuer_unit_code,
      issuerName: r.issuer_name,
      tasks: Number(r.tasks),
      neverReported: Number(r.never_reported),
      neverReportedOverdue: Number(r.never_reported_overdue),
      earliestDeadline: r.earliest_deadline,
      agencies: r.agencies.map((id) => agencies.get(id)!),
    })),
    total: Number(total.rows[0]?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  });
}
