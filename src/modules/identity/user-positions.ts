import type { Ctx } from '../../platform/context.js';
import { notFound, type Result } from '../../platform/result.js';
import {
  assignPosition,
  endPosition,
  type PositionTitle,
  type PositionView,
  positionHolder,
} from '../units/index.js';
import { loadUser } from './load-user.js';
import { decideUserAction, scopeOf } from './policy.js';

/** An official takes a position in an agency (issue 3 §3); units records it, identity vouches for the account. */
export async function giveUserPosition(
  ctx: Ctx,
  userId: string,
  input: { agencyId: string; title: PositionTitle; validFrom?: string | undefined },
): Promise<Result<PositionView>> {
  const user = await loadUser(ctx.db, userId);
  if (!user) return notFound('user', userId);
  if (decideUserAction(ctx.actor, 'user.read', scopeOf(user)) !== 'allow') return notFound('user', userId);
  return assignPosition(ctx, {
    agencyId: input.agencyId,
    userId,
    title: input.title,
    ...(input.validFrom ? { validFrom: input.validFrom } : {}),
  });
}

export async function endUserPosition(
  ctx: Ctx,
  userId: string,
  positionId: string,
  validTo?: string,
): Promise<Result<null>> {
  if ((await positionHolder(ctx.db, positionId)) !== userId) return notFound('position', positionId);
  return endPosition(ctx, positionId, validTo);
}
