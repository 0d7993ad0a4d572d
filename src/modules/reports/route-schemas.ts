/** The zod shapes of the reports API: inputs with limits, and answers. */
import { z } from 'zod';
import { calendarDate } from '../../platform/http/input-schemas.js';
import { CHANNELS } from '../dossiers/index.js';
import { UNIT_LEVELS } from '../units/index.js';
import { EXPORT_FORMATS, REPORT_KINDS } from './export-report.js';
import { DRILL_MEASURES } from './figures.js';
import { IN_PROGRESS_RULES } from './in-progress-rule.js';

const unitCode = z.string().regex(/^\d{2}$|^\d{5}$/, 'a 2-digit province or 5-digit commune code');
const period = z
  .string()
  .max(7)
  .regex(/^\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?$/, 'YYYY, YYYY-Qn or YYYY-MM');
const day = calendarDate;

/** A level of a province (issue 24 §1): all its communes, its special zones, its province-level agencies. */
const level = z.enum(UNIT_LEVELS).optional();

export const periodQuery = {
  unit: unitCode,
  period: period.optional(),
  from: day.optional(),
  to: day.optional(),
  level,
};

export const filterQuery = {
  agencyId: z.uuid().optional(),
  procedureCode: z.string().trim().min(1).max(40).optional(),
  field: z.string().trim().min(1).max(200).optional(),
  channel: z.enum(CHANNELS).optional(),
};

