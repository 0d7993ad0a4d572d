import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import {
  fail,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { findUnit, findUnits, vietnamToday } from '../units/index.js';
import { atRiskMargin, findProjectsAtRisk } from './at-risk.js';
import { isIsoDate, sameDayLastYear } from './disbursement-rules.js';
import { monthlyCurve, sourceFigures } from './figures.js';
import { msg } from './messages.js';
import { rate } from './money.js';
import { isPlanningOffice, mayReadProvince } from './policy.js';
import { CAPITAL_SOURCES, extensionRequests, PROJECT_GROUPS, projects } from './schema.js';

export interface Totals {
  plan: string;
  paid: string;
  rate: number | null;
  planLastYear: string;
  paidLastYear: string;
  rateLastYear: number | null;
  projects: number;
}

export interface CurvePoint {
  month: number;
  planned: string;
  paid: string;
  plannedCumulative: string;
  paidCumulative: string;
  paidLastYearCumulative: string;
  /** Cumulative payments as a share of the year's plan (and last year's, of last year's plan). */
  rate: number | null;
  plannedRate: number | null;
  rateLastYear: number | null;
}

export interface ProvinceSummary {
  provinceCode: string;
  provinceName: string;
  year: number;
  asOf: string;
  asOfLastYear: string;
  total: Totals;
  bySource: Array<Totals & { source: string }>;
  byGroup: Array<Totals & { group: string }>;
  byOwner: Array<Totals & { ownerName: string; ownerUnitCode: string }>;
  byUnit: Array<Totals & { unitCode: string; unitName: string }>;
  curve: CurvePoint[];
  extensions: { awaiting: number; pastEndWithoutRequest: number; decidedThisYear: number };
  atRisk: { count: number; marginPoints: number };
  permissions: { plan: boolean };
}

class Acc {
  plan = 0n;
  paid = 0n;
  planLastYear = 0n;
  paidLastYear = 0n;
  ids = new Set<string>();
  add(f: { projectId: string; plan: bigint; paid: bigint; planLastYear: bigint; paidLastYear: bigint }) {
    this.plan += f.plan;
    this.paid += f.paid;
    this.planLastYear += f.planLastYear;
    this.paidLastYear += f.paidLastYear;
    if (f.plan > 0n || f.paid > 0n) this.ids.add(f.projectId);
  }
  totals(): Totals {
    return {
      plan: this.plan.toString(),
      paid: this.paid.toString(),
      rate: rate(this.paid, this.plan),
      planLastYear: this.planLastYear.toString(),
      paidLastYear: this.paidLastYear.toString(),
      rateLastYear: rate(this.paidLastYear, this.planLastYear),
      projects: this.ids.size,
    };
  }
}

function grouped<K extends string>(keys: Iterable<K>): Map<K, Acc> {
  return new Map([...keys].map((k) => [k, new Acc()]));
}

/**
 * Tình hình giải ngân của tỉnh — a plan year as of a day (default today): the rate against the year's plan and
 * against the same day last year, by source, group, owner and unit; the month-by-month curve; projects awaiting an
 * extension (counted from the requests) and projects at risk.
 */
export async function provinceSummary(
  ctx: Ctx,
  input: { provinceCode: string; year?: number | undefined; asOf?: string | undefined },
): Promise<Result<ProvinceSummary>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadProvince(ctx.actor, input.provinceCode))
    return forbiddenBecause(msg('investment.readByOfficials'));
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province')
    return invalidBecause(msg('investment.unknownProvince'), [
      fieldError('provinceCode', msg('investment.unknownProvinceField')),
    ]);
  const today = vietnamToday(ctx.now);
  const year = input.year ?? Number((input.asOf ?? today).slice(0, 4));
  const asOf =
    input.asOf ??
    (today < `${year + 1}-01-31` ? (today < `${year}-01-01` ? `${year}-01-01` : today) : `${year + 1}-01-31`);
  if (!isIsoDate(asOf))
    return invalidBecause(msg('investment.asOfDate'), [{ field: 'asOf', message: 'YYYY-MM-DD' }]);
  const [figures, projectRows, curve, margin] = await Promise.all([
    sourceFigures(ctx.db, { provinceCode: input.provinceCode }, year, asOf),
    ctx.db.select().from(projects).where(eq(projects.provinceCode, input.provinceCode)),
    monthlyCurve(ctx.db, { provinceCode: input.provinceCode }, year, asOf),
    atRiskMargin(ctx.db, input.provinceCode),
  ]);
  const byId = new Map(projectRows.map((p) => [p.id, p]));
  const total = new Acc();
  const bySource = grouped<string>(CAPITAL_SOURCES);
  const byGroup = grouped<string>(PROJECT_GROUPS);
  const byOwner = new Map<string, Acc>();
  const byUnit = new Map<string, Acc>();
  for (const f of figures) {
    const p = byId.get(f.projectId);
    if (!p) continue;
    total.add(f);
    bySource.get(f.source)?.add(f);
    byGroup.get(p.group)?.add(f);
    const ownerKey = `${p.ownerUnitCode}|${p.ownerName}`;
    if (!byOwner.has(ownerKey)) byOwner.set(ownerKey, new Acc());
    byOwner.get(ownerKey)!.add(f);
    if (!byUnit.has(p.unitCode)) byUnit.set(p.unitCode, new Acc());
    byUnit.get(p.unitCode)!.add(f);
  }
  const unitNames = await findUnits(ctx.db, [...byUnit.keys()]);
  const [extensionCounts] = await ctx.db
    .select({
      awaiting: sql<number>`count(distinct ${extensionRequests.projectId}) filter (where ${extensionRequests.status} = 'pending')`,
      decided: sql<number>`count(*) filter (where ${extensionRequests.status} in ('approved', 'rejected') and extract(year from ${extensionRequests.decidedOn}) = ${year})`,
    })
    .from(extensionRequests)
    .where(eq(extensionRequests.provinceCode, input.provinceCode));
  const [pastEnd] = await ctx.db
    .select({ n: sql<number>`count(*)` })
    .from(projects)
    .where(
      and(
        eq(projects.provinceCode, input.provinceCode),
        eq(projects.status, 'active'),
        sql`${projects.currentEndDate} < ${today}::date`,
        sql`not exists (select 1 from investment.extension_requests e where e.project_id = ${projects.id} and e.status = 'pending')`,
      ),
    );
  const atRisk = await findProjectsAtRisk(ctx.db, input.provinceCode, year, asOf, margin);
  const sorted = <T extends Totals>(list: T[]) =>
    list
      .filter((t) => t.plan !== '0' || t.paid !== '0')
      .sort((a, b) => Number(BigInt(b.plan) - BigInt(a.plan)));
  let planned = 0n;
  let paid = 0n;
  let paidLastYear = 0n;
  const totals = total.totals();
  return ok({
    provinceCode: province.code,
    provinceName: province.name,
    year,
    asOf,
    asOfLastYear: sameDayLastYear(asOf),
    total: totals,
    bySource: [...bySource].map(([source, acc]) => ({ source, ...acc.totals() })),
    byGroup: [...byGroup].map(([group, acc]) => ({ group, ...acc.totals() })),
    byOwner: sorted(
      [...byOwner].map(([key, acc]) => {
        const [ownerUnitCode = '', ownerName = ''] = key.split('|');
        return { ownerUnitCode, ownerName, ...acc.totals() };
      }),
    ),
    byUnit: sorted(
      [...byUnit].map(([unitCode, acc]) => ({
        unitCode,
        unitName: unitNames.get(unitCode)?.name ?? unitCode,
        ...acc.totals(),
      })),
    ),
    curve: curve.map((point) => {
      planned += point.planned;
      paid += point.paid;
      paidLastYear += point.paidLastYear;
      return {
        month: point.month,
        planned: point.planned.toString(),
        paid: point.paid.toString(),
        plannedCumulative: planned.toString(),
        paidCumulative: paid.toString(),
        paidLastYearCumulative: paidLastYear.toString(),
        rate: rate(paid, total.plan),
        plannedRate: rate(planned, total.plan),
        rateLastYear: rate(paidLastYear, total.planLastYear),
      };
    }),
    extensions: {
      awaiting: Number(extensionCounts?.awaiting ?? 0),
      pastEndWithoutRequest: Number(pastEnd?.n ?? 0),
      decidedThisYear: Number(extensionCounts?.decided ?? 0),
    },
    atRisk: { count: atRisk.length, marginPoints: margin },
    permissions: { plan: isPlanningOffice(ctx.actor, input.provinceCode) },
  });
}
