import { sql } from 'drizzle-orm';
import { actorId, actorLabel, type Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { jsonValue } from './canonical-json.js';
import { entryHash, GENESIS_HASH } from './chain-hash.js';
import { auditEntries } from './schema.js';

/** A state change to record: what happened to which entity, with its state before and after. */
export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  provinceCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Serialises appends to the single chain; held only until the calling transaction ends. */
const CHAIN_LOCK = 727_002;

/**
 * Append an entry in the caller's transaction (issue 2 §5: "in the same transaction"), so the
 * change and its trail commit or roll back together. Call it last in the transaction: the chain
 * lock it takes is held until commit.
 */
export async function recordAudit(tx: Executor, ctx: Ctx, event: AuditEvent): Promise<void> {
  await recordAuditMany(tx, ctx, [event]);
}

/**
 * Append many entries at once, in order, under one lock and with multi-row inserts: for batch use
 * cases (demo data, bulk imports, the benchmark's generator) that write thousands of changes in one
 * transaction. Each event may carry its own instant (`at`, default ctx.now).
 */
export async function recordAuditMany(
  tx: Executor,
  ctx: Ctx,
  events: Array<AuditEvent & { at?: Date }>,
): Promise<void> {
  if (events.length === 0) return;
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const last = await tx.execute<{ seq: string; hash: string }>(
    sql`select seq, hash from audit.entries order by seq desc limit 1`,
  );
  const previous = last.rows[0];
  let seq = previous ? Number(previous.seq) : 0;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  const rows = events.map((event) => {
    seq += 1;
    const entry = {
      seq,
      id: newId(),
      // Millisecond precision: what a JS Date holds, so the hashed text survives the round trip.
      at: new Date(Math.floor((event.at ?? ctx.now).getTime())),
      actorId: actorId(ctx.actor),
      actorLabel: actorLabel(ctx.actor),
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId ?? null,
      provinceCode: event.provinceCode ?? null,
      requestId: ctx.requestId,
      before: jsonValue(event.before),
      after: jsonValue(event.after),
      prevHash,
    };
    prevHash = entryHash(entry);
    return { ...entry, hash: prevHash };
  });
  for (let i = 0; i < rows.length; i += 1000) await tx.insert(auditEntries).values(rows.slice(i, i + 1000));
}
