/**
 * The investment module's public API: public-investment projects, annual capital plans, monthly plans against
 * actual disbursement, the State Treasury import, extension requests, and the views built on them (issue 9).
 * Other modules link to a project with { kind: INVESTMENT_LINK_KIND, id } and find lagging ones through
 * `listProjectsAtRisk`.
 */
export {
  DEFAULT_AT_RISK_MARGIN,
  INVESTMENT_LINK_KIND,
  listProjectsAtRisk,
  type ProjectAtRisk,
} from './at-risk.js';
export { planYearWindow } from './disbursement-rules.js';
export { monthlyReportCsv, summaryCsv } from './export-csv.js';
export { monthlyReportPdf, monthlyReportXlsx } from './export-report.js';
export { decideExtension, requestExtension } from './extensions.js';
export { type ImportSummary, importDisbursements } from './import-disbursements.js';
export { investmentModule } from './module.js';
export { type MonthlyReport, monthlyReport } from './monthly-report.js';
export { findProject, type ProjectLink } from './project-link.js';
export { type ProvinceSummary, provinceSummary } from './province-summary.js';
export { getProject, listProjects, type ProjectDetail, type ProjectRowView } from './read-projects.js';
export { cancelDisbursement, type DisbursementInput, recordDisbursement } from './record-disbursement.js';
export { createProject, type ProjectInput, updateProject } from './save-project.js';
export type { CapitalSource, ProjectGroup } from './schema.js';
export { setCapitalPlan, setMonthlyPlan } from './set-plans.js';
export { setAtRiskMargin } from './settings.js';
export { parseTreasuryCsv, TREASURY_COLUMNS } from './treasury-csv.js';
export type { CapitalPlanView, DisbursementView, ExtensionView, ProjectView } from './views.js';
