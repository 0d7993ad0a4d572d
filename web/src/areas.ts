/**
 * The areas of tinhso each role works in, and where they live. Most are not built yet: their routes show an
 * honest "being built" page instead of made-up figures. Titles and descriptions are in the i18n resources
 * under `areas.<key>`.
 */
import type { Role } from './api/types';

export type AreaKey =
  | 'users'
  | 'audit'
  | 'signatures'
  | 'referenceData'
  | 'calendar'
  | 'apiDocs'
  | 'servicePerformance'
  | 'oversight'
  | 'targets'
  | 'investment'
  | 'staffing'
  | 'disasters'
  | 'unitDossiers'
  | 'unitTasks'
  | 'workQueue'
  | 'receiveDossier'
  | 'todayReceipts'
  | 'findProcedure'
  | 'procedureCatalogue'
  | 'myDossiers'
  | 'trackDossier'
  | 'feedback'
  | 'feedbackQueue'
  | 'feedbackReport'
  | 'reception'
  | 'signInSecurity';

export type Area = {
  key: AreaKey;
  /** An app route, or a server page when `external` (opened with a normal link, not the router). */
  path: string;
  external?: boolean;
  icon: IconName;
};

export type IconName =
  | 'team'
  | 'audit'
  | 'database'
  | 'api'
  | 'chart'
  | 'tasks'
  | 'target'
  | 'fund'
  | 'folder'
  | 'inbox'
  | 'fileAdd'
  | 'calendar'
  | 'search'
  | 'fileSearch'
  | 'message'
  | 'signature'
  | 'alert';

export const AREAS: Record<AreaKey, Area> = {
  users: { key: 'users', path: '/admin/users', icon: 'team' },
  audit: { key: 'audit', path: '/admin/audit', icon: 'audit' },
  signatures: { key: 'signatures', path: '/admin/signatures', icon: 'signature' },
  referenceData: { key: 'referenceData', path: '/admin/reference-data', icon: 'database' },
  calendar: { key: 'calendar', path: '/calendar', icon: 'calendar' },
  apiDocs: { key: 'apiDocs', path: '/api/docs', external: true, icon: 'api' },
  servicePerformance: { key: 'servicePerformance', path: '/dashboard/service-performance', icon: 'chart' },
  oversight: { key: 'oversight', path: '/dashboard/oversight', icon: 'tasks' },
  targets: { key: 'targets', path: '/dashboard/targets', icon: 'target' },
  investment: { key: 'investment', path: '/dashboard/investment', icon: 'fund' },
  staffing: { key: 'staffing', path: '/dashboard/staffing', icon: 'team' },
  disasters: { key: 'disasters', path: '/dashboard/disasters', icon: 'alert' },
  unitDossiers: { key: 'unitDossiers', path: '/unit/dossiers', icon: 'folder' },
  unitTasks: { key: 'unitTasks', path: '/unit/tasks', icon: 'tasks' },
  workQueue: { key: 'workQueue', path: '/work/queue', icon: 'inbox' },
  receiveDossier: { key: 'receiveDossier', path: '/counter/receive', icon: 'fileAdd' },
  todayReceipts: { key: 'todayReceipts', path: '/counter/today', icon: 'calendar' },
  findProcedure: { key: 'findProcedure', path: '/procedures', icon: 'search' },
  procedureCatalogue: { key: 'procedureCatalogue', path: '/admin/procedures', icon: 'fileSearch' },
  myDossiers: { key: 'myDossiers', path: '/my/dossiers', icon: 'folder' },
  trackDossier: { key: 'trackDossier', path: '/track', icon: 'fileSearch' },
  feedback: { key: 'feedback', path: '/feedback', icon: 'message' },
  feedbackQueue: { key: 'feedbackQueue', path: '/work/feedback', icon: 'message' },
  feedbackReport: { key: 'feedbackReport', path: '/dashboard/feedback', icon: 'chart' },
  reception: { key: 'reception', path: '/work/reception', icon: 'calendar' },
  signInSecurity: { key: 'signInSecurity', path: '/admin/sign-in', icon: 'team' },
};

/** What each role's home offers, in order. */
export const ROLE_AREAS: Record<Role, AreaKey[]> = {
  system_admin: [
    'users',
    'signInSecurity',
    'audit',
    'signatures',
    'referenceData',
    'calendar',
    'procedureCatalogue',
    'targets',
    'investment',
    'apiDocs',
    'feedbackReport',
    // The 766 scorecard's 2.1 / 5.4 rule is set there (issue 24 §5a); the server lets administrators read reports.
    'servicePerformance',
  ],
  provincial_leader: [
    'servicePerformance',
    'oversight',
    'targets',
    'investment',
    'staffing',
    'disasters',
    'procedureCatalogue',
    'feedbackQueue',
    'feedbackReport',
    'reception',
  ],
  unit_leader: [
    'unitDossiers',
    'unitTasks',
    'oversight',
    'servicePerformance',
    'targets',
    'investment',
    'staffing',
    'disasters',
    'feedbackQueue',
    'feedbackReport',
    'reception',
  ],
  specialist: [
    'workQueue',
    'unitTasks',
    'findProcedure',
    'targets',
    'investment',
    'staffing',
    'disasters',
    'feedbackQueue',
    'reception',
  ],
  counter_clerk: ['receiveDossier', 'todayReceipts', 'trackDossier', 'feedbackQueue', 'reception'],
  citizen: ['findProcedure', 'myDossiers', 'trackDossier', 'feedback'],
};

/** Areas open to every signed-in user whatever their roles: public reference data. */
export const EVERYONE_AREAS: readonly AreaKey[] = ['referenceData', 'calendar'];

/** The in-app areas (with a route of their own), each listed once. */
export const APP_AREAS: Area[] = Object.values(AREAS).filter((area) => !area.external);

/** The areas open to someone holding `roles`, in role order, then the areas open to everyone; no repeats. */
export function areasForRoles(roles: readonly Role[]): Area[] {
  const keys = new Set<AreaKey>();
  for (const role of roles) for (const key of ROLE_AREAS[role]) keys.add(key);
  for (const key of EVERYONE_AREAS) keys.add(key);
  return [...keys].map((key) => AREAS[key]);
}

/** Whether someone holding `roles` works in an area (the server decides on its own; this keeps the UI honest). */
export function mayUseArea(roles: readonly Role[], key: AreaKey): boolean {
  return EVERYONE_AREAS.includes(key) || roles.some((role) => ROLE_AREAS[role].includes(key));
}
