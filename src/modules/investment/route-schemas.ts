/** Response shapes of the investment API (zod 4), kept exact: money is a string of whole đồng. */
import { z } from 'zod';
import { CAPITAL_SOURCES, EXTENSION_STATUSES, PROJECT_GROUPS, PROJECT_STATUSES } from './schema.js';

const money = z.string();
const rate = z.number().nullable();

export const project = z.object({
  id: z.string(),
  provinceCode: z.string(),
  code: z.string(),
  name: z.string(),
  ownerUnitCode: z.string(),
  ownerAgencyId: z.string().nullable(),
  ownerName: z.string(),
  unitCode: z.string(),
  unitName: z.string(),
  group: z.enum(PROJECT_GROUPS),
  totalInvestment: money,
  startDate: z.string(),
  plannedEndDate: z.string(),
  currentEndDate: z.string(),
  status: z.enum(PROJECT_STATUSES),
  note: z.string().nullable(),
  version: z.number(),
});

export const capitalPlan = z.object({
  id: z.string(),
  year: z.number(),
  source: z.enum(CAPITAL_SOURCES),
  amount: money,
  decisionRef: z.string().nullable(),
  version: z.number(),
});

export const disbursement = z.object({
  id: z.string(),
  projectId: z.string(),
  planYear: z.number(),
  source: z.enum(CAPITAL_SOURCES),
  disbursedOn: z.string(),
  amount: money,
  voucherNo: z.string().nullable(),
  note: z.string().nullable(),
  origin: z.enum(['manual', 'import']),
  enteredBy: z.string(),
  createdAt: z.date(),
  cancelledAt: z.date().nullable(),
  cancelledBy: z.string().nullable(),
  cancelReason: z.string().nullable(),
});

export const extension = z.object({
  id: z.string(),
  projectId: z.string(),
  requestedOn: z.string(),
  reason: z.string(),
  currentEndDate: z.string(),
  requestedEndDate: z.string(),
  status: z.enum(EXTENSION_STATUSES),
  decisionRef: z.string().nullable(),
  decidedOn: z.string().nullable(),
  approvedEndDate: z.string().nullable(),
  decisionNote: z.string().nullable(),
  requestedBy: z.string(),
  decidedBy: z.string().nullable(),
  version: z.number(),
});

const totals = z.object({
  plan: money,
  paid: money,
  rate,
  planLastYear: money,
  paidLastYear: money,
  rateLastYear: rate,
  projects: z.number(),
});

export const curvePoint = z.object({
  month: z.number(),
  planned: money,
  paid: money,
  plannedCumulative: money,
  paidCumulative: money,
  paidLastYearCumulative: money,
  rate,
  plannedRate: rate,
  rateLastYear: rate,
});

export const atRisk = z.object({
  link: z.object({ kind: z.literal('investment_project'), id: z.string() }),
  projectId: z.string(),
  provinceCode: z.string(),
  code: z.string(),
  name: z.string(),
  ownerName: z.string(),
  ownerUnitCode: z.string(),
  ownerAgencyId: z.string().nullable(),
  year: z.number(),
  asOf: z.string(),
  annualPlan: money,
  plannedToDate: money,
  paidToDate: money,
  rate,
  plannedRate: rate,
  behindPoints: z.number(),
});

export const summary = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  year: z.number(),
  asOf: z.string(),
  asOfLastYear: z.string(),
  total: totals,
  bySource: z.array(totals.extend({ source: z.string() })),
  byGroup: z.array(totals.extend({ group: z.string() })),
  byOwner: z.array(totals.extend({ ownerName: z.string(), ownerUnitCode: z.string() })),
  byUnit: z.array(totals.extend({ unitCode: z.string(), unitName: z.string() })),
  curve: z.array(curvePoint),
  extensions: z.object({
    awaiting: z.number(),
    pastEndWithoutRequest: z.number(),
    decidedThisYear: z.number(),
  }),
  atRisk: z.object({ count: z.number(), marginPoints: z.number() }),
  permissions: z.object({ plan: z.boolean() }),
});

export const projectList = z.object({
  year: z.number(),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
  items: z.array(
    project.extend({ plan: money, paid: money, rate, rateLastYear: rate, pendingExtension: z.boolean() }),
  ),
});

export const projectDetail = z.object({
  project,
  year: z.number(),
  asOf: z.string(),
  capitalPlans: z.array(capitalPlan),
  monthlyPlan: z.array(money).nullable(),
  bySource: z.array(z.object({ source: z.string(), plan: money, paid: money, rate })),
  totals: z.object({ plan: money, paid: money, rate, rateLastYear: rate }),
  curve: z.array(curvePoint),
  disbursements: z.array(disbursement),
  extensions: z.array(extension),
  atRisk: atRisk.nullable(),
  link: z.object({ kind: z.literal('investment_project'), id: z.string() }),
  permissions: z.object({ plan: z.boolean(), owner: z.boolean() }),
});

const reportLine = z.object({
  code: z.string(),
  name: z.string(),
  projectId: z.string().nullable(),
  planBySource: z.object({ central_budget: money, local_budget: money, national_target_programme: money }),
  plan: money,
  paidInMonth: money,
  paidToDate: money,
  rate,
  rateLastYear: rate,
});

export const monthlyReport = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  year: z.number(),
  month: z.number(),
  asOf: z.string(),
  owners: z.array(z.object({ ownerName: z.string(), subtotal: reportLine, projects: z.array(reportLine) })),
  total: reportLine,
});
