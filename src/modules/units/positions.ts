import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { fail, invalid, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { vietnamToday } from './in-force.js';
import { type AgencySummary, findAgencies } from './list-agencies.js';
import { agencies, positions } from './schema.js';

/** Chủ tịch, Phó Chủ tịch, Giám đốc, Phó Giám đốc, Trưởng phòng, Chuyên viên, Công chức một cửa. */
export const POSITION_TITLES = [
  'chair',
  'vice_chair',
  'director',
  'deputy_director',
  'head_of_division',
  'officer',
  'clerk',
] as const;
export type PositionTitle = (typeof POSITION_TITLES)[number];

/** The titles as a document and a signing certificate name them (Decree 30/2020 Annex I: "PHÓ GIÁM ĐỐC"). */
export const POSITION_TITLE_NAMES: Record<PositionTitle, string> = {
  chair: 'Chủ tịch',
  vice_chair: 'Phó Chủ tịch',
  director: 'Giám đốc',
  deputy_director: 'Phó Giám đốc',
  head_of_division: 'Trưởng phòng',
  officer: 'Chuyên viên',
  clerk: 'Công chức một cửa',
};

export type Agency = AgencySummary;

export async function findAgency(db: Executor, id: string): Promise<Agency | undefined> {
  return (await findAgencies(db, [id])).get(id);
}

/** The agency of a kind attached to a unit (e.g. a commune's PAS centre), when there is exactly one. */
export async function findAgencyOfUnit(
  db: Executor,
  unitCode: string,
  kind: string,
): Promise<Agency | undefined> {
  const rows = await db
    .select({ id: agencies.id })
    .from(agencies)
    .where(and(eq(agencies.unitCode, unitCode), eq(agencies.kind, kind)));
  return rows.length === 1 && rows[0] ? findAgency(db, rows[0].id) : undefined;
}

export interface PositionView {
  id: string;
  agencyId: string;
  agencyName: string;
  unitCode: string;
  userId: string;
  title: PositionTitle;
  validFrom: string;
  validTo: string | null;
}

/** Positions held on a day (default today): in one agency, or by one official. */
export async function listPositions(
  db: Executor,
  filter: { agencyId?: string; userId?: string; asOf?: string },
): Promise<PositionView[]> {
  const day = filter.asOf ?? vietnamToday();
  const rows = await db
    .select({ position: positions, agencyName: agencies.name, unitCode: agencies.unitCode })
    .from(positions)
    .innerJoin(agencies, eq(agencies.id, positions.agencyId))
    .where(
      and(
        filter.agencyId ? eq(positions.agencyId, filter.agencyId) : undefined,
        filter.userId ? eq(positions.userId, filter.userId) : undefined,
        or(isNull(positions.validTo), gt(positions.validTo, day)),
      ),
    )
    .orderBy(asc(positions.title), asc(positions.validFrom));
  return rows.map((r) => ({
    id: r.position.id,
    agencyId: r.position.agencyId,
    agencyName: r.agencyName,
    unitCode: r.unitCode,
    userId: r.position.userId,
    title: r.position.title as PositionTitle,
    validFrom: r.position.validFrom,
    validTo: r.position.validTo,
  }));
}

function isAdminFor(ctx: Ctx, agency: Agency): boolean {
  if (ctx.actor.kind === 'system') return true;
  if (ctx.actor.kind !== 'user') return false;
  return ctx.actor.roles.some(
    (g) =>
      g.role === 'system_admin' &&
      (g.unitCode === 'VN' ||
        g.unitCode === agency.unitCode ||
        (g.unitCode === g.provinceCode && g.provinceCode === agency.provinceCode)),
  );
}

/**
 * An official takes a position in an agency from a date (issue 3 §3). Administrators of the agency's
 * unit record it; the user id is checked by the caller (identity), which owns accounts.
 */
export async function assignPosition(
  ctx: Ctx,
  input: { agencyId: string; userId: string; title: PositionTitle; validFrom?: string },
): Promise<Result<PositionView>> {
  const agency = await findAgency(ctx.db, input.agencyId);
  if (!agency) return notFound('agency', input.agencyId);
  if (!isAdminFor(ctx, agency))
    return fail({ kind: 'forbidden', detail: 'Only administrators of the agency’s unit record positions.' });
  if (!POSITION_TITLES.includes(input.title))
    return invalid(`Unknown position "${input.title}".`, [{ field: 'title', message: 'unknown position' }]);
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    await tx
      .insert(positions)
      .values({ id, agencyId: agency.id, userId: input.userId, title: input.title, validFrom });
    await recordAudit(tx, ctx, {
      action: 'units.position_assigned',
      entityType: 'agency',
      entityId: agency.id,
      provinceCode: agency.provinceCode,
      after: { positionId: id, userId: input.userId, title: input.title, validFrom },
    });
    const [view] = await listPositions(tx, { agencyId: agency.id, userId: input.userId, asOf: validFrom });
    return ok(view!);
  });
}

/** Who holds a position, whatever its dates. */
export async function positionHolder(db: Executor, positionId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ userId: positions.userId })
    .from(positions)
    .where(eq(positions.id, positionId));
  return row?.userId;
}

/** A position ends on a date (exclusive), kept for the record. */
export async function endPosition(ctx: Ctx, positionId: string, validTo?: string): Promise<Result<null>> {
  const [row] = await ctx.db.select().from(positions).where(eq(positions.id, positionId));
  if (!row) return notFound('position', positionId);
  const agency = await findAgency(ctx.db, row.agencyId);
  if (!agency || !isAdminFor(ctx, agency)) return notFound('position', positionId);
  const end = validTo ?? vietnamToday(ctx.now);
  if (end <= row.validFrom)
    return invalid('A position ends after it starts.', [{ field: 'validTo', message: 'before the start' }]);
  if (row.validTo) return fail({ kind: 'conflict', detail: 'The position has already ended.' });
  return ctx.db.transaction(async (tx) => {
    await tx.update(positions).set({ validTo: end }).where(eq(positions.id, positionId));
    await recordAudit(tx, ctx, {
      action: 'units.position_ended',
      entityType: 'agency',
      entityId: agency.id,
      provinceCode: agency.provinceCode,
      before: { positionId, validTo: null },
      after: { positionId, validTo: end },
    });
    return ok(null);
  });
}
