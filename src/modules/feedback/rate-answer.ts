/**
 * Đánh giá — like or dislike a published PAKN answer, one vote per account, changeable (Decision 766
 * sub-indicator 5.3 counts an answer as disliked when its dislikes outnumber its likes).
 */
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { inTransaction } from './case-store.js';
import { voteCounts } from './case-view.js';
import type { Vote } from './model.js';
import { cases, ratings } from './schema.js';

export async function rateAnswer(
  ctx: Ctx,
  code: string,
  vote: Vote,
): Promise<Result<{ code: string; likes: number; dislikes: number; myVote: Vote }>> {
  if (ctx.actor.kind !== 'user')
    return fail({ kind: 'unauthenticated', detail: 'Sign in to rate an answer.' });
  const userId = ctx.actor.userId;
  const [c] = await ctx.db
    .select({ id: cases.id, provinceCode: cases.provinceCode })
    .from(cases)
    .where(and(eq(cases.code, code), eq(cases.status, 'published')));
  if (!c) return notFound('published answer', code);
  await inTransaction(ctx.db, async (tx) => {
    const [before] = await tx
      .select({ vote: ratings.vote })
      .from(ratings)
      .where(and(eq(ratings.caseId, c.id), eq(ratings.userId, userId)));
    await tx
      .insert(ratings)
      .values({ caseId: c.id, userId, provinceCode: c.provinceCode, vote, at: ctx.now })
      .onConflictDoUpdate({ target: [ratings.caseId, ratings.userId], set: { vote, at: ctx.now } });
    await recordAudit(tx, ctx, {
      action: 'feedback.rated',
      entityType: 'feedback_case',
      entityId: c.id,
      provinceCode: c.provinceCode,
      before: before ? { vote: before.vote } : null,
      after: { code, vote },
    });
  });
  return ok({ code, ...(await voteCounts(ctx.db, c.id)), myVote: vote });
}
