/**
 * Reading the register (Sổ tiếp công dân): the rows of the units a reader's grants cover, newest first, with
 * the person received — except a denouncer, who is shown as confidential to everyone and revealed (audited)
 * only to the official who recorded them and the leader who received them (Law on Denunciations 2018 art. 47).
 */
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { findUnits } from '../units/index.js';
import type { Classification, Mode, Outcome, SessionKind } from './model.js';
import { decideReception, mayKnowDenouncer, readableUnits } from './policy.js';
import { denouncers, entries, sessions, visitors } from './schema.js';

export interface EntryView {
  id: string;
  unitCode: string;
  unitName: string;
  year: number;
  seq: number;
  receivedAt: Date;
  session: {
    id: string;
    receiverName: string;
    receiverTitle: string;
    kind: SessionKind;
    mode: Mode;
    location: string;
  };
  classification: Classification;
  /** The person received; null for a denouncer (confidential). */
  person: { fullName: string; idNumber: string | null; address: string | null } | null;
  personConfidential: boolean;
  /** Whether this reader may open the denouncer's identity (recorder, receiving leader). */
  mayRevealDenouncer: boolean;
  content: string;
  peopleCount: number;
  previouslyHandledBy: string | null;
  withinCompetence: boolean;
  outcome: Outcome;
  referredTo: string | null;
  referralNumber: string | null;
  caseId: string | null;
  caseCode: string | null;
  followUp: string | null;
  note: string | null;
  recordedBy: string;
}

export interface RegisterQuery {
  provinceCode: string;
  unitCode?: string | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  classification?: Classification | undefined;
  page: number;
  pageSize: number;
}

/** The units' condition for a reader, or undefined when they read no register of the province. */
export function unitCondition(ctx: Ctx, provinceCode: string, unitCode?: string): SQL | undefined {
  const units = readableUnits(ctx.actor, provinceCode);
  if (units === undefined) return undefined;
  const base = eq(entries.provinceCode, provinceCode);
  if (unitCode) {
    if (units !== null && !units.includes(unitCode)) return undefined;
    return and(base, eq(entries.unitCode, unitCode));
  }
  return units === null ? base : and(base, inArray(entries.unitCode, units));
}

export async function listRegister(
  ctx: Ctx,
  input: RegisterQuery,
): Promise<Result<{ items: EntryView[]; total: number; page: number; pageSize: number }>> {
  const scope = unitCondition(ctx, input.provinceCode, input.unitCode);
  if (!scope) return ok({ items: [], total: 0, page: input.page, pageSize: input.pageSize });
  const where = and(
    scope,
    input.from ? gte(entries.receivedAt, input.from) : undefined,
    input.to ? lt(entries.receivedAt, input.to) : undefined,
    input.classification ? eq(entries.classification, input.classification) : undefined,
  );
  const [rows, [count]] = await Promise.all([
    loadRows(ctx, where, input.pageSize, (input.page - 1) * input.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(entries).where(where),
  ]);
  return ok({ items: rows, total: Number(count?.n ?? 0), page: input.page, pageSize: input.pageSize });
}

export async function loadRows(
  ctx: Ctx,
  where: SQL | undefined,
  limit: number,
  offset: number,
): Promise<EntryView[]> {
  const rows = await ctx.db
    .select({ entry: entries, session: sessions, visitor: visitors })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .leftJoin(visitors, eq(visitors.entryId, entries.id))
    .where(where)
    .orderBy(desc(entries.receivedAt), desc(entries.seq))
    .limit(limit)
    .offset(offset);
  const units = await findUnits(
    ctx.db,
    rows.map((r) => r.entry.unitCode),
  );
  return rows.map(({ entry: e, session: s, visitor: v }) => {
    const confidential = e.classification === 'denunciation';
    return {
      id: e.id,
      unitCode: e.unitCode,
      unitName: units.get(e.unitCode)?.name ?? e.unitCode,
      year: e.year,
      seq: e.seq,
      receivedAt: e.receivedAt,
      session: {
        id: s.id,
        receiverName: s.receiverName,
        receiverTitle: s.receiverTitle,
        kind: s.kind,
        mode: s.mode,
        location: s.location,
      },
      classification: e.classification,
      person: confidential || !v ? null : { fullName: v.fullName, idNumber: v.idNumber, address: v.address },
      personConfidential: confidential,
      mayRevealDenouncer:
        confidential &&
        mayKnowDenouncer(ctx.actor, { recordedById: e.recordedById, receiverUserId: s.receiverUserId }),
      content: e.content,
      peopleCount: e.peopleCount,
      previouslyHandledBy: e.previouslyHandledBy,
      withinCompetence: e.withinCompetence,
      outcome: e.outcome,
      referredTo: e.referredTo,
      referralNumber: e.referralNumber,
      caseId: e.caseId,
      caseCode: e.caseCode,
      followUp: e.followUp,
      note: e.note,
      recordedBy: e.recordedBy,
    };
  });
}

export async function getEntry(ctx: Ctx, id: string): Promise<Result<EntryView>> {
  const [entry] = await ctx.db.select().from(entries).where(eq(entries.id, id));
  if (!entry || decideReception(ctx.actor, 'read', entry) !== 'allow') return notFound('reception entry', id);
  const [row] = await loadRows(ctx, eq(entries.id, id), 1, 0);
  return row ? ok(row) : notFound('reception entry', id);
}

export interface DenouncerView {
  fullName: string;
  idNumber: string | null;
  address: string | null;
  phone: string | null;
  content: string;
}

/** Xem thông tin người tố cáo — recorder and receiving leader only; every view audited; 404 for anyone else. */
export async function revealEntryDenouncer(ctx: Ctx, id: string): Promise<Result<DenouncerView>> {
  const [row] = await ctx.db
    .select({ entry: entries, receiverUserId: sessions.receiverUserId })
    .from(entries)
    .innerJoin(sessions, eq(sessions.id, entries.sessionId))
    .where(eq(entries.id, id));
  if (
    row?.entry.classification !== 'denunciation' ||
    !mayKnowDenouncer(ctx.actor, { recordedById: row.entry.recordedById, receiverUserId: row.receiverUserId })
  )
    return notFound('denouncer identity');
  return ctx.db.transaction(async (tx) => {
    const [who] = await tx.select().from(denouncers).where(eq(denouncers.entryId, id));
    if (!who) return notFound('denouncer identity');
    await recordAudit(tx, ctx, {
      action: 'reception.denouncer_viewed',
      entityType: 'reception_entry',
      entityId: id,
      provinceCode: row.entry.provinceCode,
      after: { unitCode: row.entry.unitCode, year: row.entry.year, seq: row.entry.seq },
    });
    return ok({
      fullName: who.fullName,
      idNumber: who.idNumber,
      address: who.address,
      phone: who.phone,
      content: who.content,
    });
  });
}
