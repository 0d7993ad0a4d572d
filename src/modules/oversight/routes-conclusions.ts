/** HTTP: conclusion notices and directives, and the views for leaders (issue 8 §2, §4). */
import { z } from 'zod';
import { fileResponse, MEDIA } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { getConclusion, listConclusions } from './conclusion-view.js';
import { EXPORT_TABLES, exportCsv } from './export-csv.js';
import { exportPdf } from './export-pdf.js';
import { exportXlsx, XLSX_TYPE } from './export-xlsx.js';
import { followUpBySource } from './follow-up.js';
import { heatMap } from './heatmap.js';
import { addConclusionTasks, issueConclusion } from './issue-conclusion.js';
import { RAISE_SOURCES, raiseTask } from './raise-task.js';
import {
  agencyView,
  conclusionDetail,
  conclusionSummary,
  heatCell,
  idParam,
  isoDate,
  month,
  page,
  pageOf,
  taskInput,
  text,
  unitCode,
  version,
} from './route-schemas.js';
import { CONCLUSION_KINDS, SOURCE_KINDS } from './schema.js';
import { listUnreported } from './unreported.js';

const tags = ['oversight'];
/** One source of conclusions, or `outside` for every source but the unit's own (issue 21 §4). */
const sourceQuery = z.enum([...SOURCE_KINDS, 'outside']).optional();
const followCounts = {
  conclusions: z.number(),
  tasks: z.number(),
  doneOnTime: z.number(),
  doneLate: z.number(),
  inProgress: z.number(),
  overdue: z.number(),
};

