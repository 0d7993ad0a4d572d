/**
 * Đánh giá — the applicant rates the service on the nine indicators of Circular 01/2018 (0/1/2 each) after the
 * result, with the code and secret of the receipt (no account needed), under the same rate limit as tracking.
 */
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { runDossierWork } from './run-work.js';
import { checkTrackLimit, findByCodeAndSecret, recordTrackFailure } from './track-dossier.js';

export async function rateByTracking(
  ctx: Ctx,
  input: { code: string; secret: string; ip: string; scores: number[]; comment?: string | undefined },
): Promise<Result<{ rated: true }, DomainError>> {
  const limited = await checkTrackLimit(ctx, input.ip);
  if (!limited.ok) return limited;
  const row = await findByCodeAndSecret(ctx, input.code, input.secret);
  if (!row) {
    await recordTrackFailure(ctx, input.ip);
    return fail({ kind: 'not_found', resource: 'dossier with this code and secret' });
  }
  // The holder of the receipt's secret rates as the applicant: the system performs it on their behalf.
  const asApplicant: Ctx = { ...ctx, actor: { kind: 'system', name: 'tracking-rating' } };
  const done = await runDossierWork(asApplicant, [
    { dossierId: row.id, ops: [{ op: { type: 'rate', scores: input.scores, comment: input.comment } }] },
  ]);
  return done.ok ? ok({ rated: true }) : done;
}
