/**
 * What a case looks like to the people allowed to read it: officials in scope (the case, its deadlines and
 * timeline, the submitter of a PAKN or complaint — never a denouncer), and the submitter (their own case).
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { loadUser } from '../identity/index.js';
import { findAgency, findUnits } from '../units/index.js';
import { caseDeadlines, type DeadlineRow, type LoadedCase, loadRules } from './case-store.js';
import { denouncerMask, type Mask, mayKnowDenouncer } from './denouncer-privacy.js';
import { type CaseKind, type CaseStatus, isClosedStatus } from './model.js';
import { cases, events, ratings, submitters } from './schema.js';

/** `paused`: the complaint's resolution is suspended (suspend-case.ts); its time does not run. */
export type DeadlineState = 'running' | 'paused' | 'overdue' | 'on_time' | 'late' | 'cancelled';

export interface DeadlineView {
  step: string;
  amount: number;
  unit: string;
  startedAt: Date;
  dueAt: Date;
  doneAt: Date | null;
  extensions: number;
  state: DeadlineState;
  /** The rule's legal source, as the rule table cites it. */
  source: string;
}

export interface EventView {
  at: Date;
  action: string;
  actorLabel: string;
  note: string | null;
  data: unknown;
}

export interface SubmitterView {
  fullName: string | null;
  idNumber: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  externalAccount: string | null;
  hasAccount: boolean;
}

export interface CaseView {
  id: string;
  code: string;
  kind: CaseKind;
  channel: string;
  subject: string | null;
  field: string;
  title: string;
  content: string;
  publicTitle: string;
  publicContent: string;
  communeCode: string | null;
  communeName: string | null;
  address: string | null;
  lat: number | null;
  lng: number | null;
  mediaUrl: string | null;
  agency: { id: string; name: string; unitCode: string; unitName: string };
  status: CaseStatus;
  closed: boolean;
  level: number;
  previousCaseCode: string | null;
  repeated: boolean;
  complex: boolean;
  remoteArea: boolean;
  multiPlace: boolean;
  decisionKnownOn: string | null;
  obstacleDays: number;
  receivedAt: Date;
  acceptedAt: Date | null;
  answeredAt: Date | null;
  publishedAt: Date | null;
  closedAt: Date | null;
  answer: string | null;
  publicAnswer: string | null;
  decisionNumber: string | null;
  refusalReason: string | null;
  oversightRequestedAt: Date | null;
  deadlines: DeadlineView[];
  /** The running step due soonest, if any. */
  currentDue: Date | null;
  overdue: boolean;
  events: EventView[];
  assignees: Array<{ userId: string; displayName: string }>;
  assignedToMe: boolean;
  /** PAKN and complaints; null for a denunciation, whose denouncer is confidential. */
  submitter: SubmitterView | null;
  confidentialIdentity: boolean;
  /** The actor may open the denouncer's identity: assigned, or the head who assigned (art. 47). */
  mayRevealDenouncer: boolean;
  likes: number;
  dislikes: number;
  version: number;
}

/** A submitter's view of their own case. */
export interface OwnCaseView {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  closed: boolean;
  field: string;
  title: string;
  content: string;
  agencyName: string;
  receivedAt: Date;
  currentDue: Date | null;
  answer: string | null;
  decisionNumber: string | null;
  answeredAt: Date | null;
  publishedAt: Date | null;
  refusalReason: string | null;
  events: EventView[];
  version: number;
}

export function deadlineState(d: DeadlineRow, now: Date, paused = false): DeadlineState {
  if (d.cancelled) return 'cancelled';
  if (d.doneAt) return d.doneAt.getTime() <= d.dueAt.getTime() ? 'on_time' : 'late';
  if (paused) return 'paused';
  return now.getTime() > d.dueAt.getTime() ? 'overdue' : 'running';
}

async function deadlineViews(
  db: Executor,
  caseId: string,
  now: Date,
  paused: boolean,
): Promise<DeadlineView[]> {
  const [rows, rules] = await Promise.all([caseDeadlines(db, caseId), loadRules(db)]);
  const source = new Map(rules.map((r) => [r.id, r.source]));
  return rows.map((d) => ({
    step: d.step,
    amount: d.amount,
    unit: d.unit,
    startedAt: d.startedAt,
    dueAt: d.dueAt,
    doneAt: d.doneAt,
    extensions: d.extensions,
    state: deadlineState(d, now, paused),
    source: source.get(d.ruleId) ?? '',
  }));
}

function currentDueOf(deadlines: DeadlineView[]): Date | null {
  const running = deadlines.filter(
    (d) => d.state === 'running' || d.state === 'overdue' || d.state === 'paused',
  );
  running.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  return running[0]?.dueAt ?? null;
}

async function caseEvents(db: Executor, caseId: string, onlyVisible: boolean): Promise<EventView[]> {
  const rows = await db
    .select()
    .from(events)
    .where(
      onlyVisible
        ? and(eq(events.caseId, caseId), eq(events.visibleToSubmitter, true))
        : eq(events.caseId, caseId),
    )
    .orderBy(asc(events.at), asc(events.id));
  return rows.map((e) => ({
    at: e.at,
    action: e.action,
    actorLabel: e.actorLabel,
    note: e.note,
    data: e.data,
  }));
}

export async function agencyLabel(db: Executor, agencyId: string, unitCode: string) {
  const [agency, unitNames] = await Promise.all([findAgency(db, agencyId), findUnits(db, [unitCode])]);
  return {
    id: agencyId,
    name: agency?.name ?? '',
    unitCode,
    unitName: unitNames.get(unitCode)?.name ?? unitCode,
  };
}

