/**
 * Phản ánh, đơn thư của tôi — a signed-in citizen's own submissions (filed on the portal with their account),
 * newest first; and following an anonymous PAKN with its code and tracking key.
 */
import { timingSafeEqual } from 'node:crypto';
import { desc, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { findAgencies } from '../units/index.js';
import { loadCaseByCode } from './case-store.js';
import { buildOwnCaseView, type OwnCaseView } from './case-view.js';
import { type CaseKind, type CaseStatus, isClosedStatus } from './model.js';
import { cases } from './schema.js';
import { hashKey } from './submit-feedback.js';

export interface MyCaseItem {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  closed: boolean;
  field: string;
  title: string;
  agencyName: string;
  receivedAt: Date;
  answeredAt: Date | null;
}

export async function listMyCases(
  ctx: Ctx,
  input: { page: number; pageSize: number },
): Promise<Result<{ items: MyCaseItem[]; total: number; page: number; pageSize: number }>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const mine = sql`${cases.id} in (select case_id from feedback.submitters where user_id = ${ctx.actor.userId}
    union all select case_id from feedback.denouncers where user_id = ${ctx.actor.userId})`;
  const [rows, totals] = await Promise.all([
    ctx.db
      .select()
      .from(cases)
      .where(mine)
      .orderBy(desc(cases.receivedAt), cases.id)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(mine),
  ]);
  const agencies = await findAgencies(
    ctx.db,
    rows.map((r) => r.agencyId),
  );
  return ok({
    items: rows.map((r) => ({
      id: r.id,
      code: r.code,
      kind: r.kind,
      status: r.status,
      closed: isClosedStatus(r.kind, r.status),
      field: r.field,
      title: r.title,
      agencyName: agencies.get(r.agencyId)?.name ?? '',
      receivedAt: r.receivedAt,
      answeredAt: r.answeredAt,
    })),
    total: totals[0]?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  });
}

/** Tra cứu — an anonymous submitter follows their PAKN with the code and the key shown at submission. */
export async function trackCase(ctx: Ctx, code: string, key: string): Promise<Result<OwnCaseView>> {
  const loaded = await loadCaseByCode(ctx.db, code);
  const expected = loaded?.row.trackingKeyHash;
  if (!loaded || !expected || !sameHash(hashKey(key), expected)) return notFound('feedback case', code);
  return ok(await buildOwnCaseView(ctx.db, loaded, ctx.now));
}

function sameHash(a: string, b: string): boolean {
  return a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
}
