/**
 * Báo cáo tình hình giải ngân vốn đầu tư công tháng — the monthly report layout: projects grouped by owner, each
 * with the year's plan by source, what was paid in the month, paid to the month's end and the rate, beside the
 * rate at the same point last year; subtotals per owner and a total for the province.
 */
import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import {
  fail,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { findUnit, vietnamToday } from '../units/index.js';
import { monthEnd } from './disbursement-rules.js';
import { sourceFigures } from './figures.js';
import { msg } from './messages.js';
import { rate } from './money.js';
import { mayReadProvince } from './policy.js';
import { type CapitalSource, projects } from './schema.js';

export interface ReportLine {
  code: string;
  name: string;
  projectId: string | null;
  planBySource: Record<CapitalSource, string>;
  plan: string;
  paidInMonth: string;
  paidToDate: string;
  rate: number | null;
  rateLastYear: number | null;
}

export interface MonthlyReport {
  provinceCode: string;
  provinceName: string;
  year: number;
  month: number;
  asOf: string;
  owners: Array<{ ownerName: string; subtotal: ReportLine; projects: ReportLine[] }>;
  total: ReportLine;
}

class Line {
  plan = { central_budget: 0n, local_budget: 0n, national_target_programme: 0n } as Record<
    CapitalSource,
    bigint
  >;
  paidInMonth = 0n;
  paid = 0n;
  planLastYear = 0n;
  paidLastYear = 0n;
  add(other: Line) {
    for (const k of Object.keys(this.plan) as CapitalSource[]) this.plan[k] += other.plan[k];
    this.paidInMonth += other.paidInMonth;
    this.paid += other.paid;
    this.planLastYear += other.planLastYear;
    this.paidLastYear += other.paidLastYear;
  }
  view(code: string, name: string, projectId: string | null): ReportLine {
    const plan = this.plan.central_budget + this.plan.local_budget + this.plan.national_target_programme;
    return {
      code,
      name,
      projectId,
      planBySource: {
        central_budget: this.plan.central_budget.toString(),
        local_budget: this.plan.local_budget.toString(),
        national_target_programme: this.plan.national_target_programme.toString(),
      },
      plan: plan.toString(),
      paidInMonth: this.paidInMonth.toString(),
      paidToDate: this.paid.toString(),
      rate: rate(this.paid, plan),
      rateLastYear: rate(this.paidLastYear, this.planLastYear),
    };
  }
}

export async function monthlyReport(
  ctx: Ctx,
  input: { provinceCode: string; year: number; month: number },
): Promise<Result<MonthlyReport>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (!mayReadProvince(ctx.actor, input.provinceCode))
    return forbiddenBecause(msg('investment.readByOfficials'));
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province')
    return invalidBecause(msg('investment.unknownProvince'), [
      fieldError('provinceCode', msg('investment.unknownProvinceField')),
    ]);
  if (!Number.isInteger(input.month) || input.month < 1 || input.month > 12)
    return invalidBecause(msg('investment.monthRange'), [{ field: 'month', message: '1–12' }]);
  const today = vietnamToday(ctx.now);
  const end = monthEnd(input.year, input.month);
  const asOf = end < today ? end : today;
  const monthStart = `${input.year}-${String(input.month).padStart(2, '0')}-01`;
  if (monthStart > today)
    return invalidBecause(msg('investment.monthNotBegun', { today: formatDay(today) }), [
      fieldError('month', msg('investment.inFuture')),
    ]);
  const [figures, inMonth, rows] = await Promise.all([
    sourceFigures(ctx.db, { provinceCode: input.provinceCode }, input.year, asOf),
    ctx.db.execute<{ project_id: string; amount: string }>(sql`
      select project_id, sum(amount) as amount from investment.disbursements
       where province_code = ${input.provinceCode} and plan_year = ${input.year} and cancelled_at is null
         and disbursed_on between ${monthStart}::date and ${asOf}::date
       group by project_id`),
    ctx.db
      .select()
      .from(projects)
      .where(eq(projects.provinceCode, input.provinceCode))
      .orderBy(projects.ownerName, projects.code),
  ]);
  const lines = new Map<string, Line>();
  const lineOf = (id: string) => {
    if (!lines.has(id)) lines.set(id, new Line());
    return lines.get(id)!;
  };
  for (const f of figures) {
    const line = lineOf(f.projectId);
    line.plan[f.source] += f.plan;
    line.paid += f.paid;
    line.planLastYear += f.planLastYear;
    line.paidLastYear += f.paidLastYear;
  }
  for (const r of inMonth.rows) lineOf(r.project_id).paidInMonth += BigInt(r.amount);
  const owners = new Map<string, { subtotal: Line; projects: ReportLine[] }>();
  const total = new Line();
  for (const p of rows) {
    const line = lines.get(p.id);
    if (!line) continue;
    const owner = owners.get(p.ownerName) ?? { subtotal: new Line(), projects: [] };
    owner.subtotal.add(line);
    owner.projects.push(line.view(p.code, p.name, p.id));
    owners.set(p.ownerName, owner);
    total.add(line);
  }
  return ok({
    provinceCode: province.code,
    provinceName: province.name,
    year: input.year,
    month: input.month,
    asOf,
    owners: [...owners].map(([ownerName, o]) => ({
      ownerName,
      subtotal: o.subtotal.view('', ownerName, null),
      projects: o.projects,
    })),
    total: total.view('', 'Tổng cộng', null),
  });
}
