/**
 * Tra cứu hồ sơ — anyone follows a dossier by its code and the secret printed on the receipt (Form 01), and sees
 * every status the law requires with its date and the appointment (Circular 22/2019 art. 4). Codes cannot be
 * enumerated: the secret is compared in constant time, a wrong code and a wrong secret get the same 404 after
 * the same work, and failures are rate-limited per client address.
 */
import { timingSafeEqual } from 'node:crypto';
import { and, asc, count, eq, gt, lt, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { findAgencies } from '../units/index.js';
import { detailsOf } from './dossier-view.js';
import { type DossierRow, STATUS_LABELS_VI, type Status } from './model.js';
import { hashSecret } from './reception.js';
import { dossiers, events, ratings, trackFailures } from './schema.js';

/** At most this many failed look-ups per address in the window (then 429 until it passes). */
export const TRACK_MAX_FAILURES = 10;
export const TRACK_WINDOW_MS = 15 * 60_000;

export interface TrackingView {
  /** Null until the dossier is received (then the code of RULES.md §1.4). */
  code: string | null;
  submissionRef: string | null;
  procedureName: string;
  receivingAgency: string | null;
  status: Status;
  statusLabel: string;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  dueAt: Date | null;
  finishedAt: Date | null;
  returnedAt: Date | null;
  extended: boolean;
  resultMethod: string;
  postalTrackingNumber: string | null;
  /** Each transition with the status it left, and what the applicant must know of it (missing papers, reasons). */
  history: Array<{ at: Date; status: Status; statusLabel: string; type: string; details: string[] }>;
  canRate: boolean;
}

const DUMMY_HASH = hashSecret('not-a-real-secret');

function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * The dossier with this code — or submission reference, before it has a code (issue 15 §3) — and secret, or
 * undefined (after the same work either way).
 */
export async function findByCodeAndSecret(
  ctx: Ctx,
  code: string,
  secret: string,
): Promise<DossierRow | undefined> {
  const key = code.trim().toUpperCase();
  const [row] = await ctx.db
    .select()
    .from(dossiers)
    .where(or(eq(dossiers.code, key), eq(dossiers.submissionRef, key)));
  const given = hashSecret(secret);
  const matches = sameHash(row?.trackingSecretHash ?? DUMMY_HASH, given);
  return row && matches ? row : undefined;
}

export async function checkTrackLimit(ctx: Ctx, ip: string): Promise<Result<void, DomainError>> {
  const since = new Date(ctx.now.getTime() - TRACK_WINDOW_MS);
  const [failed] = await ctx.db
    .select({ n: count() })
    .from(trackFailures)
    .where(and(eq(trackFailures.ip, ip), gt(trackFailures.at, since)));
  if ((failed?.n ?? 0) >= TRACK_MAX_FAILURES)
    return fail({
      kind: 'rate_limited',
      detail: 'Too many failed look-ups; try again later.',
      retryAfterSeconds: TRACK_WINDOW_MS / 1000,
    });
  return ok(undefined);
}

export async function recordTrackFailure(ctx: Ctx, ip: string): Promise<void> {
  await ctx.db.insert(trackFailures).values({ ip, at: ctx.now });
  // Old failures are of no further use.
  await ctx.db
    .delete(trackFailures)
    .where(lt(trackFailures.at, new Date(ctx.now.getTime() - 2 * TRACK_WINDOW_MS)));
}

export async function trackDossier(
  ctx: Ctx,
  input: { code: string; secret: string; ip: string },
): Promise<Result<TrackingView, DomainError>> {
  const limited = await checkTrackLimit(ctx, input.ip);
  if (!limited.ok) return limited;
  const row = await findByCodeAndSecret(ctx, input.code, input.secret);
  if (!row) {
    await recordTrackFailure(ctx, input.ip);
    return fail({ kind: 'not_found', resource: 'dossier with this code and secret' });
  }
  const history = await ctx.db
    .select({ at: events.at, status: events.status, type: events.type, payload: events.payload })
    .from(events)
    .where(eq(events.dossierId, row.id))
    .orderBy(asc(events.seq));
  const rated = await ctx.db
    .select({ id: ratings.dossierId })
    .from(ratings)
    .where(eq(ratings.dossierId, row.id));
  const named = await findAgencies(ctx.db, row.receivingAgencyId ? [row.receivingAgencyId] : []);
  const status = row.status as Status;
  return ok({
    code: row.code,
    submissionRef: row.submissionRef,
    procedureName: row.procedureName,
    receivingAgency: row.receivingAgencyId ? (named.get(row.receivingAgencyId)?.name ?? null) : null,
    status,
    statusLabel: STATUS_LABELS_VI[status],
    receivedAt: row.receivedAt,
    appointmentAt: row.appointmentAt,
    dueAt: row.dueAt,
    finishedAt: row.finishedAt,
    returnedAt: row.returnedAt,
    extended: row.extended,
    resultMethod: row.resultMethod,
    postalTrackingNumber: row.postalTrackingNumber,
    history: history.map((h) => ({
      at: h.at,
      status: h.status as Status,
      statusLabel: STATUS_LABELS_VI[h.status as Status],
      type: h.type,
      details: detailsOf(h.type, h.payload),
    })),
    canRate: (status === 'done' || status === 'returned') && rated.length === 0,
  });
}
