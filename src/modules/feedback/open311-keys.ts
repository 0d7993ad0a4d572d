/**
 * Open311 API keys (GeoReport v2: POST Service Request requires an api_key): a province's administrator issues
 * a key for one client; the key is shown once and only its SHA-256 is kept, so a database leak yields no key.
 */
import { randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findUnit } from '../units/index.js';
import { msg } from './messages.js';
import { mayManageKeys } from './policy.js';
import { open311Keys } from './schema.js';
import { hashKey } from './submit-feedback.js';

export interface Open311KeyView {
  id: string;
  provinceCode: string;
  name: string;
  keyPrefix: string;
  createdBy: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
}

const view = (row: typeof open311Keys.$inferSelect): Open311KeyView => ({
  id: row.id,
  provinceCode: row.provinceCode,
  name: row.name,
  keyPrefix: row.keyPrefix,
  createdBy: row.createdBy,
  createdAt: row.createdAt,
  lastUsedAt: row.lastUsedAt,
  revokedAt: row.revokedAt,
});

export async function issueOpen311Key(
  ctx: Ctx,
  input: { provinceCode: string; name: string },
): Promise<Result<{ key: string; apiKey: Open311KeyView }>> {
  if (!mayManageKeys(ctx.actor, input.provinceCode)) return forbiddenBecause(msg('feedback.open311Issue'));
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province') return notFound('province', input.provinceCode);
  const key = `o311_${randomBytes(24).toString('base64url')}`;
  const row = {
    id: newId(),
    provinceCode: input.provinceCode,
    name: nfc(input.name),
    keyHash: hashKey(key),
    keyPrefix: key.slice(0, 9),
    createdBy:
      ctx.actor.kind === 'user'
        ? ctx.actor.username
        : ctx.actor.kind === 'system'
          ? `system:${ctx.actor.name}`
          : 'anonymous',
    createdAt: ctx.now,
  };
  return ctx.db.transaction(async (tx) => {
    const [saved] = await tx.insert(open311Keys).values(row).returning();
    await recordAudit(tx, ctx, {
      action: 'feedback.open311_key_issued',
      entityType: 'open311_key',
      entityId: row.id,
      provinceCode: input.provinceCode,
      after: { name: row.name, keyPrefix: row.keyPrefix },
    });
    return ok({ key, apiKey: view(saved!) });
  });
}

export async function listOpen311Keys(ctx: Ctx, provinceCode: string): Promise<Result<Open311KeyView[]>> {
  if (!mayManageKeys(ctx.actor, provinceCode)) return forbiddenBecause(msg('feedback.open311Manage'));
  const rows = await ctx.db
    .select()
    .from(open311Keys)
    .where(eq(open311Keys.provinceCode, provinceCode))
    .orderBy(desc(open311Keys.createdAt));
  return ok(rows.map(view));
}

export async function revokeOpen311Key(ctx: Ctx, id: string): Promise<Result<Open311KeyView>> {
  const [row] = await ctx.db.select().from(open311Keys).where(eq(open311Keys.id, id));
  if (!row || !mayManageKeys(ctx.actor, row.provinceCode)) return notFound('Open311 key', id);
  return ctx.db.transaction(async (tx) => {
    const [saved] = await tx
      .update(open311Keys)
      .set({ revokedAt: row.revokedAt ?? ctx.now })
      .where(eq(open311Keys.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: 'feedback.open311_key_revoked',
      entityType: 'open311_key',
      entityId: id,
      provinceCode: row.provinceCode,
      after: { keyPrefix: row.keyPrefix },
    });
    return ok(view(saved!));
  });
}

/** The active key a client sent, for a province; undefined when unknown, revoked or of another province. */
export async function checkOpen311Key(
  db: Executor,
  key: string,
  provinceCode: string,
  now: Date,
): Promise<Open311KeyView | undefined> {
  const [row] = await db
    .update(open311Keys)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(open311Keys.keyHash, hashKey(key)),
        eq(open311Keys.provinceCode, provinceCode),
        isNull(open311Keys.revokedAt),
      ),
    )
    .returning();
  return row ? view(row) : undefined;
}
