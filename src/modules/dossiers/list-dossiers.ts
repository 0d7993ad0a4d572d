/**
 * Work queues and lists (issue 6 §3): an official sees the dossiers at the steps their grants cover — new,
 * due within 1 working day, overdue, waiting for a supplement, consultations asked of their agency — and a
 * citizen sees their own dossiers. Scope is the same rule as policy.ts, written as SQL.
 */
import { and, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx, RoleGrant } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { calendarFor, endOfWorkingDay, localDate } from '../calendar/index.js';
import { LEADER_ROLES, STATUS_LABELS_VI, type Status } from './model.js';
import { consultations, dossiers } from './schema.js';

export const QUEUES = ['new', 'due_soon', 'overdue', 'supplement', 'consultations', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

export interface DossierListItem {
  id: string;
  code: string | null;
  submissionRef: string | null;
  status: Status;
  statusLabel: string;
  channel: string;
  procedureCode: string;
  procedureName: string;
  applicantName: string;
  submittedAt: Date;
  receivedAt: Date | null;
  dueAt: Date | null;
  currentStep: number | null;
  currentRole: string | null;
  stepSince: Date | null;
  version: number;
}

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

const columns = {
  id: dossiers.id,
  code: dossiers.code,
  submissionRef: dossiers.submissionRef,
  status: dossiers.status,
  channel: dossiers.channel,
  procedureCode: dossiers.procedureCode,
  procedureName: dossiers.procedureName,
  applicantName: dossiers.applicantName,
  submittedAt: dossiers.submittedAt,
  receivedAt: dossiers.receivedAt,
  dueAt: dossiers.dueAt,
  currentStep: dossiers.currentStep,
  currentRole: dossiers.currentRole,
  stepSince: dossiers.stepSince,
  version: dossiers.version,
};

const isLeader = (role: string) => (LEADER_ROLES as readonly string[]).includes(role);

/** A grant's place, as SQL over a unit and an agency column (policy.ts grantActsAs). */
function placeSql(g: RoleGrant, unit: SQL, agency: SQL): SQL {
  const unitCond =
    g.unitCode === 'VN'
      ? sql`true`
      : g.unitCode === g.provinceCode
        ? sql`${dossiers.provinceCode} = ${g.provinceCode}`
        : sql`${unit} = ${g.unitCode}`;
  if (!g.agencyId) return unitCond;
  if (g.role === 'provincial_leader')
    return sql`(${unitCond} and (${agency} = ${g.agencyId} or ${unit} = ${g.provinceCode}))`;
  return sql`(${unitCond} and ${agency} = ${g.agencyId})`;
}

/** Dossiers waiting at a step the actor's grants hold (leaders stand for each other). */
function atMySteps(grants: RoleGrant[]): SQL {
  const parts = grants.map((g) => {
    const role = isLeader(g.role)
      ? sql`${dossiers.currentRole} in ('unit_leader', 'provincial_leader')`
      : sql`${dossiers.currentRole} = ${g.role}`;
    return sql`(${role} and ${placeSql(g, sql`${dossiers.currentUnitCode}`, sql`${dossiers.currentAgencyId}`)})`;
  });
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

function receivingMine(grants: RoleGrant[]): SQL {
  const parts = grants
    .filter((g) => g.role === 'counter_clerk')
    .map((g) => placeSql(g, sql`${dossiers.receivingUnitCode}`, sql`${dossiers.receivingAgencyId}`));
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

function involvingMine(grants: RoleGrant[]): SQL {
  const parts = grants.flatMap((g) => [
    placeSql(g, sql`${dossiers.receivingUnitCode}`, sql`${dossiers.receivingAgencyId}`),
    placeSql(g, sql`${dossiers.competentUnitCode}`, sql`${dossiers.competentAgencyId}`),
  ]);
  return parts.length ? sql`(${sql.join(parts, sql` or `)})` : sql`false`;
}

export interface QueueQuery {
  queue: Queue;
  q?: string | undefined;
  page: number;
  pageSize: number;
}

/** An official's work queue. */
export async function listWorkQueue(
  ctx: Ctx,
  query: QueueQuery,
): Promise<Result<Page<DossierListItem>, DomainError>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  const grants = ctx.actor.roles.filter((g) => g.role !== 'citizen' && g.role !== 'system_admin');
  if (grants.length === 0)
    return fail({ kind: 'forbidden', detail: 'Work queues are for officials who handle dossiers.' });
  const active = sql`${dossiers.status} in ('processing', 'consulting')`;
  const now = ctx.now;
  let where: SQL;
  switch (query.queue) {
    case 'new':
      where = sql`((${atMySteps(grants)} and ${dossiers.status} in ('processing', 'consulting', 'done')) or (${dossiers.status} = 'submitted' and ${receivingMine(grants)}))`;
      break;
    case 'due_soon': {
      // Due by the end of the next working day, not yet overdue.
      const provinces = [...new Set(grants.map((g) => g.provinceCode).filter((p) => p !== 'VN'))];
      const cal = await calendarFor(ctx.db, provinces[0] ?? null);
      const limit = endOfWorkingDay(cal.workingHours, cal.nextWorkingDay(localDate(now)));
      where = sql`(${atMySteps(grants)} and ${active} and ${dossiers.dueAt} >= ${now} and ${dossiers.dueAt} <= ${limit})`;
      break;
    }
    case 'overdue':
      where = sql`(${atMySteps(grants)} and ${active} and ${dossiers.dueAt} < ${now})`;
      break;
    case 'supplement':
      where = sql`(${dossiers.status} in ('supplement_requested', 'reception_supplement') and ${involvingMine(grants)})`;
      break;
    case 'consultations': {
      const agencyIds = grants.flatMap((g) => (g.agencyId ? [g.agencyId] : []));
      const units = grants.filter((g) => !g.agencyId).map((g) => g.unitCode);
      const asked = ctx.db
        .select({ id: consultations.dossierId })
        .from(consultations)
        .where(
          and(
            sql`${consultations.answeredAt} is null`,
            or(
              agencyIds.length ? inArray(consultations.agencyId, agencyIds) : sql`false`,
              units.length ? inArray(consultations.unitCode, units) : sql`false`,
            ),
          ),
        );
      where = sql`(${dossiers.status} = 'consulting' and ${dossiers.id} in (${asked}))`;
      break;
    }
    default:
      where = sql`(${atMySteps(grants)} or ${involvingMine(grants)})`;
  }
  return ok(await page(ctx, where, query));
}

async function page(
  ctx: Ctx,
  where: SQL,
  query: { q?: string | undefined; page: number; pageSize: number },
): Promise<Page<DossierListItem>> {
  const text = query.q?.trim();
  const filter = text
    ? and(
        where,
        or(
          eq(dossiers.code, text.toUpperCase()),
          eq(dossiers.submissionRef, text.toUpperCase()),
          sql`${dossiers.applicantName} ilike ${`%${text.replace(/[%_\\]/g, '\\$&')}%`}`,
        ),
      )!
    : where;
  const [rows, [counted]] = await Promise.all([
    ctx.db
      .select(columns)
      .from(dossiers)
      .where(filter)
      .orderBy(desc(dossiers.updatedAt), desc(dossiers.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    ctx.db.select({ n: sql<number>`count(*)::int` }).from(dossiers).where(filter),
  ]);
  return {
    items: rows.map((r) => ({
      ...r,
      status: r.status as Status,
      statusLabel: STATUS_LABELS_VI[r.status as Status],
    })),
    total: counted?.n ?? 0,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/** A citizen's own dossiers, newest first. */
export async function listMyDossiers(
  ctx: Ctx,
  query: { page: number; pageSize: number },
): Promise<Result<Page<DossierListItem>, DomainError>> {
  if (ctx.actor.kind !== 'user') return fail({ kind: 'unauthenticated' });
  return ok(await page(ctx, eq(dossiers.applicantUserId, ctx.actor.userId), query));
}
