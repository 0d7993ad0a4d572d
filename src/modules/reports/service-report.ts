/**
 * Báo cáo kết quả giải quyết TTHC — the service report of a unit and its sub-units for a period (issue 7 §1):
 * every indicator with numerator and denominator, the monthly trend, the sub-units (a ranking of communes) and
 * agencies, the satisfaction scores and bands, and the method. The aggregates are brought up to date first
 * (catch-up), then read in ONE statement: the buckets of the scope summed with GROUPING SETS.
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Ctx, forReading } from '../../platform/context.js';
import { type DomainError, ok, type Result } from '../../platform/result.js';
import { findUnits, levelsOf, listAgencies, type UnitLevel, vietnamToday } from '../units/index.js';
import { catchUpServiceAggregates } from './catch-up.js';
import {
  type Figures,
  figuresOf,
  type Indicator,
  indicatorsOf,
  type SatisfactionScores,
  satisfactionOf,
} from './figures.js';
import { type Counts, countsOf, sumList } from './measures.js';
import { type MethodLine, SERVICE_METHOD } from './method.js';
import type { ReportPeriod } from './period.js';
import { type ReportQuery, resolveScope, type Scope, scopeCondition } from './scope.js';

const NO_CHANNELS = { online: 0, in_person: 0, post: 0 };

export interface UnitRow extends Figures {
  /** Distinct for every row (issue 24 §5d): `province_agencies:04` is not the total `total:04`. */
  rowKey: string;
  unitCode: string;
  unitName: string;
  level: 'province' | 'commune';
}

export interface AgencyRow extends Figures {
  agencyId: string;
  agencyName: string;
  unitCode: string;
}

export interface MonthRow extends Figures {
  month: string;
}

export interface ServiceReport extends Figures {
  /** The unit's code (what `tinhso report service --unit` was given). */
  unit: string;
  unitName: string;
  provinceCode: string;
  level: 'province' | 'commune';
  /** The level of the province asked for (issue 24 §1) and its units, or null for the whole unit. */
  scopeLevel: Scope['level'];
  /** The levels a province report can be asked for, with their unit counts ([] for a commune). */
  levels: Array<{ key: UnitLevel; units: number }>;
  /** The key of the total row: `total:04`, `total:04:commune`. */
  rowKey: string;
  period: ReportPeriod;
  filters: Scope['filters'];
  /** Limited to these agencies by the reader's grant, or null. */
  agencies: string[] | null;
  indicators: Indicator[];
  satisfaction: SatisfactionScores;
  months: MonthRow[];
  units: UnitRow[];
  agencyRows: AgencyRow[];
  method: MethodLine[];
  measuredAt: string;
}

type Row = Record<string, unknown> & {
  g_unit: number;
  g_agency: number;
  g_month: number;
  unit_code: string | null;
  agency_id: string | null;
  m: string | null;
  received_online: string;
  received_in_person: string;
  received_post: string;
  backlog: string;
};

/** The bucket rows of a scope up to its last day: daily, or the monthly rollup for procedure / field filters. */
export function bucketSource(scope: Scope): SQL {
  const monthly = Boolean(scope.filters.procedureCode || scope.filters.field);
  const cond = scopeCondition(scope, { withProcedure: monthly });
  return monthly
    ? sql`select b.*, b.month as d, to_char(b.month, 'YYYY-MM') as m from reports.monthly b
           where ${cond} and b.month <= ${scope.period.to}::date`
    : sql`select b.*, b.day as d, to_char(b.day, 'YYYY-MM') as m from reports.daily b
           where ${cond} and b.day <= ${scope.period.to}::date`;
}

function channelsOf(r: Row) {
  return {
    online: Number(r.received_online),
    in_person: Number(r.received_in_person),
    post: Number(r.received_post),
  };
}

/** Read the figures of a resolved scope (no catch-up, no access check: callers do both). */
export async function readServiceFigures(ctx: Ctx, scope: Scope) {
  const inPeriod = `b.d >= '${scope.period.from}'::date`;
  const channel = (c: string) =>
    `coalesce(sum(b.received) filter (where ${inPeriod} and b.channel = '${c}'), 0)::bigint as received_${c}`;
  const result = await ctx.db.execute<Row>(sql`
    select grouping(b.unit_code)::int as g_unit, grouping(b.agency_id)::int as g_agency, grouping(b.m)::int as g_month,
           b.unit_code, b.agency_id, b.m,
           ${sql.raw(sumList(inPeriod, 'b.'))},
           ${sql.raw(['online', 'in_person', 'post'].map(channel).join(', '))},
           coalesce(sum(b.received - b.resolved), 0)::bigint as backlog
      from (${bucketSource(scope)}) b
     group by grouping sets ((), (b.unit_code), (b.unit_code, b.agency_id), (b.m))`);
  const rows = result.rows;
  const total = rows.find((r) => r.g_unit && r.g_agency && r.g_month);
  const totalCounts: Counts = countsOf(total ?? {});
  const backlog = Number(total?.backlog ?? 0);
  const figures = figuresOf(totalCounts, total ? channelsOf(total) : NO_CHANNELS, backlog);
  // Months: in progress at each month's end = the backlog before the period + the period's months so far.
  const monthRows = new Map(rows.filter((r) => !r.g_month).map((r) => [r.m!, r]));
  let running = backlog - (totalCounts.received - totalCounts.resolved);
  const months: MonthRow[] = scope.period.months.map((month) => {
    const r = monthRows.get(month);
    const counts = countsOf(r ?? {});
    running += counts.received - counts.resolved;
    return { month, ...figuresOf(counts, r ? channelsOf(r) : NO_CHANNELS, running) };
  });
  const unitRows = rows.filter((r) => !r.g_unit && r.g_agency);
  const agencyRows = rows.filter((r) => !r.g_unit && !r.g_agency);
  return { figures, totalCounts, months, unitRows, agencyRows };
}

