/** What the targets module hands out: plain views of its rows, numbers as exact decimal strings. */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { type DomainError, fail, notFound } from '../../platform/result.js';
import { findUnits, type UnitLevel } from '../units/index.js';
import { normalise } from './decimal.js';
import { MEASURED_METHOD } from './measured.js';
import type { Period } from './periods.js';
import type { Decision } from './policy.js';
import {
  type Measure,
  type MeasuredIndicator,
  type Preference,
  type ResolutionBody,
  resolutions,
  type TargetKind,
  targets,
  targetValues,
  type ValueStatus,
} from './schema.js';

export interface ResolutionView {
  id: string;
  provinceCode: string;
  provinceName: string;
  body: ResolutionBody;
  issuerName: string;
  number: string;
  title: string;
  issuedOn: string;
  term: string | null;
  fromYear: number;
  toYear: number;
  reportDueWorkingDays: number;
  note: string | null;
  version: number;
}

export interface TargetView {
  id: string;
  resolutionId: string;
  provinceCode: string;
  parentId: string | null;
  label: string;
  position: number;
  indicatorKey: string;
  indicator: string;
  indicatorEn: string | null;
  unitOfMeasure: string;
  measure: Measure;
  accumulates: boolean;
  kind: TargetKind;
  planLow: string | null;
  planHigh: string | null;
  strict: boolean;
  tolerance: string | null;
  preferred: Preference;
  dueYear: number;
  units: Array<{ code: string; name: string }>;
  scopeLabel: string | null;
  responsibleUnitCode: string;
  responsibleAgencyId: string | null;
  responsibleAgencyName: string;
  note: string | null;
  /** Bound to an indicator tinhso computes (issue 24 §2): values come from the records, never typed. */
  measuredBy: MeasuredIndicator | null;
  measuredUnitCode: string | null;
  measuredLevel: UnitLevel | null;
  /** The unit measured, named; and how the value is computed, with its basis (null for a typed target). */
  measuredUnitName: string | null;
  method: MethodView | null;
  version: number;
}

export interface MethodView {
  vi: string;
  en: string;
  source: string;
  sourceEn: string;
}

export interface ValueView {
  id: string;
  targetId: string;
  year: number;
  period: Period;
  revision: number;
  value: string;
  source: string;
  note: string | null;
  correctionReason: string | null;
  status: ValueStatus;
  reportedBy: string;
  reportedAt: Date;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  reviewNote: string | null;
  lockedBy: string | null;
  lockedAt: Date | null;
  version: number;
}

type ResolutionRow = typeof resolutions.$inferSelect;
type TargetRow = typeof targets.$inferSelect;
type ValueRow = typeof targetValues.$inferSelect;

const dec = (value: string | null) => (value === null ? null : normalise(value));

export async function toResolutionViews(db: Executor, rows: ResolutionRow[]): Promise<ResolutionView[]> {
  const names = await findUnits(
    db,
    rows.map((r) => r.provinceCode),
  );
  return rows.map((r) => ({
    id: r.id,
    provinceCode: r.provinceCode,
    provinceName: names.get(r.provinceCode)?.name ?? r.provinceCode,
    body: r.body,
    issuerName: r.issuerName,
    number: r.number,
    title: r.title,
    issuedOn: r.issuedOn,
    term: r.term,
    fromYear: r.fromYear,
    toYear: r.toYear,
    reportDueWorkingDays: r.reportDueWorkingDays,
    note: r.note,
    version: r.version,
  }));
}

