/**
 * The feedback API under /api/v1/feedback (issue 10): intake, the work queue and every handling step, the
 * confidential denouncer read. Public reads (published answers, tracking), reports and administration are in
 * routes-public.ts and routes-admin.ts; Open311 lives outside /api/v1 (open311-routes.ts).
 */
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { OPTIONAL_SESSION, problemSchema } from '../../platform/http/openapi.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import type { Result } from '../../platform/result.js';
import { acceptCase } from './accept-case.js';
import { answerCase } from './answer-case.js';
import { assignCase } from './assign-case.js';
import { listAssignableOfficials } from './assignable-officials.js';
import type { CaseChanged } from './change-case.js';
import { classifyCase } from './classify-case.js';
import { extendCase } from './extend-case.js';
import { getCase } from './get-case.js';
import { listCases } from './list-cases.js';
import { CASE_KINDS, EXTENSION_GRADES, FIELDS, STATUSES, SUBJECTS } from './model.js';
import { listMyCases } from './my-cases.js';
import { publishAnswer } from './publish-answer.js';
import { limitAnonymousIntake } from './rate-limit.js';
import { recordSupplement } from './record-supplement.js';
import { refuseCase } from './refuse-case.js';
import { requestOversight } from './request-oversight.js';
import { requestSupplement } from './request-supplement.js';
import { revealDenouncer } from './reveal-denouncer.js';
import {
  caseCode,
  caseViewSchema,
  flag,
  idParam,
  intakeBody,
  listItemSchema,
  myItemSchema,
  ownCaseSchema,
  page,
  pageOf,
  pageSize,
  provinceCode,
  stepAnswer,
  submittedSchema,
  unitCode,
  version,
} from './route-schemas.js';
import { submitFeedback } from './submit-feedback.js';
import { resumeCase, suspendCase, terminateCase } from './suspend-case.js';
import { transferCase } from './transfer-case.js';
import { withdrawCase } from './withdraw-case.js';

const text = (max: number) => z.string().trim().min(1).max(max);
const tags = ['feedback'];

