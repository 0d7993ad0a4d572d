/**
 * Hàng đợi công việc — the officials' work queue: the cases of the units their grants cover (denunciations only
 * for leaders, administrators and the assigned), open ones first by the deadline due soonest; filters for kind,
 * status, overdue, "assigned to me", unit and a text search ("dat dai" finds "đất đai"). A denunciation's title
 * reaches an official who may not know its denouncer with the denouncer's data masked (art. 47).
 */
import { and, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { fail, forbiddenBecause, ok, type Result } from '../../platform/result.js';
import { containsPattern } from '../../platform/search-text.js';
import { findAgencies, findUnits } from '../units/index.js';
import { CASE_ID } from './case-store.js';
import { personMasks } from './denouncer-privacy.js';
import { msg } from './messages.js';
import { type CaseKind, type CaseStatus, isClosedStatus, OPEN_STATUSES } from './model.js';
import { queueScope } from './policy.js';
import { cases } from './schema.js';

export interface ListCasesInput {
  provinceCode?: string | undefined;
  unitCode?: string | undefined;
  kind?: CaseKind | undefined;
  status?: CaseStatus | 'open' | 'closed' | undefined;
  overdue?: boolean | undefined;
  assignedToMe?: boolean | undefined;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

export interface CaseListItem {
  id: string;
  code: string;
  kind: CaseKind;
  status: CaseStatus;
  closed: boolean;
  field: string;
  title: string;
  unitCode: string;
  unitName: string;
  agencyName: string;
  receivedAt: Date;
  /** The running step due soonest, and when. */
  currentStep: string | null;
  currentDue: Date | null;
  overdue: boolean;
  assignedToMe: boolean;
}

export interface CasePage {
  items: CaseListItem[];
  total: number;
  page: number;
  pageSize: number;
}

function anyOf(column: typeof cases.provinceCode | typeof cases.unitCode, values: string[]): SQL {
  return values.length ? inArray(column, values) : sql`false`;
}

export async function listCases(ctx: Ctx, input: ListCasesInput): Promise<Result<CasePage>> {
  const scope = queueScope(ctx.actor);
  if (!scope) {
    return ctx.actor.kind === 'anonymous'
      ? fail({ kind: 'unauthenticated' })
      : forbiddenBecause(msg('feedback.queueForOfficials'));
  }
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const assignedToMe = me
    ? sql`exists (select 1 from feedback.assignments a where a.case_id = ${CASE_ID} and a.user_id = ${me} and a.ended_at is null)`
    : sql`false`;
  // Who may know a denunciation's denouncer (art. 47): its assigned officials and the head who assigned them.
  const knowsDenouncer = me
    ? sql`exists (select 1 from feedback.assignments a where a.case_id = ${CASE_ID} and a.ended_at is null
        and (a.user_id = ${me} or a.assigned_by_id = ${me}))`
    : sql`false`;
  const inScope = scope.all
    ? sql`true`
    : or(anyOf(cases.provinceCode, scope.provinces), anyOf(cases.unitCode, scope.units))!;
  const leader = scope.leaderProvinces.includes('*')
    ? sql`true`
    : or(anyOf(cases.provinceCode, scope.leaderProvinces), anyOf(cases.unitCode, scope.leaderUnits))!;
  const admin = scope.adminAll
    ? sql`true`
    : or(anyOf(cases.provinceCode, scope.adminProvinces), anyOf(cases.unitCode, scope.adminUnits))!;
  const filters: SQL[] = [
    or(and(inScope, or(sql`${cases.kind} <> 'denunciation'`, leader, admin)), assignedToMe)!,
  ];
  if (input.provinceCode) filters.push(eq(cases.provinceCode, input.provinceCode));
  if (input.unitCode) filters.push(eq(cases.unitCode, input.unitCode));
  if (input.kind) filters.push(eq(cases.kind, input.kind));
  if (input.status === 'open')
    filters.push(
      or(
        inArray(cases.status, [...OPEN_STATUSES]),
        and(eq(cases.kind, 'pakn'), eq(cases.status, 'answered')),
      )!,
    );
  else if (input.status === 'closed')
    filters.push(
      sql`not (${inArray(cases.status, [...OPEN_STATUSES])} or (${cases.kind} = 'pakn' and ${cases.status} = 'answered'))`,
    );
  else if (input.status) filters.push(eq(cases.status, input.status));
  if (input.overdue)
    filters.push(
      sql`${cases.status} <> 'suspended' and exists (select 1 from feedback.deadlines d where d.case_id = ${CASE_ID} and d.done_at is null and d.due_at < ${ctx.now})`,
    );
  if (input.assignedToMe) filters.push(assignedToMe);
  if (input.q?.trim()) filters.push(sql`${cases.searchText} ilike ${containsPattern(input.q)}`);
  const where = and(...filters);

  const current = sql`(select d.due_at from feedback.deadlines d where d.case_id = ${CASE_ID} and d.done_at is null order by d.due_at limit 1)`;
  const [rows, totals] = await Promise.all([
    ctx.db
      .select({
        id: cases.id,
        code: cases.code,
        kind: cases.kind,
        status: cases.status,
        field: cases.field,
        title: cases.title,
        unitCode: cases.unitCode,
        agencyId: cases.agencyId,
        receivedAt: cases.receivedAt,
        currentStep: sql<
          string | null
        >`(select d.step from feedback.deadlines d where d.case_id = ${CASE_ID} and d.done_at is null order by d.due_at limit 1)`,
        currentDue: sql<string | null>`${current}`,
        assignedToMe: sql<boolean>`${assignedToMe}`,
        knowsDenouncer: sql<boolean>`${knowsDenouncer}`,
      })
      .from(cases)
      .where(where)
      .orderBy(sql`${current} asc nulls last`, sql`${cases.receivedAt} desc`, cases.id)
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(cases).where(where),
  ]);
  const hidden = rows.filter((r) => r.kind === 'denunciation' && !r.knowsDenouncer).map((r) => r.id);
  const [unitNames, agencyNames, masks] = await Promise.all([
    findUnits(
      ctx.db,
      rows.map((r) => r.unitCode),
    ),
    findAgencies(
      ctx.db,
      rows.map((r) => r.agencyId),
    ),
    personMasks(ctx.db, hidden),
  ]);
  return ok({
    items: rows.map((r) => {
      const currentDue = r.currentDue ? new Date(r.currentDue) : null;
      return {
        id: r.id,
        code: r.code,
        kind: r.kind,
        status: r.status,
        closed: isClosedStatus(r.kind, r.status),
        field: r.field,
        title: hidden.includes(r.id) ? masks(r.id)(r.title) : r.title,
        unitCode: r.unitCode,
        unitName: unitNames.get(r.unitCode)?.name ?? r.unitCode,
        agencyName: agencyNames.get(r.agencyId)?.name ?? '',
        receivedAt: r.receivedAt,
        currentStep: r.currentStep,
        currentDue,
        overdue: r.status !== 'suspended' && currentDue !== null && currentDue.getTime() < ctx.now.getTime(),
        assignedToMe: Boolean(r.assignedToMe),
      };
    }),
    total: totals[0]?.n ?? 0,
    page: input.page,
    pageSize: input.pageSize,
  });
}
