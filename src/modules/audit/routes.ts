import { z } from 'zod';
import { dateOrInstant } from '../../platform/http/input-schemas.js';
import { unwrap } from '../../platform/http/problem.js';
import { type App, ctxOf } from '../../platform/http/server.js';
import { fail, ok } from '../../platform/result.js';
import { listAuditEntries } from './list-entries.js';
import { auditReadScope } from './policy.js';
import { verifyAuditChain } from './verify-chain.js';

const entrySchema = z.object({
  seq: z.number(),
  id: z.string(),
  at: z.date(),
  actorId: z.string().nullable(),
  actorLabel: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  provinceCode: z.string().nullable(),
  requestId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  chain: z.string(),
  link: z.number(),
  hash: z.string(),
});

const brokenSchema = z.object({
  chain: z.string(),
  link: z.number(),
  seq: z.number().nullable(),
  reason: z.string(),
});

export async function auditRoutes(app: App): Promise<void> {
  app.get(
    '/audit/entries',
    {
      schema: {
        tags: ['audit'],
        summary: 'The audit trail, newest first',
        querystring: z.strictObject({
          entityType: z.string().max(64).optional(),
          entityId: z.string().max(128).optional(),
          action: z.string().max(128).optional(),
          from: dateOrInstant.optional(),
          to: dateOrInstant.optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: z.object({
            items: z.array(entrySchema),
            total: z.number(),
            nextBeforeSeq: z.number().nullable(),
          }),
        },
      },
    },
    async (request) => unwrap(await listAuditEntries(ctxOf(request, app.database), request.query)),
  );

  app.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary: 'Verify every hash chain and report the first broken link of each',
        response: {
          200: z.object({
            ok: z.boolean(),
            checked: z.number(),
            lastSeq: z.number(),
            firstBroken: brokenSchema.optional(),
            chains: z.array(
              z.object({
                chain: z.string(),
                ok: z.boolean(),
                checked: z.number(),
                head: z.object({ length: z.number(), hash: z.string() }).nullable(),
                firstBroken: brokenSchema.optional(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const scope = auditReadScope(request.actor);
      const allowed = scope.allowed && scope.provinceCode === null;
      return unwrap(
        allowed
          ? ok(await verifyAuditChain(app.database.db))
          : fail({
              kind: 'forbidden' as const,
              detail: 'Only a national system administrator verifies the chain.',
            }),
      );
    },
  );
}
