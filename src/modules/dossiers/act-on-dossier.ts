/**
 * One officer's or applicant's action on one dossier (forward, return, consult, supplement, refuse, approve,
 * extend, stop, withdraw, return the result, record a payment, rate), at the version they saw: two people acting
 * at once → one wins, the other gets 409 with the dossier as it is now (issue 6 §3). A person's approval issues
 * the signed result, so it is refused before anything changes when the installation cannot sign (issue 6 §4).
 * A person's refusal after appraisal issues the signed written refusal the same way (Decree 61 art. 19).
 * A result is handed over only once it exists: returning it first completes an issue the approval did not live
 * to make (a crash between the approval and the result, issue 11 §4/§5).
 * The answer is the new state and version (issue 17 §4), not the dossier view: a client that shows the dossier
 * reads it again (GET /dossiers/:id); only a conflict answers with the dossier as it is now.
 */
import type { Ctx } from '../../platform/context.js';
import { type DomainError, ok, type Result } from '../../platform/result.js';
import { requireFreshSecondFactor } from '../identity/index.js';
import { getDossier } from './dossier-view.js';
import { approvalRefusal, issueResult, type ResultSigning, type SigningUnavailable } from './issue-result.js';
import type { DossierOp } from './operations.js';
import { runDossierWork, type WorkOutcome } from './run-work.js';

export async function actOnDossier(
  ctx: Ctx,
  dossierId: string,
  version: number,
  op: DossierOp,
  signing?: ResultSigning,
): Promise<Result<WorkOutcome, DomainError | SigningUnavailable>> {
  const decides = op.type === 'approve' || op.type === 'refuse';
  const refusal = decides && ctx.actor.kind === 'user' ? approvalRefusal(signing) : null;
  if (refusal) return { ok: false, error: refusal };
  // Approving or refusing signs the result: a fresh second factor first (issue 20 §2).
  if (decides) {
    const fresh = await requireFreshSecondFactor(ctx);
    if (!fresh.ok) return fresh;
  }
  let seen = version;
  if (op.type === 'return_result') {
    const issued = await issueResult(ctx, dossierId, signing);
    if (!issued.ok) return issued;
    // The issue is this request's own change: the return applies to the dossier as the caller saw it, plus it.
    if (issued.value.issued && issued.value.version === version + 1) seen = issued.value.version;
  }
  const done = await runDossierWork(ctx, [{ dossierId, version: seen, ops: [{ op }] }]);
  if (!done.ok) {
    if (done.error.kind === 'conflict') {
      // A retried approval whose first attempt committed but crashed before the result was issued (issue 11
      // §4): issue it now (issueResult does nothing when the result exists), then answer the conflict.
      if (decides) {
        const issued = await issueResult(ctx, dossierId, signing);
        if (!issued.ok) ctx.log.error({ dossierId, error: issued.error }, 'result document not issued');
      }
      const current = await getDossier(ctx, dossierId);
      if (current.ok) return { ok: false, error: { ...done.error, current: current.value } };
    }
    return done;
  }
  const outcome = done.value[0]!;
  // The decision issues the result document (generated, signed, stored) as its own transition.
  if (decides) {
    const issued = await issueResult(ctx, dossierId, signing);
    if (!issued.ok) ctx.log.error({ dossierId, error: issued.error }, 'result document not issued');
    else if (issued.value.issued) return ok({ ...outcome, version: issued.value.version });
  }
  return ok(outcome);
}
