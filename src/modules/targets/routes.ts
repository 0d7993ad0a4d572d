import { z } from 'zod';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { fileResponse, MEDIA } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { UNIT_LEVELS } from '../units/index.js';
import { createResolution } from './create-resolution.js';
import { resolutionCsv } from './export-csv.js';
import { targetsReportRoutes } from './export-routes.js';
import { PERIODS } from './periods.js';
import { getResolution, listResolutions } from './read-resolutions.js';
import { getTarget, listReviewQueue } from './read-target.js';
import { reportValue } from './report-value.js';
import { lockPeriod, reviewValue } from './review-value.js';
import { addTarget, updateTarget } from './save-target.js';
import {
  MEASURED_INDICATORS,
  MEASURES,
  PREFERENCES,
  RESOLUTION_BODIES,
  TARGET_KINDS,
  VALUE_STATUSES,
} from './schema.js';

const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const unitCode = z.string().regex(/^(\d{2}|\d{5})$/, 'a 2-digit province or 5-digit commune code');
const year = z.coerce.number().int().min(2000).max(2100);
const isoDate = calendarDate;
const idParam = z.strictObject({ id: z.uuid() });
const decimalIn = z.union([z.number(), z.string().max(24)]);
const text = (max: number) => z.string().trim().max(max);

const resolutionSchema = z.object({
  id: z.string(),
  provinceCode: z.string(),
  provinceName: z.string(),
  body: z.enum(RESOLUTION_BODIES),
  issuerName: z.string(),
  number: z.string(),
  title: z.string(),
  issuedOn: z.string(),
  term: z.string().nullable(),
  fromYear: z.number(),
  toYear: z.number(),
  reportDueWorkingDays: z.number(),
  note: z.string().nullable(),
  version: z.number(),
});
const targetSchema = z.object({
  id: z.string(),
  resolutionId: z.string(),
  provinceCode: z.string(),
  parentId: z.string().nullable(),
  label: z.string(),
  position: z.number(),
  indicatorKey: z.string(),
  indicator: z.string(),
  indicatorEn: z.string().nullable(),
  unitOfMeasure: z.string(),
  measure: z.enum(MEASURES),
  accumulates: z.boolean(),
  kind: z.enum(TARGET_KINDS),
  planLow: z.string().nullable(),
  planHigh: z.string().nullable(),
  strict: z.boolean(),
  tolerance: z.string().nullable(),
  preferred: z.enum(PREFERENCES),
  dueYear: z.number(),
  units: z.array(z.object({ code: z.string(), name: z.string() })),
  scopeLabel: z.string().nullable(),
  responsibleUnitCode: z.string(),
  responsibleAgencyId: z.string().nullable(),
  responsibleAgencyName: z.string(),
  note: z.string().nullable(),
  measuredBy: z.enum(MEASURED_INDICATORS).nullable(),
  measuredUnitCode: z.string().nullable(),
  measuredLevel: z.enum(UNIT_LEVELS).nullable(),
  measuredUnitName: z.string().nullable(),
  method: z
    .object({ vi: z.string(), en: z.string(), source: z.string(), sourceEn: z.string() })
    .nullable()
    .describe('How a value measured from the records is computed, with its basis (null for a typed target)'),
  version: z.number(),
});
const words = z.object({ vi: z.string(), en: z.string() });
const measuredSchema = z
  .object({
    value: z.string().nullable(),
    numerator: z.number().nullable(),
    denominator: z.number().nullable(),
    from: z.string(),
    to: z.string(),
    drillPath: z.string().describe('The app page listing the records behind the figure ("" when none)'),
    reason: words.nullable(),
  })
  .nullable()
  .describe('The value computed from the records, for a target bound to an indicator (issue 24 §2)');
const valueSchema = z.object({
  id: z.string(),
  targetId: z.string(),
  year: z.number(),
  period: z.enum(PERIODS),
  revision: z.number(),
  value: z.string(),
  source: z.string(),
  note: z.string().nullable(),
  correctionReason: z.string().nullable(),
  status: z.enum(VALUE_STATUSES),
  reportedBy: z.string(),
  reportedAt: z.date(),
  reviewedBy: z.string().nullable(),
  reviewedAt: z.date().nullable(),
  reviewNote: z.string().nullable(),
  lockedBy: z.string().nullable(),
  lockedAt: z.date().nullable(),
  version: z.number(),
});
const verdict = z.enum(['met', 'exceeded', 'not_met', 'no_baseline']);
const achievementSchema = z.object({
  role: z.enum(['final', 'interim', 'baseline']),
  state: z.enum(['met', 'exceeded', 'not_met', 'no_baseline', 'not_yet_due', 'no_value']).nullable(),
  reading: verdict.nullable(),
  percentOfPlan: z.number().nullable(),
  trend: z.object({ previous: z.string(), change: z.string(), improved: z.boolean().nullable() }).nullable(),
});
const periodPoint = z.object({ year: z.number(), period: z.enum(PERIODS) });
const counts = <T extends readonly [string, ...string[]]>(keys: T) =>
  z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>);
