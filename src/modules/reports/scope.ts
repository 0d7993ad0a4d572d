/**
 * What a report is about: a unit and its sub-units (a province and its communes and departments; a commune),
 * optionally one agency, procedure, field or channel, for a period; with the reader's access applied. Turns it
 * into the SQL condition every bucket query and drill-down list shares.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  type DomainError,
  fail,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { CHANNELS, type Channel } from '../dossiers/index.js';
import {
  findAgencies,
  findUnit,
  type LevelUnit,
  type UnitLevel,
  type UnitSummary,
  unitsAtLevel,
  vietnamToday,
} from '../units/index.js';
import { msg } from './messages.js';
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
  /** A level of the province (issue 24 §1): its communes, its special zones or its province-level agencies. */
  level?: UnitLevel | undefined;
}

/** A level of a province a report is about, with the units that make it up. */
export interface ScopeLevel {
  key: UnitLevel;
  units: LevelUnit[];
}

export interface Scope {
  unit: UnitSummary;
  level: ScopeLevel | null;
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
  if (!period.ok) return invalidBecause(period.message, [fieldError(period.field, period.message)]);
  if (q.channel && !CHANNELS.includes(q.channel))
    return invalidBecause(msg('reports.unknownChannel'), [fieldError('channel', msg('reports.invalid'))]);
  const unit = await findUnit(ctx.db, q.unit);
  if (!unit) return notFound('unit', q.unit);
  const level = q.level ? await levelOf(ctx, unit, q.level, vietnamToday(ctx.now)) : ok(null);
  if (!level.ok) return level;
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
        : forbiddenBecause(msg('reports.leadersOnly'));
    agencies = access.agencies;
  }
  const filters = {
    agencyId: q.agencyId ?? null,
    procedureCode: q.procedureCode ?? null,
    field: q.field ?? null,
    channel: q.channel ?? null,
  };
  if ((filters.procedureCode || filters.field) && !period.value.wholeMonths)
    return invalidBecause(msg('reports.wholeMonthsFields'), [fieldError('from', msg('reports.wholeMonths'))]);
  return ok({ unit, level: level.value, period: period.value, agencies, filters });
}

/** Whether the reader may open the report of `q` (the drill-down a target links to; issue 24 §2). */
export async function mayOpenReport(ctx: Ctx, q: ReportQuery): Promise<boolean> {
  return (await resolveScope(ctx, q)).ok;
}

/** The units of a level of the province as they stand today (the 2025 units also carry earlier dossiers). */
async function levelOf(
  ctx: Ctx,
  unit: UnitSummary,
  key: UnitLevel,
  asOf: string,
): Promise<Result<ScopeLevel, DomainError>> {
  if (unit.level !== 'province')
    return invalidBecause(msg('reports.levelOfProvince', { unit: unit.code }), [
      fieldError('level', msg('reports.levelOfProvince', { unit: unit.code })),
    ]);
  const units = await unitsAtLevel(ctx.db, unit.code, key, asOf);
  if (units.length === 0)
    return invalidBecause(msg('reports.levelEmpty', { unit: unit.code }), [
      fieldError('level', msg('reports.levelEmpty', { unit: unit.code })),
    ]);
  return ok({ key, units });
}

/** The condition on a bucket or contribution row (alias `b`) for the scope's unit and filters. */
export function scopeCondition(scope: Scope, options: { withProcedure: boolean }): SQL {
  const parts: SQL[] = [sql`b.province_code = ${scope.unit.provinceCode}`];
  if (scope.unit.level === 'commune') parts.push(sql`b.unit_code = ${scope.unit.code}`);
  if (scope.level)
    parts.push(
      sql`b.unit_code in (${sql.join(
        scope.level.units.map((u) => sql`${u.code}`),
        sql`, `,
      )})`,
    );
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
