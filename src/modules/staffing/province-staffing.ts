/**
 * The province view (issue 21 §1: "a province view of communes below requirements, with drill-down"): every
 * commune in force on the day with the same totals as its own page (staffing-views.ts), counted in one pass
 * over the dated rows in force; the drill-down is the commune's page.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { findUnit, listCommunes, vietnamToday } from '../units/index.js';
import { MIN_QUALIFICATION_RANK, QUALIFICATION_RANK } from './catalogue.js';
import { inForceOn } from './dated-rows.js';
import { msg } from './messages.js';
import { mayViewProvince } from './policy.js';
import { type CommuneStaffing, type Shortfall, shortfallsOf } from './staffing-views.js';

export interface CommuneRow {
  unitCode: string;
  name: string;
  nameEn: string | null;
  type: string;
  totals: CommuneStaffing['totals'];
  shortfalls: Shortfall[];
}

export interface ProvinceStaffing {
  provinceCode: string;
  provinceName: string;
  at: string;
  communes: CommuneRow[];
  /** Over every commune of the province, whatever the filter. */
  totals: CommuneStaffing['totals'] & { communes: number; below: number };
}

const LOW_QUALIFICATIONS = Object.entries(QUALIFICATION_RANK)
  .filter(([, rank]) => rank > MIN_QUALIFICATION_RANK)
  .map(([q]) => q);

export async function provinceStaffing(
  ctx: Ctx,
  input: {
    provinceCode: string;
    at?: string | undefined;
    belowOnly?: boolean | undefined;
    shortfall?: Shortfall | undefined;
  },
): Promise<Result<ProvinceStaffing>> {
  if (!mayViewProvince(ctx.actor, input.provinceCode))
    return fail({ kind: 'forbidden', localized: msg('staffing.provinceForbidden') });
  const at = input.at ?? vietnamToday(ctx.now);
  const province = await findUnit(ctx.db, input.provinceCode, at);
  const communes = await listCommunes(ctx.db, input.provinceCode, at);
  const lowList = sql.join(
    LOW_QUALIFICATIONS.map((q) => sql`${q}`),
    sql`, `,
  );
  const counts = await ctx.db.execute<{
    unit_code: string;
    quota: number;
    in_post: number;
    vacancies: number;
    below_q: number;
    untrained: number;
  }>(sql`
    with q as (select unit_code, agency_id, job_position, posts from staffing.quotas r
                where province_code = ${input.provinceCode} and ${inForceOn(at)}),
         s as (select unit_code, agency_id, job_position, count(*)::int as n,
                      count(*) filter (where qualification in (${lowList}))::int as below_q,
                      count(*) filter (where not ('state_management' = any(trainings)))::int as untrained
                 from staffing.staff_members r
                where province_code = ${input.provinceCode} and ${inForceOn(at)}
                group by 1, 2, 3),
         k as (select coalesce(q.unit_code, s.unit_code) as unit_code, coalesce(q.posts, 0) as posts,
                      coalesce(s.n, 0) as n, coalesce(s.below_q, 0) as below_q, coalesce(s.untrained, 0) as untrained
                 from q full join s using (unit_code, agency_id, job_position))
    select unit_code, sum(posts)::int as quota, sum(n)::int as in_post,
           sum(greatest(posts - n, 0))::int as vacancies, sum(below_q)::int as below_q,
           sum(untrained)::int as untrained
      from k group by unit_code`);
  const short = await ctx.db.execute<{ unit_code: string; items: number }>(sql`
    with n as (select item, required from staffing.facility_norms r
                where province_code = ${input.provinceCode} and ${inForceOn(at)})
    select u.unit_code, count(*) filter (where n.required > coalesce(f.usable, 0))::int as items
      from (select distinct unit_code from unnest(string_to_array(${communes.map((c) => c.code).join(',')}, ',')) as unit_code) u
      cross join n
      left join (select unit_code, item, case when condition = 'unusable' then 0 else quantity end as usable
                   from staffing.facilities r where province_code = ${input.provinceCode} and ${inForceOn(at)}) f
        on f.unit_code = u.unit_code and f.item = n.item
     group by u.unit_code`);
  const byUnit = new Map(counts.rows.map((r) => [r.unit_code, r]));
  const facilitiesShort = new Map(short.rows.map((r) => [r.unit_code, r.items]));
  const all: CommuneRow[] = communes.map((c) => {
    const r = byUnit.get(c.code);
    const totals = {
      quota: r?.quota ?? 0,
      inPost: r?.in_post ?? 0,
      vacancies: r?.vacancies ?? 0,
      belowQualification: r?.below_q ?? 0,
      untrained: r?.untrained ?? 0,
      facilitiesShort: facilitiesShort.get(c.code) ?? 0,
    };
    return {
      unitCode: c.code,
      name: c.name,
      nameEn: c.nameEn,
      type: c.type,
      totals,
      shortfalls: shortfallsOf(totals),
    };
  });
  const add = (f: (t: CommuneStaffing['totals']) => number) => all.reduce((n, c) => n + f(c.totals), 0);
  const shown = all.filter(
    (c) =>
      (!input.belowOnly || c.shortfalls.length > 0) &&
      (!input.shortfall || c.shortfalls.includes(input.shortfall)),
  );
  return ok({
    provinceCode: input.provinceCode,
    provinceName: province?.name ?? input.provinceCode,
    at,
    communes: shown,
    totals: {
      communes: all.length,
      below: all.filter((c) => c.shortfalls.length > 0).length,
      quota: add((t) => t.quota),
      inPost: add((t) => t.inPost),
      vacancies: add((t) => t.vacancies),
      belowQualification: add((t) => t.belowQualification),
      untrained: add((t) => t.untrained),
      facilitiesShort: add((t) => t.facilitiesShort),
    },
  });
}
