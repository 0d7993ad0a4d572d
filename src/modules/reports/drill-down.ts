/**
 * Drill-down (issue 7 §3): province → commune / department → procedure → the dossiers behind a figure. The
 * procedure level sums the monthly rollup; the dossier list reads the contributions the figures were summed
 * from (so a list has exactly the dossiers its figure counts), joined to the dossier for its code and status,
 * in keyset pages. Never the applicant's data.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Ctx, forReading } from '../../platform/context.js';
import { type DomainError, fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { DOSSIER_FACTS } from '../dossiers/index.js';
import { procedureNames } from '../procedures/index.js';
import { catchUpServiceAggregates } from './catch-up.js';
import { type DrillMeasure, type Figures, figuresOf } from './figures.js';
import { countsOf, sumList } from './measures.js';
import { msg } from './messages.js';
import { type ReportQuery, resolveScope, type Scope, scopeCondition } from './scope.js';

export interface DrillDossier {
  id: string;
  code: string | null;
  procedureCode: string;
  procedureName: string;
  channel: string;
  status: string;
  outcome: string | null;
  receivedAt: string | null;
  appointmentAt: string | null;
  finishedAt: string | null;
  unitCode: string;
}

export interface DrillPage {
  measure: DrillMeasure;
  items: DrillDossier[];
  /** Pass as `after` for the next page; null on the last page. */
  next: string | null;
}

function measureCondition(measure: DrillMeasure, scope: Scope): SQL {
  const { from, to } = scope.period;
  const received = sql`b.received_day between ${from}::date and ${to}::date`;
  const finished = sql`b.finished_day between ${from}::date and ${to}::date`;
  switch (measure) {
    case 'received':
      return received;
    case 'received_online':
    case 'received_in_person':
    case 'received_post':
      return sql`${received} and b.channel = ${measure.slice('received_'.length)}`;
    case 'resolved':
      return finished;
    case 'in_progress':
      return sql`b.received_day <= ${to}::date and (b.finished_day is null or b.finished_day > ${to}::date)`;
    case 'early_or_on_time':
      return sql`${finished} and b.portal in ('early', 'on_time')`;
    case 'early':
    case 'on_time':
    case 'late':
      return sql`${finished} and b.portal = ${measure}`;
    case 'early_or_on_time_indicator':
      return sql`${finished} and b.indicator in ('early', 'on_time')`;
    case 'early_indicator':
    case 'on_time_indicator':
    case 'late_indicator':
      return sql`${finished} and b.indicator = ${measure.replace('_indicator', '')}`;
    case 'returned_post':
      return sql`b.returned_day between ${from}::date and ${to}::date and b.returned_post = 1`;
    case 'e_result':
      return sql`${finished} and b.outcome = 'approved' and b.e_result = 1`;
    case 'paid_online':
      return sql`${received} and b.fee_bearing = 1 and b.paid_online = 1`;
    case 'rated':
      return sql`b.rated_day between ${from}::date and ${to}::date`;
    case 'unsatisfied':
      return sql`b.rated_day between ${from}::date and ${to}::date and 0 = any(b.scores)`;
  }
}

export async function listReportDossiers(
  ctx: Ctx,
  q: ReportQuery & { measure: DrillMeasure; after?: string | undefined; pageSize?: number | undefined },
): Promise<Result<DrillPage, DomainError>> {
  const resolved = await resolveScope(ctx, q);
  if (!resolved.ok) return resolved;
  const scope = resolved.value;
  await catchUpServiceAggregates(ctx.db, ctx.now);
  const reading = await forReading(ctx);
  const size = Math.min(Math.max(q.pageSize ?? 50, 1), 200);
  const after = q.after ? sql`and b.dossier_id > ${q.after}::uuid` : sql``;
  const rows = await reading.db.execute<{
    id: string;
    code: string | null;
    procedure_code: string;
    procedure_name: string;
    channel: string;
    status: string;
    outcome: string | null;
    received_at: Date | null;
    appointment_at: Date | null;
    finished_at: Date | null;
    unit_code: string;
  }>(sql`
    select b.dossier_id as id, d.code, b.procedure_code, d.procedure_name, b.channel, d.status, d.outcome,
           d.received_at, d.appointment_at, d.finished_at, b.unit_code
      from reports.dossier_contributions b
      join ${DOSSIER_FACTS} d on d.id = b.dossier_id
     where ${scopeCondition(scope, { withProcedure: true })} and ${measureCondition(q.measure, scope)} ${after}
     order by b.dossier_id limit ${size + 1}`);
  const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());
  const items = rows.rows.slice(0, size).map((r) => ({
    id: r.id,
    code: r.code,
    procedureCode: r.procedure_code,
    procedureName: r.procedure_name,
    channel: r.channel,
    status: r.status,
    outcome: r.outcome,
    receivedAt: iso(r.received_at),
    appointmentAt: iso(r.appointment_at),
    finishedAt: iso(r.finished_at),
    unitCode: r.unit_code,
  }));
  return ok({
    measure: q.measure,
    items,
    next: rows.rows.length > size ? (items[items.length - 1]?.id ?? null) : null,
  });
}

export interface ProcedureRow extends Figures {
  procedureCode: string;
  procedureName: string;
  field: string;
}

/** The figures of each procedure of the scope, the most received first (whole months: the monthly rollup). */
export async function procedureBreakdown(
  ctx: Ctx,
  q: ReportQuery & { limit?: number | undefined },
): Promise<Result<{ items: ProcedureRow[]; total: number }, DomainError>> {
  const resolved = await resolveScope(ctx, q);
  if (!resolved.ok) return resolved;
  const scope = resolved.value;
  if (!scope.period.wholeMonths)
    return invalidBecause(msg('reports.wholeMonthsProcedures'), [
      fieldError('from', msg('reports.wholeMonths')),
    ]);
  await catchUpServiceAggregates(ctx.db, ctx.now);
  const reading = await forReading(ctx);
  const channel = (c: string) =>
    `coalesce(sum(b.received) filter (where b.channel = '${c}'), 0)::bigint as received_${c}`;
  const result = await reading.db.execute<
    Record<string, unknown> & { procedure_code: string; field: string }
  >(sql`
    select b.procedure_code, b.field, ${sql.raw(sumList('', 'b.'))},
           ${sql.raw(['online', 'in_person', 'post'].map(channel).join(', '))}
      from reports.monthly b
     where ${scopeCondition(scope, { withProcedure: true })}
       and b.month between ${scope.period.from}::date and ${scope.period.to}::date
     group by b.procedure_code, b.field
     order by sum(b.received) desc, b.procedure_code`);
  const limit = Math.min(Math.max(q.limit ?? 100, 1), 500);
  const rows = result.rows.slice(0, limit);
  const names = await procedureNames(
    ctx.db,
    rows.map((r) => r.procedure_code),
  );
  return ok({
    total: result.rows.length,
    items: rows.map((r) => ({
      procedureCode: r.procedure_code,
      procedureName: names.get(r.procedure_code) ?? r.procedure_code,
      field: r.field,
      ...figuresOf(
        countsOf(r),
        {
          online: Number(r.received_online),
          in_person: Number(r.received_in_person),
          post: Number(r.received_post),
        },
        null,
      ),
    })),
  });
}
