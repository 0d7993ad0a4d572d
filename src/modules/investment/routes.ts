import { z } from 'zod';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { fileResponse, MEDIA } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { vietnamToday } from '../units/index.js';
import { listProjectsAtRisk } from './at-risk.js';
import { monthlyReportCsv, summaryCsv } from './export-csv.js';
import { monthlyReportPdf, monthlyReportXlsx } from './export-report.js';
import { decideExtension, requestExtension } from './extensions.js';
import { importDisbursements } from './import-disbursements.js';
import { monthlyReport } from './monthly-report.js';
import { provinceSummary } from './province-summary.js';
import { getProject, listProjects } from './read-projects.js';
import { cancelDisbursement, recordDisbursement } from './record-disbursement.js';
import * as s from './route-schemas.js';
import { createProject, updateProject } from './save-project.js';
import { CAPITAL_SOURCES, PROJECT_GROUPS } from './schema.js';
import { setCapitalPlan, setMonthlyPlan } from './set-plans.js';
import { setAtRiskMargin } from './settings.js';

const provinceCode = z.string().regex(/^\d{2}$/, 'a 2-digit province code');
const unitCode = z.string().regex(/^(\d{2}|\d{5})$/, 'a 2-digit province or 5-digit commune code');
const year = z.coerce.number().int().min(2000).max(2100);
const isoDate = calendarDate;
const amount = z.union([z.string().regex(/^\d{1,18}$/, 'whole đồng, digits only'), z.number().int().min(0)]);
const idParam = z.strictObject({ id: z.uuid() });
const text = (max: number) => z.string().trim().max(max);
const tags = ['investment'];

const projectBody = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Za-z.\-_/]{1,32}$/),
  name: text(500).min(1),
  ownerUnitCode: unitCode,
  ownerAgencyId: z.uuid().nullable().optional(),
  ownerName: text(300).nullable().optional(),
  unitCode,
  group: z.enum(PROJECT_GROUPS),
  totalInvestment: amount,
  startDate: isoDate,
  plannedEndDate: isoDate,
  status: z.enum(['active', 'completed', 'suspended']).optional(),
  note: text(2000).nullable().optional(),
});

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function csv(reply: import('fastify').FastifyReply, name: string, body: string) {
  return file(reply, name, 'text/csv; charset=utf-8', body);
}

function file(reply: import('fastify').FastifyReply, name: string, type: string, body: string | Buffer) {
  return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
}