export async function feedbackRoutes(app: App): Promise<void> {
  const ctx = (request: Parameters<typeof ctxOf>[0]) => ctxOf(request, app.database);

  app.post(
    '/feedback/cases',
    {
      schema: {
        tags,
        security: OPTIONAL_SESSION,
        summary:
          'File a PAKN (anyone), a complaint or a denunciation (an identified person); officials register counter and post intake',
        body: intakeBody,
        response: { 201: submittedSchema, 429: problemSchema },
      },
    },
    async (request, reply) => {
      const c = ctx(request);
      unwrap(
        await limitAnonymousIntake(c, { provinceCode: request.body.provinceCode, clientAddress: request.ip }),
      );
      const submitted = unwrap(await submitFeedback(c, request.body));
      return reply.status(201).send(submitted);
    },
  );

  app.get(
    '/feedback/cases',
    {
      schema: {
        tags,
        summary: 'The work queue: cases of the units the official’s roles cover, due soonest first',
        querystring: z.strictObject({
          provinceCode: provinceCode.optional(),
          unitCode: unitCode.optional(),
          kind: z.enum(CASE_KINDS).optional(),
          status: z.enum([...STATUSES, 'open', 'closed']).optional(),
          overdue: flag.optional(),
          assignedToMe: flag.optional(),
          q: z.string().max(100).optional(),
          page,
          pageSize,
        }),
        response: { 200: pageOf(listItemSchema) },
      },
    },
    async (request) => unwrap(await listCases(ctx(request), request.query)),
  );

  app.get(
    '/feedback/my-cases',
    {
      schema: {
        tags,
        summary: 'The signed-in citizen’s own submissions',
        querystring: z.strictObject({ page, pageSize }),
        response: { 200: pageOf(myItemSchema) },
      },
    },
    async (request) => unwrap(await listMyCases(ctx(request), request.query)),
  );

  app.get(
    '/feedback/cases/:id',
    {
      schema: {
        tags,
        summary: 'One case: the officials’ view in scope, or the submitter’s view of their own',
        params: idParam,
        response: {
          200: z.union([
            z.object({ as: z.literal('official'), case: caseViewSchema }),
            z.object({ as: z.literal('submitter'), case: ownCaseSchema }),
          ]),
        },
      },
    },
    async (request) => unwrap(await getCase(ctx(request), request.params.id)),
  );

  app.get(
    '/feedback/cases/:id/denouncer',
    {
      schema: {
        tags,
        summary: 'The denouncer’s identity: officials assigned to the case only; every read is audited',
        params: idParam,
        response: {
          200: z.object({
            caseCode: z.string(),
            fullName: z.string(),
            idNumber: z.string(),
            phone: z.string().nullable(),
            email: z.string().nullable(),
            address: z.string().nullable(),
            filedWithAccount: z.boolean(),
          }),
        },
      },
    },
    async (request, reply) => {
      const identity = unwrap(await revealDenouncer(ctx(request), request.params.id));
      reply.header('cache-control', 'no-store');
      return identity;
    },
  );

  app.get(
    '/feedback/cases/:id/assignable',
    {
      schema: {
        tags,
        summary: 'The officials a leader can assign the case to',
        params: idParam,
        response: {
          200: z.object({
            items: z.array(
              z.object({
                id: z.string(),
                username: z.string(),
                displayName: z.string(),
                roles: z.array(z.string()),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({ items: unwrap(await listAssignableOfficials(ctx(request), request.params.id)) }),
  );

  /** A handling step answers what changed, and the case as the caller may now read it (null once out of their scope). */
  const afterChange = async (request: Parameters<typeof ctxOf>[0], changed: CaseChanged) => {
    const read = await getCase(ctx(request), changed.id);
    return { changed, case: read.ok && read.value.as === 'official' ? read.value.case : null };
  };

  const step = <B extends z.ZodObject>(
    path: string,
    summary: string,
    body: B,
    run: (c: Ctx, id: string, body: z.infer<B>) => Promise<Result<CaseChanged>>,
  ) =>
    app.post(
      `/feedback/cases/:id/${path}`,
      { schema: { tags, summary, params: idParam, body, response: { 200: stepAnswer } } },
      async (request) => {
        const id = (request.params as { id: string }).id;
        const changed = unwrap(await run(ctx(request), id, request.body as z.infer<B>));
        return (await afterChange(request, changed)) as never;
      },
    );

  step(
    'classify',
    'Classify: field, subject, complex, remote area, several places, repeated; reword the public text',
    z.strictObject({
      version,
      field: z.enum(FIELDS).optional(),
      subject: z.enum(SUBJECTS).optional(),
      complex: z.boolean().optional(),
      remoteArea: z.boolean().optional(),
      multiPlace: z.boolean().optional(),
      repeatOfCode: caseCode.nullable().optional(),
      publicTitle: text(200).optional(),
      publicContent: text(4000).optional(),
    }),
    (c, id, b) => classifyCase(c, id, b),
  );
  step(
    'accept',
    'Accept for resolution (thụ lý); starts the resolution limit',
    z.strictObject({ version }),
    (c, id, b) => acceptCase(c, id, b),
  );
  step(
    'refuse',
    'Refuse (PAKN) or decline to accept, with the reason',
    z.strictObject({ version, reason: text(2000) }),
    (c, id, b) => refuseCase(c, id, b),
  );
  step(
    'supplement',
    'Ask a PAKN’s submitter for more information (once)',
    z.strictObject({ version, note: text(2000) }),
    (c, id, b) => requestSupplement(c, id, b),
  );
  step(
    'supplement-received',
    'Record the information the submitter added',
    z.strictObject({ version, note: text(2000) }),
    (c, id, b) => recordSupplement(c, id, b),
  );
  step(
    'transfer',
    'Transfer to the competent agency of the province, or to an outside body',
    z.strictObject({
      version,
      agencyId: z.uuid().optional(),
      externalBody: text(300).optional(),
      reason: text(2000),
    }),
    (c, id, b) => transferCase(c, id, b),
  );
  step(
    'assign',
    'Name the officials who handle the case (replaces the list)',
    z.strictObject({ version, userIds: z.array(z.uuid()).max(20) }),
    (c, id, b) => assignCase(c, id, b),
  );
  step(
    'extend',
    'Extend a denunciation’s resolution by written decision',
    z.strictObject({
      version,
      days: z.number().int().min(1).max(30),
      grade: z.enum(EXTENSION_GRADES),
      decisionNumber: text(60),
      reason: text(2000),
    }),
    (c, id, b) => extendCase(c, id, b),
  );
  step(
    'answer',
    'Record the answer, decision or conclusion',
    z.strictObject({
      version,
      answer: text(8000),
      publicAnswer: text(8000).optional(),
      decisionNumber: text(60).optional(),
    }),
    (c, id, b) => answerCase(c, id, b),
  );
  step(
    'publish',
    'Publish a PAKN answer (personal data removed)',
    z.strictObject({
      version,
      publicTitle: text(200).optional(),
      publicContent: text(4000).optional(),
      publicAnswer: text(8000).optional(),
    }),
    (c, id, b) => publishAnswer(c, id, b),
  );

  const decision = z.strictObject({ version, decisionNumber: text(60), reason: text(2000) });
  step(
    'suspend',
    'Suspend a complaint’s resolution by written decision (tạm đình chỉ, Law on Complaints art. 11a); its time stops',
    decision,
    (c, id, b) => suspendCase(c, id, b),
  );
  step(
    'resume',
    'Resume a suspended complaint’s resolution; its open deadlines move on by the days suspended',
    decision,
    (c, id, b) => resumeCase(c, id, b),
  );
  step(
    'terminate',
    'Terminate a complaint’s resolution by written decision (đình chỉ); the case closes',
    decision,
    (c, id, b) => terminateCase(c, id, b),
  );

  app.post(
    '/feedback/cases/:id/oversight',
    {
      schema: {
        tags,
        summary: 'Turn a PAKN or complaint into an oversight task: answers the link { kind: "feedback", id }',
        params: idParam,
        body: z.strictObject({ version, note: text(2000).optional() }),
        response: {
          200: stepAnswer.extend({ link: z.object({ kind: z.literal('feedback'), id: z.string() }) }),
        },
      },
    },
    async (request) => {
      const requested = unwrap(await requestOversight(ctx(request), request.params.id, request.body));
      return { link: requested.link, ...(await afterChange(request, requested.case)) };
    },
  );

  app.post(
    '/feedback/cases/:id/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a complaint or denunciation (the submitter, or a leader recording a letter)',
        params: idParam,
        body: z.strictObject({ version, reason: text(2000) }),
        response: { 200: z.object({ id: z.string(), code: z.string(), status: z.literal('withdrawn') }) },
      },
    },
    async (request) => unwrap(await withdrawCase(ctx(request), request.params.id, request.body)),
  );
}
