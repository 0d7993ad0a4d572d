/**
 * HTTP for result documents (issue 16 §3, §4): the leader's preview of the exact PDF before signing, and the
 * public verification by number and code or by the file.
 */
import { z } from 'zod';
import type { Actor, Ctx } from '../../platform/context.js';
import { languageOf, renderMessage } from '../../platform/http/messages.js';
import { fileResponse, MEDIA, PUBLIC } from '../../platform/http/openapi.js';
import { HttpProblem, problem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { forbiddenBecause } from '../../platform/result.js';
import { verdictText } from '../signatures/index.js';
import { findUnit } from '../units/index.js';
import { type DossierView, getDossier } from './dossier-view.js';
import type { ResultSigning } from './issue-result.js';
import { mayPreviewRefusal } from './policy.js';
import { refusalContent } from './refusal-content.js';
import { type IssuedContent, resultContent } from './result-content.js';
import { renderIssuedResult } from './result-document.js';
import { msg } from './result-messages.js';
import { resultSigner } from './result-signer.js';
import { loadDrafts } from './store.js';
import { verifyResult } from './verify-result.js';

const tags = ['dossiers'];

const checkSchema = z.object({
  signerName: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
  valid: z.boolean(),
  installationCa: z.boolean(),
  timestampedAt: z.date().nullable(),
  coversWholeDocument: z.boolean(),
  messages: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
});

const verdictSchema = z.object({
  registered: z
    .object({
      title: z.string(),
      numberText: z.string(),
      agencyName: z.string(),
      dossierCode: z.string().nullable(),
      signerName: z.string(),
      signerTitle: z.string().nullable(),
      issuedAt: z.date(),
    })
    .nullable(),
  intact: z.boolean(),
  checks: z.array(checkSchema),
});

const base64 = z
  .string()
  .max(1_000_000)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'base64');

export async function resultRoutes(app: App, signing: ResultSigning): Promise<void> {
  app.get(
    '/dossiers/:id/result-preview',
    {
      schema: {
        tags,
        summary: 'The result document as it will be signed: the exact PDF before its number and signature',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: fileResponse('The result as PDF', MEDIA.pdf) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const view = unwrap(await getDossier(ctx, request.params.id));
      const actor = ctx.actor;
      if (
        actor.kind !== 'user' ||
        actor.userKind !== 'official' ||
        view.outcome === 'refused' ||
        view.eResult
      )
        return unwrap(forbiddenBecause(msg('results.noPreview')));
      const draft = (await loadDrafts(ctx.db, [view.id])).get(view.id)!;
      const content = await resultContent(ctx, draft.row.procedureVersionId, view, draft.row.declaration);
      const pdf = await previewPdf(ctx, view, content);
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="xem-truoc-${view.code ?? view.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/dossiers/:id/refusal-preview',
    {
      schema: {
        tags,
        summary:
          'The written refusal as it will be signed, with the reasons and legal basis being written: the exact PDF before its number and signature',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          reasons: z.array(z.string().trim().min(1).max(1000)).min(1).max(50),
          legalBasis: z.string().trim().max(1000).optional(),
        }),
        response: { 200: fileResponse('The written refusal as PDF', MEDIA.pdf) },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request, app.database);
      const view = unwrap(await getDossier(ctx, request.params.id));
      if (!mayPreviewRefusal(view.actions)) return unwrap(forbiddenBecause(msg('results.noRefusalPreview')));
      const pdf = await previewPdf(ctx, view, refusalContent(view, request.body));
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="xem-truoc-tu-choi-${view.code ?? view.id}.pdf"`)
        .header('cache-control', 'private, no-store')
        .send(pdf);
    },
  );

  app.post(
    '/results/verify',
    {
      schema: {
        tags,
        // Anyone holding a result may check it (issue 16 §4): the register's record, never personal data.
        security: PUBLIC,
        summary: 'Check a result document by its number and verification code, or by the PDF (base64)',
        body: z.union([
          z.strictObject({
            number: z.string().trim().min(1).max(60),
            code: z.string().trim().min(4).max(40),
          }),
          z.strictObject({ pdf: base64 }),
        ]),
        response: { 200: verdictSchema },
      },
    },
    async (request) => {
      const service = signing.service;
      if (!service)
        throw new HttpProblem(
          problem(503, 'signing-not-configured', 'Signing is not configured', {
            detail: signing.problem ?? '',
          }),
        );
      const body = request.body;
      const input = 'pdf' in body ? { pdf: Buffer.from(body.pdf, 'base64') } : body;
      const result = await verifyResult(ctxOf(request, app.database), service, input);
      if (!result.ok && result.error.kind === 'not_found')
        throw new HttpProblem(
          problem(404, 'result-not-found', 'No such document', {
            detail: renderMessage(msg('results.notFound'), languageOf(request.headers['accept-language'])),
          }),
        );
      const verdict = unwrap(result);
      return {
        ...verdict,
        checks: verdict.checks.map((c) => ({
          signerName: c.signerName,
          organization: c.organization ?? null,
          title: c.title ?? null,
          valid: c.valid,
          installationCa: c.installationCa,
          timestampedAt: c.timestampedAt ?? null,
          coversWholeDocument: c.coversWholeDocument,
          messages: { vi: verdictText(c, 'vi'), en: verdictText(c, 'en') },
        })),
      };
    },
  );
}

/** The exact document the reader would sign now, without its number, code and signature (issue 16 §3). */
async function previewPdf(ctx: Ctx, view: DossierView, content: IssuedContent): Promise<Buffer> {
  const actor = ctx.actor as Actor & { kind: 'user' };
  const agency = view.competentAgency ?? view.receivingAgency;
  const province = (await findUnit(ctx.db, view.provinceCode))?.name ?? view.provinceCode;
  const who = await resultSigner(ctx, { userId: actor.userId, name: actor.displayName }, agency?.id ?? null);
  return renderIssuedResult(content, {
    parentAgency: `UBND ${province}`,
    agencyName: agency?.name ?? '',
    place: province.replace(/^Tỉnh /, ''),
    number: null,
    year: Number(ctx.now.toISOString().slice(0, 4)),
    symbol: content.symbol,
    signerName: actor.displayName,
    signerTitle: who.title,
    at: ctx.now,
    verifyUrl: null,
    verificationCode: null,
    demo: false,
  });
}
