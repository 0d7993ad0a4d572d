/**
 * The targets module's public API: resolutions and their numeric targets, values reported per period, approval
 * and locking, and achievement computed at read time (issue 9, Targets).
 */
export {
  type Achievement,
  type AchievementState,
  achievementAt,
  assess,
  type PeriodRole,
  type TargetRule,
  type Verdict,
} from './achievement.js';
export type { ResolutionSummary, TargetAchievement } from './achievement-loader.js';
export { createResolution } from './create-resolution.js';
export { resolutionCsv } from './export-csv.js';
export { resolutionPdf, resolutionXlsx } from './export-report.js';
export {
  type Binding,
  MEASURED_METHOD,
  type MeasuredValue,
  type Measurer,
  provideMeasurer,
  type Words,
} from './measured.js';
export { targetsModule } from './module.js';
export { isPeriod, PERIODS, type Period, periodDates, periodLabel } from './periods.js';
export { decideTargetAction, isPlanningOffice, mayReport } from './policy.js';
export {
  getResolution,
  listResolutions,
  type ResolutionDetail,
  type ResolutionListItem,
  type TargetAtPeriod,
} from './read-resolutions.js';
export { getTarget, listReviewQueue, type ReviewItem, type TargetDetail } from './read-target.js';
export { type ReportValueInput, reportValue } from './report-value.js';
export { lockPeriod, type ReviewAction, reviewValue } from './review-value.js';
export { addTarget, updateTarget } from './save-target.js';
export { MEASURED_INDICATORS, type MeasuredIndicator } from './schema.js';
export type { ResolutionInput, TargetInput } from './target-input.js';
export { updateResolution } from './update-resolution.js';
export type { ResolutionView, TargetView, ValueView } from './views.js';
