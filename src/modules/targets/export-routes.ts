/** Routes that change a resolution's particulars and export its report (Excel, PDF). */
import { z } from 'zod';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { fileResponse, MEDIA } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { vietnamToday } from '../units/index.js';
import { resolutionPdf, resolutionXlsx } from './export-report.js';
import { PERIODS } from './periods.js';
import { getResolution } from './read-resolutions.js';
import { RESOLUTION_BODIES } from './schema.js';
import { updateResolution } from './update-resolution.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const idParam = z.strictObject({ id: z.uuid() });
const periodQuery = z.strictObject({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  period: z.enum(PERIODS).optional(),
});
const text = (max: number) => z.string().trim().max(max);

export async function targetsReportRoutes(app: App, resolutionSchema: z.ZodType): Promise<void> {
  const tags = ['targets'];
  app.put(
    '/targets/resolutions/:id',
    {
      schema: {
        tags,
        summary: 'Change a resolution’s particulars (planning office; send the version you read)',
        params: idParam,
        body: z.strictObject({
          body: z.enum(RESOLUTION_BODIES),
          issuerName: text(300).min(1),
          number: text(100).min(1),
          title: text(500).min(1),
          issuedOn: calendarDate,
          term: text(32).nullable().optional(),
          fromYear: z.number().int().min(2000).max(2100),
          toYear: z.number().int().min(2000).max(2100),
          reportDueWorkingDays: z.number().int().min(0).max(60).optional(),
          note: text(2000).nullable().optional(),
          version: bodyInt(1),
        }),
        response: { 200: resolutionSchema },
      },
    },
    async (request) =>
      unwrap(await updateResolution(ctxOf(request, app.database), request.params.id, request.body)),
  );

  for (const format of ['xlsx', 'pdf'] as const)
    app.get(
      `/targets/resolutions/:id/export.${format}`,
      {
        schema: {
          tags,
          response: {
            200: fileResponse(
              `The resolution's targets as ${format === 'xlsx' ? 'an Excel workbook' : 'a PDF'}`,
              format === 'xlsx' ? MEDIA.xlsx : MEDIA.pdf,
            ),
          },
          summary:
            format === 'xlsx'
              ? 'The achievement report as an Excel workbook'
              : 'The achievement report as a PDF (an administrative report)',
          params: idParam,
          querystring: periodQuery,
        },
      },
      async (request, reply) => {
        const ctx = ctxOf(request, app.database);
        const detail = unwrap(await getResolution(ctx, request.params.id, request.query));
        const name = `bao-cao-chi-tieu-${detail.resolution.provinceCode}-${detail.year}-${detail.period}.${format}`;
        const bytes =
          format === 'xlsx'
            ? await resolutionXlsx(detail)
            : await resolutionPdf(detail, vietnamToday(ctx.now));
        return reply
          .type(format === 'xlsx' ? XLSX : 'application/pdf')
          .header('content-disposition', `attachment; filename="${name}"`)
          .send(bytes);
      },
    );
}
