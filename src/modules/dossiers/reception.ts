/**
 * Tiếp nhận — the transitions of submission and reception (Decree 61/2018 art. 16–17; Decree 118/2025;
 * Decision 45/2016 for post; RULES.md §1.2):
 * - submit: an online application, or a postal dossier handed over (legal time: the hand-over record signed);
 * - receive: complete → Form 01 receipt with the dossier code (RULES.md §1.4) and the appointment from the
 *   statutory clock, which starts at valid reception (a paper dossier after 15:00 counts from the next working
 *   day, Decree 61 art. 18);
 * - incomplete → Form 02 listing everything missing at once (art. 15(3): "một lần đầy đủ");
 * - refused → Form 03 with reasons.
 */
import { createHash, randomBytes } from 'node:crypto';
import { newId } from '../../platform/ids.js';
import { type DomainError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { localDate, readClock, startClock } from '../calendar/index.js';
import type { AgencySummary } from '../units/index.js';
import { durationFor, type ProcedureBasis, type Routing } from './basis.js';
import { type Draft, type Env, transition, wrongState } from './draft.js';
import type { Applicant, Channel, DocumentRow, DossierRow, FeeLine, ResultMethod, Status } from './model.js';
import { enterStep, leaveStep } from './step-visits.js';
import { stateMsg } from './transition-messages.js';

export interface DocumentInput {
  name: string;
  fileId?: string | undefined;
  fileName?: string | undefined;
  mediaType?: string | undefined;
  sizeBytes?: number | undefined;
}

export interface NewDossierInput {
  procedureCode: string;
  channel: Channel;
  /** The PAS centre that receives it (any of the province's, Decree 118/2025). */
  receivingAgencyId: string;
  /** The commune the matter concerns, for commune-level procedures received elsewhere. */
  subjectUnitCode?: string | undefined;
  applicant: Applicant;
  declared?: Record<string, string> | undefined;
  /** The declaration filled in the version's e-form (issue 16 §1), checked against its schema before this. */
  declaration?: Record<string, unknown> | null | undefined;
  resultMethod: ResultMethod;
  documents?: DocumentInput[] | undefined;
  /** Post: when the postal hand-over record (Biên bản giao nhận) was signed — the legal submission time. */
  handedOverAt?: Date | undefined;
  /** System actor only (demo, imports): the citizen account an online dossier belongs to. */
  applicantUserId?: string | null | undefined;
}

const clean = (text: string | undefined) => (text === undefined ? undefined : nfc(text));

/** A new dossier, submitted (not yet received): its row, documents and the `submitted` event. */
export function createDossier(
  env: Env,
  input: NewDossierInput,
  basis: ProcedureBasis,
  receiving: AgencySummary,
  routing: Routing,
  applicantUserId: string | null,
): Draft {
  const v = basis.entry.procedure;
  const id = newId();
  const submittedAt = input.channel === 'post' && input.handedOverAt ? input.handedOverAt : env.at;
  const applicant: Applicant = {
    name: nfc(input.applicant.name),
    idNumber: clean(input.applicant.idNumber),
    phone: clean(input.applicant.phone),
    email: clean(input.applicant.email),
    address: clean(input.applicant.address),
  };
  const declared = Object.fromEntries(
    Object.entries(input.declared ?? {}).map(([k, value]) => [nfc(k), nfc(value)]),
  );
  const secret = newTrackingSecret();
  const row: DossierRow = {
    id,
    provinceCode: receiving.provinceCode,
    code: null,
    submissionRef: newSubmissionRef(localDate(env.at)),
    trackingSecretHash: hashSecret(secret),
    trackingSecret: secret,
    status: 'submitted',
    channel: input.channel,
    procedureId: v.procedureId,
    procedureCode: v.code,
    procedureVersionId: v.id,
    procedureVersionNo: v.versionNo,
    procedureName: v.name,
    field: v.field,
    publicationId: null,
    receivingAgencyId: receiving.id,
    receivingUnitCode: receiving.unitCode,
    competentAgencyId: routing.competent.id,
    competentUnitCode: routing.competent.unitCode,
    applicantUserId,
    applicantName: applicant.name,
    applicant: JSON.parse(JSON.stringify(applicant)),
    subjectUnitCode: input.subjectUnitCode ?? null,
    declared,
    declaration: input.declaration ?? null,
    submittedAt,
    receivedAt: null,
    countingFrom: null,
    appointmentAt: null,
    dueAt: null,
    durationAmount: null,
    durationUnit: null,
    clock: null,
    workflow: routing.steps,
    currentStep: null,
    currentAgencyId: null,
    currentUnitCode: null,
    currentRole: null,
    stepSince: null,
    stepDeadline: null,
    finishedAt: null,
    returnedAt: null,
    outcome: null,
    timeliness: null,
    onTimeIndicator: null,
    onTimePortal: null,
    supplementCount: 0,
    supplementMinutes: 0,
    extended: false,
    resultMethod: input.resultMethod,
    postalTrackingNumber: null,
    eResult: false,
    resultFile: null,
    feeTotalDong: 0,
    paidAt: null,
    paidOnline: false,
    paymentMethod: null,
    paymentReference: null,
    reconciledAt: null,
    version: 0,
    createdAt: env.at,
    updatedAt: env.at,
  };
  const d: Draft = {
    row,
    isNew: true,
    baseVersion: 0,
    visits: [],
    dirtyVisits: new Set(),
    consultations: [],
    dirtyConsultations: new Set(),
    newDocuments: [],
    documentCount: 0,
    newFees: [],
    newEvents: [],
    audits: [],
    rated: false,
    // Told at once to an online applicant (issue 15 §3); at the counter, with the receipt (Form 01).
    ...(input.channel === 'online' ? { trackingSecret: secret } : {}),
  };
  addDocuments(d, env, input.documents ?? [], input.channel === 'online' ? 'submitted' : 'scan');
  transition(d, env, 'submitted', 'submitted', {
    submissionRef: row.submissionRef,
    channel: input.channel,
    procedureCode: v.code,
    receivingAgencyId: receiving.id,
    ...(input.channel === 'post' ? { handedOverAt: submittedAt.toISOString() } : {}),
  });
  return d;
}

export function addDocuments(d: Draft, env: Env, docs: DocumentInput[], kind: DocumentRow['kind']): void {
  for (const doc of docs) {
    d.documentCount += 1;
    d.newDocuments.push({
      dossierId: d.row.id,
      position: d.documentCount,
      provinceCode: d.row.provinceCode,
      name: nfc(doc.name),
      kind,
      fileId: doc.fileId ?? null,
      fileName: doc.fileName ? nfc(doc.fileName) : null,
      mediaType: doc.mediaType ?? null,
      sizeBytes: doc.sizeBytes ?? null,
      addedAt: env.at,
      addedBy: env.by.label,
    });
  }
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const randomText = (length: number) =>
  Array.from(randomBytes(length), (b) => ALPHABET[b % ALPHABET.length]).join('');

/** A tracking secret: 10 characters from an alphabet without look-alikes, about 50 bits. */
export function newTrackingSecret(): string {
  return randomText(10);
}

/**
 * A submission reference, `HS-YYMMDD-XXXXXX`: the day submitted and 6 characters without look-alikes (about 30
 * bits a day), so it cannot be mistaken for a dossier code (RULES.md §1.4) nor enumerated; alone it opens nothing
 * — tracking needs the secret too.
 */
export function newSubmissionRef(day: string): string {
  return `HS-${day.slice(2, 4)}${day.slice(5, 7)}${day.slice(8, 10)}-${randomText(6)}`;
}

export const SUBMISSION_REF = /^HS-\d{6}-[A-Z0-9]{6}$/;

function setSecret(d: Draft, secret: string): void {
  d.trackingSecret = secret;
  d.row.trackingSecret = secret;
  d.row.trackingSecretHash = hashSecret(secret);
}

export function hashSecret(secret: string): string {
  return createHash('sha256')
    .update(secret.toUpperCase().replace(/[^A-Z0-9]/g, ''))
    .digest('hex');
}

/**
 * A new tracking secret for a received dossier (the applicant lost the receipt, or the answer that carried it
 * never reached the counter): the old one stops working at once. Only the secret's hash is kept, so the clerk
 * prints or tells the new one; the history records that it was reissued, never the secret.
 */
export function reissueTrackingSecret(d: Draft, env: Env): Result<void, DomainError> {
  if (d.row.code === null) return wrongState(d, 'trackingSecretBeforeReception');
  setSecret(d, newTrackingSecret());
  transition(d, env, 'tracking_secret_reissued', d.row.status as Status, {});
  return ok(undefined);
}

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Form 01): the dossier is complete. The clock starts; the code is
 * drawn when the draft is written; the first step (reception at the centre) is handed to the next.
 */
export function receive(
  d: Draft,
  env: Env,
  basis: ProcedureBasis,
  receivingAgencyCode: string,
  fees?: FeeLine[],
): Result<void, DomainError> {
  if (d.row.status !== 'submitted' && d.row.status !== 'reception_supplement')
    return wrongState(d, 'received');
  const duration = durationFor(basis, d.row.channel as Channel);
  if (!duration.ok) return duration;
  const medium = d.row.channel === 'online' ? 'electronic' : 'paper';
  // Decision 45/2016: a postal dossier's legal time is the hand-over record; online and counter: now.
  const receivedAt = d.row.channel === 'post' && d.row.submittedAt < env.at ? d.row.submittedAt : env.at;
  const clock = startClock(env.cal, duration.value, receivedAt, { medium });
  if (!clock.ok) return invalidBecause(stateMsg('dossiers.clockCannotStart', { kind: clock.error.kind }));
  const reading = readClock(env.cal, clock.value, receivedAt);
  if (!reading.ok) return invalidBecause(stateMsg('dossiers.clockCannotRead', { kind: reading.error.kind }));
  // The secret given at submission keeps working: the applicant already holds it (issue 15 §3).
  setSecret(d, d.row.trackingSecret ?? newTrackingSecret());
  d.codeRequest = { agencyCode: receivingAgencyCode, day: localDate(env.at) };
  d.row.receivedAt = receivedAt;
  d.row.countingFrom = new Date(reading.value.countingFrom);
  d.row.appointmentAt = new Date(reading.value.due);
  d.row.dueAt = new Date(reading.value.due);
  d.row.durationAmount = duration.value.amount;
  d.row.durationUnit = duration.value.unit;
  d.row.clock = clock.value;
  const lines = fees ?? basis.defaultFees;
  d.newFees.push(...lines);
  d.row.feeTotalDong = lines.reduce((sum, f) => sum + f.amountDong, 0);
  const [first, second] = d.row.workflow as Array<{
    position: number;
    role: string | null;
    agencyId: string | null;
  }>;
  if (!first) return invalidBecause(stateMsg('dossiers.noSteps'));
  const receptionStep = first.role === 'counter_clerk' && first.agencyId === d.row.receivingAgencyId;
  enterStep(d, env, first.position, env.by);
  if (receptionStep && second) {
    leaveStep(d, env, 'receive');
    enterStep(d, env, second.position);
  }
  transition(d, env, 'received', 'processing', {
    form: '01',
    appointmentAt: d.row.appointmentAt.toISOString(),
    countingFrom: d.row.countingFrom.toISOString(),
    feeTotalDong: d.row.feeTotalDong,
  });
  return ok(undefined);
}

/** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Form 02) at reception: every missing item at once. */
export function requestReceptionSupplement(d: Draft, env: Env, missing: string[]): Result<void, DomainError> {
  if (d.row.status !== 'submitted') return wrongState(d, 'supplementRequested');
  if (missing.length === 0) return invalidBecause(stateMsg('dossiers.listMissing'));
  transition(d, env, 'reception_supplement_requested', 'reception_supplement', {
    form: '02',
    missing: missing.map(nfc),
  });
  return ok(undefined);
}

/** The applicant completes a dossier sent back at reception; it waits for reception again. */
export function resubmit(d: Draft, env: Env, docs: DocumentInput[]): Result<void, DomainError> {
  if (d.row.status !== 'reception_supplement') return wrongState(d, 'resubmitted');
  addDocuments(d, env, docs, 'supplement');
  // Decision 45/2016 art. 7: after a supplement, the submission time is when it is complete.
  d.row.submittedAt = env.at;
  transition(d, env, 'resubmitted', 'submitted', { documents: docs.length });
  return ok(undefined);
}

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ (Form 03): refused at reception, with reasons. */
export function rejectAtReception(d: Draft, env: Env, reasons: string[]): Result<void, DomainError> {
  if (d.row.status !== 'submitted' && d.row.status !== 'reception_supplement')
    return wrongState(d, 'rejectedAtReception');
  if (reasons.length === 0) return invalidBecause(stateMsg('dossiers.rejectionReasons'));
  d.row.outcome = 'rejected';
  d.row.finishedAt = env.at;
  transition(d, env, 'rejected', 'rejected', { form: '03', reasons: reasons.map(nfc) });
  return ok(undefined);
}