export async function investmentRoutes(app: App): Promise<void> {
  const ctx = (request: import('fastify').FastifyRequest) => ctxOf(request, app.database);
  const summaryQuery = z.strictObject({ provinceCode, year: year.optional(), asOf: isoDate.optional() });

  app.get(
    '/investment/summary',
    {
      schema: {
        tags,
        summary: 'A province’s disbursement for a plan year as of a day, by source, group, owner and unit',
        querystring: summaryQuery,
        response: { 200: s.summary },
      },
    },
    async (request) => unwrap(await provinceSummary(ctx(request), request.query)),
  );

  app.get(
    '/investment/summary/export.csv',
    {
      schema: {
        tags,
        summary: 'The province summary as CSV',
        querystring: summaryQuery,
        response: { 200: fileResponse('CSV', MEDIA.csv) },
      },
    },
    async (request, reply) => {
      const summary = unwrap(await provinceSummary(ctx(request), request.query));
      return csv(reply, `giai-ngan-${summary.provinceCode}-${summary.asOf}.csv`, summaryCsv(summary));
    },
  );

  app.get(
    '/investment/projects',
    {
      schema: {
        tags,
        summary: 'A province’s projects with plan, payments and rate for a plan year',
        querystring: z.strictObject({
          provinceCode,
          year: year.optional(),
          q: z.string().max(200).optional(),
          ownerUnitCode: unitCode.optional(),
          group: z.enum(PROJECT_GROUPS).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(25),
        }),
        response: { 200: s.projectList },
      },
    },
    async (request) => unwrap(await listProjects(ctx(request), request.query)),
  );

  app.post(
    '/investment/projects',
    {
      schema: {
        tags,
        summary: 'Register a project (planning office)',
        body: projectBody.extend({ provinceCode }),
        response: { 201: s.project },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await createProject(ctx(request), request.body))),
  );

  app.get(
    '/investment/projects/:id',
    {
      schema: {
        tags,
        summary: 'A project: plans, plan-against-actual curve, payments, extension requests',
        params: idParam,
        querystring: z.strictObject({ year: year.optional() }),
        response: { 200: s.projectDetail },
      },
    },
    async (request) => unwrap(await getProject(ctx(request), request.params.id, request.query)),
  );

  app.put(
    '/investment/projects/:id',
    {
      schema: {
        tags,
        summary: 'Change a project (planning office; send the version you read)',
        params: idParam,
        body: projectBody.extend({ version: bodyInt(1) }),
        response: { 200: s.project },
      },
    },
    async (request) => unwrap(await updateProject(ctx(request), request.params.id, request.body)),
  );

  app.put(
    '/investment/projects/:id/capital-plans',
    {
      schema: {
        tags,
        summary: 'Set the capital plan of a year and source (planning office)',
        params: idParam,
        body: z.strictObject({
          year: z.number().int().min(2000).max(2100),
          source: z.enum(CAPITAL_SOURCES),
          amount,
          decisionRef: text(300).nullable().optional(),
        }),
        response: { 200: s.capitalPlan },
      },
    },
    async (request) => unwrap(await setCapitalPlan(ctx(request), request.params.id, request.body)),
  );

  app.put(
    '/investment/projects/:id/monthly-plan',
    {
      schema: {
        tags,
        summary: 'Set the monthly disbursement plan of a year (owner)',
        params: idParam,
        body: z.strictObject({
          year: z.number().int().min(2000).max(2100),
          months: z.array(amount).length(12),
        }),
        response: { 200: z.object({ year: z.number(), months: z.array(z.string()) }) },
      },
    },
    async (request) => unwrap(await setMonthlyPlan(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/investment/projects/:id/disbursements',
    {
      schema: {
        tags,
        summary: 'Record a payment (owner)',
        params: idParam,
        body: z.strictObject({
          planYear: z.number().int().min(2000).max(2100).optional(),
          source: z.enum(CAPITAL_SOURCES),
          disbursedOn: isoDate,
          amount,
          voucherNo: text(64).nullable().optional(),
          note: text(2000).nullable().optional(),
        }),
        response: { 201: s.disbursement },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await recordDisbursement(ctx(request), request.params.id, request.body))),
  );

  app.post(
    '/investment/disbursements/:id/cancel',
    {
      schema: {
        tags,
        summary: 'Cancel a wrong payment, with the reason (owner)',
        params: idParam,
        body: z.strictObject({ reason: text(2000).min(1) }),
        response: { 200: s.disbursement },
      },
    },
    async (request) => unwrap(await cancelDisbursement(ctx(request), request.params.id, request.body)),
  );

  app.post(
    '/investment/imports',
    {
      schema: {
        tags,
        summary: 'Import a State Treasury disbursement CSV: all rows or none',
        body: z.strictObject({ fileName: text(255).min(1), csv: z.string().min(1).max(900_000) }),
        response: {
          201: z.object({
            batchId: z.string(),
            rows: z.number(),
            totalAmount: z.string(),
            projects: z.number(),
            provinceCodes: z.array(z.string()),
          }),
        },
      },
    },
    async (request, reply) =>
      reply.status(201).send(
        unwrap(
          await importDisbursements(ctx(request), {
            fileName: request.body.fileName,
            text: request.body.csv,
          }),
        ),
      ),
  );

  app.post(
    '/investment/projects/:id/extensions',
    {
      schema: {
        tags,
        summary: 'Ask the People’s Council to extend the project’s time (owner)',
        params: idParam,
        body: z.strictObject({
          reason: text(2000).min(1),
          requestedEndDate: isoDate,
          requestedOn: isoDate.optional(),
        }),
        response: { 201: s.extension },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await requestExtension(ctx(request), request.params.id, request.body))),
  );

  app.post(
    '/investment/extensions/:id/decision',
    {
      schema: {
        tags,
        summary: 'Record the People’s Council decision on a request (planning office)',
        params: idParam,
        body: z.strictObject({
          decision: z.enum(['approved', 'rejected']),
          decisionRef: text(300).min(1),
          decidedOn: isoDate,
          approvedEndDate: isoDate.nullable().optional(),
          note: text(2000).nullable().optional(),
          version: bodyInt(1),
        }),
        response: { 200: s.extension },
      },
    },
    async (request) => unwrap(await decideExtension(ctx(request), request.params.id, request.body)),
  );

  app.get(
    '/investment/at-risk',
    {
      schema: {
        tags,
        summary: 'Projects behind their monthly plan by the province’s margin (link kind investment_project)',
        querystring: summaryQuery,
        response: { 200: z.object({ marginPoints: z.number(), items: z.array(s.atRisk) }) },
      },
    },
    async (request) => unwrap(await listProjectsAtRisk(ctx(request), request.query)),
  );

  const reportQuery = z.strictObject({ provinceCode, year, month: z.coerce.number().int().min(1).max(12) });
  app.get(
    '/investment/reports/monthly',
    {
      schema: {
        tags,
        summary: 'The monthly disbursement report, projects grouped by owner',
        querystring: reportQuery,
        response: { 200: s.monthlyReport },
      },
    },
    async (request) => unwrap(await monthlyReport(ctx(request), request.query)),
  );

  app.get(
    '/investment/reports/monthly/export.csv',
    {
      schema: {
        tags,
        summary: 'The monthly report as CSV',
        querystring: reportQuery,
        response: { 200: fileResponse('CSV', MEDIA.csv) },
      },
    },
    async (request, reply) => {
      const report = unwrap(await monthlyReport(ctx(request), request.query));
      return csv(
        reply,
        `bao-cao-giai-ngan-${report.provinceCode}-${report.year}-${report.month}.csv`,
        monthlyReportCsv(report),
      );
    },
  );

  app.get(
    '/investment/reports/monthly/export.xlsx',
    {
      schema: {
        tags,
        summary: 'The monthly report as an Excel workbook (đồng)',
        querystring: reportQuery,
        response: { 200: fileResponse('Excel workbook', MEDIA.xlsx) },
      },
    },
    async (request, reply) => {
      const report = unwrap(await monthlyReport(ctx(request), request.query));
      const name = `bao-cao-giai-ngan-${report.provinceCode}-${report.year}-${report.month}.xlsx`;
      return file(reply, name, XLSX, await monthlyReportXlsx(report));
    },
  );

  app.get(
    '/investment/reports/monthly/export.pdf',
    {
      schema: {
        tags,
        summary: 'The monthly report as a PDF (millions of đồng)',
        querystring: reportQuery,
        response: { 200: fileResponse('PDF', MEDIA.pdf) },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      const report = unwrap(await monthlyReport(c, request.query));
      const name = `bao-cao-giai-ngan-${report.provinceCode}-${report.year}-${report.month}.pdf`;
      return file(reply, name, 'application/pdf', await monthlyReportPdf(report, vietnamToday(c.now)));
    },
  );

  app.put(
    '/investment/settings/:provinceCode',
    {
      schema: {
        tags,
        summary: 'Set the at-risk margin in percentage points (planning office)',
        params: z.strictObject({ provinceCode }),
        body: z.strictObject({ marginPoints: z.number().int().min(0).max(100) }),
        response: { 200: z.object({ provinceCode: z.string(), marginPoints: z.number() }) },
      },
    },
    async (request) => unwrap(await setAtRiskMargin(ctx(request), request.params.provinceCode, request.body)),
  );
}