const summarySchema = z.object({
  year: z.number(),
  period: z.enum(PERIODS),
  main: z.number(),
  states: counts(['met', 'exceeded', 'not_met', 'no_baseline', 'not_yet_due', 'no_value'] as const),
  achieved: z.number(),
  awaitingReview: z.number(),
  readings: counts(['met', 'exceeded', 'not_met', 'no_baseline'] as const),
});
const detailSchema = z.object({
  resolution: resolutionSchema,
  year: z.number(),
  period: z.enum(PERIODS),
  periods: z.array(periodPoint),
  summary: summarySchema,
  targets: z.array(
    targetSchema.extend({
      current: valueSchema.nullable(),
      measured: measuredSchema,
      previous: z.string().nullable(),
      reportDue: z.string(),
      achievement: achievementSchema,
      mayReport: z.boolean(),
    }),
  ),
  permissions: z.object({ plan: z.boolean(), review: z.boolean() }),
});

const targetBody = z.strictObject({
  parentId: z.uuid().nullable().optional(),
  label: text(16).min(1),
  position: z.number().int().min(0).max(10_000).optional(),
  indicatorKey: z.string().regex(/^[a-z0-9_]{2,64}$/),
  indicator: text(500).min(1),
  indicatorEn: text(500).nullable().optional(),
  unitOfMeasure: text(64).min(1),
  measure: z.enum(MEASURES),
  accumulates: z.boolean(),
  kind: z.enum(TARGET_KINDS),
  planLow: decimalIn.nullable().optional(),
  planHigh: decimalIn.nullable().optional(),
  strict: z.boolean().optional(),
  tolerance: decimalIn.nullable().optional(),
  preferred: z.enum(PREFERENCES).optional(),
  dueYear: z.number().int().min(2000).max(2100).optional(),
  unitCodes: z.array(unitCode).min(1).max(200),
  scopeLabel: text(200).nullable().optional(),
  responsibleUnitCode: unitCode,
  responsibleAgencyId: z.uuid().nullable().optional(),
  responsibleAgencyName: text(300).nullable().optional(),
  note: text(2000).nullable().optional(),
  measuredBy: z.enum(MEASURED_INDICATORS).nullable().optional(),
  measuredUnitCode: unitCode.nullable().optional(),
  measuredLevel: z.enum(UNIT_LEVELS).nullable().optional(),
});
const periodQuery = z.strictObject({ year: year.optional(), period: z.enum(PERIODS).optional() });

