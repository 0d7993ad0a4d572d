/**
 * The feedback module's public API (issue 10): PAKN, complaints and denunciations — intake, legal deadlines,
 * routing, handling, publication, ratings, reports — and the stable link other modules keep to a case
 * (`{ kind: 'feedback', id }`, read with `getFeedbackState`).
 */
export { acceptCase } from './accept-case.js';
export { type AnswerInput, answerCase } from './answer-case.js';
export { assignCase } from './assign-case.js';
export { listAssignableOfficials } from './assignable-officials.js';
export type { CaseView, DeadlineView, EventView, OwnCaseView } from './case-view.js';
export type { CaseChanged } from './change-case.js';
export { type ClassifyInput, classifyCase } from './classify-case.js';
export { addDeadlineRule, listDeadlineRules, type RuleVersionInput } from './deadline-rule-admin.js';
export { type RuleRow, ruleInForce } from './deadline-rules.js';
export { EXPORT_COLUMNS, exportCases } from './export-cases.js';
export { type ExtendInput, extendCase } from './extend-case.js';
export { type FeedbackReport, feedbackReport } from './feedback-report.js';
export { type FeedbackState, getFeedbackState } from './feedback-state.js';
export { FIELD_NAMES } from './field-names.js';
export { type CaseRead, getCase } from './get-case.js';
export { type CaseListItem, type CasePage, type ListCasesInput, listCases } from './list-cases.js';
export { markOverdue } from './mark-overdue.js';
export {
  CASE_KINDS,
  type CaseKind,
  type CaseStatus,
  CHANNELS,
  type Channel,
  FEEDBACK_LINK_KIND,
  FIELDS,
  type Field,
  STATUSES,
} from './model.js';
export { feedbackModule } from './module.js';
export { listMyCases, trackCase } from './my-cases.js';
export { issueOpen311Key, listOpen311Keys, type Open311KeyView, revokeOpen311Key } from './open311-keys.js';
export { reportScope as feedbackReportScope } from './policy.js';
export { getPublishedAnswer, listPublishedAnswers, type PublishedAnswer } from './public-answers.js';
export { publishAnswer } from './publish-answer.js';
export { rateAnswer } from './rate-answer.js';
export { recordSupplement } from './record-supplement.js';
export { type PersonalData, redactPersonalData } from './redact.js';
export { refuseCase } from './refuse-case.js';
export { monthsOf, type Period, parsePeriod } from './report-period.js';
export { requestOversight } from './request-oversight.js';
export { requestSupplement } from './request-supplement.js';
export { type DenouncerView, revealDenouncer } from './reveal-denouncer.js';
export { type SubmitInput, type Submitted, submitFeedback } from './submit-feedback.js';
export { type DecisionInput, resumeCase, suspendCase, terminateCase } from './suspend-case.js';
export { transferCase } from './transfer-case.js';
export { withdrawCase } from './withdraw-case.js';
