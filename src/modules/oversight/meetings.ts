/**
 * Meetings of a body (issue 8 §1): agenda, participants and attendance, documents with the drafts put to the
 * body and how each was decided, and the minutes. The issuing leaders of the body's unit record and amend
 * them (optimistic version); officials of the province read them.
 */
import { and, asc, count, desc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor, Tx } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  conflict,
  fail,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findUnit } from '../units/index.js';
import type { Page } from './conclusion-view.js';
import { msg } from './messages.js';
import { isIssuerFor, isOfficialOf, requireOfficial } from './policy.js';
import {
  type ATTENDANCE,
  agendaItems,
  type BodyKind,
  conclusions,
  type DOCUMENT_KINDS,
  type DOCUMENT_OUTCOMES,
  meetingDocuments,
  meetings,
  type PARTICIPANT_ROLES,
  participants,
} from './schema.js';
import { resolveScope } from './scope.js';

export interface AgendaInput {
  title: string;
  presenter?: string | undefined;
}
export interface ParticipantInput {
  name: string;
  title?: string | undefined;
  role: (typeof PARTICIPANT_ROLES)[number];
  attendance: (typeof ATTENDANCE)[number];
}
export interface DocumentInput {
  kind: (typeof DOCUMENT_KINDS)[number];
  title: string;
  reference?: string | undefined;
  outcome?: (typeof DOCUMENT_OUTCOMES)[number] | undefined;
  outcomeNote?: string | undefined;
  votesFor?: number | undefined;
  votesAgainst?: number | undefined;
  votesAbstain?: number | undefined;
}

export interface MeetingInput {
  unitCode: string;
  bodyKind: BodyKind;
  bodyName: string;
  title: string;
  startsAt: Date;
  location?: string | undefined;
  chairName?: string | undefined;
  minutes?: string | undefined;
  agenda: AgendaInput[];
  participants: ParticipantInput[];
  documents: DocumentInput[];
}

export type MeetingChange = Partial<Omit<MeetingInput, 'unitCode'>> & { version: number };

type MeetingRow = typeof meetings.$inferSelect;

export interface MeetingView extends Omit<MeetingRow, 'createdBy'> {
  agenda: Array<{ position: number; title: string; presenter: string | null }>;
  participants: Array<
    { position: number } & Required<Omit<ParticipantInput, 'title'>> & { title: string | null }
  >;
  attendance: { present: number; excused: number; absent: number };
  documents: Array<typeof meetingDocuments.$inferSelect>;
  conclusions: Array<{ id: string; number: string; title: string; issuedOn: string }>;
  isIssuer: boolean;
}

const opt = (text: string | undefined) => (text?.trim() ? nfc(text) : null);

async function writeLists(tx: Tx, id: string, provinceCode: string, input: Partial<MeetingInput>) {
  if (input.agenda) {
    await tx.delete(agendaItems).where(eq(agendaItems.meetingId, id));
    if (input.agenda.length)
      await tx.insert(agendaItems).values(
        input.agenda.map((a, i) => ({
          meetingId: id,
          position: i + 1,
          provinceCode,
          title: nfc(a.title),
          presenter: opt(a.presenter),
        })),
      );
  }
  if (input.participants) {
    await tx.delete(participants).where(eq(participants.meetingId, id));
    if (input.participants.length)
      await tx.insert(participants).values(
        input.participants.map((p, i) => ({
          meetingId: id,
          position: i + 1,
          provinceCode,
          name: nfc(p.name),
          title: opt(p.title),
          role: p.role,
          attendance: p.attendance,
        })),
      );
  }
  if (input.documents) {
    await tx.delete(meetingDocuments).where(eq(meetingDocuments.meetingId, id));
    if (input.documents.length)
      await tx.insert(meetingDocuments).values(
        input.documents.map((d, i) => ({
          meetingId: id,
          position: i + 1,
          provinceCode,
          kind: d.kind,
          title: nfc(d.title),
          reference: opt(d.reference),
          outcome: d.outcome ?? null,
          outcomeNote: opt(d.outcomeNote),
          votesFor: d.votesFor ?? null,
          votesAgainst: d.votesAgainst ?? null,
          votesAbstain: d.votesAbstain ?? null,
        })),
      );
  }
}

export async function loadMeeting(
  db: Executor,
  id: string,
): Promise<Omit<MeetingView, 'isIssuer'> | undefined> {
  const [row] = await db.select().from(meetings).where(eq(meetings.id, id));
  if (!row) return undefined;
  // One query at a time: `db` may be a transaction (a single connection).
  const agenda = await db
    .select()
    .from(agendaItems)
    .where(eq(agendaItems.meetingId, id))
    .orderBy(asc(agendaItems.position));
  const people = await db
    .select()
    .from(participants)
    .where(eq(participants.meetingId, id))
    .orderBy(asc(participants.position));
  const documents = await db
    .select()
    .from(meetingDocuments)
    .where(eq(meetingDocuments.meetingId, id))
    .orderBy(asc(meetingDocuments.position));
  const issued = await db
    .select({
      id: conclusions.id,
      number: conclusions.number,
      title: conclusions.title,
      issuedOn: conclusions.issuedOn,
    })
    .from(conclusions)
    .where(eq(conclusions.meetingId, id))
    .orderBy(asc(conclusions.issuedOn));
  const { createdBy: _createdBy, ...meeting } = row;
  const tally = (a: string) => people.filter((p) => p.attendance === a).length;
  return {
    ...meeting,
    agenda: agenda.map((a) => ({ position: a.position, title: a.title, presenter: a.presenter })),
    participants: people.map((p) => ({
      position: p.position,
      name: p.name,
      title: p.title,
      role: p.role,
      attendance: p.attendance,
    })),
    attendance: { present: tally('present'), excused: tally('excused'), absent: tally('absent') },
    documents,
    conclusions: issued,
  };
}

