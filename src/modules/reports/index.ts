/**
 * The reports module's public API (issue 7): service performance of a unit and its sub-units with drill-down,
 * the Decision 766 scorecard, the public transparency figures, exports (Excel, PDF, CSV), and the incrementally
 * maintained aggregates behind them (catch-up from the dossiers outbox, full rebuild; ADR 0012).
 */
export { type CatchUp, catchUpServiceAggregates } from './catch-up.js';
export {
  type DrillDossier,
  type DrillPage,
  listReportDossiers,
  type ProcedureRow,
  procedureBreakdown,
} from './drill-down.js';
export {
  CONTENT_TYPES,
  EXPORT_FORMATS,
  type ExportFile,
  type ExportFormat,
  exportReport,
  REPORT_KINDS,
  type ReportKind,
} from './export-report.js';
export {
  DRILL_MEASURES,
  type DrillMeasure,
  type Figures,
  type Indicator,
  type SatisfactionScores,
} from './figures.js';
export {
  IN_PROGRESS_RULES,
  type InProgressRule,
  type InProgressRuleView,
  inProgressRuleSetting,
  readInProgressRule,
  setInProgressRule,
} from './in-progress-rule.js';
export { type GroupScore, type Scorecard766, type SubIndicatorScore, scorecard766 } from './index766.js';
export { type MethodLine, SCORECARD_METHOD, SERVICE_METHOD } from './method.js';
export { reportsModule } from './module.js';
export type { ReportPeriod } from './period.js';
export { analyseServiceAggregates, type Rebuilt, rebuildServiceAggregates } from './rebuild.js';
export { reportsRoutes } from './routes.js';
export { mayOpenReport, type ReportQuery } from './scope.js';
export { SCORECARD_766 } from './scorecard-766.js';
export { RATING_BANDS_766 } from './scoring-766.js';
export { publicServiceReport, type ServiceReport, serviceReport } from './service-report.js';
