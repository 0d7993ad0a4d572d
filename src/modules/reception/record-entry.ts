/**
 * Vào sổ tiếp công dân — one row of the register (Form 03/TCD of Decree 154/2026; Law 42/2013 art. 25(2)): who
 * came (or the group's representative and how many came), what about, what was done. A reception within
 * competence may at once become a case of the feedback module (column 11); one recorded as pending becomes
 * one later (`openEntryCase`). A denouncer's identity and the unmasked content go to a table apart; the
 * register row keeps the content with their data masked (Law on Denunciations 2018 art. 47).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  type DomainError,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { redactPersonalData } from '../feedback/index.js';
import { msg } from './messages.js';
import type { Classification, Outcome } from './model.js';
import { type CaseInput, openCase, type Person } from './open-case.js';
import { decideReception } from './policy.js';
import { denouncers, entries, sessions, visitors } from './schema.js';

export interface EntryInput {
  sessionId: string;
  receivedAt?: Date | undefined;
  classification: Classification;
  person: Person;
  content: string;
  peopleCount?: number | undefined;
  previouslyHandledBy?: string | undefined;
  withinCompetence: boolean;
  outcome: Outcome;
  referredTo?: string | undefined;
  referralNumber?: string | undefined;
  followUp?: string | undefined;
  note?: string | undefined;
  /** Required when the outcome is `case_opened`. */
  case?: CaseInput | undefined;
}

export interface EntryRecorded {
  id: string;
  /** STT: the register's number in the unit and year. */
  seq: number;
  year: number;
  caseId: string | null;
  caseCode: string | null;
}

const clean = (text: string | undefined) => (text?.trim() ? nfc(text.trim()) : null);

/** A failed step inside the transaction: rolls it back and becomes the use case's answer. */
class Refused extends Error {
  constructor(readonly result: { ok: false; error: DomainError }) {
    super('refused');
  }
}

function outcomeErrors(input: EntryInput) {
  if (input.outcome === 'referred' && !input.referredTo?.trim())
    return invalidBecause(msg('reception.referralNeeded'), [
      fieldError('referredTo', msg('reception.referralNeeded')),
    ]);
  if (input.outcome === 'case_opened' && !input.case)
    return invalidBecause(msg('reception.caseNeeded'), [
      fieldError('case.title', msg('reception.caseNeeded')),
    ]);
  return undefined;
}

async function nextSeq(tx: Executor, unitCode: string, year: number): Promise<number> {
  // One register per unit and year: numbers are given under a lock, so two officers never share one.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reception:${unitCode}:${year}`}))`);
  const [row] = await tx
    .select({ seq: sql<number>`coalesce(max(${entries.seq}), 0)::int` })
    .from(entries)
    .where(and(eq(entries.unitCode, unitCode), eq(entries.year, year)));
  return (row?.seq ?? 0) + 1;
}

