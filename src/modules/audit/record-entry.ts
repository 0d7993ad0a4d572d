import { sql } from 'drizzle-orm';
import { actorId, actorLabel, type Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { jsonValue } from './canonical-json.js';
import { chainOf, contentDigest, type EntryContent } from './chain-hash.js';

/** A state change to record: what happened to which entity, with its state before and after. */
export interface AuditEvent {
  action: string;
  entityType: string;
  entityId?: string | null;
  provinceCode?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Entries per statement: keeps the one jsonb argument of a bulk import to a few megabytes. */
const ENTRIES_PER_STATEMENT = 2000;

/**
 * Append an entry in the caller's transaction (issue 2 §5: "in the same transaction"), so the
 * change and its trail commit or roll back together. Call it last in the transaction: it locks
 * the head of the entry's chain (its province's, ADR 0014) until commit.
 */
export async function recordAudit(tx: Executor, ctx: Ctx, event: AuditEvent): Promise<void> {
  await recordAuditMany(tx, ctx, [event]);
}

/**
 * Append many entries at once, in order, in one statement (one per 2 000 entries): for batch use cases (demo data, bulk imports, the benchmark's generator) that write
 * thousands of changes in one transaction. Each event may carry its own instant (`at`, default
 * ctx.now). The database links them (`audit.append`, drizzle/0014_audit_chains.sql).
 */
export async function recordAuditMany(
  tx: Executor,
  ctx: Ctx,
  events: Array<AuditEvent & { at?: Date }>,
): Promise<void> {
  const byChain = new Map<string, Array<Record<string, unknown>>>();
  for (const event of events) {
    const content = entryContent(ctx, event);
    const chain = chainOf(content.provinceCode);
    const entries = byChain.get(chain) ?? [];
    entries.push({ ...content, digest: contentDigest({ ...content, chain }) });
    byChain.set(chain, entries);
  }
  // Heads are locked in chain order, so two transactions appending to the same chains cannot deadlock.
  for (const batches of statements(byChain)) {
    await tx.execute(sql`select audit.append(${JSON.stringify(batches)}::jsonb)`);
  }
}

type Batch = { chain: string; entries: Array<Record<string, unknown>> };

/** The chains' entries in chain order, cut into statements of at most ENTRIES_PER_STATEMENT entries. */
function statements(byChain: Map<string, Array<Record<string, unknown>>>): Batch[][] {
  const out: Batch[][] = [];
  let current: Batch[] = [];
  let size = 0;
  for (const chain of [...byChain.keys()].sort()) {
    const entries = byChain.get(chain) ?? [];
    for (let i = 0; i < entries.length; ) {
      if (size === ENTRIES_PER_STATEMENT) {
        out.push(current);
        current = [];
        size = 0;
      }
      const take = entries.slice(i, i + ENTRIES_PER_STATEMENT - size);
      current.push({ chain, entries: take });
      size += take.length;
      i += take.length;
    }
  }
  if (size > 0) out.push(current);
  return out;
}

function entryContent(ctx: Ctx, event: AuditEvent & { at?: Date }): EntryContent {
  return {
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
  };
}
