/**
 * The dossiers module's public API: the one-stop lifecycle of an administrative-procedure dossier (issue 6) —
 * online submission, reception with the dossier code and appointment, processing through the internal workflow
 * with the control slip, supplements, extension, stop, withdrawal, results, fees, tracking and rating.
 * Other modules read its data only through the read model of read-model.ts (dossier_facts, dossier_changes).
 */
export { actOnDossier } from './act-on-dossier.js';
export { type DemoOptions, seedDemoDossiers } from './demo-dossiers.js';
export { DOSSIER_CODE, formatDossierCode, parseDossierCode } from './dossier-code.js';
export { type DossierView, getDossier } from './dossier-view.js';
export { type DossierListItem, listMyDossiers, listWorkQueue, QUEUES, type Queue } from './list-dossiers.js';
export { CHANNELS, type Channel, PORTAL_CHANNEL, STATUS_LABELS_VI, STATUSES, type Status } from './model.js';
export { dossiersModule } from './module.js';
export { type DossierOp, OP_TYPES, type OpType } from './operations.js';
export { type PortalStanding, portalStandingAt } from './portal-standing.js';
export { rateByTracking } from './rate-by-tracking.js';
export { analyseDossierTables, DOSSIER_CHANGES, DOSSIER_FACTS } from './read-model.js';
export { type ReceiveInput, type ReceptionDecision, receiveDossiers } from './receive-dossiers.js';
export type { NewDossierInput } from './reception.js';
export { dossiersRoutes } from './routes.js';
export { runDossierWork, type WorkItem, type WorkOutcome } from './run-work.js';
export { type SubmitInput, submitDossier } from './submit-dossier.js';
export { type TrackingView, trackDossier } from './track-dossier.js';
