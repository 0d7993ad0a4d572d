/**
 * The trust anchors tinhso accepts (issue 19 §4): an administrator installs a root (the Government specialised
 * CA's, Decree 68/2024; a licensed public CA's, Decree 23/2025) or removes one, each change audited.
 */
import type { Ctx } from '../../platform/context.js';
import { fieldError, forbidden, invalidBecause, notFound, ok, type Result } from '../../platform/result.js';
import { type SigningService, TrustAnchorError, type TrustAnchorView } from '../../platform/signing/index.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { canManageSignatures } from './policy.js';

const deny = () => forbidden('Only system administrators manage trust anchors.');
const audited = (a: TrustAnchorView) => ({
  name: a.name,
  subject: a.subject,
  fingerprint: a.fingerprint,
  notAfter: a.notAfter.toISOString(),
});

export async function installTrustAnchor(
  ctx: Ctx,
  service: SigningService,
  input: { name?: string; certificate: Buffer },
): Promise<Result<{ anchor: TrustAnchorView; created: boolean }>> {
  if (!canManageSignatures(ctx.actor)) return deny();
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await service.installTrustAnchor(tx, input, ctx.now);
      if (result.created) {
        await recordAudit(tx, ctx, {
          action: 'signatures.trust_anchor_installed',
          entityType: 'trust_anchor',
          entityId: result.anchor.id,
          after: audited(result.anchor),
        });
      }
      return ok(result);
    });
  } catch (error) {
    if (error instanceof TrustAnchorError) {
      const why = msg(`signatures.anchor.${error.reason}`, error.params);
      return invalidBecause(why, [fieldError('certificate', why, `anchor.${error.reason}`)]);
    }
    throw error;
  }
}

export async function listTrustAnchors(
  ctx: Ctx,
  service: SigningService,
): Promise<Result<TrustAnchorView[]>> {
  if (!canManageSignatures(ctx.actor)) return deny();
  return ok(await service.listTrustAnchors(ctx.db));
}

export async function removeTrustAnchor(
  ctx: Ctx,
  service: SigningService,
  id: string,
): Promise<Result<TrustAnchorView>> {
  if (!canManageSignatures(ctx.actor)) return deny();
  return ctx.db.transaction(async (tx) => {
    const removed = await service.removeTrustAnchor(tx, id, ctx.now);
    if (!removed) return notFound('trust anchor', id);
    await recordAudit(tx, ctx, {
      action: 'signatures.trust_anchor_removed',
      entityType: 'trust_anchor',
      entityId: id,
      before: audited(removed),
      after: null,
    });
    return ok(removed);
  });
}
