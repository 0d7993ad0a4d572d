/**
 * The batch core every dossier use case runs through: create and/or load dossiers, apply operations in order
 * (each checked against the actor's roles and the dossier's state), and write everything in ONE transaction with
 * its audit entries (issue 6 §6). A single-dossier route sends one item with one operation; the demo generator
 * and imports send thousands of items, each with its whole history, as the system actor (only the system may
 * date an operation in the past or name who performed it).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import type { Message } from '../../platform/http/messages.js';
import {
  type DomainError,
  fail,
  fieldError,
  forbidden,
  forbiddenBecause,
  invalidBecause,
  ok,
  type Result,
} from '../../platform/result.js';
import { calendarFor, type WorkingCalendar } from '../calendar/index.js';
import { checkDeclaration } from '../procedures/index.js';
import { findAgencies } from '../units/index.js';
import { BasisCache, receives, route } from './basis.js';
import { type Draft, envFor } from './draft.js';
import { msg } from './messages.js';
import { applyOp, type DossierOp } from './operations.js';
import { mayDateOrAttribute, mayFileOnline, mayRegisterAt, maySee } from './policy.js';
import { createDossier, type DocumentInput, type NewDossierInput } from './reception.js';
import { uploads } from './schema.js';
import { loadDrafts, writeDrafts } from './store.js';

export interface TimedOp {
  op: DossierOp;
  /** System actor only: when the operation happened (demo history, imports). */
  at?: Date;
  /** System actor only: the name the control slip shows for who did it. */
  by?: string;
  /**
   * System actor only: the account of the official who did it (the demo's approvals by its leaders, whose own
   * key then signs the result, issue 16 §5).
   */
  byUserId?: string;
}

export interface WorkItem {
  /** An existing dossier, at the version the caller saw (a different one → 409 with the current state). */
  dossierId?: string;
  version?: number;
  /** Or a new dossier (created as submitted, then the operations). */
  create?: NewDossierInput & { at?: Date; by?: string };
  ops: TimedOp[];
}

export interface WorkOutcome {
  id: string;
  code: string | null;
  /** The reference given at submission (issue 15 §3). */
  submissionRef: string | null;
  status: string;
  version: number;
  /** The tracking secret, once, to the caller who received the dossier (printed on Form 01). */
  trackingSecret: string | null;
}

class Rollback extends Error {
  constructor(readonly error: DomainError) {
    super('dossier work refused');
  }
}

