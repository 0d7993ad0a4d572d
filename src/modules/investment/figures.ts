/**
 * The sums every disbursement view is built from, per project and source, for a plan year as of a day: the
 * year's plan, what was paid from it by that day, and the same two a year earlier (to the same day of the previous
 * year). Rates are computed from these sums by the caller, at read time.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { monthEnd, sameDayLastYear } from './disbursement-rules.js';
import type { CapitalSource } from './schema.js';

export interface SourceFigures {
  projectId: string;
  source: CapitalSource;
  plan: bigint;
  paid: bigint;
  planLastYear: bigint;
  paidLastYear: bigint;
}

export interface ProjectPlanToDate {
  /** Sum of the monthly plan for the months ended by the day (null: the owner has no monthly plan). */
  plannedToDate: bigint | null;
}

const big = (v: string | null | undefined) => BigInt(v ?? '0');

export async function sourceFigures(
  db: Executor,
  filter: { provinceCode: string; projectIds?: string[] },
  year: number,
  asOf: string,
): Promise<SourceFigures[]> {
  const lastYearDay = sameDayLastYear(asOf);
  const only = filter.projectIds
    ? sql`and project_id = any(${`{${filter.projectIds.join(',')}}`}::uuid[])`
    : sql``;
  const rows = await db.execute<{
    project_id: string;
    source: CapitalSource;
    plan: string | null;
    plan_last_year: string | null;
    paid: string | null;
    paid_last_year: string | null;
  }>(sql`
    with plans as (
      select project_id, source,
             sum(amount) filter (where year = ${year}) as plan,
             sum(amount) filter (where year = ${year - 1}) as plan_last_year
        from investment.capital_plans
       where province_code = ${filter.provinceCode} and year in (${year}, ${year - 1}) ${only}
       group by project_id, source),
    paid as (
      select project_id, source,
             sum(amount) filter (where plan_year = ${year} and disbursed_on <= ${asOf}::date) as paid,
             sum(amount) filter (where plan_year = ${year - 1} and disbursed_on <= ${lastYearDay}::date) as paid_last_year
        from investment.disbursements
       where province_code = ${filter.provinceCode} and plan_year in (${year}, ${year - 1})
         and cancelled_at is null ${only}
       group by project_id, source)
    select coalesce(pl.project_id, pd.project_id) as project_id, coalesce(pl.source, pd.source) as source,
           pl.plan, pl.plan_last_year, pd.paid, pd.paid_last_year
      from plans pl full join paid pd on pd.project_id = pl.project_id and pd.source = pl.source`);
  return rows.rows.map((r) => ({
    projectId: r.project_id,
    source: r.source,
    plan: big(r.plan),
    paid: big(r.paid),
    planLastYear: big(r.plan_last_year),
    paidLastYear: big(r.paid_last_year),
  }));
}

/** Monthly plans summed over the months of `year` ended by `asOf`, per project (absent: no monthly plan). */
export async function plannedToDate(
  db: Executor,
  provinceCode: string,
  year: number,
  asOf: string,
): Promise<Map<string, bigint>> {
  const lastMonth =
    asOf >= monthEnd(year, 12) ? 12 : asOf.startsWith(`${year}-`) ? monthsEnded(year, asOf) : 0;
  const rows = await db.execute<{ project_id: string; planned: string }>(sql`
    select project_id, coalesce(sum(amount) filter (where month <= ${lastMonth}), 0) as planned
      from investment.monthly_plans
     where province_code = ${provinceCode} and year = ${year}
     group by project_id`);
  return new Map(rows.rows.map((r) => [r.project_id, BigInt(r.planned)]));
}

/** How many months of `year` have ended by `asOf` (a month ends on its last day). */
export function monthsEnded(year: number, asOf: string): number {
  let ended = 0;
  for (let m = 1; m <= 12; m++) if (monthEnd(year, m) <= asOf) ended = m;
  return ended;
}

export interface MonthPoint {
  /** 1–12, and 13 for January of the next year (the plan year's last payment month, Law 58/2024 art. 72(1)). */
  month: number;
  planned: bigint;
  paid: bigint;
  paidLastYear: bigint;
}

/** Month by month: planned and paid in the month, and paid in the same month of the year before. */
export async function monthlyCurve(
  db: Executor,
  filter: { provinceCode: string; projectId?: string },
  year: number,
  asOf: string,
): Promise<MonthPoint[]> {
  const only = filter.projectId ? sql`and project_id = ${filter.projectId}` : sql``;
  const lastYearDay = sameDayLastYear(asOf);
  const [planRows, paidRows] = await Promise.all([
    db.execute<{ month: number; amount: string }>(sql`
      select month, sum(amount) as amount from investment.monthly_plans
       where province_code = ${filter.provinceCode} and year = ${year} ${only} group by month`),
    db.execute<{ plan_year: number; month: number; amount: string }>(sql`
      select plan_year,
             case when extract(year from disbursed_on) > plan_year then 13 else extract(month from disbursed_on) end::int as month,
             sum(amount) as amount
        from investment.disbursements
       where province_code = ${filter.provinceCode} and plan_year in (${year}, ${year - 1}) and cancelled_at is null
         and disbursed_on <= case when plan_year = ${year} then ${asOf}::date else ${lastYearDay}::date end ${only}
       group by 1, 2`),
  ]);
  const points: MonthPoint[] = Array.from({ length: 13 }, (_, i) => ({
    month: i + 1,
    planned: 0n,
    paid: 0n,
    paidLastYear: 0n,
  }));
  for (const r of planRows.rows) points[r.month - 1]!.planned += BigInt(r.amount);
  for (const r of paidRows.rows) {
    const point = points[r.month - 1]!;
    if (r.plan_year === year) point.paid += BigInt(r.amount);
    else point.paidLastYear += BigInt(r.amount);
  }
  return points;
}
