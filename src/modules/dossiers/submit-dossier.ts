/**
 * Nộp hồ sơ trực tuyến — a citizen applies online (Decree 61/2018 art. 16(3); Decree 42/2022): the dossier is
 * created as submitted (Chờ tiếp nhận) at the PAS centre the applicant chose, with the uploaded documents; a
 * clerk then receives it. Idempotent under an `Idempotency-Key` (issue 6 §6).
 */
import type { Ctx } from '../../platform/context.js';
import { type DomainError, forbiddenBecause, ok, type Result } from '../../platform/result.js';
import { type IdempotencyError, type Idempotent, onceFor } from './idempotency.js';
import { msg } from './messages.js';
import { mayFileOnline } from './policy.js';
import type { NewDossierInput } from './reception.js';
import { runDossierWork } from './run-work.js';

/**
 * What the applicant gets at once (issue 15 §3): the submission reference and the tracking secret that open
 * public tracking before the dossier code exists; the code follows at reception.
 */
export interface SubmitAnswer {
  id: string;
  status: string;
  version: number;
  submissionRef: string;
  trackingSecret: string;
}

export type SubmitInput = Omit<NewDossierInput, 'channel' | 'handedOverAt'>;

async function submitOnce(ctx: Ctx, input: SubmitInput): Promise<Result<SubmitAnswer, DomainError>> {
  if (ctx.actor.kind !== 'user' || !mayFileOnline(ctx.actor))
    return forbiddenBecause(msg('dossiers.onlineByCitizens'));
  const done = await runDossierWork(ctx, [{ create: { ...input, channel: 'online' }, ops: [] }]);
  if (!done.ok) return done;
  const [made] = done.value;
  return ok({
    id: made!.id,
    status: made!.status,
    version: made!.version,
    submissionRef: made!.submissionRef ?? '',
    trackingSecret: made!.trackingSecret ?? '',
  });
}

export async function submitDossier(
  ctx: Ctx,
  input: SubmitInput,
  idempotencyKey?: string,
): Promise<Result<Idempotent<SubmitAnswer>, IdempotencyError>> {
  if (!idempotencyKey) {
    const result = await submitOnce(ctx, input);
    return result.ok ? ok({ value: result.value, replayed: false }) : result;
  }
  return onceFor(ctx, idempotencyKey, input, (tx) => submitOnce(tx, input));
}
