import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { languageOf } from '../../platform/http/messages.js';
import { fileResponse, MEDIA, PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { FACILITY_CODES, FACILITY_ITEMS, JOB_POSITION_CODES, JOB_POSITIONS } from './catalogue.js';
import { communeCsv, communeXlsx, provinceCsv, provinceXlsx } from './export-staffing.js';
import { addStaffMember, changeStaffMember, endStaffMember } from './keep-roster.js';
import { provinceStaffing } from './province-staffing.js';
import * as s from './route-schemas.js';
import { CONDITIONS, QUALIFICATIONS, TRAININGS } from './schema.js';
import { setFacility, setFacilityNorm } from './set-facility.js';
import { setQuota } from './set-quota.js';
import { communeStaffing, SHORTFALLS } from './staffing-views.js';

const tags = ['staffing'];
const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const unitCode = z.string().regex(/^\d{5}$/, 'a 5-digit commune code');
const text = (max: number) => z.string().trim().max(max);
const unitParam = z.strictObject({ unitCode });
const atQuery = z.strictObject({ at: calendarDate.optional() });
/** A download link cannot set accept-language: the page names its language. */
const lang = z.enum(['vi', 'en']).optional();
const provinceQuery = z.strictObject({
  provinceCode,
  at: calendarDate.optional(),
  belowOnly: z.enum(['true', 'false']).optional(),
  shortfall: z.enum(SHORTFALLS).optional(),
});
const particulars = z.strictObject({
  agencyId: z.uuid(),
  fullName: text(200).min(1),
  jobPosition: z.enum(JOB_POSITION_CODES as [string, ...string[]]),
  qualification: z.enum(QUALIFICATIONS),
  fieldOfStudy: text(200).nullable().optional(),
  trainings: z.array(z.enum(TRAININGS)).max(TRAININGS.length).optional(),
  positionId: z.uuid().nullable().optional(),
  validFrom: calendarDate.optional(),
});
const saved = z.object({ id: z.string(), validFrom: z.string() });

function file(reply: FastifyReply, name: string, type: string, body: string | Buffer) {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
}

export async function staffingRoutes(app: App): Promise<void> {
  const ctx = (request: FastifyRequest) => ctxOf(request, app.database);
  const languageFor = (request: FastifyRequest) =>
    (request.query as { lang?: 'vi' | 'en' }).lang ?? languageOf(request.headers['accept-language']);
  const provinceView = (request: FastifyRequest) => {
    const { lang: _lang, ...query } = request.query as z.infer<typeof provinceQuery> & { lang?: string };
    return provinceStaffing(ctx(request), { ...query, belowOnly: query.belowOnly === 'true' });
  };

  app.get(
    '/staffing/catalogue',
    {
      schema: {
        tags,
        summary: 'The job positions and facility items commune staffing is measured on',
        // Reference lists, the same for everyone: public like the calendar and the catalogue.
        security: PUBLIC,
        response: { 200: s.catalogue },
      },
    },
    async () => ({ jobPositions: [...JOB_POSITIONS], facilityItems: [...FACILITY_ITEMS] }),
  );

  app.get(
    '/staffing/province',
    {
      schema: {
        tags,
        summary:
          'Every commune of a province on a day: quota, in post, vacancies, qualifications, facilities',
        querystring: provinceQuery,
        response: { 200: s.province },
      },
    },
    async (request) => unwrap(await provinceView(request)),
  );

  for (const format of ['xlsx', 'csv'] as const)
    app.get(
      `/staffing/province/export.${format}`,
      {
        schema: {
          tags,
          summary: `The province view as ${format === 'xlsx' ? 'an Excel workbook' : 'CSV'}`,
          querystring: provinceQuery.extend({ lang }),
          response: { 200: fileResponse(format.toUpperCase(), format === 'xlsx' ? MEDIA.xlsx : MEDIA.csv) },
        },
      },
      async (request, reply) => {
        const view = unwrap(await provinceView(request));
        const name = `bien-che-xa-${view.provinceCode}-${view.at}.${format}`;
        return format === 'xlsx'
          ? file(reply, name, MEDIA.xlsx, await provinceXlsx(view, languageFor(request)))
          : file(reply, name, 'text/csv; charset=utf-8', provinceCsv(view, languageFor(request)));
      },
    );

  app.get(
    '/staffing/communes/:unitCode',
    {
      schema: {
        tags,
        summary: 'A commune on a day: posts by agency and job position, the roster, facilities against norms',
        params: unitParam,
        querystring: atQuery,
        response: { 200: s.commune },
      },
    },
    async (request) => unwrap(await communeStaffing(ctx(request), request.params.unitCode, request.query.at)),
  );

  for (const format of ['xlsx', 'csv'] as const)
    app.get(
      `/staffing/communes/:unitCode/export.${format}`,
      {
        schema: {
          tags,
          summary: `A commune's staffing and facilities as ${format === 'xlsx' ? 'an Excel workbook' : 'CSV'}`,
          params: unitParam,
          querystring: atQuery.extend({ lang }),
          response: { 200: fileResponse(format.toUpperCase(), format === 'xlsx' ? MEDIA.xlsx : MEDIA.csv) },
        },
      },
      async (request, reply) => {
        const view = unwrap(await communeStaffing(ctx(request), request.params.unitCode, request.query.at));
        const name = `bien-che-${view.unitCode}-${view.at}.${format}`;
        return format === 'xlsx'
          ? file(reply, name, MEDIA.xlsx, await communeXlsx(view, languageFor(request)))
          : file(reply, name, 'text/csv; charset=utf-8', communeCsv(view, languageFor(request)));
      },
    );

  app.put(
    '/staffing/communes/:unitCode/quotas',
    {
      schema: {
        tags,
        summary: 'Approve the posts of a job position in a commune agency from a date (province)',
        params: unitParam,
        body: z.strictObject({
          agencyId: z.uuid(),
          jobPosition: z.enum(JOB_POSITION_CODES as [string, ...string[]]),
          posts: bodyInt(0, 1000),
          decisionRef: text(300).nullable().optional(),
          validFrom: calendarDate.optional(),
        }),
        response: { 200: saved },
      },
    },
    async (request) =>
      unwrap(await setQuota(ctx(request), { ...request.body, unitCode: request.params.unitCode })),
  );

  app.post(
    '/staffing/communes/:unitCode/staff',
    {
      schema: {
        tags,
        summary: 'An official joins a commune agency on a job position (commune or province)',
        params: unitParam,
        body: particulars,
        response: { 201: s.staffSaved },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(unwrap(await addStaffMember(ctx(request), request.params.unitCode, request.body))),
  );

  app.put(
    '/staffing/staff/:personId',
    {
      schema: {
        tags,
        summary: 'Change an official’s job position, qualification or training from a date',
        params: z.strictObject({ personId: z.uuid() }),
        body: particulars,
        response: { 200: s.staffSaved },
      },
    },
    async (request) => unwrap(await changeStaffMember(ctx(request), request.params.personId, request.body)),
  );

  app.post(
    '/staffing/staff/:personId/leave',
    {
      schema: {
        tags,
        summary: 'An official leaves the commune on a date (the record stays)',
        params: z.strictObject({ personId: z.uuid() }),
        body: z.strictObject({ validTo: calendarDate.optional(), reason: text(500).optional() }),
        response: { 200: z.object({ personId: z.string(), validTo: z.string() }) },
      },
    },
    async (request) => unwrap(await endStaffMember(ctx(request), request.params.personId, request.body)),
  );

  app.put(
    '/staffing/communes/:unitCode/facilities',
    {
      schema: {
        tags,
        summary: 'What a commune has of a facility item from a date',
        params: unitParam,
        body: z.strictObject({
          item: z.enum(FACILITY_CODES as [string, ...string[]]),
          quantity: bodyInt(0, 100_000),
          condition: z.enum(CONDITIONS),
          note: text(500).nullable().optional(),
          validFrom: calendarDate.optional(),
        }),
        response: { 200: saved },
      },
    },
    async (request) =>
      unwrap(await setFacility(ctx(request), { ...request.body, unitCode: request.params.unitCode })),
  );

  app.put(
    '/staffing/norms',
    {
      schema: {
        tags,
        summary: 'What every commune of a province needs of a facility item, from a date (province)',
        body: z.strictObject({
          provinceCode,
          item: z.enum(FACILITY_CODES as [string, ...string[]]),
          required: bodyInt(0, 100_000),
          decisionRef: text(300).nullable().optional(),
          validFrom: calendarDate.optional(),
        }),
        response: { 200: saved },
      },
    },
    async (request) => unwrap(await setFacilityNorm(ctx(request), request.body)),
  );
}
