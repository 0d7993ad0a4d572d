/**
 * Managing the catalogue under /api/v1/procedures (issue 5 §1, §3): a new version of a national procedure;
 * a province's publications and workflows, with the live check. Signed-in only; each use case checks its policy.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { bodyInt, calendarDate } from '../../platform/http/input-schemas.js';
import { HttpProblem, problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { editProcedure } from './edit-procedure.js';
import { getPublicationAdmin, listPublicationsAdmin } from './publication-admin.js';
import { publishProcedure, withdrawPublication } from './publish-procedure.js';
import {
  declarationFormSchema,
  editBody,
  procedureCode,
  processingTimeBody,
  provinceCode,
  publishBody,
  stepsSchema,
  workflowBody,
} from './route-schemas.js';
import { publishedFeeSchema, versionSchema } from './routes.js';
import { checkWorkflowDraft, saveWorkflow, workflowContext } from './save-workflow.js';
import { setDeclarationForm } from './set-declaration-form.js';
import { setProcessingTime } from './set-processing-time.js';
import { statutoryBudgetMinutes, WORKING_DAY_MINUTES } from './workflow-check.js';
import { TEMPLATES, templateSteps } from './workflow-templates.js';

const params = z.strictObject({ province: provinceCode, code: procedureCode });
const stepOut = z.object({
  name: z.string(),
  role: z.string().nullable(),
  agencyRef: z.string(),
  agencyId: z.string().nullable(),
  amount: z.number(),
  unit: z.string(),
});
const checkOut = z.object({
  ok: z.boolean(),
  totalMinutes: z.number(),
  budgetMinutes: z.number().nullable(),
  channel: z.string().nullable(),
  problems: z.array(z.looseObject({ kind: z.string() })),
  messages: z.array(z.string()),
});
const workflowOut = z.object({
  id: z.string(),
  template: z.string(),
  status: z.enum(['draft', 'published']),
  publishedAt: z.date().nullable(),
  version: z.number(),
  steps: z.array(stepOut),
});
const agencyOut = z.object({
  id: z.string(),
  unitCode: z.string(),
  provinceCode: z.string(),
  kind: z.string(),
  code: z.string().nullable(),
  name: z.string(),
  nameEn: z.string().nullable(),
});

function signedIn(request: FastifyRequest) {
  if (request.actor.kind !== 'user')
    throw new HttpProblem(
      problem(401, 'unauthenticated', 'Sign-in required', { detail: 'Sign in to continue.' }),
    );
}

export async function proceduresAdminRoutes(app: App): Promise<void> {
  const tags = ['procedures'];
  const ctx = (request: FastifyRequest) => ctxOf(request, app.database);

  app.post(
    '/procedures/:code/versions',
    {
      schema: {
        tags,
        summary: 'Change a procedure: a new version with its legal basis (the old version stays as it was)',
        params: z.strictObject({ code: procedureCode }),
        body: editBody,
        response: { 201: versionSchema },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request, reply) =>
      reply.status(201).send(unwrap(await editProcedure(ctx(request), request.params.code, request.body))),
  );

  app.get(
    '/procedures/admin/:province/publications',
    {
      schema: {
        tags,
        summary: 'The province’s procedures: published, withdrawn or not yet published, with workflow states',
        params: z.strictObject({ province: provinceCode }),
        querystring: z.strictObject({
          q: z.string().max(200).optional(),
          publication: z.enum(['published', 'withdrawn', 'none']).optional(),
          workflow: z.enum(['published', 'draft', 'none']).optional(),
          processingTime: z.enum(['missing', 'set']).optional(),
          page: z.coerce.number().int().min(1).max(100_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                code: z.string(),
                name: z.string(),
                field: z.string(),
                levels: z.array(z.string()),
                publication: z.enum(['published', 'withdrawn']).nullable(),
                workflow: z.enum(['published', 'draft']).nullable(),
                hasProcessingTime: z.boolean(),
              }),
            ),
            total: z.number(),
            page: z.number(),
            pageSize: z.number(),
          }),
        },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(
        await listPublicationsAdmin(ctx(request), {
          provinceCode: request.params.province,
          ...request.query,
        }),
      ),
  );

  app.post(
    '/procedures/admin/:province/publications/:code/processing-time',
    {
      schema: {
        tags,
        summary:
          'Set the processing time of a procedure that states none in a unit, with the document that sets it (a new version); needed before it can be published',
        params,
        body: processingTimeBody,
        response: { 201: versionSchema },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request, reply) => {
      const { legalBasis, ...rest } = request.body;
      const set = await setProcessingTime(ctx(request), {
        provinceCode: request.params.province,
        code: request.params.code,
        ...rest,
        legalBasis: { number: legalBasis.number, date: legalBasis.date ?? null, text: legalBasis.text },
      });
      return reply.status(201).send(unwrap(set));
    },
  );

  app.get(
    '/procedures/admin/:province/publications/:code',
    {
      schema: {
        tags,
        summary: 'One procedure’s publication and workflow in the province, with the check and the agencies',
        params,
        response: {
          200: z.object({
            provinceCode: z.string(),
            procedure: versionSchema,
            publication: z
              .object({
                version: z.number(),
                status: z.enum(['published', 'withdrawn']),
                publishedOn: z.string(),
                withdrawnOn: z.string().nullable(),
                decision: z.object({ number: z.string(), date: z.string().nullable() }).nullable(),
                decidingAgencyId: z.string().nullable(),
                decidingAgencyKind: z.string(),
                receiving: z.object({
                  mode: z.enum(['all_pas_centres', 'selected']),
                  agencyIds: z.array(z.string()),
                }),
                fees: z.array(publishedFeeSchema),
              })
              .nullable(),
            workflow: workflowOut.nullable(),
            check: checkOut.nullable(),
            agencies: z.array(agencyOut),
          }),
        },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(await getPublicationAdmin(ctx(request), request.params.province, request.params.code)),
  );

  app.put(
    '/procedures/admin/:province/publications/:code',
    {
      schema: {
        tags,
        summary: 'Publish a procedure in the province, or change its publication (send the version you read)',
        params,
        body: publishBody,
        response: { 200: z.object({ id: z.string(), version: z.number() }) },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) => {
      const { version, decision, ...rest } = request.body;
      return unwrap(
        await publishProcedure(ctx(request), {
          provinceCode: request.params.province,
          code: request.params.code,
          ...(version === undefined ? {} : { version }),
          ...(decision === undefined ? {} : { decision }),
          ...rest,
        }),
      );
    },
  );

  app.post(
    '/procedures/admin/:province/publications/:code/withdraw',
    {
      schema: {
        tags,
        summary: 'Stop applying a procedure in the province',
        params,
        body: z.strictObject({ version: bodyInt(1), withdrawnOn: calendarDate.optional() }),
        response: { 200: z.object({ id: z.string(), version: z.number() }) },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(
        await withdrawPublication(ctx(request), {
          provinceCode: request.params.province,
          code: request.params.code,
          version: request.body.version,
          ...(request.body.withdrawnOn ? { withdrawnOn: request.body.withdrawnOn } : {}),
        }),
      ),
  );

  app.put(
    '/procedures/admin/:province/publications/:code/declaration-form',
    {
      schema: {
        tags,
        summary: 'Set or remove the declaration e-form of a procedure: a new version (issue 16 §1)',
        params,
        body: z.strictObject({
          baseVersionNo: bodyInt(1),
          declarationForm: declarationFormSchema.nullable(),
          legalBasis: z.strictObject({
            number: z.string().trim().min(1).max(200),
            date: calendarDate.nullable().optional(),
            text: z.string().trim().max(2000).nullable().optional(),
          }),
        }),
        response: { 200: versionSchema },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(
        await setDeclarationForm(ctx(request), {
          provinceCode: request.params.province,
          code: request.params.code,
          ...request.body,
        }),
      ),
  );

  app.put(
    '/procedures/admin/:province/publications/:code/workflow',
    {
      schema: {
        tags,
        summary: 'Save the internal workflow; publish it only if its times and agencies pass the check',
        params,
        body: workflowBody,
        response: { 200: z.object({ workflow: workflowOut, check: checkOut }) },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(
        await saveWorkflow(ctx(request), {
          provinceCode: request.params.province,
          code: request.params.code,
          ...request.body,
        }),
      ),
  );

  app.post(
    '/procedures/admin/:province/publications/:code/workflow/check',
    {
      schema: {
        tags,
        summary: 'Check steps against the statutory time and the province’s agencies (nothing is saved)',
        params,
        body: z.strictObject({ steps: stepsSchema }),
        response: { 200: checkOut },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) =>
      unwrap(
        await checkWorkflowDraft(ctx(request), {
          provinceCode: request.params.province,
          code: request.params.code,
          steps: request.body.steps,
        }),
      ),
  );

  app.post(
    '/procedures/admin/:province/publications/:code/workflow/template',
    {
      schema: {
        tags,
        summary: 'The steps of a default template, timed to fit this procedure’s statutory duration',
        params,
        body: z.strictObject({
          template: z.enum(TEMPLATES),
          coordinatingAgencyId: z.uuid().nullable().optional(),
        }),
        response: { 200: z.object({ steps: z.array(stepOut) }) },
      },
      preHandler: async (request) => signedIn(request),
    },
    async (request) => {
      const where = { provinceCode: request.params.province, code: request.params.code };
      unwrap(await checkWorkflowDraft(ctx(request), { ...where, steps: [] })); // policy, and the publication exists
      const found = await workflowContext(app.database.db, where.provinceCode, where.code, []);
      const budgets = (found?.context.statutory ?? []).map(statutoryBudgetMinutes);
      // No statutory time with a unit: placeholder times, which the check will not let be published.
      const budget = budgets.length ? Math.min(...budgets) : 2 * WORKING_DAY_MINUTES;
      const steps = templateSteps(request.body.template, budget, request.body.coordinatingAgencyId ?? null);
      return {
        steps: steps.map((s) => ({
          name: s.name,
          role: s.role,
          agencyRef: s.agencyRef,
          agencyId: s.agencyId,
          ...s.time,
        })),
      };
    },
  );
}
