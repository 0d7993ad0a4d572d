/**
 * The dossiers API under /api/v1 (issue 6). Handlers only parse, call a use case and map the result; domain
 * errors become RFC 9457 problems at `unwrap`, and a reused Idempotency-Key with another body is a 422.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import {
  MEDIA_TYPES,
  readFile,
  receiveUpload,
  registerUploads,
  storeFile,
  unwrapUpload,
} from '../../platform/files/index.js';
import { bodyInt } from '../../platform/http/input-schemas.js';
import { fileResponse, MEDIA, PUBLIC, problemSchema } from '../../platform/http/openapi.js';
import { HttpProblem, problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import type { ModuleEnv } from '../../platform/module.js';
import { type DomainError, fail, notFound } from '../../platform/result.js';
import { findUnit } from '../units/index.js';
import { actOnDossier } from './act-on-dossier.js';
import { getDossier } from './dossier-view.js';
import { FORMS, formAvailable, renderForm } from './forms.js';
import type { IdempotencyError } from './idempotency.js';
import { resultSigningFor, type SigningUnavailable } from './issue-result.js';
import { listMyDossiers, listWorkQueue, QUEUES } from './list-dossiers.js';
import { listMyNotices } from './list-my-notices.js';
import { paymentCode } from './payment-code.js';
import { maySee } from './policy.js';
import { rateByTracking } from './rate-by-tracking.js';
import { receiveDossiers } from './receive-dossiers.js';
import { registerAtCounter } from './register-at-counter.js';
import { resultRoutes } from './result-routes.js';
import {
  actionSchema,
  counterSchema,
  decisionSchema,
  dossierSchema,
  newDossierSchema,
  noticeSchema,
  outcomeSchema,
  pageSchema,
  scoresSchema,
  trackBody,
  trackingSchema,
} from './route-schemas.js';
import { documents, uploads } from './schema.js';
import { loadDrafts } from './store.js';
import { submitDossier } from './submit-dossier.js';
import { trackDossier } from './track-dossier.js';

const tags = ['dossiers'];
const idParam = z.strictObject({ id: z.uuid() });
const paging = {
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
};
const IDEMPOTENCY_KEY = /^[A-Za-z0-9._:-]{8,128}$/;

function unwrapIdempotent<T>(result: { ok: true; value: T } | { ok: false; error: IdempotencyError }): T {
  if (result.ok) return result.value;
  if (result.error.kind === 'idempotency_mismatch')
    throw new HttpProblem(
      problem(422, 'idempotency-key-reused', 'Idempotency key reused', { detail: result.error.detail }),
    );
  return unwrap(fail(result.error));
}

/** A person's approval where the installation cannot sign: 503, nothing changed (issue 6 §4; README). */
function unwrapSigned<T>(
  result: { ok: true; value: T } | { ok: false; error: DomainError | SigningUnavailable },
): T {
  if (result.ok) return result.value;
  if (result.error.kind === 'signing_unavailable')
    throw new HttpProblem(
      problem(503, 'signing-not-configured', 'Signing is not configured', {
        detail: result.error.detail,
        localized: result.error.localized,
      }),
    );
  return unwrap(fail(result.error));
}

