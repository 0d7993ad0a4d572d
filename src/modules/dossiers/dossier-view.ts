/**
 * Xem hồ sơ — one dossier as an official or its applicant sees it: the status and every status it passed
 * through with dates (Circular 22/2019 art. 4), the statutory clock now, the process control slip (Form 06:
 * giver, receiver, times, early / on time / late per step), documents, consultations, fees, and the operations
 * the reader may perform now.
 */
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, notFound, ok, type Result } from '../../platform/result.js';
import {
  calendarFor,
  type DurationUnit,
  readClock,
  type StatutoryClock,
  timeliness,
} from '../calendar/index.js';
import { type DeclarationForm, getProcedureVersion } from '../procedures/index.js';
import { findAgencies } from '../units/index.js';
import { availableOps } from './available-ops.js';
import { type Draft, envFor } from './draft.js';
import { type Channel, PORTAL_CHANNEL, STATUS_LABELS_VI, type Status } from './model.js';
import { OP_TYPES, type OpType } from './operations.js';
import { handlesDossier, maySee } from './policy.js';
import { documents, events, fees, ratings } from './schema.js';
import { loadDrafts } from './store.js';

export interface StepView {
  seq: number;
  stepPosition: number;
  stepName: string;
  role: string | null;
  agencyName: string | null;
  receivedAt: Date;
  receivedBy: string;
  givenAt: Date | null;
  givenBy: string | null;
  action: string | null;
  deadlineAt: Date | null;
  /** Early / on time / late; for the open step, as it stands now. */
  timeliness: 'early' | 'on_time' | 'late' | null;
  note: string | null;
}

export interface DossierView {
  id: string;
  provinceCode: string;
  code: string | null;
  /** Given at submission, before the code (issue 15 §3). */
  submissionRef: string | null;
  /** The secret that opens public tracking, for whoever may see the dossier (ADR 0023). */
  trackingSecret: string | null;
  status: Status;
  statusLabel: string;
  channel: Channel;
  portalChannel: 1 | 2 | 3;
  procedure: { code: string; versionNo: number; name: string; field: string };
  receivingAgency: { id: string; name: string } | null;
  competentAgency: { id: string; name: string } | null;
  applicant: { name: string; idNumber?: string; phone?: string; email?: string; address?: string };
  isApplicant: boolean;
  declared: Record<string, string>;
  /** Whether the reader gets the applicant's contact and declared content (those who handle the dossier). */
  personalData: boolean;
  /**
   * The e-form declaration with the form it was filled in, to show as a readable form (issue 16 §2); like the
   * declared content, only for those who handle the dossier.
   */
  declaration: { data: Record<string, unknown>; form: Omit<DeclarationForm, 'prefill'> } | null;
  submittedAt: Date;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  outcome: string | null;
  timeliness: string | null;
  onTimeIndicator: boolean | null;
  onTimePortal: boolean | null;
  supplementCount: number;
  extended: boolean;
  resultMethod: string;
  postalTrackingNumber: string | null;
  eResult: boolean;
  feeTotalDong: number;
  fees: Array<{ name: string; amountDong: number }>;
  paidAt: Date | null;
  paidOnline: boolean;
  paymentMethod: string | null;
  version: number;
  currentStep: {
    position: number;
    name: string;
    role: string | null;
    agencyName: string | null;
    since: Date | null;
    deadline: Date | null;
  } | null;
  clock: {
    state: string;
    due: string;
    remainingMinutes: number;
    measure: string;
    indicator: string;
    portalOnTime: boolean;
  } | null;
  controlSlip: StepView[];
  history: Array<{
    seq: number;
    type: string;
    at: Date;
    status: Status;
    statusLabel: string;
    actorLabel: string;
    payload: unknown;
    /** What the transition tells the applicant (the papers to add, the reasons), as the public tracking shows. */
    details: string[];
  }>;
  documents: Array<{
    position: number;
    name: string;
    kind: string;
    fileName: string | null;
    mediaType: string | null;
    sizeBytes: number | null;
    hasFile: boolean;
    addedAt: Date;
  }>;
  consultations: Array<{
    id: string;
    agencyName: string | null;
    content: string;
    requestedAt: Date;
    deadlineAt: Date;
    answeredAt: Date | null;
    answer: string | null;
  }>;
  rating: { scores: number[]; ratedAt: Date } | null;
  actions: OpType[];
}

