/**
 * The operations on a dossier, each allowed only to the right role at the right place (policy.ts) and only in
 * the right state (the transitions in reception.ts and processing.ts): 403 for a visible dossier the actor may
 * not act on, 409 for the wrong state.
 */
import {
  type DomainError,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { endOfWorkingDay } from '../calendar/index.js';
import type { BasisCache } from './basis.js';
import type { Draft, Env } from './draft.js';
import { msg } from './messages.js';
import type { DossierOp } from './op-types.js';
import { mayPerform } from './policy.js';
import {
  answerConsultation,
  approve,
  consult,
  extend,
  forward,
  provideSupplement,
  rate,
  recordPayment,
  refuse,
  requestSupplement,
  returnResult,
  returnStep,
  stop,
  withdraw,
} from './processing.js';
import {
  receive,
  reissueTrackingSecret,
  rejectAtReception,
  requestReceptionSupplement,
  resubmit,
} from './reception.js';
import { stateMsg } from './transition-messages.js';

export { type DossierOp, OP_TYPES, type OpType } from './op-types.js';

export async function applyOp(
  d: Draft,
  env: Env,
  op: DossierOp,
  cache: BasisCache,
): Promise<Result<void, DomainError>> {
  const consultationId = op.type === 'answer_consultation' ? op.consultationId : undefined;
  if (!mayPerform(d, env, op.type, consultationId))
    return forbiddenBecause(stateMsg('dossiers.notAllowedHere', { action: op.type }));
  switch (op.type) {
    case 'receive': {
      const basis = await cache.procedure(d.row.procedureCode);
      if (!basis)
        return invalidBecause(stateMsg('dossiers.noLongerPublished', { code: d.row.procedureCode }));
      const agency = await cache.agency(d.row.receivingAgencyId ?? '');
      if (!agency?.code) return invalidBecause(stateMsg('dossiers.agencyWithoutCode'));
      return receive(d, env, basis, agency.code, op.fees);
    }
    case 'request_reception_supplement':
      return requestReceptionSupplement(d, env, op.missing);
    case 'reject':
      return rejectAtReception(d, env, op.reasons);
    case 'resubmit':
      return resubmit(d, env, op.documents);
    case 'forward':
      return forward(d, env, op.note);
    case 'return_step':
      return returnStep(d, env, op.note);
    case 'consult': {
      const agency = await cache.agency(op.agencyId);
      if (!agency)
        return invalidBecause(stateMsg('dossiers.noSuchAgency'), [
          fieldError('agencyId', msg('dossiers.unknownAgency')),
        ]);
      const deadline = endOfWorkingDay(env.cal.workingHours, op.deadlineDate);
      if (Number.isNaN(deadline.getTime()))
        return invalidBecause(stateMsg('dossiers.deadlineNotDate'), [
          { field: 'deadlineDate', message: 'YYYY-MM-DD' },
        ]);
      const made = consult(d, env, agency, op.content, deadline);
      return made.ok ? ok(undefined) : made;
    }
    case 'answer_consultation':
      return answerConsultation(d, env, op.consultationId, op.answer);
    case 'request_supplement':
      return requestSupplement(d, env, op.missing);
    case 'provide_supplement':
      return provideSupplement(d, env, op.documents);
    case 'refuse':
      return refuse(d, env, op.reasons, op.legalBasis);
    case 'approve':
      return approve(d, env, op.note);
    case 'extend':
      return extend(d, env, op.newDueDate, op.reason);
    case 'stop':
      return stop(d, env, op.reason);
    case 'withdraw':
      return withdraw(d, env, op.reason ?? null);
    case 'return_result':
      return returnResult(d, env, op.method, op.postalTrackingNumber);
    case 'record_payment':
      return recordPayment(d, env, op.method, op.reference ?? null);
    case 'rate':
      return rate(d, env, op.scores, op.comment ?? null);
    case 'reissue_tracking_secret':
      return reissueTrackingSecret(d, env);
  }
}
