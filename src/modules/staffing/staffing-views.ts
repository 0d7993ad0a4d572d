/**
 * What a commune has against what it needs on a day (issue 21 §1): posts approved against officials in post per
 * agency and job position, vacancies, qualifications and training; facilities on hand against the province's
 * norms. Counts come from the dated rows in force that day, computed at read time.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import type { Result } from '../../platform/result.js';
import { listAgencies, listPositions, vietnamToday } from '../units/index.js';
import { FACILITY_ITEMS, JOB_POSITIONS, MIN_QUALIFICATION_RANK, QUALIFICATION_RANK } from './catalogue.js';
import { communeFor } from './commune-ref.js';
import { inForceOn } from './dated-rows.js';
import { decideStaffing } from './policy.js';
import type { Condition, Qualification, Training } from './schema.js';

export const SHORTFALLS = ['vacancies', 'qualification', 'facilities'] as const;
export type Shortfall = (typeof SHORTFALLS)[number];

export interface PositionLine {
  agencyId: string;
  agencyName: string;
  agencyNameEn: string | null;
  jobPosition: string;
  quota: number;
  inPost: number;
  vacancies: number;
  surplus: number;
  belowQualification: number;
  untrained: number;
  decisionRef: string | null;
}

export interface StaffLine {
  personId: string;
  fullName: string;
  agencyId: string;
  jobPosition: string;
  qualification: Qualification;
  fieldOfStudy: string | null;
  trainings: Training[];
  positionId: string | null;
  validFrom: string;
}

export interface FacilityLine {
  item: string;
  required: number;
  quantity: number;
  condition: Condition | null;
  shortfall: number;
  note: string | null;
  validFrom: string | null;
}

export interface CommuneStaffing {
  unitCode: string;
  provinceCode: string;
  name: string;
  nameEn: string | null;
  at: string;
  totals: {
    quota: number;
    inPost: number;
    vacancies: number;
    belowQualification: number;
    untrained: number;
    facilitiesShort: number;
  };
  shortfalls: Shortfall[];
  positions: PositionLine[];
  staff: StaffLine[];
  /** Officials holding a position (an account) in the commune's agencies that day, not yet on the roster. */
  accountsNotOnRoster: Array<{ positionId: string; userId: string; agencyName: string; title: string }>;
  facilities: FacilityLine[];
  /** The commune's own agencies, the ones a quota or an official may be placed in. */
  agencies: Array<{ id: string; name: string; nameEn: string | null }>;
  /** What the reader may change here (policy.ts), so a page offers only the forms the server will accept. */
  may: { approve: boolean; keep: boolean };
}

const belowQualification = (q: string) => (QUALIFICATION_RANK[q] ?? 99) > MIN_QUALIFICATION_RANK;
/** State-management training is expected of every commune civil servant (our reading; kept in one place). */
const untrained = (t: readonly string[]) => !t.includes('state_management');

export function shortfallsOf(t: CommuneStaffing['totals']): Shortfall[] {
  const out: Shortfall[] = [];
  if (t.vacancies > 0) out.push('vacancies');
  if (t.belowQualification > 0) out.push('qualification');
  if (t.facilitiesShort > 0) out.push('facilities');
  return out;
}

const jobOrder = new Map(JOB_POSITIONS.map((j, i) => [j.code, i]));

