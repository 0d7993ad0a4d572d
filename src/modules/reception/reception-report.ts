/**
 * Báo cáo công tác tiếp công dân — per period and unit (Law 42/2013 art. 15(2)(e), 18(1)(g): chairs and heads
 * report periodically): sessions held (by kind), receptions and people received, by classification and by
 * outcome. Counts only; every figure is a count of register rows a reader can open. The reporting regime's
 * periods are not fixed in the texts read (RULES.md §10.6 [?]), so any month, quarter or year may be asked.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fieldError, forbiddenBecause, invalidBecause, ok, type Result } from '../../platform/result.js';
import { parsePeriod } from '../feedback/index.js';
import { findUnits } from '../units/index.js';
import { msg } from './messages.js';
import {
  CLASSIFICATIONS,
  type Classification,
  OUTCOMES,
  type Outcome,
  SESSION_KINDS,
  type SessionKind,
} from './model.js';
import { decideReception } from './policy.js';

export interface ReportLine {
  unitCode: string;
  unitName: string;
  sessions: number;
  sessionsByKind: Record<SessionKind, number>;
  receptions: number;
  people: number;
  byClassification: Record<Classification, number>;
  byOutcome: Record<Outcome, number>;
}

export interface ReceptionReport {
  provinceCode: string;
  unitCode: string | null;
  period: string;
  from: string;
  /** The last day of the period. */
  to: string;
  lines: ReportLine[];
  total: Omit<ReportLine, 'unitCode' | 'unitName'>;
}

const zeros = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

function emptyLine() {
  return {
    sessions: 0,
    sessionsByKind: zeros(SESSION_KINDS),
    receptions: 0,
    people: 0,
    byClassification: zeros(CLASSIFICATIONS),
    byOutcome: zeros(OUTCOMES),
  };
}

export async function receptionReport(
  ctx: Ctx,
  input: { provinceCode: string; unitCode?: string | undefined; period: string },
): Promise<Result<ReceptionReport>> {
  const period = parsePeriod(input.period);
  if (!period)
    return invalidBecause(msg('reception.badPeriod'), [fieldError('period', msg('reception.badPeriod'))]);
  const unit = { unitCode: input.unitCode ?? input.provinceCode, provinceCode: input.provinceCode };
  if (decideReception(ctx.actor, 'report', unit) !== 'allow')
    return forbiddenBecause(msg('reception.notYourUnit'));
  const unitFilter = input.unitCode ? sql`and unit_code = ${input.unitCode}` : sql``;
  const [sessionRows, entryRows] = await Promise.all([
    ctx.db.execute<{ unit_code: string; kind: SessionKind; n: number }>(sql`
      select unit_code, kind, count(*)::int as n from reception.sessions
      where province_code = ${input.provinceCode} ${unitFilter}
        and held_on >= ${period.from}::date and held_on < ${period.to}::date
      group by 1, 2`),
    ctx.db.execute<{
      unit_code: string;
      classification: Classification;
      outcome: Outcome;
      n: number;
      people: number;
    }>(sql`
      select e.unit_code, e.classification, e.outcome, count(*)::int as n, sum(e.people_count)::int as people
      from reception.entries e join reception.sessions s on s.id = e.session_id
      where e.province_code = ${input.provinceCode} ${input.unitCode ? sql`and e.unit_code = ${input.unitCode}` : sql``}
        and s.held_on >= ${period.from}::date and s.held_on < ${period.to}::date
      group by 1, 2, 3`),
  ]);
  const byUnit = new Map<string, ReturnType<typeof emptyLine>>();
  const total = emptyLine();
  const line = (code: string) => {
    const found = byUnit.get(code) ?? emptyLine();
    byUnit.set(code, found);
    return found;
  };
  for (const r of sessionRows.rows) {
    for (const l of [line(r.unit_code), total]) {
      l.sessions += Number(r.n);
      l.sessionsByKind[r.kind] += Number(r.n);
    }
  }
  for (const r of entryRows.rows) {
    for (const l of [line(r.unit_code), total]) {
      l.receptions += Number(r.n);
      l.people += Number(r.people);
      l.byClassification[r.classification] += Number(r.n);
      l.byOutcome[r.outcome] += Number(r.n);
    }
  }
  const units = await findUnits(ctx.db, [...byUnit.keys()]);
  const lines = [...byUnit.entries()]
    .map(([code, l]) => ({ unitCode: code, unitName: units.get(code)?.name ?? code, ...l }))
    .sort((a, b) => a.unitCode.localeCompare(b.unitCode));
  const last = new Date(`${period.to}T00:00:00Z`);
  last.setUTCDate(last.getUTCDate() - 1);
  return ok({
    provinceCode: input.provinceCode,
    unitCode: input.unitCode ?? null,
    period: period.label,
    from: period.from,
    to: last.toISOString().slice(0, 10),
    lines,
    total,
  });
}
