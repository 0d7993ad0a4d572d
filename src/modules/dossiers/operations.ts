/**
 * The operations on a dossier, each allowed only to the right role at the right place (policy.ts) and only in
 * the right state (the transitions in reception.ts and processing.ts): 403 for a visible dossier the actor may
 * not act on, 409 for the wrong state.
 */
import type { Role } from '../../platform/context.js';
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
import { currentStep, type Draft, type Env } from './draft.js';
import { msg } from './messages.js';
import { type FeeLine, LEADER_ROLES, type ResultMethod } from './model.js';
import { actsAs, isApplicant, type Place } from './policy.js';
import {
  answerConsultation,
  approve,
  consult,
  extend,
  forward,
  type PaymentMethod,
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
  type DocumentInput,
  receive,
  reissueTrackingSecret,
  rejectAtReception,
  requestReceptionSupplement,
  resubmit,
} from './reception.js';
import { stateMsg } from './transition-messages.js';

export type DossierOp =
  | { type: 'receive'; fees?: FeeLine[] | undefined }
  | { type: 'request_reception_supplement'; missing: string[] }
  | { type: 'reject'; reasons: string[] }
  | { type: 'resubmit'; documents: DocumentInput[] }
  | { type: 'forward'; note?: string | undefined }
  | { type: 'return_step'; note: string }
  | { type: 'consult'; agencyId: string; content: string; deadlineDate: string }
  | { type: 'answer_consultation'; consultationId: string; answer: string }
  | { type: 'request_supplement'; missing: string[] }
  | { type: 'provide_supplement'; documents: DocumentInput[] }
  | { type: 'refuse'; reasons: string[] }
  | { type: 'approve'; note?: string | undefined }
  | { type: 'extend'; newDueDate: string; reason: string }
  | { type: 'stop'; reason: string }
  | { type: 'withdraw'; reason?: string | undefined }
  | { type: 'return_result'; method: ResultMethod; postalTrackingNumber?: string | undefined }
  | { type: 'record_payment'; method: PaymentMethod; reference?: string | undefined }
  | { type: 'rate'; scores: number[]; comment?: string | undefined }
  | { type: 'reissue_tracking_secret' };

export type OpType = DossierOp['type'];
export const OP_TYPES: readonly OpType[] = [
  'receive',
  'request_reception_supplement',
  'reject',
  'resubmit',
  'forward',
  'return_step',
  'consult',
  'answer_consultation',
  'request_supplement',
  'provide_supplement',
  'refuse',
  'approve',
  'extend',
  'stop',
  'withdraw',
  'return_result',
  'record_payment',
  'rate',
  'reissue_tracking_secret',
];

const OFFICERS: Role[] = ['specialist', ...LEADER_ROLES];

function placeOf(d: Draft, which: 'receiving' | 'competent' | 'current'): Place | undefined {
  const r = d.row;
  const [unitCode, agencyId] =
    which === 'receiving'
      ? [r.receivingUnitCode, r.receivingAgencyId]
      : which === 'competent'
        ? [r.competentUnitCode, r.competentAgencyId]
        : [r.currentUnitCode, r.currentAgencyId];
  return unitCode ? { unitCode, provinceCode: r.provinceCode, agencyId } : undefined;
}

/** Who may perform `op` on the dossier as it is now. */
export function mayPerform(d: Draft, env: Env, type: OpType, consultationId?: string): boolean {
  const actor = env.actor;
  const at = (which: 'receiving' | 'competent' | 'current', roles: Role[]) => {
    const place = placeOf(d, which);
    return place !== undefined && actsAs(actor, roles, place);
  };
  const stepRole = currentStep(d)?.role as Role | null | undefined;
  const atStep = () => at('current', stepRole ? [stepRole] : OFFICERS);
  switch (type) {
    case 'receive':
    case 'request_reception_supplement':
    case 'reject':
    case 'record_payment':
    case 'reissue_tracking_secret':
      return at('receiving', ['counter_clerk']);
    case 'resubmit':
    case 'withdraw':
      return isApplicant(actor, d.row) || at('receiving', ['counter_clerk']);
    case 'provide_supplement':
      return isApplicant(actor, d.row) || at('receiving', ['counter_clerk']) || atStep();
    case 'forward':
    case 'return_step':
    case 'consult':
    case 'request_supplement':
    case 'refuse':
    case 'approve':
      return atStep();
    case 'return_result':
      return d.row.currentStep === null ? at('receiving', ['counter_clerk']) : atStep();
    case 'extend':
      return at('competent', OFFICERS) || atStep();
    case 'stop':
      return at('competent', [...LEADER_ROLES]);
    case 'answer_consultation': {
      const c = d.consultations.find((x) => x.id === consultationId);
      return (
        c !== undefined &&
        actsAs(actor, OFFICERS, {
          unitCode: c.unitCode,
          provinceCode: d.row.provinceCode,
          agencyId: c.agencyId,
        })
      );
    }
    case 'rate':
      return isApplicant(actor, d.row) || actor.kind === 'system';
  }
}

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
      return refuse(d, env, op.reasons);
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
