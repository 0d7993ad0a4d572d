/**
 * The procedures module's public API: the national catalogue of administrative procedures (thủ tục hành chính)
 * with immutable versions, its import from the national portal's export, each province's publication (deciding
 * agency, receiving units, fees) and internal workflow (quy trình nội bộ), and the citizen catalogue.
 */
export {
  type AgencyLabel,
  type CatalogueEntry,
  catalogueEntry,
  type PublishedFee,
} from './catalogue-entry.js';
export {
  type CheckContext,
  checkWorkflow,
  describeMinutes,
  type StepInput,
  type WorkflowCheck,
  type WorkflowProblem,
} from './check-workflow.js';
export {
  checkDeclaration,
  type Declaration,
  type DeclarationForm,
  declarationErrors,
  fieldTitle,
  formFields,
} from './declaration-form.js';
export {
  CHANNELS,
  type Channel,
  type ChannelDuration,
  type DurationIssue,
  parseDurationText,
} from './duration-text.js';
export { type EditProcedureInput, editProcedure, withdrawProcedure } from './edit-procedure.js';
export { BIRTH_REGISTRATION_FORM } from './forms/civil-status.js';
export { type BirthSample, birthDeclaration, SAMPLE_BIRTH_DECLARATION } from './forms/samples.js';
export { type ImportInput, type ImportSummary, importPortalExport } from './import-portal-export.js';
export { proceduresModule } from './module.js';
export {
  type FileError,
  type ParseCounts,
  type ParseResult,
  type PortalProcedure,
  parsePortalExport,
  type ReportRow,
} from './parse-portal-export.js';
export { mayEditCatalogue, mayManageProvince } from './policy.js';
export { procedureNames } from './procedure-names.js';
export {
  currentVersion,
  findProcedure,
  getProcedureVersion,
  listVersions,
  type ProcedureState,
  type ProcedureVersion,
  type VersionSummary,
  versionInForce,
} from './procedure-view.js';
export {
  type AdminListItem,
  getPublicationAdmin,
  listPublicationsAdmin,
  type PublicationAdminView,
} from './publication-admin.js';
export {
  type DecidingKind,
  type FeeInput,
  type PublishInput,
  publishProcedure,
  withdrawPublication,
} from './publish-procedure.js';
export { reportCsv } from './report-csv.js';
export {
  fillTemplate,
  printed,
  type ResultField,
  type ResultTemplate,
  valueAt,
} from './result-template.js';
export {
  checkWorkflowDraft,
  type SaveWorkflowInput,
  saveWorkflow,
  type WorkflowView,
} from './save-workflow.js';
export {
  type CatalogueItem,
  type CatalogueQuery,
  catalogueFacets,
  searchCatalogue,
} from './search-catalogue.js';
export { type SetProcessingTimeInput, setProcessingTime } from './set-processing-time.js';
export { checkWorkflowTimes, type TimeAmount, type TimeCheck } from './workflow-check.js';
export { type StepDraft, TEMPLATES, type TemplateKind, templateSteps } from './workflow-templates.js';
