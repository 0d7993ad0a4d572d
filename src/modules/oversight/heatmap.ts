/**
 * The heat map of agencies × months (issue 8 §4): for each lead agency and each month of deadlines, how many
 * tasks were done on time, done late, are open past their deadline, and are open and not yet due. Done means
 * reported complete (the agency's act; the issuer's confirmation does not move the date). Counts only: any
 * rate is computed from them when read, never stored.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidBecause, ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import { viewCondition } from './list-tasks.js';
import { msg } from './messages.js';
import { requireOfficial } from './policy.js';
import type { SourceKind } from './schema.js';
import { resolveScope } from './scope.js';
import { type AgencyView, agencyViews } from './task-view.js';

export interface HeatCell {
  onTime: number;
  late: number;
  overdueOpen: number;
  open: number;
}

export interface HeatMap {
  today: string;
  from: string;
  to: string;
  months: string[];
  rows: Array<{ agency: AgencyView; cells: HeatCell[]; total: HeatCell }>;
  totals: HeatCell[];
  total: HeatCell;
}

export const MAX_MONTHS = 36;

function addMonths(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = [];
  for (let m = from; m <= to && months.length <= MAX_MONTHS; m = addMonths(m, 1)) months.push(m);
  return months;
}

/** The SQL condition (alias `c`) of a source filter. */
export function sourceFilter(source: SourceKind | 'outside' | undefined) {
  if (source === 'outside') return sql`and c.source <> 'own'`;
  return source ? sql`and c.source = ${source}` : sql``;
}

const empty = (): HeatCell => ({ onTime: 0, late: 0, overdueOpen: 0, open: 0 });
const KEYS = { on_time: 'onTime', late: 'late', overdue_open: 'overdueOpen', open: 'open' } as const;

export async function heatMap(
  ctx: Ctx,
  input: {
    issuerUnitCode?: string | undefined;
    from?: string | undefined;
    to?: string | undefined;
    /** One source, or every outside one (issue 21 §4); all when absent. */
    source?: SourceKind | 'outside' | undefined;
  },
): Promise<Result<HeatMap>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const today = localDate(ctx.now);
  const to = input.to ?? addMonths(today.slice(0, 7), 1);
  const from = input.from ?? addMonths(to, -12);
  if (from > to) return invalidBecause(msg('oversight.monthOrder'), [{ field: 'from', message: 'after to' }]);
  const months = monthsBetween(from, to);
  if (months.length > MAX_MONTHS)
    return invalidBecause(msg('oversight.atMostMonths', { max: MAX_MONTHS }), [
      { field: 'from', message: 'range too long' },
    ]);
  const result = await ctx.db.execute<{
    agency: string;
    month: string;
    category: keyof typeof KEYS;
    n: number;
  }>(sql`
    select t.lead_agency_id as agency, to_char(t.deadline, 'YYYY-MM') as month,
      case when t.status in ('assigned', 'in_progress') then
             case when t.deadline < ${today}::date then 'overdue_open' else 'open' end
           when t.completion_reported_on <= t.deadline then 'on_time' else 'late' end as category,
      count(*)::int as n
    from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id
    where ${viewCondition(scope, 'issued')}
      ${input.issuerUnitCode ? sql`and c.issuer_unit_code = ${input.issuerUnitCode}` : sql``}
      ${sourceFilter(input.source)}
      and t.deadline >= ${`${from}-01`}::date and t.deadline < (${`${to}-01`}::date + interval '1 month')
    group by 1, 2, 3`);
  const agencies = await agencyViews(
    ctx.db,
    result.rows.map((r) => r.agency),
  );
  const byAgency = new Map<string, HeatCell[]>();
  const totals = months.map(empty);
  for (const r of result.rows) {
    const column = months.indexOf(r.month);
    if (column < 0) continue;
    const cells = byAgency.get(r.agency) ?? months.map(empty);
    byAgency.set(r.agency, cells);
    cells[column]![KEYS[r.category]] += Number(r.n);
    totals[column]![KEYS[r.category]] += Number(r.n);
  }
  const sum = (cells: HeatCell[]) =>
    cells.reduce(
      (a, c) => ({
        onTime: a.onTime + c.onTime,
        late: a.late + c.late,
        overdueOpen: a.overdueOpen + c.overdueOpen,
        open: a.open + c.open,
      }),
      empty(),
    );
  const rows = [...byAgency.entries()]
    .map(([id, cells]) => ({ agency: agencies.get(id)!, cells, total: sum(cells) }))
    .sort(
      (a, b) =>
        b.total.overdueOpen + b.total.late - (a.total.overdueOpen + a.total.late) ||
        a.agency.name.localeCompare(b.agency.name, 'vi'),
    );
  return ok({ today, from, to, months, rows, totals, total: sum(totals) });
}