export async function voteCounts(db: Executor, caseId: string): Promise<{ likes: number; dislikes: number }> {
  const [row] = await db
    .select({
      likes: sql<number>`count(*) filter (where ${ratings.vote} = 'like')::int`,
      dislikes: sql<number>`count(*) filter (where ${ratings.vote} = 'dislike')::int`,
    })
    .from(ratings)
    .where(eq(ratings.caseId, caseId));
  return { likes: row?.likes ?? 0, dislikes: row?.dislikes ?? 0 };
}

/** Every string inside an event's data, masked. */
function maskData(data: unknown, mask: Mask): unknown {
  if (typeof data === 'string') return mask(data);
  if (Array.isArray(data)) return data.map((v) => maskData(v, mask));
  if (data && typeof data === 'object')
    return Object.fromEntries(Object.entries(data).map(([k, v]) => [k, maskData(v, mask)]));
  return data;
}

/**
 * The officials' view. The caller has checked the policy. A denunciation's texts reach an official who may not
 * know its denouncer with the denouncer's data masked (art. 47; denouncer-privacy.ts).
 */
export async function buildCaseView(
  db: Executor,
  loaded: LoadedCase,
  actor: Actor,
  now: Date,
): Promise<CaseView> {
  const c = loaded.row;
  const mask: Mask =
    c.kind === 'denunciation' && !mayKnowDenouncer(actor, loaded)
      ? await denouncerMask(db, c.id)
      : (text) => text;
  const maybe = (text: string | null) => (text === null ? null : mask(text));
  const [deadlines, timeline, agency, communes, previous, submitter, votes, people] = await Promise.all([
    deadlineViews(db, c.id, now, c.status === 'suspended'),
    caseEvents(db, c.id, false),
    agencyLabel(db, c.agencyId, c.unitCode),
    c.communeCode ? findUnits(db, [c.communeCode]) : Promise.resolve(new Map()),
    c.previousCaseId
      ? db.select({ code: cases.code }).from(cases).where(eq(cases.id, c.previousCaseId))
      : Promise.resolve([]),
    c.kind === 'denunciation'
      ? Promise.resolve(undefined)
      : db
          .select()
          .from(submitters)
          .where(eq(submitters.caseId, c.id))
          .then((rows) => rows[0]),
    voteCounts(db, c.id),
    Promise.all(loaded.assignees.map((id) => loadUser(db, id))),
  ]);
  const currentDue = currentDueOf(deadlines);
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    channel: c.channel,
    subject: c.subject,
    field: c.field,
    title: mask(c.title),
    content: mask(c.content),
    publicTitle: mask(c.publicTitle),
    publicContent: mask(c.publicContent),
    communeCode: c.communeCode,
    communeName: c.communeCode ? (communes.get(c.communeCode)?.name ?? null) : null,
    address: maybe(c.address),
    lat: c.lat,
    lng: c.lng,
    mediaUrl: c.mediaUrl,
    agency,
    status: c.status,
    closed: isClosedStatus(c.kind, c.status),
    level: c.level,
    previousCaseCode: previous[0]?.code ?? null,
    repeated: c.repeated,
    complex: c.complex,
    remoteArea: c.remoteArea,
    multiPlace: c.multiPlace,
    decisionKnownOn: c.decisionKnownOn,
    obstacleDays: c.obstacleDays,
    receivedAt: c.receivedAt,
    acceptedAt: c.acceptedAt,
    answeredAt: c.answeredAt,
    publishedAt: c.publishedAt,
    closedAt: c.closedAt,
    answer: maybe(c.answer),
    publicAnswer: maybe(c.publicAnswer),
    decisionNumber: c.decisionNumber,
    refusalReason: maybe(c.refusalReason),
    oversightRequestedAt: c.oversightRequestedAt,
    deadlines,
    currentDue,
    overdue: deadlines.some((d) => d.state === 'overdue'),
    events: timeline.map((e) => ({
      ...e,
      actorLabel: mask(e.actorLabel),
      note: maybe(e.note),
      data: maskData(e.data, mask),
    })),
    assignees: people.flatMap((u) => (u ? [{ userId: u.id, displayName: u.displayName }] : [])),
    assignedToMe: actor.kind === 'user' && loaded.assignees.includes(actor.userId),
    submitter: submitter
      ? {
          fullName: submitter.fullName,
          idNumber: submitter.idNumber,
          phone: submitter.phone,
          email: submitter.email,
          address: submitter.address,
          externalAccount: submitter.externalAccount,
          hasAccount: submitter.userId !== null,
        }
      : null,
    confidentialIdentity: c.kind === 'denunciation',
    mayRevealDenouncer: c.kind === 'denunciation' && mayKnowDenouncer(actor, loaded),
    likes: votes.likes,
    dislikes: votes.dislikes,
    version: c.version,
  };
}

/** The submitter's view of their own case: status, answer, the public part of the timeline. */
export async function buildOwnCaseView(db: Executor, loaded: LoadedCase, now: Date): Promise<OwnCaseView> {
  const c = loaded.row;
  const [deadlines, timeline, agency] = await Promise.all([
    deadlineViews(db, c.id, now, c.status === 'suspended'),
    caseEvents(db, c.id, true),
    findAgency(db, c.agencyId),
  ]);
  return {
    id: c.id,
    code: c.code,
    kind: c.kind,
    status: c.status,
    closed: isClosedStatus(c.kind, c.status),
    field: c.field,
    title: c.title,
    content: c.content,
    agencyName: agency?.name ?? '',
    receivedAt: c.receivedAt,
    currentDue: currentDueOf(deadlines),
    answer: c.answer,
    decisionNumber: c.decisionNumber,
    answeredAt: c.answeredAt,
    publishedAt: c.publishedAt,
    refusalReason: c.refusalReason,
    events: timeline,
    version: c.version,
  };
}
