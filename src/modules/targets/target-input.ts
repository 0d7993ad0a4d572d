/** Checking what a planner sends for a resolution or a target, field by field, before anything is written. */
import type { Executor } from '../../platform/database/connection.js';
import { codedFieldError, type FieldError, fieldError } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { findAgency, findUnits, UNIT_LEVELS, type UnitLevel } from '../units/index.js';
import { compare, toDecimalText } from './decimal.js';
import { msg } from './messages.js';
import type {
  Measure,
  MeasuredIndicator,
  Preference,
  ResolutionBody,
  TargetKind,
  targets,
} from './schema.js';
import { valueMessage } from './value-bounds.js';

export interface ResolutionInput {
  provinceCode: string;
  body: ResolutionBody;
  issuerName: string;
  number: string;
  title: string;
  issuedOn: string;
  term?: string | null | undefined;
  fromYear: number;
  toYear: number;
  reportDueWorkingDays?: number | undefined;
  note?: string | null | undefined;
}

export interface TargetInput {
  parentId?: string | null | undefined;
  label: string;
  position?: number | undefined;
  indicatorKey: string;
  indicator: string;
  indicatorEn?: string | null | undefined;
  unitOfMeasure: string;
  measure: Measure;
  accumulates: boolean;
  kind: TargetKind;
  planLow?: number | string | null | undefined;
  planHigh?: number | string | null | undefined;
  strict?: boolean | undefined;
  tolerance?: number | string | null | undefined;
  preferred?: Preference | undefined;
  dueYear?: number | undefined;
  unitCodes: string[];
  scopeLabel?: string | null | undefined;
  responsibleUnitCode: string;
  responsibleAgencyId?: string | null | undefined;
  responsibleAgencyName?: string | null | undefined;
  note?: string | null | undefined;
  /** Bind the target to an indicator tinhso computes (issue 24 §2); null or absent: values are typed. */
  measuredBy?: MeasuredIndicator | null | undefined;
  measuredUnitCode?: string | null | undefined;
  measuredLevel?: UnitLevel | null | undefined;
}

export const INDICATOR_KEY = /^[a-z0-9_]{2,64}$/;
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

const text = (value: string | null | undefined) =>
  value === undefined || value === null ? null : nfc(value) || null;

export function checkResolution(input: ResolutionInput): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of ['issuerName', 'number', 'title'] as const) {
    if (!nfc(input[field])) errors.push({ field, message: 'required' });
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(input.issuedOn) || Number.isNaN(Date.parse(input.issuedOn)))
    errors.push({ field: 'issuedOn', message: 'a date YYYY-MM-DD' });
  for (const field of ['fromYear', 'toYear'] as const) {
    const year = input[field];
    if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
      errors.push(fieldError(field, msg('targets.yearBetween', { from: FIRST_YEAR, to: LAST_YEAR })));
  }
  if (input.fromYear > input.toYear) errors.push({ field: 'toYear', message: 'not before fromYear' });
  if (input.toYear - input.fromYear > 10)
    errors.push({ field: 'toYear', message: 'a term is at most 10 years' });
  const due = input.reportDueWorkingDays ?? 5;
  if (!Number.isInteger(due) || due < 0 || due > 60)
    errors.push({ field: 'reportDueWorkingDays', message: 'a whole number of working days, 0 to 60' });
  return errors;
}

export function resolutionRow(input: ResolutionInput) {
  return {
    provinceCode: input.provinceCode,
    body: input.body,
    issuerName: nfc(input.issuerName),
    number: nfc(input.number),
    title: nfc(input.title),
    issuedOn: input.issuedOn,
    term: text(input.term),
    fromYear: input.fromYear,
    toYear: input.toYear,
    reportDueWorkingDays: input.reportDueWorkingDays ?? 5,
    note: text(input.note),
  };
}

type TargetFields = Omit<typeof targets.$inferInsert, 'id' | 'resolutionId' | 'createdAt' | 'updatedAt'>;