/** The applicant's identity, contact and declared content: in full for those who handle the dossier only. */
function personalData(ctx: Ctx, d: Draft): Pick<DossierView, 'applicant' | 'declared' | 'personalData'> {
  const applicant = d.row.applicant as DossierView['applicant'];
  if (handlesDossier(ctx.actor, d.row, d.consultations))
    return { applicant, declared: d.row.declared as Record<string, string>, personalData: true };
  return { applicant: { name: applicant.name }, declared: {}, personalData: false };
}

/** The dossier for a reader allowed to see it (404 otherwise, whether it exists or not). */
export async function getDossier(ctx: Ctx, id: string): Promise<Result<DossierView, DomainError>> {
  const draft = (await loadDrafts(ctx.db, [id])).get(id);
  if (!draft || !maySee(ctx.actor, draft.row, draft.consultations)) return notFound('dossier', id);
  return ok(await viewOf(ctx, draft));
}

export async function viewOf(ctx: Ctx, d: Draft): Promise<DossierView> {
  const row = d.row;
  const cal = await calendarFor(ctx.db, row.provinceCode);
  // One after the other: inside a transaction the four share one connection, where concurrent queries only queue
  // (and node-postgres deprecates them); on the pool they would take four connections for one view.
  const eventRows = await ctx.db
    .select()
    .from(events)
    .where(eq(events.dossierId, row.id))
    .orderBy(asc(events.seq));
  const documentRows = await ctx.db
    .select()
    .from(documents)
    .where(eq(documents.dossierId, row.id))
    .orderBy(asc(documents.position));
  const feeRows = await ctx.db
    .select()
    .from(fees)
    .where(eq(fees.dossierId, row.id))
    .orderBy(asc(fees.position));
  const ratingRows = await ctx.db.select().from(ratings).where(eq(ratings.dossierId, row.id));
  const agencyIds = [
    row.receivingAgencyId,
    row.competentAgencyId,
    ...d.visits.map((v) => v.agencyId),
    ...d.consultations.map((c) => c.agencyId),
  ];
  const named = await findAgencies(
    ctx.db,
    agencyIds.filter((x): x is string => x !== null),
  );
  const agency = (agencyId: string | null) => (agencyId ? (named.get(agencyId) ?? null) : null);
  const label = (agencyId: string | null) => {
    const a = agency(agencyId);
    return a ? { id: a.id, name: a.name } : null;
  };
  let clock: DossierView['clock'] = null;
  if (row.clock) {
    const reading = readClock(cal, row.clock as StatutoryClock, ctx.now);
    if (reading.ok)
      clock = {
        state: reading.value.state,
        due: reading.value.due,
        remainingMinutes: Math.round(reading.value.remainingMinutes),
        measure: reading.value.measure,
        indicator: reading.value.indicator.status,
        portalOnTime: reading.value.portal.onTime,
      };
  }
  const applicantSelf = ctx.actor.kind === 'user' && row.applicantUserId === ctx.actor.userId;
  const step = d.visits.find((v) => v.givenAt === null && v.stepPosition === row.currentStep);
  return {
    id: row.id,
    provinceCode: row.provinceCode,
    code: row.code,
    submissionRef: row.submissionRef,
    trackingSecret: row.trackingSecret,
    status: row.status as Status,
    statusLabel: STATUS_LABELS_VI[row.status as Status],
    channel: row.channel as Channel,
    portalChannel: PORTAL_CHANNEL[row.channel as Channel],
    procedure: {
      code: row.procedureCode,
      versionNo: row.procedureVersionNo,
      name: row.procedureName,
      field: row.field,
    },
    receivingAgency: label(row.receivingAgencyId),
    competentAgency: label(row.competentAgencyId),
    ...personalData(ctx, d),
    isApplicant: applicantSelf,
    declaration: handlesDossier(ctx.actor, row, d.consultations)
      ? await declarationOf(ctx, row.procedureVersionId, row.declaration)
      : null,
    submittedAt: row.submittedAt,
    receivedAt: row.receivedAt,
    appointmentAt: row.appointmentAt,
    dueAt: row.dueAt,
    finishedAt: row.finishedAt,
    returnedAt: row.returnedAt,
    outcome: row.outcome,
    timeliness: row.timeliness,
    onTimeIndicator: row.onTimeIndicator,
    onTimePortal: row.onTimePortal,
    supplementCount: row.supplementCount,
    extended: row.extended,
    resultMethod: row.resultMethod,
    postalTrackingNumber: row.postalTrackingNumber,
    eResult: row.eResult,
    feeTotalDong: row.feeTotalDong,
    fees: feeRows.map((f) => ({ name: f.name, amountDong: f.amountDong })),
    paidAt: row.paidAt,
    paidOnline: row.paidOnline,
    paymentMethod: row.paymentMethod,
    version: row.version,
    currentStep:
      row.currentStep === null
        ? null
        : {
            position: row.currentStep,
            name: step?.stepName ?? '',
            role: row.currentRole,
            agencyName: agency(row.currentAgencyId)?.name ?? null,
            since: row.stepSince,
            deadline: row.stepDeadline,
          },
    clock,
    controlSlip: d.visits.map((v) => ({
      seq: v.seq,
      stepPosition: v.stepPosition,
      stepName: v.stepName,
      role: v.role,
      agencyName: agency(v.agencyId)?.name ?? null,
      receivedAt: v.receivedAt,
      receivedBy: v.receivedBy,
      givenAt: v.givenAt,
      givenBy: v.givenBy,
      action: v.action,
      deadlineAt: v.deadlineAt,
      timeliness: (v.timeliness ??
        (v.deadlineAt && v.allottedUnit && !v.givenAt && ctx.now > v.deadlineAt
          ? timeliness(cal, v.allottedUnit as DurationUnit, ctx.now, v.deadlineAt)
          : null)) as StepView['timeliness'],
      note: v.note,
    })),
    history: eventRows.map((e) => ({
      seq: e.seq,
      type: e.type,
      at: e.at,
      status: e.status as Status,
      statusLabel: STATUS_LABELS_VI[e.status as Status],
      actorLabel: e.actorLabel,
      payload: e.payload,
      details: detailsOf(e.type, e.payload),
    })),
    documents: documentRows.map((doc) => ({
      position: doc.position,
      name: doc.name,
      kind: doc.kind,
      fileName: doc.fileName,
      mediaType: doc.mediaType,
      sizeBytes: doc.sizeBytes,
      hasFile: doc.fileId !== null,
      addedAt: doc.addedAt,
    })),
    consultations: d.consultations.map((c) => ({
      id: c.id,
      agencyName: agency(c.agencyId)?.name ?? null,
      content: c.content,
      requestedAt: c.requestedAt,
      deadlineAt: c.deadlineAt,
      answeredAt: c.answeredAt,
      answer: c.answer,
    })),
    rating: ratingRows[0] ? { scores: ratingRows[0].scores, ratedAt: ratingRows[0].ratedAt } : null,
    actions: availableOps(d, envFor(cal, ctx.actor, ctx.now), OP_TYPES),
  };
}

/** What a transition tells the applicant: the papers to add (Form 02), the reasons of a refusal or a stop. */
export function detailsOf(type: string, payload: unknown): string[] {
  const p = (payload ?? {}) as { missing?: unknown; reasons?: unknown; reason?: unknown };
  const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  switch (type) {
    case 'supplement_requested':
    case 'reception_supplement_requested':
      return list(p.missing);
    case 'refused':
    case 'rejected':
      return list(p.reasons);
    case 'extended':
    case 'stopped':
      return typeof p.reason === 'string' ? [p.reason] : [];
    default:
      return [];
  }
}

/** The declaration and its version's form (never one without the other: the form gives it its labels). */
async function declarationOf(
  ctx: Ctx,
  versionId: string,
  data: Record<string, unknown> | null,
): Promise<DossierView['declaration']> {
  if (!data) return null;
  const form = (await getProcedureVersion(ctx.db, versionId))?.declarationForm;
  return form
    ? { data, form: { legalSource: form.legalSource, schema: form.schema, uiSchema: form.uiSchema } }
    : null;
}
