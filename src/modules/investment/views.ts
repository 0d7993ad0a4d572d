/** What the investment module hands out: plain views of its rows, money as decimal strings of đồng. */
import { eq } from 'drizzle-orm';
import type { Executor } from '../../platform/database/connection.js';
import { type DomainError, fail, notFound } from '../../platform/result.js';
import { findUnits } from '../units/index.js';
import type { Decision } from './policy.js';
import {
  type CapitalSource,
  type capitalPlans,
  type disbursements,
  type ExtensionStatus,
  type extensionRequests,
  type ProjectGroup,
  type ProjectStatus,
  projects,
} from './schema.js';

export interface ProjectView {
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  ownerUnitCode: string;
  ownerAgencyId: string | null;
  ownerName: string;
  unitCode: string;
  unitName: string;
  group: ProjectGroup;
  totalInvestment: string;
  startDate: string;
  plannedEndDate: string;
  currentEndDate: string;
  status: ProjectStatus;
  note: string | null;
  version: number;
}

export interface CapitalPlanView {
  id: string;
  year: number;
  source: CapitalSource;
  amount: string;
  decisionRef: string | null;
  version: number;
}

export interface DisbursementView {
  id: string;
  projectId: string;
  planYear: number;
  source: CapitalSource;
  disbursedOn: string;
  amount: string;
  voucherNo: string | null;
  note: string | null;
  origin: 'manual' | 'import';
  enteredBy: string;
  createdAt: Date;
  cancelledAt: Date | null;
  cancelledBy: string | null;
  cancelReason: string | null;
}

export interface ExtensionView {
  id: string;
  projectId: string;
  requestedOn: string;
  reason: string;
  currentEndDate: string;
  requestedEndDate: string;
  status: ExtensionStatus;
  decisionRef: string | null;
  decidedOn: string | null;
  approvedEndDate: string | null;
  decisionNote: string | null;
  requestedBy: string;
  decidedBy: string | null;
  version: number;
}

type ProjectRow = typeof projects.$inferSelect;

export async function toProjectViews(db: Executor, rows: ProjectRow[]): Promise<ProjectView[]> {
  const names = await findUnits(
    db,
    rows.map((r) => r.unitCode),
  );
  return rows.map((r) => ({
    id: r.id,
    provinceCode: r.provinceCode,
    code: r.code,
    name: r.name,
    ownerUnitCode: r.ownerUnitCode,
    ownerAgencyId: r.ownerAgencyId,
    ownerName: r.ownerName,
    unitCode: r.unitCode,
    unitName: names.get(r.unitCode)?.name ?? r.unitCode,
    group: r.group,
    totalInvestment: r.totalInvestment.toString(),
    startDate: r.startDate,
    plannedEndDate: r.plannedEndDate,
    currentEndDate: r.currentEndDate,
    status: r.status,
    note: r.note,
    version: r.version,
  }));
}

export function toCapitalPlanView(r: typeof capitalPlans.$inferSelect): CapitalPlanView {
  return {
    id: r.id,
    year: r.year,
    source: r.source,
    amount: r.amount.toString(),
    decisionRef: r.decisionRef,
    version: r.version,
  };
}

export function toDisbursementView(r: typeof disbursements.$inferSelect): DisbursementView {
  return {
    id: r.id,
    projectId: r.projectId,
    planYear: r.planYear,
    source: r.source,
    disbursedOn: r.disbursedOn,
    amount: r.amount.toString(),
    voucherNo: r.voucherNo,
    note: r.note,
    origin: r.origin,
    enteredBy: r.enteredBy,
    createdAt: r.createdAt,
    cancelledAt: r.cancelledAt,
    cancelledBy: r.cancelledBy,
    cancelReason: r.cancelReason,
  };
}

export function toExtensionView(r: typeof extensionRequests.$inferSelect): ExtensionView {
  return {
    id: r.id,
    projectId: r.projectId,
    requestedOn: r.requestedOn,
    reason: r.reason,
    currentEndDate: r.currentEndDate,
    requestedEndDate: r.requestedEndDate,
    status: r.status,
    decisionRef: r.decisionRef,
    decidedOn: r.decidedOn,
    approvedEndDate: r.approvedEndDate,
    decisionNote: r.decisionNote,
    requestedBy: r.requestedBy,
    decidedBy: r.decidedBy,
    version: r.version,
  };
}

export async function loadProject(db: Executor, id: string): Promise<ProjectRow | undefined> {
  const [row] = await db.select().from(projects).where(eq(projects.id, id));
  return row;
}

/** Map a policy decision to the domain error: 401 anonymous, 404 hidden, 403 denied. */
export function refusal(
  decision: Exclude<Decision, 'allow'>,
  anonymous: boolean,
  resource: string,
  id?: string,
): { ok: false; error: DomainError } {
  if (anonymous) return fail({ kind: 'unauthenticated' });
  return decision === 'hide' ? notFound(resource, id) : fail({ kind: 'forbidden' });
}

/** Folded text for search: no diacritics, đ → d, lower case ("Đồng Đăng" → "dong dang"). */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
