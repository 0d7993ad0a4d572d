import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  conflictBecause,
  type FieldError,
  fieldError,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findAgency, findUnit, findUnits } from '../units/index.js';
import { isIsoDate } from './disbursement-rules.js';
import { msg } from './messages.js';
import { parseAmount } from './money.js';
import { decideProjectAction } from './policy.js';
import { type ProjectGroup, type ProjectStatus, projects } from './schema.js';
import { foldText, loadProject, type ProjectView, refusal, toProjectViews } from './views.js';

export interface ProjectInput {
  provinceCode: string;
  code: string;
  name: string;
  ownerUnitCode: string;
  ownerAgencyId?: string | null | undefined;
  ownerName?: string | null | undefined;
  unitCode: string;
  group: ProjectGroup;
  totalInvestment: string | number;
  startDate: string;
  plannedEndDate: string;
  status?: ProjectStatus | undefined;
  note?: string | null | undefined;
}

export const PROJECT_CODE = /^[0-9A-Za-z.\-_/]{1,32}$/;

async function checkProject(db: Executor, input: ProjectInput) {
  const errors: FieldError[] = [];
  const province = input.provinceCode;
  if (!PROJECT_CODE.test(input.code))
    errors.push({ field: 'code', message: '1–32 letters, digits or . - _ /' });
  if (!nfc(input.name)) errors.push({ field: 'name', message: 'required' });
  const units = await findUnits(db, [input.ownerUnitCode, input.unitCode]);
  if (units.get(input.ownerUnitCode)?.provinceCode !== province)
    errors.push(fieldError('ownerUnitCode', msg('investment.notUnitOf', { province })));
  if (units.get(input.unitCode)?.provinceCode !== province)
    errors.push(fieldError('unitCode', msg('investment.notUnitOf', { province })));
  let ownerName = input.ownerName ? nfc(input.ownerName) || null : null;
  if (input.ownerAgencyId) {
    const agency = await findAgency(db, input.ownerAgencyId);
    if (!agency || agency.unitCode !== input.ownerUnitCode)
      errors.push({ field: 'ownerAgencyId', message: 'not an agency of the owner’s unit' });
    else ownerName = ownerName ?? agency.name;
  }
  if (!ownerName) errors.push({ field: 'ownerName', message: 'name the owner (chủ đầu tư)' });
  const total = parseAmount(input.totalInvestment);
  if (total === null || total <= 0n)
    errors.push({ field: 'totalInvestment', message: 'a whole number of đồng above 0' });
  for (const field of ['startDate', 'plannedEndDate'] as const)
    if (!isIsoDate(input[field])) errors.push({ field, message: 'a date YYYY-MM-DD' });
  if (input.startDate > input.plannedEndDate)
    errors.push({ field: 'plannedEndDate', message: 'not before the start date' });
  if (errors.length > 0) return { ok: false as const, errors };
  return {
    ok: true as const,
    row: {
      provinceCode: province,
      code: input.code,
      name: nfc(input.name),
      searchText: foldText(`${input.code} ${input.name}`),
      ownerUnitCode: input.ownerUnitCode,
      ownerAgencyId: input.ownerAgencyId ?? null,
      ownerName: ownerName!,
      unitCode: input.unitCode,
      group: input.group,
      totalInvestment: total!,
      startDate: input.startDate,
      plannedEndDate: input.plannedEndDate,
      status: input.status ?? ('active' as const),
      note: input.note ? nfc(input.note) || null : null,
    },
  };
}

const auditable = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? v.toString() : v]));

/** Register a public-investment project (dự án đầu tư công): the planning office. */
export async function createProject(ctx: Ctx, input: ProjectInput): Promise<Result<ProjectView>> {
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province')
    return invalidBecause(msg('investment.noSuchProvince', { code: input.provinceCode }), [
      fieldError('provinceCode', msg('investment.unknownProvinceField')),
    ]);
  const scope = { provinceCode: province.code, ownerUnitCode: province.code, ownerAgencyId: null };
  const decision = decideProjectAction(ctx.actor, 'plan', scope);
  if (decision !== 'allow')
    return refusal(decision, ctx.actor.kind === 'anonymous', 'province', input.provinceCode);
  const checked = await checkProject(ctx.db, input);
  if (!checked.ok) return invalidBecause(msg('investment.projectInvalid'), checked.errors);
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.code, checked.row.code));
    if (taken) return conflictBecause(msg('investment.codeTaken', { code: checked.row.code }));
    const [row] = await tx
      .insert(projects)
      .values({
        ...checked.row,
        currentEndDate: checked.row.plannedEndDate,
        id,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'investment.project_created',
      entityType: 'investment_project',
      entityId: id,
      provinceCode: checked.row.provinceCode,
      after: auditable(checked.row),
    });
    return ok((await toProjectViews(tx, [row!]))[0]!);
  });
}

/** Change a project (optimistic version). The current end date moves only through extension decisions. */
export async function updateProject(
  ctx: Ctx,
  id: string,
  input: Omit<ProjectInput, 'provinceCode'> & { version: number },
): Promise<Result<ProjectView>> {
  const current = await loadProject(ctx.db, id);
  if (!current) return notFound('project', id);
  const decision = decideProjectAction(ctx.actor, 'plan', current);
  if (decision !== 'allow') return refusal(decision, ctx.actor.kind === 'anonymous', 'project', id);
  const checked = await checkProject(ctx.db, { ...input, provinceCode: current.provinceCode });
  if (!checked.ok) return invalidBecause(msg('investment.projectInvalid'), checked.errors);
  const currentEndDate =
    current.currentEndDate === current.plannedEndDate || current.currentEndDate < checked.row.plannedEndDate
      ? checked.row.plannedEndDate
      : current.currentEndDate;
  return ctx.db.transaction(async (tx) => {
    const [clash] = await tx
      .select({ id: projects.id })
      .from(projects)
      .where(eq(projects.code, checked.row.code));
    if (clash && clash.id !== id)
      return conflictBecause(msg('investment.codeTaken', { code: checked.row.code }));
    const [row] = await tx
      .update(projects)
      .set({ ...checked.row, currentEndDate, version: input.version + 1, updatedAt: ctx.now })
      .where(and(eq(projects.id, id), eq(projects.version, input.version)))
      .returning();
    if (!row) {
      const latest = await loadProject(tx, id);
      return conflictBecause(
        msg('investment.projectChangedByOther'),
        latest ? (await toProjectViews(tx, [latest]))[0] : undefined,
      );
    }
    const { createdAt: _c, updatedAt: _u, version: _v, ...before } = current;
    await recordAudit(tx, ctx, {
      action: 'investment.project_updated',
      entityType: 'investment_project',
      entityId: id,
      provinceCode: current.provinceCode,
      before: auditable(before),
      after: auditable(checked.row),
    });
    return ok((await toProjectViews(tx, [row]))[0]!);
  });
}
