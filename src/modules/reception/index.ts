/**
 * The reception module's public API (issue 21 §3): citizen reception under the Law on Citizen Reception
 * 42/2013/QH13 (as amended by Law 136/2025/QH15) and Decree 154/2026/NĐ-CP — the leaders' published schedule,
 * sessions, the register (Form 03/TCD) whose rows become feedback cases, periodic reports and exports.
 */
export { exportRegisterCsv, exportReportXlsx } from './export-register.js';
export {
  CLASSIFICATIONS,
  type Classification,
  MODES,
  OUTCOMES,
  type Outcome,
  SESSION_KINDS,
} from './model.js';
export { receptionModule } from './module.js';
export type { CaseInput, Person } from './open-case.js';
export {
  cancelSchedule,
  listSchedule,
  planSchedule,
  type ScheduleInput,
  type ScheduleView,
} from './plan-schedule.js';
export { type ReceptionReport, receptionReport } from './reception-report.js';
export { type EntryInput, type EntryRecorded, openEntryCase, recordEntry } from './record-entry.js';
export { recordSession, type SessionInput } from './record-session.js';
export { type EntryView, getEntry, listRegister, revealEntryDenouncer } from './register-view.js';