export async function targetsRoutes(app: App): Promise<void> {
  const tags = ['targets'];
  await targetsReportRoutes(app, resolutionSchema);
  app.get(
    '/targets/resolutions',
    {
      schema: {
        tags,
        summary: 'Resolutions of the provinces the reader works in, newest first',
        querystring: z.strictObject({ provinceCode: provinceCode.optional(), year: year.optional() }),
        response: { 200: z.object({ items: z.array(resolutionSchema.extend({ targets: z.number() })) }) },
      },
    },
    async (request) => ({
      items: unwrap(await listResolutions(ctxOf(request, app.database), request.query)),
    }),
  );

  app.post(
    '/targets/resolutions',
    {
      schema: {
        tags,
        summary: 'Enter a resolution with its targets (planning office)',
        body: z.strictObject({
          provinceCode,
          body: z.enum(RESOLUTION_BODIES),
          issuerName: text(300).min(1),
          number: text(100).min(1),
          title: text(500).min(1),
          issuedOn: isoDate,
          term: text(32).nullable().optional(),
          fromYear: z.number().int().min(2000).max(2100),
          toYear: z.number().int().min(2000).max(2100),
          reportDueWorkingDays: z.number().int().min(0).max(60).optional(),
          note: text(2000).nullable().optional(),
          targets: z
            .array(targetBody.extend({ parentLabel: text(16).optional() }))
            .max(200)
            .optional(),
        }),
        response: { 201: resolutionSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await createResolution(ctxOf(request, app.database), request.body))),
  );

  app.get(
    '/targets/resolutions/:id',
    {
      schema: {
        tags,
        summary: 'A resolution with each target’s value and achievement at a period',
        params: idParam,
        querystring: periodQuery,
        response: { 200: detailSchema },
      },
    },
    async (request) =>
      unwrap(await getResolution(ctxOf(request, app.database), request.params.id, request.query)),
  );

  app.get(
    '/targets/resolutions/:id/export.csv',
    {
      schema: {
        tags,
        response: { 200: fileResponse('CSV, UTF-8 with BOM', MEDIA.csv) },
        summary: 'The same as CSV (UTF-8 with BOM)',
        params: idParam,
        querystring: periodQuery,
      },
    },
    async (request, reply) => {
      const detail = unwrap(
        await getResolution(ctxOf(request, app.database), request.params.id, request.query),
      );
      const name = `chi-tieu-${detail.resolution.provinceCode}-${detail.year}-${detail.period}.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .send(resolutionCsv(detail));
    },
  );

  app.post(
    '/targets/resolutions/:id/targets',
    {
      schema: {
        tags,
        summary: 'Add a target or sub-target (planning office)',
        params: idParam,
        body: targetBody,
        response: { 201: targetSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await addTarget(ctxOf(request, app.database), request.params.id, request.body))),
  );

  app.post(
    '/targets/resolutions/:id/lock',
    {
      schema: {
        tags,
        summary: 'Lock every approved value of a period (planning office)',
        params: idParam,
        body: z.strictObject({ year: z.number().int().min(2000).max(2100), period: z.enum(PERIODS) }),
        response: { 200: z.object({ locked: z.number(), waiting: z.number() }) },
      },
    },
    async (request) =>
      unwrap(await lockPeriod(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.get(
    '/targets/targets/:id',
    {
      schema: {
        tags,
        summary: 'A target with its value history and achievement per period',
        params: idParam,
        response: {
          200: z.object({
            resolution: resolutionSchema,
            target: targetSchema,
            parent: targetSchema.nullable(),
            children: z.array(targetSchema),
            history: z.array(valueSchema),
            periods: z.array(
              periodPoint.extend({
                current: valueSchema.nullable(),
                measured: measuredSchema,
                previous: z.string().nullable(),
                reportDue: z.string(),
                achievement: achievementSchema,
              }),
            ),
            permissions: z.object({ report: z.boolean(), review: z.boolean(), plan: z.boolean() }),
          }),
        },
      },
    },
    async (request) => unwrap(await getTarget(ctxOf(request, app.database), request.params.id)),
  );

  app.put(
    '/targets/targets/:id',
    {
      schema: {
        tags,
        summary: 'Change a target (planning office; send the version you read)',
        params: idParam,
        body: targetBody.extend({ version: bodyInt(1) }),
        response: { 200: targetSchema },
      },
    },
    async (request) =>
      unwrap(await updateTarget(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.post(
    '/targets/targets/:id/values',
    {
      schema: {
        tags,
        summary: 'Report a value for a period (responsible agency); correct a locked one with a reason',
        params: idParam,
        body: z.strictObject({
          year: z.number().int().min(2000).max(2100),
          period: z.enum(PERIODS),
          value: decimalIn,
          source: text(500).min(1),
          note: text(2000).nullable().optional(),
          correctionReason: text(2000).nullable().optional(),
          version: bodyInt(1).optional(),
        }),
        response: { 200: valueSchema },
      },
    },
    async (request) =>
      unwrap(await reportValue(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.post(
    '/targets/values/:id/review',
    {
      schema: {
        tags,
        summary: 'Approve, return or lock a value (planning office)',
        params: idParam,
        body: z.strictObject({
          action: z.enum(['approve', 'return', 'lock']),
          version: bodyInt(1),
          note: text(2000).nullable().optional(),
        }),
        response: { 200: valueSchema },
      },
    },
    async (request) =>
      unwrap(await reviewValue(ctxOf(request, app.database), request.params.id, request.body)),
  );

  app.get(
    '/targets/review-queue',
    {
      schema: {
        tags,
        summary: 'Values waiting for the planning office of a province',
        querystring: z.strictObject({ provinceCode }),
        response: {
          200: z.object({
            items: z.array(
              valueSchema.extend({
                resolutionId: z.string(),
                resolutionNumber: z.string(),
                targetLabel: z.string(),
                indicator: z.string(),
                unitOfMeasure: z.string(),
                responsibleAgencyName: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      items: unwrap(await listReviewQueue(ctxOf(request, app.database), request.query.provinceCode)),
    }),
  );
}