export async function serviceReport(ctx: Ctx, q: ReportQuery): Promise<Result<ServiceReport, DomainError>> {
  const resolved = await resolveScope(ctx, q);
  if (!resolved.ok) return resolved;
  await catchUpServiceAggregates(ctx.db, ctx.now);
  return ok(await buildServiceReport(await forReading(ctx), resolved.value));
}

/** The report of a scope already resolved and authorised, the aggregates already caught up. */
export async function buildServiceReport(ctx: Ctx, scope: Scope): Promise<ServiceReport> {
  const read = await readServiceFigures(ctx, scope);
  const [unitNames, agencies, levels] = await Promise.all([
    findUnits(
      ctx.db,
      read.unitRows.map((r) => r.unit_code!),
    ),
    listAgencies(ctx.db, scope.unit.provinceCode),
    scope.unit.level === 'province' ? levelsOf(ctx.db, scope.unit.code, vietnamToday(ctx.now)) : [],
  ]);
  const agencyNames = new Map(agencies.map((a) => [a.id, a.name]));
  const units: UnitRow[] = read.unitRows.map((r) => {
    const u = unitNames.get(r.unit_code!);
    const level = u?.level ?? (r.unit_code!.length === 2 ? 'province' : 'commune');
    return {
      rowKey: `${level === 'province' ? 'province_agencies' : 'commune'}:${r.unit_code!}`,
      unitCode: r.unit_code!,
      unitName: u?.name ?? r.unit_code!,
      level,
      ...figuresOf(countsOf(r), channelsOf(r), Number(r.backlog)),
    };
  });
  // A level lists every unit it is made of, also those with nothing in the period (issue 24 §1).
  for (const u of scope.level?.units ?? [])
    if (!units.some((row) => row.unitCode === u.code))
      units.push({
        rowKey: `${u.code.length === 2 ? 'province_agencies' : 'commune'}:${u.code}`,
        unitCode: u.code,
        unitName: u.name,
        level: u.code.length === 2 ? 'province' : 'commune',
        ...figuresOf(countsOf({}), NO_CHANNELS, 0),
      });
  // The province-level agencies first, then the communes by code.
  units.sort((a, b) => a.unitCode.length - b.unitCode.length || a.unitCode.localeCompare(b.unitCode));
  const agencyRows: AgencyRow[] = read.agencyRows
    .map((r) => ({
      agencyId: r.agency_id!,
      agencyName: agencyNames.get(r.agency_id!) ?? '—',
      unitCode: r.unit_code!,
      ...figuresOf(countsOf(r), channelsOf(r), Number(r.backlog)),
    }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode) || a.agencyName.localeCompare(b.agencyName, 'vi'));
  return {
    unit: scope.unit.code,
    unitName: scope.unit.name,
    provinceCode: scope.unit.provinceCode,
    level: scope.unit.level,
    scopeLevel: scope.level,
    levels,
    rowKey: ['total', scope.unit.code, ...(scope.level ? [scope.level.key] : [])].join(':'),
    period: scope.period,
    filters: scope.filters,
    agencies: scope.agencies,
    ...read.figures,
    indicators: indicatorsOf(read.figures),
    satisfaction: satisfactionOf(read.totalCounts),
    months: read.months,
    units,
    agencyRows,
    method: SERVICE_METHOD,
    measuredAt: ctx.now.toISOString(),
  };
}

/**
 * The transparency figures of a province or commune (issue 7 §3), for anyone: the same report, counts and
 * rates of public bodies only (no dossier, no person); no agency, procedure or field filter.
 */
export async function publicServiceReport(
  ctx: Ctx,
  q: Pick<ReportQuery, 'unit' | 'period' | 'from' | 'to' | 'channel' | 'level'>,
): Promise<Result<ServiceReport, DomainError>> {
  const resolved = await resolveScope(
    ctx,
    { unit: q.unit, period: q.period, from: q.from, to: q.to, channel: q.channel, level: q.level },
    { publicView: true },
  );
  if (!resolved.ok) return resolved;
  await catchUpServiceAggregates(ctx.db, ctx.now);
  return ok(await buildServiceReport(await forReading(ctx), resolved.value));
}