/** Run work items; the first refused operation refuses the whole batch (nothing half-written). */
export async function runDossierWork(
  ctx: Ctx,
  items: WorkItem[],
): Promise<Result<WorkOutcome[], DomainError>> {
  if (ctx.actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  if (
    !mayDateOrAttribute(ctx.actor) &&
    items.some(
      (i) =>
        i.ops.some((o) => o.at || o.by || o.byUserId) ||
        i.create?.at ||
        i.create?.by ||
        i.create?.applicantUserId,
    )
  )
    return forbidden('Only the system may date an operation or name who performed it.');
  try {
    const outcomes = await ctx.db.transaction(async (tx) => {
      // Look-ups read through the transaction, never the pool: a second checkout while holding this one
      // deadlocks at concurrency ≥ pool size (issue 17 §1).
      const { cacheOf, calendarOf } = lookups(tx, ctx.cacheScope ?? ctx.db);
      const own = await attachOwnUploads(tx, ctx, items);
      if (!own.ok) throw new Rollback(own.error);
      const existing = await loadDrafts(
        tx,
        items.flatMap((i) => (i.dossierId ? [i.dossierId] : [])),
      );
      // The province of every receiving agency named, in one query.
      const named = await findAgencies(
        tx,
        items.flatMap((i) => (i.create ? [i.create.receivingAgencyId] : [])),
      );
      const provinces = new Map([...named.values()].map((a) => [a.id, a.provinceCode]));
      const drafts: Draft[] = [];
      for (const item of items) {
        let d: Draft | undefined;
        if (item.create) {
          const receivedNow = item.ops[0]?.op.type === 'receive';
          const made = await create(ctx, item.create, provinces, cacheOf, calendarOf, receivedNow);
          if (!made.ok) throw new Rollback(made.error);
          d = made.value;
        } else {
          d = existing.get(item.dossierId ?? '');
          if (!d || !maySee(ctx.actor, d.row, d.consultations))
            throw new Rollback({ kind: 'not_found', resource: 'dossier', id: item.dossierId });
          if (item.version !== undefined && item.version !== d.row.version)
            throw new Rollback({
              kind: 'conflict',
              detail: 'Someone else changed the dossier first; it is shown as it is now.',
              localized: msg('dossiers.changedFirst'),
              current: { id: d.row.id, status: d.row.status, version: d.row.version },
            });
        }
        const cal = await calendarOf(d.row.provinceCode);
        for (const timed of item.ops) {
          const env = envFor(cal, ctx.actor, timed.at ?? ctx.now, timed.by, timed.byUserId);
          const applied = await applyOp(d, env, timed.op, cacheOf(d.row.provinceCode));
          if (!applied.ok) throw new Rollback(applied.error);
        }
        drafts.push(d);
      }
      const written = await writeDrafts(tx, ctx, drafts);
      if (!written.ok) throw new Rollback(written.error);
      return drafts.map((d) => ({
        id: d.row.id,
        code: d.row.code,
        submissionRef: d.row.submissionRef,
        status: d.row.status,
        version: d.row.version,
        trackingSecret: d.trackingSecret ?? null,
      }));
    });
    return ok(outcomes);
  } catch (error) {
    if (error instanceof Rollback) return fail(error.error);
    throw error;
  }
}

/**
 * Province look-ups kept for one batch: procedure bases and agencies, working calendars (read through the
 * transaction, cached across requests under `scope`, the pool's handle: docs/adr/0024).
 */
function lookups(tx: Executor, scope: Executor) {
  const calendars = new Map<string, WorkingCalendar>();
  const caches = new Map<string, BasisCache>();
  const cacheOf = (province: string): BasisCache => {
    const known = caches.get(province);
    if (known) return known;
    const cache = new BasisCache(tx, province, scope);
    caches.set(province, cache);
    return cache;
  };
  const calendarOf = async (province: string): Promise<WorkingCalendar> => {
    const known = calendars.get(province);
    if (known) return known;
    const cal = await calendarFor(tx, province, { scope });
    calendars.set(province, cal);
    return cal;
  };
  return { cacheOf, calendarOf };
}

async function create(
  ctx: Ctx,
  input: NonNullable<WorkItem['create']>,
  provinces: Map<string, string>,
  cacheOf: (province: string) => BasisCache,
  calendarOf: (province: string) => Promise<WorkingCalendar>,
  receivedNow: boolean,
): Promise<Result<Draft, DomainError>> {
  const refuse = (field: string, fieldMessage: Message, detail: Message) =>
    invalidBecause(detail, [fieldError(field, fieldMessage)]);
  const provinceOfAgency = provinces.get(input.receivingAgencyId);
  if (!provinceOfAgency)
    return refuse('receivingAgencyId', msg('dossiers.unknownAgency'), msg('dossiers.noSuchReceivingAgency'));
  const cache = cacheOf(provinceOfAgency);
  const receiving = (await cache.agency(input.receivingAgencyId))!;
  const basis = await cache.procedure(input.procedureCode);
  if (!basis)
    return refuse(
      'procedureCode',
      msg('dossiers.notPublishedHereField'),
      msg('dossiers.notPublishedHere', { code: input.procedureCode, province: provinceOfAgency }),
    );
  if (!receives(basis, receiving))
    return refuse(
      'receivingAgencyId',
      msg('dossiers.doesNotReceiveField'),
      msg('dossiers.doesNotReceive', { agency: receiving.name, code: input.procedureCode }),
    );
  if (input.channel === 'online' && basis.entry.procedure.onlineLevel === 'none')
    return refuse('channel', msg('dossiers.notOnlineField'), msg('dossiers.notOnline'));
  if (input.resultMethod === 'online' && input.channel !== 'online' && !input.applicant.email)
    return refuse('resultMethod', msg('dossiers.eResultNeedsEmailField'), msg('dossiers.eResultNeedsEmail'));
  const actor = ctx.actor;
  let applicantUserId: string | null = null;
  if (input.channel === 'online' && actor.kind === 'system') applicantUserId = input.applicantUserId ?? null;
  else if (input.channel === 'online') {
    if (actor.kind === 'user') {
      if (!mayFileOnline(actor)) return forbiddenBecause(msg('dossiers.onlineByCitizens'));
      applicantUserId = actor.userId;
    }
    const missing = basis.documents.filter(
      (doc) =>
        doc.required && !(input.documents ?? []).some((given) => given.name === doc.name && given.fileId),
    );
    if (missing.length > 0)
      return invalidBecause(
        msg('dossiers.attachRequired', { names: missing.map((m) => m.name).join('; ') }),
        missing.map((m) => fieldError('documents', msg('dossiers.missingDocument', { name: m.name }))),
      );
  } else if (
    !mayRegisterAt(actor, {
      unitCode: receiving.unitCode,
      provinceCode: receiving.provinceCode,
      agencyId: receiving.id,
    })
  ) {
    return forbiddenBecause(msg('dossiers.counterByClerk'));
  } else if (receivedNow) {
    // Paper handed in: received complete only with every required paper ticked as received (Decree 61 art.
    // 15(3)); what is missing goes on Form 02 instead (issue 15 §4).
    const missing = basis.documents.filter(
      (doc) => doc.required && !(input.documents ?? []).some((given) => given.name === doc.name),
    );
    if (missing.length > 0)
      return invalidBecause(
        msg('dossiers.papersNotReceived', { names: missing.map((m) => m.name).join('; ') }),
        missing.map((m) => fieldError('documents', msg('dossiers.paperNotReceived', { name: m.name }))),
      );
  }
  if (input.channel === 'post' && !input.handedOverAt)
    return refuse('handedOverAt', msg('dossiers.required'), msg('dossiers.postalHandOver'));
  // The e-form of the version (issue 16 §1): validated against the schema the browser rendered. Online it is
  // the application itself; at the counter the paper declaration is received and the clerk may key it in; the
  // system's own history (demo, imports) without one predates the form.
  const form = basis.entry.procedure.declarationForm;
  const skipForm = (actor.kind === 'system' || input.channel !== 'online') && input.declaration === undefined;
  const declaration = skipForm ? ok(null) : checkDeclaration(form, input.declaration ?? undefined);
  if (!declaration.ok) return declaration;
  input = { ...input, declaration: declaration.value };
  const routing = await route(cache, basis, receiving, input.subjectUnitCode ?? null);
  if (!routing.ok) return routing;
  const cal = await calendarOf(provinceOfAgency);
  const env = envFor(cal, actor, input.at ?? ctx.now, input.by);
  return ok(createDossier(env, input, basis, receiving, routing.value, applicantUserId));
}

/**
 * Documents may attach only files the acting user uploaded (dossiers.uploads): a hash learnt elsewhere cannot
 * pull another user's file into one's dossier (issue 6 §6). Fills in the stored name, type and size.
 */
async function attachOwnUploads(
  tx: Executor,
  ctx: Ctx,
  items: WorkItem[],
): Promise<Result<void, DomainError>> {
  const docs: DocumentInput[] = items.flatMap((i) => [
    ...(i.create?.documents ?? []),
    ...i.ops.flatMap((o) =>
      o.op.type === 'resubmit' || o.op.type === 'provide_supplement' ? o.op.documents : [],
    ),
  ]);
  const wanted = [...new Set(docs.flatMap((d) => (d.fileId ? [d.fileId] : [])))];
  if (wanted.length === 0 || ctx.actor.kind === 'system') return ok(undefined);
  if (ctx.actor.kind !== 'user') return forbidden();
  const found = await tx
    .select()
    .from(uploads)
    .where(and(eq(uploads.userId, ctx.actor.userId), inArray(uploads.sha256, wanted)));
  const byHash = new Map(found.map((u) => [u.sha256, u]));
  for (const doc of docs) {
    if (!doc.fileId) continue;
    const upload = byHash.get(doc.fileId);
    if (!upload)
      return fail({
        kind: 'invalid',
        detail: 'Attach files you uploaded yourself.',
        errors: [fieldError('documents', msg('dossiers.unknownFile', { file: doc.fileId }))],
      });
    doc.fileName = upload.fileName;
    doc.mediaType = upload.mediaType;
    doc.sizeBytes = upload.sizeBytes;
  }
  return ok(undefined);
}