export async function dossiersRoutes(app: App, env: ModuleEnv): Promise<void> {
  const signing = await resultSigningFor(env.config);
  if (!signing.service)
    app.log.warn({ reason: signing.problem }, 'results cannot be signed: approving results is refused');
  await resultRoutes(app, signing);
  app.post(
    '/dossiers',
    {
      schema: {
        tags,
        summary: 'Apply online (citizen); send an Idempotency-Key header to make retries safe',
        headers: z.object({ 'idempotency-key': z.string().regex(IDEMPOTENCY_KEY).optional() }),
        body: newDossierSchema,
        response: {
          201: z.object({
            id: z.string(),
            status: z.string(),
            version: z.number(),
            submissionRef: z.string(),
            trackingSecret: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const done = unwrapIdempotent(await submitDossier(ctxOf(request, app.database), request.body, key));
      if (done.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(done.value);
    },
  );

  app.post(
    '/dossiers/counter',
    {
      schema: {
        tags,
        summary:
          'Register a dossier at the counter or from the post, with the clerk’s decision (Form 01, 02 or 03); send an Idempotency-Key header to make retries safe (a replay answers with a new tracking secret)',
        headers: z.object({ 'idempotency-key': z.string().regex(IDEMPOTENCY_KEY).optional() }),
        body: counterSchema,
        response: { 201: outcomeSchema },
      },
    },
    async (request, reply) => {
      const { decision, handedOverAt, ...register } = request.body;
      const done = unwrapIdempotent(
        await registerAtCounter(
          ctxOf(request, app.database),
          {
            register: { ...register, ...(handedOverAt ? { handedOverAt: new Date(handedOverAt) } : {}) },
            decision,
          },
          request.headers['idempotency-key'],
        ),
      );
      if (done.replayed) reply.header('idempotent-replayed', 'true');
      return reply.status(201).send(done.value);
    },
  );

  app.post(
    '/dossiers/:id/reception',
    {
      schema: {
        tags,
        summary:
          'Decide on a submitted dossier: receive (Form 01), ask for a supplement (Form 02) or refuse (Form 03)',
        params: idParam,
        body: z.strictObject({ version: bodyInt(1), decision: decisionSchema }),
        response: { 200: outcomeSchema },
      },
    },
    async (request) => {
      const ctx = ctxOf(request, app.database);
      const done = unwrap(await receiveDossiers(ctx, [{ dossierId: request.params.id, ...request.body }]));
      return done[0]!;
    },
  );

  app.post(
    '/dossiers/:id/actions',
    {
      schema: {
        tags,
        summary:
          'Act on a dossier at the version you saw; answers the new state and version (409 with the current dossier when someone was first)',
        params: idParam,
        body: z.strictObject({ version: bodyInt(1), action: actionSchema }),
        response: { 200: outcomeSchema },
      },
    },
    async (request) =>
      unwrapSigned(
        await actOnDossier(
          ctxOf(request, app.database),
          request.params.id,
          request.body.version,
          request.body.action,
          signing,
        ),
      ),
  );

  app.get(
    '/dossiers/:id',
    {
      schema: {
        tags,
        summary: 'One dossier with its control slip and history',
        params: idParam,
        response: { 200: dossierSchema },
      },
    },
    async (request) => unwrap(await getDossier(ctxOf(request, app.database), request.params.id)),
  );

  app.get(
    '/dossiers/queue',
    {
      schema: {
        tags,
        summary:
          'An official’s work queue: new, due within 1 working day, overdue, waiting for supplement, consultations',
        querystring: z.strictObject({
          queue: z.enum(QUEUES).default('new'),
          q: z.string().max(100).optional(),
          ...paging,
        }),
        response: { 200: pageSchema },
      },
    },
    async (request) => unwrap(await listWorkQueue(ctxOf(request, app.database), request.query)),
  );

  app.get(
    '/dossiers/mine',
    {
      schema: {
        tags,
        summary: 'The signed-in citizen’s dossiers',
        querystring: z.strictObject(paging),
        response: { 200: pageSchema },
      },
    },
    async (request) => unwrap(await listMyDossiers(ctxOf(request, app.database), request.query)),
  );

  app.get(
    '/dossiers/mine/notices',
    {
      schema: {
        tags,
        summary: 'What changed on the signed-in citizen’s own dossiers, newest first (issue 15 §3)',
        querystring: z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(30) }),
        response: { 200: z.object({ items: z.array(noticeSchema) }) },
      },
    },
    async (request) => ({
      items: unwrap(await listMyNotices(ctxOf(request, app.database), request.query)),
    }),
  );

  app.post(
    '/dossiers/track',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary:
          'Follow a dossier by its code and the secret on the receipt (rate-limited; same 404 for any mismatch)',
        body: trackBody,
        response: { 200: trackingSchema, 429: problemSchema },
      },
    },
    async (request) =>
      unwrap(await trackDossier(ctxOf(request, app.database), { ...request.body, ip: request.ip })),
  );

  app.post(
    '/dossiers/track/rating',
    {
      schema: {
        tags,
        security: PUBLIC,
        summary:
          'Rate the service on the nine indicators of Circular 01/2018 (0, 1 or 2 each) after the result',
        body: trackBody.extend({ scores: scoresSchema, comment: z.string().trim().max(2000).optional() }),
        response: { 200: z.object({ rated: z.literal(true) }), 429: problemSchema },
      },
    },
    async (request) =>
      unwrap(await rateByTracking(ctxOf(request, app.database), { ...request.body, ip: request.ip })),
  );

  app.get(
    '/dossiers/:id/documents/:position',
    {
      schema: {
        tags,
        summary: 'Download a document of a dossier you may see',
        params: z.strictObject({ id: z.uuid(), position: z.coerce.number().int().min(1).max(10000) }),
        response: { 200: fileResponse('The document as uploaded', ...Object.values(MEDIA_TYPES)) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const draft = (await loadDrafts(ctx.db, [request.params.id])).get(request.params.id);
      if (!draft || !maySee(ctx.actor, draft.row, draft.consultations))
        return unwrap(notFound('dossier', request.params.id));
      const [doc] = await ctx.db
        .select()
        .from(documents)
        .where(and(eq(documents.dossierId, draft.row.id), eq(documents.position, request.params.position)));
      if (!doc?.fileId) return unwrap(notFound('document'));
      const file = unwrap(await readFile(ctx.db, doc.fileId));
      const name = encodeURIComponent(doc.fileName ?? `document-${doc.position}`);
      return reply
        .type(file.mediaType)
        .header('content-disposition', `attachment; filename*=UTF-8''${name}`)
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );

  app.get(
    '/dossiers/:id/forms/:form',
    {
      schema: {
        tags,
        response: { 200: fileResponse('The form as PDF', MEDIA.pdf) },
        summary:
          'A one-stop form of the dossier as PDF: 01 receipt, 02 supplement, 03 refusal, 04 apology, 05 stop, 06 control slip',
        params: z.strictObject({ id: z.uuid(), form: z.enum(FORMS) }),
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const view = unwrap(await getDossier(ctx, request.params.id));
      if (!formAvailable(view, request.params.form))
        return unwrap(notFound(`form ${request.params.form} of this dossier`));
      const province = (await findUnit(ctx.db, view.provinceCode))?.name ?? view.provinceCode;
      const origin = `${request.protocol}://${request.host}`;
      const pdf = await renderForm(view, request.params.form, province, ctx.now, origin);
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `inline; filename="mau-${request.params.form}-${view.code ?? view.id}.pdf"`,
        )
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.get(
    '/dossiers/:id/payment-code',
    {
      schema: {
        tags,
        summary:
          'A VietQR code to pay the dossier’s unpaid fee by bank transfer (the dossier code is the content)',
        params: idParam,
        response: {
          200: z.object({
            amountDong: z.number(),
            reference: z.string(),
            payload: z.string(),
            svg: z.string(),
            demoAccount: z.boolean(),
          }),
        },
      },
    },
    async (request) => unwrap(await paymentCode(ctxOf(request, app.database), request.params.id)),
  );

  await app.register(async (scope) => {
    await registerUploads(scope, { maxBytes: env.config.uploadMaxBytes });
    scope.post(
      '/dossiers/uploads',
      {
        schema: {
          tags,
          summary: 'Upload a document (PDF, JPEG, PNG, DOCX) to attach to a dossier you prepare',
          consumes: ['multipart/form-data'],
          response: {
            201: z.object({
              fileId: z.string(),
              mediaType: z.string(),
              sizeBytes: z.number(),
              fileName: z.string(),
            }),
          },
        },
      },
      async (request, reply) => {
        const actor = request.actor;
        if (actor.kind !== 'user') return unwrap(fail({ kind: 'unauthenticated' }));
        const upload = unwrapUpload(await receiveUpload(request, { maxBytes: env.config.uploadMaxBytes }));
        const stored = await app.database.db.transaction(async (tx) => {
          const file = unwrap(await storeFile(tx, upload.bytes, { maxBytes: env.config.uploadMaxBytes }));
          await tx
            .insert(uploads)
            .values({
              userId: actor.userId,
              sha256: file.sha256,
              fileName: upload.filename,
              mediaType: file.mediaType,
              sizeBytes: file.size,
              uploadedAt: new Date(),
            })
            .onConflictDoNothing();
          return file;
        });
        return reply.status(201).send({
          fileId: stored.sha256,
          mediaType: stored.mediaType,
          sizeBytes: stored.size,
          fileName: upload.filename,
        });
      },
    );
  });
}