/** Ghi nhận cuộc họp — record a meeting of a body of the issuer's unit. */
export async function recordMeeting(ctx: Ctx, input: MeetingInput): Promise<Result<MeetingView>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const unit = await findUnit(ctx.db, input.unitCode, input.startsAt);
  if (!unit)
    return invalidBecause(msg('oversight.noUnit', { code: input.unitCode }), [
      { field: 'unitCode', message: 'unknown unit' },
    ]);
  if (!isIssuerFor(scope, { unitCode: unit.code, provinceCode: unit.provinceCode }))
    return forbiddenBecause(msg('oversight.meetingLeaders'));
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.insert(meetings).values({
      id,
      provinceCode: unit.provinceCode,
      unitCode: unit.code,
      bodyKind: input.bodyKind,
      bodyName: nfc(input.bodyName),
      title: nfc(input.title),
      startsAt: input.startsAt,
      location: opt(input.location),
      chairName: opt(input.chairName),
      minutes: opt(input.minutes),
      createdBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    });
    await writeLists(tx, id, unit.provinceCode, input);
    await recordAudit(tx, ctx, {
      action: 'oversight.meeting_recorded',
      entityType: 'oversight_meeting',
      entityId: id,
      provinceCode: unit.provinceCode,
      after: { title: input.title, startsAt: input.startsAt, documents: input.documents.length },
    });
  });
  return ok({ ...(await loadMeeting(ctx.db, id))!, isIssuer: true });
}

/** Amend a meeting: its details, and any list given (agenda, participants, documents) replaced whole. */
export async function updateMeeting(
  ctx: Ctx,
  id: string,
  input: MeetingChange,
): Promise<Result<MeetingView>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const current = await loadMeeting(ctx.db, id);
  if (!current || !isOfficialOf(scope, current.provinceCode)) return notFound('meeting', id);
  if (!isIssuerFor(scope, { unitCode: current.unitCode, provinceCode: current.provinceCode }))
    return forbiddenBecause(msg('oversight.meetingAmendLeaders'));
  const { version, agenda, participants: people, documents, ...details } = input;
  const changes = Object.fromEntries(
    Object.entries(details)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, typeof v === 'string' ? opt(v) : v]),
  ) as Partial<typeof meetings.$inferInsert>;
  for (const required of ['bodyName', 'title'] as const)
    if (required in changes && !changes[required])
      return invalidBecause(msg('oversight.cannotBeEmpty', { field: required }), [
        { field: required, message: 'required' },
      ]);
  const updated = await ctx.db.transaction(async (tx) => {
    const rows = await tx
      .update(meetings)
      .set({ ...changes, version: version + 1, updatedAt: ctx.now })
      .where(and(eq(meetings.id, id), eq(meetings.version, version)))
      .returning({ id: meetings.id });
    if (rows.length === 0) return false;
    await writeLists(tx, id, current.provinceCode, { agenda, participants: people, documents });
    await recordAudit(tx, ctx, {
      action: 'oversight.meeting_updated',
      entityType: 'oversight_meeting',
      entityId: id,
      provinceCode: current.provinceCode,
      before: {
        version,
        ...Object.fromEntries(
          Object.keys(changes).map((k) => [k, (current as Record<string, unknown>)[k] ?? null]),
        ),
      },
      after: {
        ...changes,
        lists: [agenda && 'agenda', people && 'participants', documents && 'documents'].filter(Boolean),
      },
    });
    return true;
  });
  const latest = { ...(await loadMeeting(ctx.db, id))!, isIssuer: true };
  if (!updated)
    return conflict(
      'The meeting was changed by someone else; reload it and apply your change again.',
      latest,
    );
  return ok(latest);
}

export async function getMeeting(ctx: Ctx, id: string): Promise<Result<MeetingView>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const meeting = await loadMeeting(ctx.db, id);
  if (!meeting || !isOfficialOf(scope, meeting.provinceCode)) return notFound('meeting', id);
  return ok({
    ...meeting,
    isIssuer: isIssuerFor(scope, { unitCode: meeting.unitCode, provinceCode: meeting.provinceCode }),
  });
}

export type MeetingSummary = Pick<
  MeetingRow,
  'id' | 'unitCode' | 'bodyKind' | 'bodyName' | 'title' | 'startsAt' | 'location'
>;

/** A province's meetings, the latest first, optionally of one unit. */
export async function listMeetings(
  ctx: Ctx,
  input: { provinceCode: string; unitCode?: string | undefined; page: number; pageSize: number },
): Promise<Result<Page<MeetingSummary>>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  if (!isOfficialOf(scope, input.provinceCode))
    return fail({
      kind: 'forbidden',
      detail: `Only officials of province ${input.provinceCode} read its meetings.`,
      localized: msg('oversight.readMeetingsOnly', { province: input.provinceCode }),
    });
  const filters: SQL[] = [eq(meetings.provinceCode, input.provinceCode)];
  if (input.unitCode) filters.push(inArray(meetings.unitCode, [input.unitCode]));
  const where = and(...filters);
  const [items, totals] = await Promise.all([
    ctx.db
      .select({
        id: meetings.id,
        unitCode: meetings.unitCode,
        bodyKind: meetings.bodyKind,
        bodyName: meetings.bodyName,
        title: meetings.title,
        startsAt: meetings.startsAt,
        location: meetings.location,
      })
      .from(meetings)
      .where(where)
      .orderBy(desc(meetings.startsAt))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db.select({ n: count() }).from(meetings).where(where),
  ]);
  return ok({ items, total: Number(totals[0]?.n ?? 0), page: input.page, pageSize: input.pageSize });
}
