/**
 * Tiếp nhận hồ sơ — the clerk's decision on dossiers at a PAS centre (Decree 61/2018 art. 17; RULES.md §1.2),
 * in a batch: each input is a submitted dossier (online, or postal) or one registered now at the counter or from
 * the post, with the decision: complete (Form 01: code + appointment), incomplete (Form 02: all that is missing
 * at once) or refused (Form 03). The single-dossier routes and the demo generator both call this.
 */
import type { Ctx } from '../../platform/context.js';
import type { DomainError, Result } from '../../platform/result.js';
import type { FeeLine } from './model.js';
import type { DossierOp } from './operations.js';
import type { NewDossierInput } from './reception.js';
import { runDossierWork, type WorkItem, type WorkOutcome } from './run-work.js';

export type ReceptionDecision =
  | { kind: 'complete'; fees?: FeeLine[] | undefined }
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'refused'; reasons: string[] };

export type ReceiveInput =
  | { dossierId: string; version?: number | undefined; decision: ReceptionDecision }
  | { register: NewDossierInput; decision: ReceptionDecision };

export function decisionOp(decision: ReceptionDecision): DossierOp {
  switch (decision.kind) {
    case 'complete':
      return { type: 'receive', fees: decision.fees };
    case 'incomplete':
      return { type: 'request_reception_supplement', missing: decision.missing };
    case 'refused':
      return { type: 'reject', reasons: decision.reasons };
  }
}

export async function receiveDossiers(
  ctx: Ctx,
  inputs: ReceiveInput[],
): Promise<Result<WorkOutcome[], DomainError>> {
  const items: WorkItem[] = inputs.map((input) =>
    'register' in input
      ? { create: input.register, ops: [{ op: decisionOp(input.decision) }] }
      : { dossierId: input.dossierId, version: input.version, ops: [{ op: decisionOp(input.decision) }] },
  );
  return runDossierWork(ctx, items);
}
