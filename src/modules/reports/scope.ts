/**
 * What a report is about: a unit and its sub-units (a province and its communes and departments; a commune),
 * optionally one agency, procedure, field or channel, for a period; with the reader's access applied. Turns it
 * into the SQL condition every bucket query and drill-down list shares.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, invalid, notFound, ok, type Result } from '../../platform/result.js';
import { CHANNELS, type Channel } from '../dossiers/index.js';
import { findAgencies, findUnit, type UnitSummary } from '../units/index.js';
import { type ReportPeriod, resolvePeriod } from './period.js';
import { reportAccess } from './policy.js';

export interface ReportQuery {
  unit: string;
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: string | undefined;
  procedureCode?: string | undefined;
  field?: string | undefined;
  channel?: Channel | undefined;
}

export interface Scope {
  unit: UnitSummary;
  period: ReportPeriod;
  agencies: string[] | null;
  filters: {
    agencyId: string | null;
    procedureCode: string | null;
    field: string | null;
    channel: Channel | null;
  };
}

/** Resolve and authorise; `publicView` skips the reader check (aggregate figures only). */
export async function resolveScope(
  ctx: Ctx,
  q: ReportQuery,
  options: { publicView?: boolean } = {},
): Promise<Result<Scope, DomainError>> {
  const period = resolvePeriod(q);
  if (!period.ok) return invalid(period.message, [{ field: period.field, message: period.message }]);
  if (q.channel && !CHANNELS.includes(q.channel))
    return invalid('Unknown channel.', [{ field: 'channel', message: 'invalid' }]);
  const unit = await findUnit(ctx.db, q.unit);
  if (!unit) return notFound('unit', q.unit);
  let agencies: string[] | null = null;
  if (!options.publicView) {
    const named =
      ctx.actor.kind === 'user' ? ctx.actor.roles.flatMap((g) => (g.agencyId ? [g.agencyId] : [])) : [];
    const kinds = await findAgencies(ctx.db, named);
    const committees = new Set(
      [...kinds.values()].filter((a) => a.kind === 'people_committee').map((a) => a.id),
    );
    const access = reportAccess(
      ctx.actor,
      { unitCode: unit.code, provinceCode: unit.provinceCode },
      committees,
    );
    if (!access.allowed)
      return access.reason === 'unauthenticated'
        ? fail({ kind: 'unauthenticated' })
        : fail({
            kind: 'forbidden',
            detail: 'Service reports of this unit are for its leaders and administrators.',
          });
    agencies = access.agencies;
  }
  const filters = {
    agencyId: q.agencyId ?? null,
    procedureCode: q.procedureCode ?? null,
    field: q.field ?? null,
    channel: q.channel ?? null,
  };
  if ((filters.procedureCode || filters.field) && !period.value.wholeMonths)
    return invalid('Procedure and field figures are kept by month: choose whole months.', [
      { field: 'from', message: 'whole months' },
    ]);
  return ok({ unit, period: period.value, agencies, filters });
}

/** The condition on a bucket or contribution row (alias `b`) for the scope's unit and filters. */
export function scopeCondition(scope: Scope, options: { withProcedure: boolean }): SQL {
  const parts: SQL[] = [sql`b.province_code = ${scope.unit.provinceCode}`];
  if (scope.unit.level === 'commune') parts.push(sql`b.unit_code = ${scope.unit.code}`);
  if (scope.agencies)
    parts.push(
      sql`b.agency_id in (${sql.join(
        scope.agencies.map((a) => sql`${a}`),
        sql`, `,
      )})`,
    );
  const f = scope.filters;
  if (f.agencyId) parts.push(sql`b.agency_id = ${f.agencyId}`);
  if (f.channel) parts.push(sql`b.channel = ${f.channel}`);
  if (options.withProcedure && f.procedureCode) parts.push(sql`b.procedure_code = ${f.procedureCode}`);
  if (options.withProcedure && f.field) parts.push(sql`b.field = ${f.field}`);
  return sql.join(parts, sql` and `);
}
