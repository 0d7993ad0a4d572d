/** Feedback reports, the CSV export (never identities) and Open311 keys, under /api/v1/feedback. */
import { z } from 'zod';
import { fileResponse, MEDIA } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { UNIT_LEVELS } from '../units/index.js';
import { exportCases } from './export-cases.js';
import { feedbackReport } from './feedback-report.js';
import { issueOpen311Key, listOpen311Keys, revokeOpen311Key } from './open311-keys.js';
import { idParam, keySchema, periodLabel, provinceCode, reportSchema } from './route-schemas.js';

const tags = ['feedback'];

export async function feedbackAdminRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.get(
    '/feedback/reports',
    {
      schema: {
        tags,
        summary:
          'Counts by kind, field, unit and month with the change on the previous period; on-time rates; 766 sub-indicators 5.2 and 5.3',
        querystring: z.strictObject({
          provinceCode,
          period: periodLabel,
          level: z.enum(UNIT_LEVELS).optional(),
          unitCode: z
            .string()
            .regex(/^\d{5}$/, 'a 5-digit commune code')
            .optional(),
        }),
        response: { 200: reportSchema },
      },
    },
    async (request) => unwrap(await feedbackReport(ctx(request), request.query)),
  );

  app.get(
    '/feedback/export',
    {
      schema: {
        tags,
        response: { 200: fileResponse('CSV', MEDIA.csv) },
        summary: 'The cases of a period as CSV (public wording only; never a submitter or denouncer)',
        querystring: z.strictObject({ provinceCode, period: periodLabel }),
        produces: ['text/csv'],
      },
    },
    async (request, reply) => {
      const file = unwrap(await exportCases(ctx(request), request.query));
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.csv);
    },
  );

  app.get(
    '/feedback/open311-keys',
    {
      schema: {
        tags,
        summary: 'Open311 API keys of a province (administrators)',
        querystring: z.strictObject({ provinceCode }),
        response: { 200: z.object({ items: z.array(keySchema) }) },
      },
    },
    async (request) => ({ items: unwrap(await listOpen311Keys(ctx(request), request.query.provinceCode)) }),
  );

  app.post(
    '/feedback/open311-keys',
    {
      schema: {
        tags,
        summary: 'Issue an Open311 API key; the key is shown once',
        body: z.strictObject({ provinceCode, name: z.string().trim().min(1).max(100) }),
        response: { 201: z.object({ key: z.string(), apiKey: keySchema }) },
      },
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await issueOpen311Key(ctx(request), request.body))),
  );

  app.delete(
    '/feedback/open311-keys/:id',
    {
      schema: { tags, summary: 'Revoke an Open311 API key', params: idParam, response: { 200: keySchema } },
    },
    async (request) => unwrap(await revokeOpen311Key(ctx(request), request.params.id)),
  );
}
