import { and, count, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, ok, type Result } from '../../platform/result.js';
import { auditReadScope } from './policy.js';
import { auditEntries } from './schema.js';

export interface ListAuditInput {
  entityType?: string;
  entityId?: string;
  action?: string;
  from?: Date;
  to?: Date;
  /** Keyset pagination: entries with seq below this one. */
  beforeSeq?: number;
  limit: number;
}

export type AuditEntry = typeof auditEntries.$inferSelect;

/** Read the trail newest first, filtered, within the reader's scope. */
export async function listAuditEntries(
  ctx: Ctx,
  input: ListAuditInput,
): Promise<Result<{ items: AuditEntry[]; total: number; nextBeforeSeq: number | null }>> {
  const scope = auditReadScope(ctx.actor);
  if (!scope.allowed)
    return fail({ kind: 'forbidden', detail: 'Only system administrators read the audit trail.' });
  const filters: SQL[] = [];
  if (scope.provinceCode) filters.push(eq(auditEntries.provinceCode, scope.provinceCode));
  if (input.entityType) filters.push(eq(auditEntries.entityType, input.entityType));
  if (input.entityId) filters.push(eq(auditEntries.entityId, input.entityId));
  if (input.action) filters.push(eq(auditEntries.action, input.action));
  if (input.from) filters.push(gte(auditEntries.at, input.from));
  if (input.to) filters.push(lte(auditEntries.at, input.to));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = input.beforeSeq ? and(where, lt(auditEntries.seq, input.beforeSeq)) : where;
  const [items, totals] = await Promise.all([
    ctx.db.select().from(auditEntries).where(pageWhere).orderBy(desc(auditEntries.seq)).limit(input.limit),
    ctx.db.select({ n: count() }).from(auditEntries).where(where),
  ]);
  const last = items.at(-1);
  return ok({
    items,
    total: Number(totals[0]?.n ?? 0),
    nextBeforeSeq: items.length === input.limit && last ? last.seq : null,
  });
}
