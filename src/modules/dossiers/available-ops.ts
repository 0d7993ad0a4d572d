/**
 * What the actor may do with a dossier right now: the operations whose state rule (processing.ts, reception.ts)
 * and role rule (policy.ts) both hold — so a screen offers only buttons that work.
 */
import { type Draft, decisionStep, type Env, steps } from './draft.js';
import type { Status } from './model.js';
import type { OpType } from './operations.js';
import { mayPerform } from './policy.js';
import { nextStep, previousStep } from './step-visits.js';

function stateAllows(d: Draft, type: OpType): boolean {
  const s = d.row.status as Status;
  const decision = decisionStep(steps(d));
  const atDecision = decision !== undefined && d.row.currentStep === decision.position;
  switch (type) {
    case 'receive':
    case 'reject':
      return s === 'submitted' || s === 'reception_supplement';
    case 'request_reception_supplement':
      return s === 'submitted';
    case 'resubmit':
      return s === 'reception_supplement';
    case 'forward':
      return (
        (s === 'processing' && !atDecision && nextStep(d) !== undefined) ||
        (s === 'done' && nextStep(d) !== undefined)
      );
    case 'return_step': {
      const previous = previousStep(d);
      return s === 'processing' && previous !== undefined && previous.position !== steps(d)[0]?.position;
    }
    case 'consult':
      return s === 'processing' || s === 'consulting';
    case 'answer_consultation':
      return s === 'consulting' && d.consultations.some((c) => !c.answeredAt);
    case 'request_supplement':
    case 'refuse':
      return s === 'processing';
    case 'approve':
      return s === 'processing' && atDecision;
    case 'provide_supplement':
      return s === 'supplement_requested';
    case 'extend':
      return (s === 'processing' || s === 'consulting') && !d.row.extended;
    case 'stop':
      return s === 'processing' || s === 'consulting' || s === 'supplement_requested';
    case 'withdraw':
      return [
        'submitted',
        'reception_supplement',
        'processing',
        'consulting',
        'supplement_requested',
      ].includes(s);
    case 'return_result':
      return s === 'done' && nextStep(d) === undefined;
    case 'record_payment':
      return d.row.receivedAt !== null && d.row.feeTotalDong > 0 && d.row.paidAt === null;
    case 'rate':
      return (s === 'done' || s === 'returned') && !d.rated;
    case 'reissue_tracking_secret':
      return d.row.code !== null;
  }
}

export function availableOps(d: Draft, env: Env, all: readonly OpType[]): OpType[] {
  return all.filter((type) => {
    if (!stateAllows(d, type)) return false;
    if (type === 'answer_consultation')
      return d.consultations.some((c) => !c.answeredAt && mayPerform(d, env, type, c.id));
    return mayPerform(d, env, type);
  });
}
