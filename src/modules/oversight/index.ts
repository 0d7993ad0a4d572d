/**
 * The oversight module's public API (issue 8): meetings, conclusion notices and directives, the tasks they give
 * agencies and each step of a task's life, the escalation ladder and job, the notice list, and the views and
 * exports for leaders.
 */
export { acceptTask } from './accept-task.js';
export {
  type ConclusionDetail,
  type ConclusionSummary,
  getConclusion,
  listConclusions,
  type Page,
} from './conclusion-view.js';
export { DUE_STATES, type DueState } from './due-state.js';
export { type EscalationRun, runEscalation } from './escalate.js';
export { getLadder, type LadderView, setLadder } from './escalation-ladder.js';
export { EXPORT_TABLES, type ExportTable, exportCsv } from './export-csv.js';
export { exportPdf } from './export-pdf.js';
export { exportXlsx, XLSX_SHEETS, XLSX_TYPE } from './export-xlsx.js';
export { decideExtension, requestExtension } from './extensions.js';
export { type FollowUp, type FollowUpLine, followUpBySource } from './follow-up.js';
export { type HeatMap, heatMap } from './heatmap.js';
export { addConclusionTasks, type IssueConclusionInput, issueConclusion } from './issue-conclusion.js';
export { DEFAULT_LADDER, type LadderStep } from './ladder.js';
export { listTasks, type TaskList } from './list-tasks.js';
export {
  getMeeting,
  listMeetings,
  type MeetingInput,
  type MeetingView,
  recordMeeting,
  updateMeeting,
} from './meetings.js';
export { oversightModule } from './module.js';
export { listNotices, markNoticeRead, type NoticeView } from './notices.js';
export { RAISE_SOURCES, type Raised, type RaiseTaskInput, raiseTask } from './raise-task.js';
export { reportCompletion, reportProgress } from './report-progress.js';
export { reviewCompletion } from './review-completion.js';
export { SOURCE_KINDS, type SourceKind } from './schema.js';
export { getTask } from './task-action.js';
export type { TaskDetail } from './task-detail.js';
export { attachTaskFile, readTaskFile, type TaskFileView } from './task-files.js';
export type { TaskInput } from './task-input.js';
export { addTaskLink, removeTaskLink } from './task-links.js';
export type { TaskSummary } from './task-view.js';
export { listUnreported, type UnreportedConclusion } from './unreported.js';