export async function toTargetViews(db: Executor, rows: TargetRow[]): Promise<TargetView[]> {
  const names = await findUnits(
    db,
    rows.flatMap((r) => [...r.unitCodes, ...(r.measuredUnitCode ? [r.measuredUnitCode] : [])]),
  );
  return rows.map((r) => ({
    id: r.id,
    resolutionId: r.resolutionId,
    provinceCode: r.provinceCode,
    parentId: r.parentId,
    label: r.label,
    position: r.position,
    indicatorKey: r.indicatorKey,
    indicator: r.indicator,
    indicatorEn: r.indicatorEn,
    unitOfMeasure: r.unitOfMeasure,
    measure: r.measure,
    accumulates: r.accumulates,
    kind: r.kind,
    planLow: dec(r.planLow),
    planHigh: dec(r.planHigh),
    strict: r.strict,
    tolerance: dec(r.tolerance),
    preferred: r.preferred,
    dueYear: r.dueYear,
    units: r.unitCodes.map((code) => ({ code, name: names.get(code)?.name ?? code })),
    scopeLabel: r.scopeLabel,
    responsibleUnitCode: r.responsibleUnitCode,
    responsibleAgencyId: r.responsibleAgencyId,
    responsibleAgencyName: r.responsibleAgencyName,
    note: r.note,
    measuredBy: r.measuredBy,
    measuredUnitCode: r.measuredUnitCode,
    measuredLevel: (r.measuredLevel as UnitLevel | null) ?? null,
    measuredUnitName: r.measuredUnitCode ? (names.get(r.measuredUnitCode)?.name ?? r.measuredUnitCode) : null,
    method: r.measuredBy ? methodView(r.measuredBy) : null,
    version: r.version,
  }));
}

function methodView(indicator: MeasuredIndicator): MethodView {
  const m = MEASURED_METHOD[indicator];
  return { vi: m.vi, en: m.en, source: m.source.vi, sourceEn: m.source.en };
}

export function toValueView(r: ValueRow): ValueView {
  return {
    id: r.id,
    targetId: r.targetId,
    year: r.year,
    period: r.period as Period,
    revision: r.revision,
    value: normalise(r.value),
    source: r.source,
    note: r.note,
    correctionReason: r.correctionReason,
    status: r.status,
    reportedBy: r.reportedBy,
    reportedAt: r.reportedAt,
    reviewedBy: r.reviewedBy,
    reviewedAt: r.reviewedAt,
    reviewNote: r.reviewNote,
    lockedBy: r.lockedBy,
    lockedAt: r.lockedAt,
    version: r.version,
  };
}

export async function loadResolution(db: Executor, id: string): Promise<ResolutionRow | undefined> {
  const [row] = await db.select().from(resolutions).where(eq(resolutions.id, id));
  return row;
}

export async function loadTarget(db: Executor, id: string): Promise<TargetRow | undefined> {
  const [row] = await db.select().from(targets).where(eq(targets.id, id));
  return row;
}

/** The current (highest) revision of a target's value for a period. */
export async function currentValue(
  db: Executor,
  targetId: string,
  year: number,
  period: string,
): Promise<ValueRow | undefined> {
  const [row] = await db
    .select()
    .from(targetValues)
    .where(
      and(eq(targetValues.targetId, targetId), eq(targetValues.year, year), eq(targetValues.period, period)),
    )
    .orderBy(desc(targetValues.revision))
    .limit(1);
  return row;
}

/** Current values of many targets for some (year, period) pairs, keyed `targetId|year|period`. */
export async function currentValues(
  db: Executor,
  targetIds: string[],
  years: number[],
  periods: string[],
): Promise<Map<string, ValueRow>> {
  const found = new Map<string, ValueRow>();
  if (targetIds.length === 0 || years.length === 0 || periods.length === 0) return found;
  const rows = await db
    .selectDistinctOn([targetValues.targetId, targetValues.year, targetValues.period])
    .from(targetValues)
    .where(
      and(
        inArray(targetValues.targetId, targetIds),
        inArray(targetValues.year, years),
        inArray(targetValues.period, periods),
      ),
    )
    .orderBy(
      targetValues.targetId,
      targetValues.year,
      targetValues.period,
      sql`${targetValues.revision} desc`,
    );
  for (const row of rows) found.set(`${row.targetId}|${row.year}|${row.period}`, row);
  return found;
}

/** Map a policy decision to the domain error for a resource: 401 anonymous, 404 hidden, 403 denied. */
export function refusal(
  decision: Exclude<Decision, 'allow'>,
  anonymous: boolean,
  resource: string,
  id?: string,
): { ok: false; error: DomainError } {
  if (anonymous) return fail({ kind: 'unauthenticated' });
  return decision === 'hide' ? notFound(resource, id) : fail({ kind: 'forbidden' });
}
