/**
 * Tiếp nhận hồ sơ trực tiếp / qua bưu chính — a clerk registers a dossier brought to the counter or received by
 * post, with the completeness decision (Form 01, 02 or 03). Idempotent under an `Idempotency-Key` like the online
 * application (issue 6 §6), so a clerk whose answer was lost can send again without registering the person
 * twice. The answer carries the tracking secret printed on the receipt; the kept answer leaves it out, and a
 * replay — the first answer never reached the counter, nor its receipt the applicant — issues a new secret, so the
 * lost one stops working and the receipt the clerk prints is always one that works.
 */
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { type IdempotencyError, type Idempotent, onceFor, type StoredAnswer } from './idempotency.js';
import { type ReceiveInput, receiveDossiers } from './receive-dossiers.js';
import { runDossierWork, type WorkOutcome } from './run-work.js';

export type CounterRegistration = Extract<ReceiveInput, { register: unknown }>;

type KeptOutcome = Omit<WorkOutcome, 'trackingSecret'> & { secretIssued: boolean };

const withoutSecret: StoredAnswer<WorkOutcome> = {
  store: ({ trackingSecret, ...rest }): KeptOutcome => ({ ...rest, secretIssued: trackingSecret !== null }),
  replay: async (ctx, stored) => {
    const { secretIssued, ...kept } = stored as KeptOutcome;
    if (!secretIssued) return ok({ ...kept, trackingSecret: null });
    const reissued = await runDossierWork(ctx, [
      { dossierId: kept.id, ops: [{ op: { type: 'reissue_tracking_secret' } }] },
    ]);
    if (!reissued.ok) return reissued;
    return ok({ ...kept, trackingSecret: reissued.value[0]?.trackingSecret ?? null });
  },
};

async function registerOnce(ctx: Ctx, input: CounterRegistration): Promise<Result<WorkOutcome, DomainError>> {
  const done = await receiveDossiers(ctx, [input]);
  if (!done.ok) return done;
  const [made] = done.value;
  return made ? ok(made) : fail({ kind: 'invalid', detail: 'Nothing was registered.' });
}

export async function registerAtCounter(
  ctx: Ctx,
  input: CounterRegistration,
  idempotencyKey?: string,
): Promise<Result<Idempotent<WorkOutcome>, IdempotencyError>> {
  if (!idempotencyKey) {
    const result = await registerOnce(ctx, input);
    return result.ok ? ok({ value: result.value, replayed: false }) : result;
  }
  return onceFor(ctx, idempotencyKey, input, (tx) => registerOnce(tx, input), withoutSecret);
}