export const serviceQuery = z.strictObject({ ...periodQuery, ...filterQuery });
export const publicQuery = z.strictObject({ ...periodQuery, channel: z.enum(CHANNELS).optional() });
export const drillQuery = z.strictObject({
  ...periodQuery,
  ...filterQuery,
  measure: z.enum(DRILL_MEASURES),
  after: z.uuid().optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export const procedureQuery = z.strictObject({
  ...periodQuery,
  ...filterQuery,
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const scorecardQuery = z.strictObject(periodQuery);
/** The language of an export's words (a download link carries the UI's language; issue 15 §6). */
const lang = z.enum(['vi', 'en']).default('vi');
export const exportQuery = z.strictObject({
  ...periodQuery,
  ...filterQuery,
  report: z.enum(REPORT_KINDS).default('service'),
  format: z.enum(EXPORT_FORMATS),
  lang,
});
export const publicExportQuery = z.strictObject({
  ...periodQuery,
  format: z.enum(EXPORT_FORMATS),
  lang,
});

const rate = z.number().nullable();
export const figures = {
  received: z.number(),
  receivedOnline: z.number(),
  receivedInPerson: z.number(),
  receivedPost: z.number(),
  resolved: z.number(),
  approved: z.number(),
  inProgress: z.number().nullable(),
  early: z.number(),
  onTime: z.number(),
  late: z.number(),
  earlyIndicator: z.number(),
  onTimeIndicator: z.number(),
  lateIndicator: z.number(),
  returned: z.number(),
  returnedPost: z.number(),
  eResult: z.number(),
  feeBearing: z.number(),
  paidOnline: z.number(),
  rated: z.number(),
  satisfied: z.number(),
  resolutionMinutes: z.number(),
  onTimeRate: rate,
  onTimeRateIndicator: rate,
  onlineRate: rate,
  counterRate: rate,
  postRate: rate,
  postalReturnRate: rate,
  eResultRate: rate,
  paidOnlineRate: rate,
  satisfactionRate: rate,
  averageResolutionDays: rate,
};

const periodSchema = z.object({
  label: z.string(),
  kind: z.enum(['year', 'quarter', 'month', 'custom']),
  from: z.string(),
  to: z.string(),
  months: z.array(z.string()),
  wholeMonths: z.boolean(),
});
const method = z.array(
  z.object({ key: z.string(), vi: z.string(), en: z.string(), source: z.string(), sourceEn: z.string() }),
);

const scopeLevel = z
  .object({
    key: z.enum(UNIT_LEVELS),
    units: z.array(
      z.object({ code: z.string(), name: z.string(), nameEn: z.string().nullable(), type: z.string() }),
    ),
  })
  .nullable();

export const serviceReportSchema = z.object({
  unit: z.string(),
  unitName: z.string(),
  provinceCode: z.string(),
  level: z.enum(['province', 'commune']),
  scopeLevel,
  levels: z.array(z.object({ key: z.enum(UNIT_LEVELS), units: z.number() })),
  rowKey: z.string(),
  period: periodSchema,
  filters: z.object({
    agencyId: z.string().nullable(),
    procedureCode: z.string().nullable(),
    field: z.string().nullable(),
    channel: z.string().nullable(),
  }),
  agencies: z.array(z.string()).nullable(),
  ...figures,
  indicators: z.array(
    z.object({
      key: z.string(),
      numerator: z.number(),
      denominator: z.number().nullable(),
      value: z.number().nullable(),
      drill: z.enum(DRILL_MEASURES).nullable(),
    }),
  ),
  satisfaction: z.object({
    rated: z.number(),
    averages: z.array(z.number().nullable()),
    agencyScore: z.number().nullable(),
    agencyBand: z.string().nullable(),
    staffScore: z.number().nullable(),
    staffBand: z.string().nullable(),
  }),
  months: z.array(z.object({ month: z.string(), ...figures })),
  units: z.array(
    z.object({
      rowKey: z.string(),
      unitCode: z.string(),
      unitName: z.string(),
      level: z.enum(['province', 'commune']),
      ...figures,
    }),
  ),
  agencyRows: z.array(
    z.object({ agencyId: z.string(), agencyName: z.string(), unitCode: z.string(), ...figures }),
  ),
  method,
  measuredAt: z.string(),
});

export const drillPageSchema = z.object({
  measure: z.enum(DRILL_MEASURES),
  items: z.array(
    z.object({
      id: z.string(),
      code: z.string().nullable(),
      procedureCode: z.string(),
      procedureName: z.string(),
      channel: z.string(),
      status: z.string(),
      outcome: z.string().nullable(),
      receivedAt: z.string().nullable(),
      appointmentAt: z.string().nullable(),
      finishedAt: z.string().nullable(),
      unitCode: z.string(),
    }),
  ),
  next: z.string().nullable(),
});

export const procedureRowsSchema = z.object({
  total: z.number(),
  items: z.array(
    z.object({ procedureCode: z.string(), procedureName: z.string(), field: z.string(), ...figures }),
  ),
});

/** Which dossiers 2.1 and 5.4 count (issue 24 §5a), as readers see it and administrators change it. */
const ruleWords = {
  rule: z.enum(IN_PROGRESS_RULES),
  name: z.string(),
  nameEn: z.string(),
  source: z.string(),
  sourceEn: z.string(),
  effect: z.string(),
  effectEn: z.string(),
};
export const inProgressRuleSchema = z.object({
  ...ruleWords,
  isDefault: z.boolean(),
  canChange: z.boolean(),
  choices: z.array(z.object(ruleWords)),
});

export const scorecardSchema = z.object({
  unit: z.string(),
  unitName: z.string(),
  provinceCode: z.string(),
  scopeLevel,
  period: periodSchema,
  total: z.number(),
  max: z.number(),
  fullMax: z.number(),
  share: z.number().nullable(),
  rating: z.object({ name: z.string(), nameEn: z.string() }).nullable(),
  groups: z.array(
    z.object({
      key: z.string(),
      name: z.string(),
      nameEn: z.string(),
      points: z.number(),
      max: z.number(),
      fullMax: z.number(),
      items: z.array(
        z.object({
          code: z.string(),
          portalCode: z.string(),
          name: z.string(),
          nameEn: z.string(),
          maxPoints: z.number(),
          threshold: z.number().nullable(),
          formula: z.string(),
          formulaEn: z.string(),
          display: z.enum(['ratio', 'days']),
          source: z.string(),
          note: z.string().optional(),
          noteEn: z.string().optional(),
          hasData: z.boolean(),
          numerator: z.number().nullable(),
          denominator: z.number().nullable(),
          ratio: z.number().nullable(),
          points: z.number().nullable(),
          reason: z.string().nullable(),
          reasonEn: z.string().nullable(),
        }),
      ),
    }),
  ),
  inProgressRule: inProgressRuleSchema,
  pendingAtEnd: z.object({ onTime: z.number(), late: z.number() }),
  method,
  measuredAt: z.string(),
});
