import { z } from 'zod';
import { PUBLIC } from '../../platform/http/openapi.js';
import { HttpProblem, problem, sendProblem, unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import type { ModuleEnv } from '../../platform/module.js';
import { KEY_SOURCES, type SigningService, signingServiceFor } from '../../platform/signing/index.js';
import { verdictText } from './chain-status-text.js';
import {
  importSignerPkcs12,
  listSigners,
  registerSignerToken,
  useInstallationCa,
  withdrawSigner,
} from './manage-signers.js';
import { installTrustAnchor, listTrustAnchors, removeTrustAnchor } from './trust-anchors.js';

const signerSchema = z.object({
  id: z.string(),
  signerId: z.string(),
  provinceCode: z.string().nullable(),
  source: z.enum(KEY_SOURCES),
  commonName: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
  issuer: z.string(),
  serial: z.string(),
  notBefore: z.date(),
  notAfter: z.date(),
});
const anchorSchema = z.object({
  id: z.string(),
  name: z.string(),
  subject: z.string(),
  fingerprint: z.string(),
  notAfter: z.date(),
  createdAt: z.date(),
});
const checkSchema = z.object({
  signerName: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
  valid: z.boolean(),
  chainStatus: z.string(),
  installationCa: z.boolean(),
  timestampedAt: z.date().nullable(),
  coversWholeDocument: z.boolean(),
  /** Only validation data (a DSS) was added after this signature. */
  onlyValidationDataAfter: z.boolean(),
  /** PAdES B-LT: the document carries an OCSP answer that the signer's certificate was good (issue 19 §2). */
  ltv: z.boolean(),
  /** The verdict in plain words (issue 19 §4). */
  messages: z.object({ vi: z.array(z.string()), en: z.array(z.string()) }),
});
const signerParams = z.strictObject({ signerId: z.string().uuid() });
const base64 = z
  .string()
  .min(1)
  .max(20_000_000)
  .regex(/^[A-Za-z0-9+/=\s]+$/);
const target = {
  provinceCode: z
    .string()
    .regex(/^(\d{2}|VN)$/)
    .nullable()
    .default(null),
};

/** Signers and trust anchors for system administrators; verification of a signed PDF for anyone. */
export async function signaturesRoutes(app: App, env: ModuleEnv): Promise<void> {
  let service: SigningService | null = null;
  let unavailable = 'signing is not configured';
  try {
    service = await signingServiceFor(env.config);
  } catch (error) {
    unavailable = error instanceof Error ? error.message : String(error);
  }
  const withService = <T>(run: (s: SigningService) => Promise<T>) => {
    if (!service)
      throw new HttpProblem(
        problem(503, 'signing-not-configured', 'Signing is not configured', { detail: unavailable }),
      );
    return run(service);
  };
  const tags = ['signatures'];

  app.get(
    '/signatures/signers',
    {
      schema: { tags, summary: 'Officials’ signing keys in force', response: { 200: z.array(signerSchema) } },
    },
    async (request) => unwrap(await withService((s) => listSigners(ctxOf(request, app.database), s))),
  );
  app.post(
    '/signatures/signers/:signerId/pkcs12',
    {
      schema: {
        tags,
        summary: 'Use a certificate and key from an outside CA (PKCS#12, base64, with its chain)',
        params: signerParams,
        body: z.strictObject({ ...target, pkcs12: base64, password: z.string().max(200) }),
        response: { 200: signerSchema },
      },
    },
    async (request) =>
      unwrap(
        await withService((s) =>
          importSignerPkcs12(ctxOf(request, app.database), s, {
            signerId: request.params.signerId,
            provinceCode: request.body.provinceCode,
            pkcs12: Buffer.from(request.body.pkcs12, 'base64'),
            password: request.body.password,
          }),
        ),
      ),
  );
  app.post(
    '/signatures/signers/:signerId/token',
    {
      schema: {
        tags,
        summary: 'Use a key on a PKCS#11 token or HSM',
        params: signerParams,
        body: z.strictObject({
          ...target,
          module: z.string().min(1).max(500),
          token: z.string().min(1).max(64),
          keyId: z.string().regex(/^[0-9a-fA-F]{2,128}$/),
          pin: z.string().min(1).max(200),
          certificatePem: z.string().max(100_000).optional(),
          chainPem: z.string().max(200_000).optional(),
        }),
        response: { 200: signerSchema },
      },
    },
    async (request) => {
      const { provinceCode, ...token } = request.body;
      return unwrap(
        await withService((s) =>
          registerSignerToken(ctxOf(request, app.database), s, {
            signerId: request.params.signerId,
            provinceCode,
            ...token,
          }),
        ),
      );
    },
  );
  app.post(
    '/signatures/signers/:signerId/installation-ca',
    {
      schema: {
        tags,
        summary: 'Use the installation CA (demos only): a new certificate naming this subject',
        params: signerParams,
        body: z.strictObject({
          ...target,
          commonName: z.string().min(1).max(200),
          organization: z.string().max(300).nullable().default(null),
          title: z.string().max(200).nullable().default(null),
        }),
        response: { 200: signerSchema },
      },
    },
    async (request) =>
      unwrap(
        await withService((s) =>
          useInstallationCa(ctxOf(request, app.database), s, {
            signerId: request.params.signerId,
            ...request.body,
          }),
        ),
      ),
  );
  app.delete(
    '/signatures/signers/:signerId',
    {
      schema: {
        tags,
        summary: 'Withdraw an official’s key',
        params: signerParams,
        response: { 200: signerSchema },
      },
    },
    async (request) =>
      unwrap(
        await withService((s) => withdrawSigner(ctxOf(request, app.database), s, request.params.signerId)),
      ),
  );

  app.get(
    '/signatures/trust-anchors',
    { schema: { tags, summary: 'The trust anchors in force', response: { 200: z.array(anchorSchema) } } },
    async (request) => unwrap(await withService((s) => listTrustAnchors(ctxOf(request, app.database), s))),
  );
  app.post(
    '/signatures/trust-anchors',
    {
      schema: {
        tags,
        summary: 'Install a root CA certificate (PEM, or DER in base64) as a trust anchor',
        body: z.strictObject({
          name: z.string().max(200).optional(),
          certificate: z.string().min(1).max(100_000),
        }),
        response: { 200: z.object({ anchor: anchorSchema, created: z.boolean() }) },
      },
    },
    async (request) => {
      const text = request.body.certificate;
      const certificate = text.includes('-----BEGIN') ? Buffer.from(text) : Buffer.from(text, 'base64');
      return unwrap(
        await withService((s) =>
          installTrustAnchor(ctxOf(request, app.database), s, {
            certificate,
            ...(request.body.name ? { name: request.body.name } : {}),
          }),
        ),
      );
    },
  );
  app.delete(
    '/signatures/trust-anchors/:id',
    {
      schema: {
        tags,
        summary: 'Remove a trust anchor',
        params: z.strictObject({ id: z.string().uuid() }),
        response: { 200: anchorSchema },
      },
    },
    async (request) =>
      unwrap(await withService((s) => removeTrustAnchor(ctxOf(request, app.database), s, request.params.id))),
  );

  app.post(
    '/signatures/verify',
    {
      schema: {
        tags,
        // Anyone holding a signed result may check it (issue 19 §4): the answer names only the signers and what
        // the document itself shows; the body is bounded by the server's 1 MiB limit.
        security: PUBLIC,
        summary: 'Check the signatures of a PDF (base64) against the trust anchors, in plain words',
        body: z.strictObject({ pdf: base64 }),
        response: { 200: z.array(checkSchema) },
      },
    },
    async (request, reply) => {
      if (!service)
        return sendProblem(
          request,
          reply,
          problem(503, 'signing-not-configured', 'Signing is not configured', { detail: unavailable }),
        );
      const checks = await service.verifyPdf(app.database.db, Buffer.from(request.body.pdf, 'base64'));
      return checks.map((c) => ({
        signerName: c.signerName,
        organization: c.organization ?? null,
        title: c.title ?? null,
        valid: c.valid,
        chainStatus: c.chainStatus,
        installationCa: c.installationCa,
        timestampedAt: c.timestampedAt ?? null,
        coversWholeDocument: c.coversWholeDocument,
        onlyValidationDataAfter: c.onlyValidationDataAfter,
        ltv: c.ltv,
        messages: { vi: verdictText(c, 'vi'), en: verdictText(c, 'en') },
      }));
    },
  );
}