/** The row a target input makes in a resolution, or the fields that are wrong. */
export async function checkTarget(
  db: Executor,
  resolution: { provinceCode: string; fromYear: number; toYear: number },
  input: TargetInput,
  parent: { resolutionMatches: boolean; isMain: boolean } | null,
): Promise<{ ok: true; row: TargetFields } | { ok: false; errors: FieldError[] }> {
  const errors: FieldError[] = [];
  const province = resolution.provinceCode;
  if (!nfc(input.label) || nfc(input.label).length > 16)
    errors.push({ field: 'label', message: '1–16 characters' });
  if (!INDICATOR_KEY.test(input.indicatorKey))
    errors.push({ field: 'indicatorKey', message: 'a–z, 0–9 and _, 2–64 characters' });
  if (!nfc(input.indicator)) errors.push({ field: 'indicator', message: 'required' });
  if (!nfc(input.unitOfMeasure)) errors.push({ field: 'unitOfMeasure', message: 'required' });

  const decimal = (field: 'planLow' | 'planHigh' | 'tolerance'): string | null => {
    const raw = input[field];
    if (raw === undefined || raw === null || raw === '') return null;
    const parsed = toDecimalText(raw);
    if (parsed === null) errors.push({ field, message: 'a number with at most 4 decimals' });
    return parsed;
  };
  const planLow = decimal('planLow');
  const planHigh = decimal('planHigh');
  const tolerance = decimal('tolerance');
  if (tolerance !== null && compare(tolerance, '0') < 0)
    errors.push({ field: 'tolerance', message: 'not negative' });

  const needs = {
    range: [true, true],
    at_least: [true, false],
    at_most: [false, true],
    exact: [true, false],
    direction: [false, false],
  }[input.kind];
  if (needs[0] && planLow === null)
    errors.push(fieldError('planLow', msg('targets.planNeeded', { kind: input.kind })));
  if (!needs[0] && planLow !== null)
    errors.push(fieldError('planLow', msg('targets.planUnused', { kind: input.kind })));
  if (needs[1] && planHigh === null)
    errors.push(fieldError('planHigh', msg('targets.planNeeded', { kind: input.kind })));
  if (!needs[1] && planHigh !== null)
    errors.push(fieldError('planHigh', msg('targets.planUnused', { kind: input.kind })));
  if (planLow !== null && planHigh !== null && compare(planLow, planHigh) > 0)
    errors.push(codedFieldError('planHigh', msg('targets.highBelowLow')));
  for (const [field, value] of [
    ['planLow', planLow],
    ['planHigh', planHigh],
  ] as const) {
    const problem = value === null ? null : valueMessage(input.measure, value, input.unitOfMeasure);
    if (problem) errors.push(codedFieldError(field, problem));
  }

  // ≥ means higher is better and ≤ lower is better; a direction target must say which way.
  let preferred: Preference = input.preferred ?? 'none';
  if (input.kind === 'at_least') preferred = 'higher';
  if (input.kind === 'at_most') preferred = 'lower';
  if (input.kind === 'direction' && preferred === 'none')
    errors.push({ field: 'preferred', message: 'a direction target says whether higher or lower is better' });

  const dueYear = input.dueYear ?? resolution.toYear;
  if (!Number.isInteger(dueYear) || dueYear < resolution.fromYear || dueYear > resolution.toYear)
    errors.push(
      fieldError(
        'dueYear',
        msg('targets.dueYearRange', { from: resolution.fromYear, to: resolution.toYear }),
      ),
    );

  const codes = [...new Set(input.unitCodes)];
  if (codes.length === 0) errors.push({ field: 'unitCodes', message: 'at least one unit' });
  const units = await findUnits(db, [...codes, input.responsibleUnitCode]);
  for (const [i, code] of codes.entries()) {
    if (units.get(code)?.provinceCode !== province)
      errors.push(codedFieldError(`unitCodes.${i}`, msg('targets.unitOutside', { province })));
  }
  if (units.get(input.responsibleUnitCode)?.provinceCode !== province)
    errors.push(codedFieldError('responsibleUnitCode', msg('targets.unitOutside', { province })));

  let agencyName = text(input.responsibleAgencyName);
  const agencyId = input.responsibleAgencyId ?? null;
  if (agencyId) {
    const agency = await findAgency(db, agencyId);
    if (!agency || agency.unitCode !== input.responsibleUnitCode)
      errors.push({ field: 'responsibleAgencyId', message: 'not an agency of the responsible unit' });
    else agencyName = agencyName ?? agency.name;
  }
  if (!agencyName) errors.push({ field: 'responsibleAgencyName', message: 'name the responsible agency' });

  const measuredBy = input.measuredBy ?? null;
  const measuredUnitCode = measuredBy ? (input.measuredUnitCode ?? null) : null;
  const measuredLevel = measuredBy ? (input.measuredLevel ?? null) : null;
  if (measuredBy) {
    if (input.measure !== 'share' || input.accumulates)
      errors.push(fieldError('measuredBy', msg('targets.measuredShare')));
    if (!measuredUnitCode) errors.push(fieldError('measuredUnitCode', msg('targets.measuredUnitNeeded')));
    else {
      const measured = (await findUnits(db, [measuredUnitCode])).get(measuredUnitCode);
      if (measured?.provinceCode !== province)
        errors.push(fieldError('measuredUnitCode', msg('targets.measuredUnit', { province })));
    }
    if (measuredLevel && (measuredUnitCode !== province || !UNIT_LEVELS.includes(measuredLevel)))
      errors.push(fieldError('measuredLevel', msg('targets.measuredLevelOfProvince')));
  }

  if (input.parentId && parent && (!parent.resolutionMatches || !parent.isMain))
    errors.push({ field: 'parentId', message: 'a main target of the same resolution' });
  if (input.parentId && !parent) errors.push({ field: 'parentId', message: 'no such target' });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    row: {
      provinceCode: province,
      parentId: input.parentId ?? null,
      label: nfc(input.label),
      position: input.position ?? 0,
      indicatorKey: input.indicatorKey,
      indicator: nfc(input.indicator),
      indicatorEn: text(input.indicatorEn),
      unitOfMeasure: nfc(input.unitOfMeasure),
      measure: input.measure,
      accumulates: input.accumulates,
      kind: input.kind,
      planLow,
      planHigh,
      strict: (input.kind === 'at_least' || input.kind === 'at_most') && Boolean(input.strict),
      tolerance: input.kind === 'exact' ? tolerance : null,
      preferred,
      dueYear,
      unitCodes: codes,
      scopeLabel: text(input.scopeLabel),
      responsibleUnitCode: input.responsibleUnitCode,
      responsibleAgencyId: agencyId,
      responsibleAgencyName: agencyName!,
      note: text(input.note),
      measuredBy,
      measuredUnitCode,
      measuredLevel,
    },
  };
}
