/**
 * Giải quyết — the transitions of processing (Decree 61/2018 art. 19–20; Circular 03/2025 forms; RULES.md §1.2):
 * forward, return to the previous step, consult another agency, request a supplement after appraisal (within
 * 3 working days; the clock restarts from zero once complete, art. 19(4)), refuse after appraisal, approve the
 * result, extend once with an apology (Form 04, at least one working day before the due date), stop (Form 05),
 * citizen withdrawal, and the return of the result. Each checks the state; the caller checks the role.
 */

import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
import { type DomainError, fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import {
  endOfWorkingDay,
  extendClock,
  type FinishOutcome,
  finishClock,
  localDate,
  pauseClock,
  readClock,
  restartClock,
  type StatutoryClock,
} from '../calendar/index.js';
import type { AgencySummary } from '../units/index.js';
import { currentStep, type Draft, decisionStep, type Env, steps, transition, wrongState } from './draft.js';
import { msg } from './messages.js';
import type { ResultMethod, Status } from './model.js';
import { addDocuments, type DocumentInput } from './reception.js';
import { enterStep, leaveStep, leaveWorkflow, nextStep, previousStep } from './step-visits.js';
import { stateMsg } from './transition-messages.js';

const ACTIVE: readonly Status[] = ['processing', 'consulting'];
const ok0 = () => ok<void>(undefined);

function clockOf(d: Draft): StatutoryClock {
  return d.row.clock as StatutoryClock;
}

function clockError(kind: string): Result<never, DomainError> {
  return invalidBecause(stateMsg('dossiers.clockRefuses', { kind }));
}

/** Stops the clock for good and keeps what reports need: both on-time measures at finish (RULES.md §1.5). */
function finish(d: Draft, env: Env, outcome: FinishOutcome): Result<void, DomainError> {
  d.row.finishedAt = env.at;
  if (!d.row.clock) return ok0();
  const finished = finishClock(env.cal, clockOf(d), env.at, outcome);
  if (!finished.ok) return clockError(finished.error.kind);
  d.row.clock = finished.value;
  const reading = readClock(env.cal, finished.value, env.at);
  if (!reading.ok) return clockError(reading.error.kind);
  const r = reading.value;
  d.row.timeliness = r.indicator.status;
  d.row.onTimeIndicator = r.indicator.status !== 'late';
  d.row.onTimePortal = r.portal.onTime;
  d.row.supplementCount = r.supplementRequests;
  d.row.supplementMinutes = Math.round(r.supplementMinutes);
  return ok0();
}

/** Chuyển xử lý: hand the dossier to the next step of the workflow (not past the decision: that is approval). */
export function forward(d: Draft, env: Env, note?: string): Result<void, DomainError> {
  const done = d.row.status === 'done';
  if (!ACTIVE.includes(d.row.status as Status) && !done) return wrongState(d, 'forwarded');
  if (d.row.status === 'consulting') return wrongState(d, 'forwardedWhileConsulting');
  const decision = decisionStep(steps(d));
  if (!done && decision && d.row.currentStep === decision.position)
    return invalidBecause(stateMsg('dossiers.nothingToForwardAtDecision'));
  const next = nextStep(d);
  if (!next) return invalidBecause(stateMsg('dossiers.lastStep'));
  leaveStep(d, env, 'forward', note ? nfc(note) : null);
  enterStep(d, env, next.position);
  transition(d, env, 'forwarded', d.row.status as Status, {
    toStep: next.position,
    stepName: next.name,
    note: note ?? null,
  });
  return ok0();
}

/** Trả lại bước trước: send the dossier back one step, with the reason. */
export function returnStep(d: Draft, env: Env, note: string): Result<void, DomainError> {
  if (d.row.status !== 'processing') return wrongState(d, 'returnedToPreviousStep');
  const previous = previousStep(d);
  if (!previous || previous.position === steps(d)[0]?.position)
    return invalidBecause(stateMsg('dossiers.noEarlierStep'));
  leaveStep(d, env, 'return', nfc(note));
  enterStep(d, env, previous.position);
  transition(d, env, 'returned_to_step', 'processing', { toStep: previous.position, note: nfc(note) });
  return ok0();
}

/** Lấy ý kiến: consult another agency on the content, with its own deadline (Decree 61 art. 19). */
export function consult(
  d: Draft,
  env: Env,
  agency: AgencySummary,
  content: string,
  deadlineAt: Date,
): Result<string, DomainError> {
  if (!ACTIVE.includes(d.row.status as Status)) return wrongState(d, 'consulted');
  if (deadlineAt <= env.at)
    return invalidBecause(stateMsg('dossiers.consultationDeadlinePast'), [
      fieldError('deadline', stateMsg('dossiers.inThePast')),
    ]);
  if (agency.id === d.row.currentAgencyId) return invalidBecause(stateMsg('dossiers.consultSameAgency'));
  const id = newId();
  d.consultations.push({
    id,
    dossierId: d.row.id,
    provinceCode: d.row.provinceCode,
    agencyId: agency.id,
    unitCode: agency.unitCode,
    content: nfc(content),
    requestedAt: env.at,
    requestedBy: env.by.label,
    deadlineAt,
    answeredAt: null,
    answeredBy: null,
    answer: null,
  });
  d.dirtyConsultations.add(id);
  transition(d, env, 'consultation_requested', 'consulting', {
    consultationId: id,
    agencyId: agency.id,
    deadlineAt: deadlineAt.toISOString(),
  });
  return ok(id);
}

export function answerConsultation(
  d: Draft,
  env: Env,
  consultationId: string,
  answer: string,
): Result<void, DomainError> {
  const c = d.consultations.find((x) => x.id === consultationId);
  if (!c)
    return invalidBecause(stateMsg('dossiers.noSuchConsultation'), [
      fieldError('consultationId', stateMsg('dossiers.unknown')),
    ]);
  if (c.answeredAt) return wrongState(d, 'consultationAnsweredTwice');
  c.answeredAt = env.at;
  c.answeredBy = env.by.label;
  c.answer = nfc(answer);
  d.dirtyConsultations.add(c.id);
  const open = d.consultations.some((x) => !x.answeredAt);
  const late = env.at > c.deadlineAt;
  transition(d, env, 'consultation_answered', open ? 'consulting' : 'processing', { consultationId, late });
  return ok0();
}

/**
 * Yêu cầu bổ sung sau thẩm định (Form 02): within 3 working days of receipt (Decree 61 art. 19), once; the
 * clock pauses, and restarts from zero once the dossier is complete (art. 19(4)).
 */
export function requestSupplement(d: Draft, env: Env, missing: string[]): Result<void, DomainError> {
  if (d.row.status !== 'processing') return wrongState(d, 'supplementRequested');
  if (missing.length === 0) return invalidBecause(stateMsg('dossiers.listMissing'));
  const received = d.row.receivedAt ? localDate(d.row.receivedAt) : localDate(env.at);
  const latest = env.cal.addWorkingDays(received, 3);
  if (localDate(env.at) > latest)
    return invalidBecause(stateMsg('dossiers.supplementTooLate', { latest: formatDay(latest) }));
  const paused = pauseClock(env.cal, clockOf(d), env.at, 'supplement');
  if (!paused.ok) return clockError(paused.error.kind);
  d.row.clock = paused.value;
  d.row.supplementCount += 1;
  transition(d, env, 'supplement_requested', 'supplement_requested', {
    form: '02',
    missing: missing.map(nfc),
  });
  return ok0();
}

/** The supplement is complete: the clock restarts from zero and a new appointment is set (art. 19(4)). */
export function provideSupplement(d: Draft, env: Env, docs: DocumentInput[]): Result<void, DomainError> {
  if (d.row.status !== 'supplement_requested') return wrongState(d, 'supplemented');
  addDocuments(d, env, docs, 'supplement');
  const medium = d.row.channel === 'online' ? 'electronic' : 'paper';
  const restarted = restartClock(env.cal, clockOf(d), env.at, { medium });
  if (!restarted.ok) return clockError(restarted.error.kind);
  d.row.clock = restarted.value;
  const reading = readClock(env.cal, restarted.value, env.at);
  if (!reading.ok) return clockError(reading.error.kind);
  d.row.dueAt = new Date(reading.value.due);
  d.row.supplementMinutes = Math.round(reading.value.supplementMinutes);
  transition(d, env, 'supplement_received', 'processing', {
    documents: docs.length,
    dueAt: d.row.dueAt.toISOString(),
  });
  return ok0();
}

/**
 * Phiếu từ chối giải quyết hồ sơ: refused after appraisal, within the statutory time, with reasons (Decree 61
 * art. 19). The written refusal is issued as the dossier's result (refusal-content.ts); the provision the
 * official cites, if any, is kept with the reasons for it.
 */
export function refuse(
  d: Draft,
  env: Env,
  reasons: string[],
  legalBasis?: string,
): Result<void, DomainError> {
  if (d.row.status !== 'processing') return wrongState(d, 'refused');
  if (reasons.length === 0) return invalidBecause(stateMsg('dossiers.refusalReasons'));
  const finished = finish(d, env, 'refused');
  if (!finished.ok) return finished;
  d.row.outcome = 'refused';
  leaveWorkflow(d, env, 'refuse', reasons.map(nfc).join('; '));
  transition(d, env, 'refused', 'refused', {
    reasons: reasons.map(nfc),
    ...(legalBasis ? { legalBasis: nfc(legalBasis) } : {}),
  });
  return ok0();
}

/**
 * Phê duyệt kết quả: the leader approves at the decision step. Processing ends (Đã xử lý xong, the portal's end
 * of processing); the dossier goes on to the remaining steps (returning the result). An electronic result
 * chosen by the applicant is returned online at once.
 */
export function approve(d: Draft, env: Env, note?: string): Result<void, DomainError> {
  if (d.row.status !== 'processing') return wrongState(d, 'approved');
  const decision = decisionStep(steps(d));
  if (!decision || d.row.currentStep !== decision.position)
    return invalidBecause(stateMsg('dossiers.approveAtDecision'));
  const finished = finish(d, env, 'done');
  if (!finished.ok) return finished;
  d.row.outcome = 'approved';
  const next = nextStep(d);
  leaveStep(d, env, 'approve', note ? nfc(note) : null);
  if (next && d.row.resultMethod !== 'online') enterStep(d, env, next.position);
  else leaveWorkflow(d, env, 'approve');
  transition(d, env, 'approved', 'done', { note: note ?? null });
  if (d.row.resultMethod === 'online') {
    d.row.returnedAt = env.at;
    transition(d, env, 'result_returned', 'returned', { method: 'online' });
  }
  return ok0();
}

/**
 * Văn bản xin lỗi và đề nghị gia hạn (Form 04): once, filed at least one working day before the due date, with
 * the reason and the new date (Decree 61 art. 19; the calendar's clock enforces both).
 */
export function extend(d: Draft, env: Env, newDueDate: string, reason: string): Result<void, DomainError> {
  if (!ACTIVE.includes(d.row.status as Status)) return wrongState(d, 'extended');
  // Decree 61 art. 19: the return date may be rescheduled only once.
  if (d.row.extended) return wrongState(d, 'extendedTwice');
  const endOfDay = endOfWorkingDay(env.cal.workingHours, newDueDate);
  const extended = extendClock(env.cal, clockOf(d), env.at, endOfDay);
  if (!extended.ok) {
    const e = extended.error;
    if (e.kind === 'extension_too_late')
      return invalidBecause(
        stateMsg('dossiers.extensionFilingLate', { latest: formatDay(e.latestFilingDate) }),
      );
    if (e.kind === 'extension_not_later') return invalidBecause(stateMsg('dossiers.extensionNotLater'));
    return clockError(e.kind);
  }
  d.row.clock = extended.value;
  d.row.extended = true;
  d.row.dueAt = endOfDay;
  transition(d, env, 'extended', d.row.status as Status, {
    form: '04',
    newDueAt: endOfDay.toISOString(),
    reason: nfc(reason),
  });
  return ok0();
}

/** Thông báo dừng giải quyết hồ sơ (Form 05). */
export function stop(d: Draft, env: Env, reason: string): Result<void, DomainError> {
  if (!(['processing', 'consulting', 'supplement_requested'] as Status[]).includes(d.row.status as Status))
    return wrongState(d, 'stopped');
  const finished = finish(d, env, 'stopped');
  if (!finished.ok) return finished;
  d.row.outcome = 'stopped';
  leaveWorkflow(d, env, 'stop', nfc(reason));
  transition(d, env, 'stopped', 'stopped', { form: '05', reason: nfc(reason) });
  return ok0();
}

/** Công dân yêu cầu rút hồ sơ: the applicant withdraws before the result. */
export function withdraw(d: Draft, env: Env, reason: string | null): Result<void, DomainError> {
  const open: Status[] = [
    'submitted',
    'reception_supplement',
    'processing',
    'consulting',
    'supplement_requested',
  ];
  if (!open.includes(d.row.status as Status)) return wrongState(d, 'withdrawn');
  const finished = finish(d, env, 'withdrawn');
  if (!finished.ok) return finished;
  d.row.outcome = 'withdrawn';
  leaveWorkflow(d, env, 'withdraw', reason ? nfc(reason) : null);
  transition(d, env, 'withdrawn', 'withdrawn', { reason: reason ? nfc(reason) : null });
  return ok0();
}

/** Trả kết quả: at the counter, or by public post with its tracking number (Decision 45/2016). */
export function returnResult(
  d: Draft,
  env: Env,
  method: ResultMethod,
  trackingNumber?: string,
): Result<void, DomainError> {
  if (d.row.status !== 'done') return wrongState(d, 'resultReturned');
  if (method === 'post' && !trackingNumber)
    return invalidBecause(stateMsg('dossiers.postalTrackingNeeded'), [
      fieldError('postalTrackingNumber', msg('dossiers.required')),
    ]);
  const step = currentStep(d);
  if (step && nextStep(d)) return invalidBecause(stateMsg('dossiers.forwardToReturningStep'));
  d.row.resultMethod = method;
  d.row.postalTrackingNumber = trackingNumber ? nfc(trackingNumber) : null;
  d.row.returnedAt = env.at;
  leaveWorkflow(d, env, 'return_result');
  transition(d, env, 'result_returned', 'returned', {
    method,
    postalTrackingNumber: d.row.postalTrackingNumber,
  });
  return ok0();
}

export const PAYMENT_METHODS = ['cash', 'transfer', 'vietqr', 'post'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** Decree 61 art. 22: fees paid in cash, by transfer, to the postal operator, or online; reconciled by a clerk. */
export function recordPayment(
  d: Draft,
  env: Env,
  method: PaymentMethod,
  reference: string | null,
): Result<void, DomainError> {
  if (d.row.paidAt) return wrongState(d, 'paidTwice');
  if (d.row.feeTotalDong <= 0) return invalidBecause(stateMsg('dossiers.noFee'));
  if (!d.row.receivedAt) return wrongState(d, 'paidBeforeReception');
  d.row.paidAt = env.at;
  d.row.paymentMethod = method;
  d.row.paymentReference = reference ? nfc(reference) : null;
  d.row.paidOnline = method === 'vietqr';
  d.row.reconciledAt = env.at;
  transition(d, env, 'payment_recorded', d.row.status as Status, {
    method,
    amountDong: d.row.feeTotalDong,
    reference: d.row.paymentReference,
  });
  return ok0();
}

/** Circular 01/2018 art. 12–13: nine indicators, 0 / 1 / 2 each, after the result; once. */
export function rate(
  d: Draft,
  env: Env,
  scores: number[],
  comment: string | null,
): Result<void, DomainError> {
  if (d.row.status !== 'done' && d.row.status !== 'returned') return wrongState(d, 'ratedBeforeResult');
  if (d.rating || d.rated) return wrongState(d, 'ratedTwice');
  if (scores.length !== 9 || scores.some((s) => ![0, 1, 2].includes(s)))
    return invalidBecause(stateMsg('dossiers.nineScores'), [
      fieldError('scores', stateMsg('dossiers.nineScoresField')),
    ]);
  d.rating = { scores, comment: comment ? nfc(comment) : null, at: env.at };
  transition(d, env, 'rated', d.row.status as Status, { total: scores.reduce((a, b) => a + b, 0) });
  return ok0();
}