export async function communeStaffing(
  ctx: Ctx,
  unitCode: string,
  at: string = vietnamToday(ctx.now),
): Promise<Result<CommuneStaffing>> {
  const commune = await communeFor(ctx, unitCode, 'read', at);
  if (!commune.ok) return commune;
  const c = commune.value;
  const db = ctx.db;
  const agencies = (await listAgencies(db, c.provinceCode)).filter((a) => a.unitCode === c.unitCode);
  const agencyName = new Map(agencies.map((a) => [a.id, a.name]));
  const agencyNameEn = new Map(agencies.map((a) => [a.id, a.nameEn]));
  const quotaRows = await db.execute<{
    agency_id: string;
    job_position: string;
    posts: number;
    decision_ref: string | null;
  }>(sql`
    select agency_id, job_position, posts, decision_ref from staffing.quotas r
     where unit_code = ${c.unitCode} and ${inForceOn(at)}`);
  const staffRows = await db.execute<{
    person_id: string;
    full_name: string;
    agency_id: string;
    job_position: string;
    qualification: Qualification;
    field_of_study: string | null;
    trainings: Training[];
    position_id: string | null;
    valid_from: string;
  }>(sql`select person_id, full_name, agency_id, job_position, qualification, field_of_study, trainings,
      position_id, valid_from::text from staffing.staff_members r
     where unit_code = ${c.unitCode} and ${inForceOn(at)} order by full_name`);
  const lines = new Map<string, PositionLine>();
  const line = (agencyId: string, job: string) => {
    const key = `${agencyId}|${job}`;
    let found = lines.get(key);
    if (!found) {
      found = {
        agencyId,
        agencyName: agencyName.get(agencyId) ?? '',
        agencyNameEn: agencyNameEn.get(agencyId) ?? null,
        jobPosition: job,
        quota: 0,
        inPost: 0,
        vacancies: 0,
        surplus: 0,
        belowQualification: 0,
        untrained: 0,
        decisionRef: null,
      };
      lines.set(key, found);
    }
    return found;
  };
  for (const q of quotaRows.rows)
    Object.assign(line(q.agency_id, q.job_position), { quota: q.posts, decisionRef: q.decision_ref });
  for (const s of staffRows.rows) {
    const l = line(s.agency_id, s.job_position);
    l.inPost++;
    if (belowQualification(s.qualification)) l.belowQualification++;
    if (untrained(s.trainings)) l.untrained++;
  }
  for (const l of lines.values()) {
    l.vacancies = Math.max(l.quota - l.inPost, 0);
    l.surplus = Math.max(l.inPost - l.quota, 0);
  }
  const positions = [...lines.values()].sort(
    (a, b) =>
      a.agencyName.localeCompare(b.agencyName, 'vi') ||
      (jobOrder.get(a.jobPosition) ?? 99) - (jobOrder.get(b.jobPosition) ?? 99),
  );
  const rostered = new Set(staffRows.rows.map((s) => s.position_id).filter(Boolean));
  const accountsNotOnRoster = [];
  for (const a of agencies)
    for (const p of await listPositions(db, { agencyId: a.id, asOf: at }))
      if (p.validFrom <= at && !rostered.has(p.id))
        accountsNotOnRoster.push({ positionId: p.id, userId: p.userId, agencyName: a.name, title: p.title });
  const facilities = await facilityLines(db, c.provinceCode, c.unitCode, at);
  const sum = (f: (l: PositionLine) => number) => positions.reduce((n, l) => n + f(l), 0);
  const totals = {
    quota: sum((l) => l.quota),
    inPost: sum((l) => l.inPost),
    vacancies: sum((l) => l.vacancies),
    belowQualification: sum((l) => l.belowQualification),
    untrained: sum((l) => l.untrained),
    facilitiesShort: facilities.filter((f) => f.shortfall > 0).length,
  };
  return {
    ok: true,
    value: {
      ...c,
      at,
      totals,
      shortfalls: shortfallsOf(totals),
      positions,
      staff: staffRows.rows.map((s) => ({
        personId: s.person_id,
        fullName: s.full_name,
        agencyId: s.agency_id,
        jobPosition: s.job_position,
        qualification: s.qualification,
        fieldOfStudy: s.field_of_study,
        trainings: s.trainings,
        positionId: s.position_id,
        validFrom: s.valid_from,
      })),
      accountsNotOnRoster,
      facilities,
      agencies: agencies.map((a) => ({ id: a.id, name: a.name, nameEn: a.nameEn })),
      may: {
        approve: decideStaffing(ctx.actor, 'approve', c) === 'allow',
        keep: decideStaffing(ctx.actor, 'keep', c) === 'allow',
      },
    },
  };
}

/** A facility item counts as on hand unless unusable; the shortfall is what the norm asks beyond it. */
async function facilityLines(
  db: Executor,
  provinceCode: string,
  unitCode: string,
  at: string,
): Promise<FacilityLine[]> {
  const norms = await db.execute<{ item: string; required: number }>(sql`
    select item, required from staffing.facility_norms r where province_code = ${provinceCode} and ${inForceOn(at)}`);
  const held = await db.execute<{
    item: string;
    quantity: number;
    condition: Condition;
    note: string | null;
    valid_from: string;
  }>(sql`
    select item, quantity, condition, note, valid_from::text from staffing.facilities r
     where unit_code = ${unitCode} and ${inForceOn(at)}`);
  const required = new Map(norms.rows.map((n) => [n.item, n.required]));
  const have = new Map(held.rows.map((h) => [h.item, h]));
  return FACILITY_ITEMS.filter((i) => required.has(i.code) || have.has(i.code)).map((i) => {
    const h = have.get(i.code);
    const need = required.get(i.code) ?? 0;
    const usable = h && h.condition !== 'unusable' ? h.quantity : 0;
    return {
      item: i.code,
      required: need,
      quantity: h?.quantity ?? 0,
      condition: h?.condition ?? null,
      shortfall: Math.max(need - usable, 0),
      note: h?.note ?? null,
      validFrom: h?.valid_from ?? null,
    };
  });
}