export async function recordEntry(ctx: Ctx, input: EntryInput): Promise<Result<EntryRecorded>> {
  const [session] = await ctx.db.select().from(sessions).where(eq(sessions.id, input.sessionId));
  if (!session) return notFound('reception session', input.sessionId);
  const decision = decideReception(ctx.actor, 'record', session);
  if (decision === 'hide') return notFound('reception session', input.sessionId);
  if (decision === 'deny') return forbiddenBecause(msg('reception.notYourUnit'));
  const refused = outcomeErrors(input);
  if (refused) return refused;
  const receivedAt = input.receivedAt ?? ctx.now;
  const year = Number(session.heldOn.slice(0, 4));
  const denunciation = input.classification === 'denunciation';
  const content = nfc(input.content.trim());
  const person = {
    fullName: nfc(input.person.fullName.trim()),
    idNumber: clean(input.person.idNumber),
    address: clean(input.person.address),
    phone: clean(input.person.phone),
  };
  const masked = denunciation
    ? redactPersonalData(content, {
        names: [person.fullName],
        idNumbers: [person.idNumber],
        phones: [person.phone],
        addresses: [person.address],
      })
    : content;
  try {
    return await ctx.db.transaction(async (tx) => {
      const id = newId();
      const seq = await nextSeq(tx, session.unitCode, year);
      let opened: { id: string; code: string } | null = null;
      if (input.outcome === 'case_opened') {
        const result = await openCase(ctx, tx, {
          provinceCode: session.provinceCode,
          classification: input.classification,
          content,
          person: input.person,
          kase: input.case!,
        });
        if (!result.ok) throw new Refused(result);
        opened = { id: result.value.id, code: result.value.code };
      }
      await tx.insert(entries).values({
        id,
        provinceCode: session.provinceCode,
        unitCode: session.unitCode,
        sessionId: session.id,
        year,
        seq,
        receivedAt,
        classification: input.classification,
        content: masked,
        peopleCount: input.peopleCount ?? 1,
        previouslyHandledBy: clean(input.previouslyHandledBy),
        withinCompetence: input.withinCompetence,
        outcome: input.outcome,
        referredTo: clean(input.referredTo),
        referralNumber: clean(input.referralNumber),
        caseId: opened?.id ?? null,
        caseCode: opened?.code ?? null,
        followUp: clean(input.followUp),
        note: clean(input.note),
        recordedBy: ctx.actor.kind === 'user' ? ctx.actor.username : ctx.actor.kind,
        recordedById: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      });
      const identity = { entryId: id, provinceCode: session.provinceCode, ...person };
      if (denunciation) await tx.insert(denouncers).values({ ...identity, content });
      else await tx.insert(visitors).values(identity);
      await recordAudit(tx, ctx, {
        action: 'reception.entry_recorded',
        entityType: 'reception_entry',
        entityId: id,
        provinceCode: session.provinceCode,
        // The trail carries the facts of the reception, never the person (art. 47 for a denouncer).
        after: {
          unitCode: session.unitCode,
          year,
          seq,
          classification: input.classification,
          outcome: input.outcome,
          peopleCount: input.peopleCount ?? 1,
          ...(opened ? { caseCode: opened.code } : {}),
        },
      });
      return ok({ id, seq, year, caseId: opened?.id ?? null, caseCode: opened?.code ?? null });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** A pending reception becomes a case of the feedback module (column 11), with the person as recorded. */
export async function openEntryCase(
  ctx: Ctx,
  entryId: string,
  kase: CaseInput,
): Promise<Result<EntryRecorded>> {
  const [entry] = await ctx.db.select().from(entries).where(eq(entries.id, entryId));
  if (!entry) return notFound('reception entry', entryId);
  const decision = decideReception(ctx.actor, 'record', entry);
  if (decision === 'hide') return notFound('reception entry', entryId);
  if (decision === 'deny') return forbiddenBecause(msg('reception.notYourUnit'));
  if (entry.outcome !== 'pending') return invalidBecause(msg('reception.caseOnlyPending'));
  try {
    return await ctx.db.transaction(async (tx) => {
      const table = entry.classification === 'denunciation' ? denouncers : visitors;
      const [person] = await tx.select().from(table).where(eq(table.entryId, entryId));
      const content =
        entry.classification === 'denunciation' && person && 'content' in person
          ? person.content
          : entry.content;
      const result = await openCase(ctx, tx, {
        provinceCode: entry.provinceCode,
        classification: entry.classification,
        content,
        person: {
          fullName: person?.fullName ?? '',
          idNumber: person?.idNumber ?? undefined,
          address: person?.address ?? undefined,
          phone: person?.phone ?? undefined,
        },
        kase,
      });
      if (!result.ok) throw new Refused(result);
      const claimed = await tx
        .update(entries)
        .set({
          outcome: 'case_opened',
          withinCompetence: true,
          caseId: result.value.id,
          caseCode: result.value.code,
          updatedAt: ctx.now,
        })
        .where(and(eq(entries.id, entryId), eq(entries.outcome, 'pending')))
        .returning({ id: entries.id });
      if (claimed.length === 0) throw new Refused(invalidBecause(msg('reception.caseOnlyPending')));
      await recordAudit(tx, ctx, {
        action: 'reception.case_opened',
        entityType: 'reception_entry',
        entityId: entryId,
        provinceCode: entry.provinceCode,
        after: { caseCode: result.value.code, kind: result.value.kind },
      });
      return ok({
        id: entryId,
        seq: entry.seq,
        year: entry.year,
        caseId: result.value.id,
        caseCode: result.value.code,
      });
    });
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}
