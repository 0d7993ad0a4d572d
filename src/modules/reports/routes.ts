/**
 * HTTP: the leadership dashboard's reports under /api/v1/reports (signed in, scoped by role grants) and the
 * public transparency figures under /api/v1/public/reports (no sign-in; aggregate numbers of public bodies only).
 */

import { fileResponse, MEDIA, PUBLIC } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { listReportDossiers, procedureBreakdown } from './drill-down.js';
import { exportReport } from './export-report.js';
import { inProgressRuleInput, inProgressRuleSetting, setInProgressRule } from './in-progress-rule.js';
import { scorecard766 } from './index766.js';
import {
  drillPageSchema,
  drillQuery,
  exportQuery,
  inProgressRuleSchema,
  procedureQuery,
  procedureRowsSchema,
  publicExportQuery,
  publicQuery,
  scorecardQuery,
  scorecardSchema,
  serviceQuery,
  serviceReportSchema,
} from './route-schemas.js';
import { publicServiceReport, serviceReport } from './service-report.js';

const tags = ['reports'];

export async function reportsRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/reports/service',
    {
      schema: {
        tags,
        summary: 'Service performance of a unit and its sub-units for a period, with the method',
        querystring: serviceQuery,
        response: { 200: serviceReportSchema },
      },
    },
    async (request) => unwrap(await serviceReport(ctx(request), request.query)),
  );

  app.get(
    '/reports/service/procedures',
    {
      schema: {
        tags,
        summary: 'The figures of each procedure of a unit (whole months), the most received first',
        querystring: procedureQuery,
        response: { 200: procedureRowsSchema },
      },
    },
    async (request) => unwrap(await procedureBreakdown(ctx(request), request.query)),
  );

  app.get(
    '/reports/service/dossiers',
    {
      schema: {
        tags,
        summary: 'The dossiers behind one figure (drill-down), in keyset pages',
        querystring: drillQuery,
        response: { 200: drillPageSchema },
      },
    },
    async (request) => unwrap(await listReportDossiers(ctx(request), request.query)),
  );

  app.get(
    '/reports/index766',
    {
      schema: {
        tags,
        summary: 'The Decision 766 scorecard of a unit for a period ("no data" where tinhso cannot know)',
        querystring: scorecardQuery,
        response: { 200: scorecardSchema },
      },
    },
    async (request) => unwrap(await scorecard766(ctx(request), request.query)),
  );

  app.get(
    '/reports/settings/in-progress-rule',
    {
      schema: {
        tags,
        summary:
          'Which dossiers Decision 766 sub-indicators 2.1 and 5.4 count: the rule in force and its source',
        response: { 200: inProgressRuleSchema },
      },
    },
    async (request) => unwrap(await inProgressRuleSetting(ctx(request))),
  );

  app.put(
    '/reports/settings/in-progress-rule',
    {
      schema: {
        tags,
        summary:
          'Choose whether 2.1 and 5.4 count dossiers in progress at the period’s end (provincial or national administrators; audited)',
        body: inProgressRuleInput,
        response: { 200: inProgressRuleSchema },
      },
    },
    async (request) => unwrap(await setInProgressRule(ctx(request), request.body)),
  );

  app.get(
    '/reports/export',
    {
      schema: {
        tags,
        response: { 200: fileResponse('The file in the format asked for', MEDIA.xlsx, MEDIA.pdf, MEDIA.csv) },
        summary: 'A report as Excel, PDF or CSV, with the same numbers as the page',
        querystring: exportQuery,
      },
    },
    async (request, reply) => {
      const { lang: language, ...query } = request.query;
      const file = unwrap(await exportReport(ctx(request), query, language));
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );

  app.get(
    '/public/reports/service',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary: 'Public service figures of a province or commune (transparency; no personal data)',
        querystring: publicQuery,
        response: { 200: serviceReportSchema },
      },
    },
    async (request) => unwrap(await publicServiceReport(ctx(request), request.query)),
  );

  app.get(
    '/public/reports/export',
    {
      schema: {
        tags,
        response: { 200: fileResponse('The file in the format asked for', MEDIA.csv, MEDIA.xlsx, MEDIA.pdf) },
        security: PUBLIC,
        summary: 'Public service figures as open data (CSV), Excel or PDF',
        querystring: publicExportQuery,
      },
    },
    async (request, reply) => {
      const { lang: language, ...query } = request.query;
      const file = unwrap(
        await exportReport(ctx(request), { ...query, report: 'service', publicView: true }, language),
      );
      return reply
        .type(file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .send(file.body);
    },
  );
}