export async function conclusionRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/oversight/conclusions',
    {
      schema: {
        tags,
        summary: 'Conclusion notices and directives I may read, newest first, with their tasks counted',
        querystring: z.strictObject({
          issuerUnitCode: unitCode.optional(),
          kind: z.enum(CONCLUSION_KINDS).optional(),
          source: sourceQuery,
          q: z.string().trim().max(100).optional(),
          ...page,
        }),
        response: { 200: pageOf(conclusionSummary) },
      },
    },
    async (request) => unwrap(await listConclusions(ctx(request), request.query)),
  );

  app.post(
    '/oversight/conclusions',
    {
      schema: {
        tags,
        summary: 'Issue a conclusion notice or directive with its tasks (issuing leaders)',
        body: z.strictObject({
          issuerUnitCode: unitCode,
          issuerName: text(300),
          kind: z.enum(CONCLUSION_KINDS),
          source: z.enum(SOURCE_KINDS).optional(),
          number: text(60),
          issuedOn: isoDate,
          title: text(500),
          summary: z.string().trim().max(10_000).optional(),
          meetingId: z.uuid().optional(),
          signerName: z.string().trim().max(200).optional(),
          documentReference: z.string().trim().max(1000).optional(),
          tasks: z.array(taskInput).max(100),
        }),
        response: { 201: conclusionDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await issueConclusion(ctx(request), request.body))),
  );

  app.post(
    '/oversight/raise',
    {
      schema: {
        tags,
        summary:
          'Turn a PAKN or complaint, or an investment project at risk, into a task: a directive with one task linked to the source',
        body: z.strictObject({
          source: z.strictObject({
            kind: z.enum(RAISE_SOURCES),
            id: z.uuid(),
            version: version.optional(),
          }),
          issuerUnitCode: unitCode,
          issuerName: text(300),
          number: text(60),
          issuedOn: isoDate,
          title: z.string().trim().max(500).optional(),
          signerName: z.string().trim().max(200).optional(),
          note: z.string().trim().max(2000).optional(),
          task: taskInput.extend({ leadAgencyId: z.uuid().optional() }),
        }),
        response: { 201: z.object({ conclusion: conclusionDetail, taskId: z.string() }) },
      },
    },
    async (request, reply) => reply.status(201).send(unwrap(await raiseTask(ctx(request), request.body))),
  );

  app.get(
    '/oversight/conclusions/:id',
    {
      schema: {
        tags,
        summary: 'One conclusion with the tasks I may read',
        params: idParam,
        response: { 200: conclusionDetail },
      },
    },
    async (request) => unwrap(await getConclusion(ctx(request), request.params.id)),
  );

  app.post(
    '/oversight/conclusions/:id/tasks',
    {
      schema: {
        tags,
        summary: 'Add tasks to an issued conclusion (send the conclusion version)',
        params: idParam,
        body: z.strictObject({ version, tasks: z.array(taskInput).min(1).max(100) }),
        response: { 200: conclusionDetail },
      },
    },
    async (request) => unwrap(await addConclusionTasks(ctx(request), request.params.id, request.body)),
  );

  const viewQuery = { issuerUnitCode: unitCode.optional() };

  app.get(
    '/oversight/follow-up',
    {
      schema: {
        tags,
        summary:
          'Follow-up by source — own, inspection, State Audit, Party inspection, superior directive: done on time, done late, in progress, overdue',
        querystring: z.strictObject(viewQuery),
        response: {
          200: z.object({
            today: z.string(),
            lines: z.array(z.object({ source: z.enum(SOURCE_KINDS), ...followCounts })),
            total: z.object(followCounts),
          }),
        },
      },
    },
    async (request) => unwrap(await followUpBySource(ctx(request), request.query)),
  );

  app.get(
    '/oversight/unreported',
    {
      schema: {
        tags,
        summary: 'Conclusions with open tasks that were never reported on',
        querystring: z.strictObject({ ...viewQuery, ...page }),
        response: {
          200: pageOf(
            z.object({
              id: z.string(),
              number: z.string(),
              kind: z.enum(CONCLUSION_KINDS),
              title: z.string(),
              issuedOn: z.string(),
              issuerUnitCode: z.string(),
              issuerName: z.string(),
              tasks: z.number(),
              neverReported: z.number(),
              neverReportedOverdue: z.number(),
              earliestDeadline: z.string(),
              agencies: z.array(agencyView),
            }),
          ).extend({ today: z.string() }),
        },
      },
    },
    async (request) => unwrap(await listUnreported(ctx(request), request.query)),
  );

  app.get(
    '/oversight/heatmap',
    {
      schema: {
        tags,
        summary: 'Lead agencies × months of deadline: on time, late, overdue open, open (counts)',
        querystring: z.strictObject({
          ...viewQuery,
          from: month.optional(),
          to: month.optional(),
          source: sourceQuery,
        }),
        response: {
          200: z.object({
            today: z.string(),
            from: z.string(),
            to: z.string(),
            months: z.array(z.string()),
            rows: z.array(z.object({ agency: agencyView, cells: z.array(heatCell), total: heatCell })),
            totals: z.array(heatCell),
            total: heatCell,
          }),
        },
      },
    },
    async (request) => unwrap(await heatMap(ctx(request), request.query)),
  );

  app.get(
    '/oversight/export.csv',
    {
      schema: {
        tags,
        summary: 'The same figures as a CSV file for the next meeting (tasks, agencies, unreported)',
        querystring: z.strictObject({
          ...viewQuery,
          table: z.enum(EXPORT_TABLES).default('tasks'),
          from: month.optional(),
          to: month.optional(),
          lang: z.enum(['vi', 'en']).default('vi'),
        }),
        response: { 200: fileResponse('CSV, UTF-8', MEDIA.csv) },
      },
    },
    async (request, reply) => {
      const file = unwrap(await exportCsv(ctx(request), request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.csv);
    },
  );

  app.get(
    '/oversight/report.xlsx',
    {
      schema: {
        tags,
        response: { 200: fileResponse('Excel workbook', MEDIA.xlsx) },
        summary:
          'The report for the next meeting as an Excel workbook: summary, agencies, agencies × months, tasks issued by status, my agency’s tasks, never-reported conclusions',
        querystring: z.strictObject({
          ...viewQuery,
          from: month.optional(),
          to: month.optional(),
          lang: z.enum(['vi', 'en']).default('vi'),
        }),
      },
    },
    async (request, reply) => {
      const file = unwrap(await exportXlsx(ctx(request), request.query));
      return reply
        .type(XLSX_TYPE)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.xlsx);
    },
  );

  app.get(
    '/oversight/report.pdf',
    {
      schema: {
        tags,
        response: { 200: fileResponse('PDF', MEDIA.pdf) },
        summary:
          'The report for the next meeting as PDF: totals, agencies, never-reported conclusions, overdue tasks',
        querystring: z.strictObject({ ...viewQuery, from: month.optional(), to: month.optional() }),
      },
    },
    async (request, reply) => {
      const file = unwrap(await exportPdf(ctx(request), request.query));
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.pdf);
    },
  );
}
