/**
 * A dossier being changed in memory: the row, its step visits, and what the change adds (events, audit
 * entries, documents, consultations, fees, a rating). Transitions (reception.ts, processing.ts) change a draft;
 * store.ts writes many drafts at once. Nothing here touches the database.
 */
import { type Actor, actorId, actorLabel } from '../../platform/context.js';
import { conflictBecause, type DomainError, type Result } from '../../platform/result.js';
import type { AuditEvent } from '../audit/index.js';
import type { WorkingCalendar } from '../calendar/index.js';
import {
  type ConsultationRow,
  type DocumentRow,
  type DossierRow,
  type EventRow,
  type FeeLine,
  STATUS_LABELS_VI,
  type Status,
  type StepSnapshot,
  type VisitRow,
} from './model.js';
import { REFUSED_ACTIONS, type RefusedAction, STATUS_LABELS_EN, stateMsg } from './transition-messages.js';

export interface Draft {
  row: DossierRow;
  isNew: boolean;
  /** The version read from the database (0 for a new dossier); the write checks it (optimistic). */
  baseVersion: number;
  visits: VisitRow[];
  dirtyVisits: Set<number>;
  consultations: ConsultationRow[];
  dirtyConsultations: Set<string>;
  newDocuments: DocumentRow[];
  documentCount: number;
  newFees: FeeLine[];
  newEvents: EventRow[];
  audits: Array<AuditEvent & { at: Date }>;
  rating?: { scores: number[]; comment: string | null; at: Date };
  /** A rating is already stored (one per dossier). */
  rated: boolean;
  /** Set at reception: the code is drawn at write time from the agency's daily counter. */
  codeRequest?: { agencyCode: string; day: string };
  /** The tracking secret in clear, only in the draft that generated it (printed on the receipt once). */
  trackingSecret?: string;
}

/** Who acts and when; `by` is what the control slip shows. */
export interface Env {
  cal: WorkingCalendar;
  actor: Actor;
  at: Date;
  by: { label: string; id: string | null };
}

/** `person`: the official a system-dated operation is recorded for (the demo's signing leaders), by their id. */
export function envFor(cal: WorkingCalendar, actor: Actor, at: Date, label?: string, person?: string): Env {
  const fallback = actor.kind === 'user' ? actor.displayName : actorLabel(actor);
  return { cal, actor, at, by: { label: label ?? fallback, id: person ?? actorId(actor) } };
}

export function draftOf(
  row: DossierRow,
  visits: VisitRow[],
  consultations: ConsultationRow[],
  documentCount: number,
  rated: boolean,
): Draft {
  return {
    row: { ...row },
    isNew: false,
    baseVersion: row.version,
    visits: visits.map((v) => ({ ...v })),
    dirtyVisits: new Set(),
    consultations: consultations.map((c) => ({ ...c })),
    dirtyConsultations: new Set(),
    newDocuments: [],
    documentCount,
    newFees: [],
    newEvents: [],
    audits: [],
    rated,
  };
}

/** Record a transition: the status, an outbox event and the audit entry, all at `env.at`. */
export function transition(
  d: Draft,
  env: Env,
  type: string,
  status: Status,
  payload: Record<string, unknown> = {},
): void {
  const before = { status: d.row.status, version: d.row.version };
  d.row.status = status;
  d.row.version += 1;
  d.row.updatedAt = env.at;
  d.newEvents.push({
    dossierId: d.row.id,
    provinceCode: d.row.provinceCode,
    type,
    at: env.at,
    status,
    actorId: env.by.id,
    actorLabel: env.by.label,
    payload,
  });
  d.audits.push({
    action: `dossier.${type}`,
    entityType: 'dossier',
    entityId: d.row.id,
    provinceCode: d.row.provinceCode,
    before,
    after: { status, version: d.row.version, code: d.row.code, ...payload },
    at: env.at,
  });
}

/** A 409 that tells the caller the dossier's current state, so the screen can show it. */
export function wrongState(d: Draft, action: RefusedAction): Result<never, DomainError> {
  const status = d.row.status as Status;
  const { vi, en } = REFUSED_ACTIONS[action];
  return conflictBecause(
    stateMsg('dossiers.wrongState', {
      statusVi: STATUS_LABELS_VI[status] ?? status,
      statusEn: STATUS_LABELS_EN[status] ?? status,
      actionVi: vi,
      actionEn: en,
    }),
    { id: d.row.id, status: d.row.status, version: d.row.version },
  );
}

export function steps(d: Draft): StepSnapshot[] {
  return d.row.workflow as StepSnapshot[];
}

export function currentStep(d: Draft): StepSnapshot | undefined {
  return steps(d).find((s) => s.position === d.row.currentStep);
}

export function openVisit(d: Draft): VisitRow | undefined {
  const last = d.visits[d.visits.length - 1];
  return last && last.givenAt === null ? last : undefined;
}

/** The step a leader decides at: the last step held by a leader, else the one before the last. */
export function decisionStep(all: StepSnapshot[]): StepSnapshot | undefined {
  const leaders = all.filter((s) => s.role === 'unit_leader' || s.role === 'provincial_leader');
  return leaders[leaders.length - 1] ?? all[Math.max(0, all.length - 2)];
}
