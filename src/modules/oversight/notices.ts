/**
 * The in-app notice list (no e-mail here): each notice is for an audience of a unit — the lead agency's
 * officials, its head, or the issuing leaders — and each reader sees the notices of the audiences they are
 * in (policy.ts), marks them read, and follows them to the task.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import type { Page } from './conclusion-view.js';
import { msg } from './messages.js';
import {
  type ActorScope,
  HEAD_ROLES,
  ISSUER_ROLES,
  requireOfficial,
  type ScopeGrant,
  STAFF_ROLES,
} from './policy.js';
import { type Audience, type NoticeKind, noticeReads } from './schema.js';
import { resolveScope } from './scope.js';

export interface NoticeView {
  id: string;
  kind: NoticeKind;
  audience: Audience;
  taskId: string;
  params: Record<string, unknown>;
  createdAt: Date;
  read: boolean;
}

function covers(g: ScopeGrant): SQL {
  if (g.unitCode === 'VN') return sql`true`;
  return g.unitCode === g.provinceCode
    ? sql`n.province_code = ${g.provinceCode}`
    : sql`n.unit_code = ${g.unitCode}`;
}

/** Notices (alias `n`) whose audience the scope is in. */
export function noticeAudienceCondition(scope: ActorScope): SQL {
  if (scope.kind === 'system') return sql`true`;
  if (scope.kind !== 'user') return sql`false`;
  const parts: SQL[] = [];
  for (const g of scope.grants) {
    const ofAgency = g.agencyId ? sql`n.agency_id = ${g.agencyId}::uuid` : sql`true`;
    if (STAFF_ROLES.includes(g.role))
      parts.push(sql`(n.audience = 'agency' and ${covers(g)} and ${ofAgency})`);
    if (HEAD_ROLES.includes(g.role))
      parts.push(sql`(n.audience = 'agency_head' and ${covers(g)} and ${ofAgency})`);
    if (ISSUER_ROLES.includes(g.role) && (g.agencyId === null || g.agencyKind === 'people_committee'))
      parts.push(sql`(n.audience = 'issuer' and ${covers(g)})`);
  }
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export async function listNotices(
  ctx: Ctx,
  input: { unreadOnly?: boolean | undefined; page: number; pageSize: number },
): Promise<Result<Page<NoticeView> & { unread: number }>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const userId = scope.kind === 'user' ? scope.userId : '00000000-0000-0000-0000-000000000000';
  const isRead = sql`exists (select 1 from oversight.notice_reads nr where nr.notice_id = n.id and nr.user_id = ${userId}::uuid)`;
  const mine = noticeAudienceCondition(scope);
  const where = input.unreadOnly ? sql`${mine} and not ${isRead}` : mine;
  const [rows, total, unread] = await Promise.all([
    ctx.db.execute<{
      id: string;
      kind: NoticeKind;
      audience: Audience;
      task_id: string;
      params: Record<string, unknown>;
      created_at: Date;
      read: boolean;
    }>(sql`select n.id, n.kind, n.audience, n.task_id, n.params, n.created_at, ${isRead} as read
      from oversight.notices n where ${where}
      order by n.created_at desc, n.id desc limit ${input.pageSize} offset ${(input.page - 1) * input.pageSize}`),
    ctx.db.execute<{ n: number }>(sql`select count(*)::int as n from oversight.notices n where ${where}`),
    ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from oversight.notices n where ${mine} and not ${isRead}`,
    ),
  ]);
  return ok({
    items: rows.rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      audience: r.audience,
      taskId: r.task_id,
      params: r.params,
      createdAt: new Date(r.created_at),
      read: Boolean(r.read),
    })),
    total: Number(total.rows[0]?.n ?? 0),
    unread: Number(unread.rows[0]?.n ?? 0),
    page: input.page,
    pageSize: input.pageSize,
  });
}

/**
 * Mark a notice read for the reader (idempotent); a notice outside the reader's audiences is 404. A read mark is
 * the reader's own view state, not a change to the province's records, so it is not in the audit trail.
 */
export async function markNoticeRead(
  ctx: Ctx,
  noticeId: string,
): Promise<Result<{ id: string; read: true }>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  if (scope.kind !== 'user') return forbiddenBecause(msg('oversight.noticesOfficials'));
  const found = await ctx.db.execute<{ id: string }>(
    sql`select n.id from oversight.notices n where n.id = ${noticeId}::uuid and ${noticeAudienceCondition(scope)}`,
  );
  if (found.rows.length === 0) return notFound('notice', noticeId);
  await ctx.db
    .insert(noticeReads)
    .values({ noticeId, userId: scope.userId, readAt: ctx.now })
    .onConflictDoNothing();
  return ok({ id: noticeId, read: true });
}
