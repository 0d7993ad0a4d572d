/**
 * The areas of tinhso each role works in, and where they live. Most are not built yet: their routes show an
 * honest "being built" page instead of made-up figures. Titles and descriptions are in the i18n resources
 * under `areas.<key>`.
 */
import type { Role } from './api/types';

export type AreaKey =
  | 'users'
  | 'audit'
  | 'referenceData'
  | 'apiDocs'
  | 'servicePerformance'
  | 'oversight'
  | 'targets'
  | 'investment'
  | 'unitDossiers'
  | 'unitTasks'
  | 'workQueue'
  | 'receiveDossier'
  | 'todayReceipts'
  | 'findProcedure'
  | 'myDossiers'
  | 'trackDossier'
  | 'feedback';

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
  | 'message';

export const AREAS: Record<AreaKey, Area> = {
  users: { key: 'users', path: '/admin/users', icon: 'team' },
  audit: { key: 'audit', path: '/admin/audit', icon: 'audit' },
  referenceData: { key: 'referenceData', path: '/admin/reference-data', icon: 'database' },
  apiDocs: { key: 'apiDocs', path: '/api/docs', external: true, icon: 'api' },
  servicePerformance: { key: 'servicePerformance', path: '/dashboard/service-performance', icon: 'chart' },
  oversight: { key: 'oversight', path: '/dashboard/oversight', icon: 'tasks' },
  targets: { key: 'targets', path: '/dashboard/targets', icon: 'target' },
  investment: { key: 'investment', path: '/dashboard/investment', icon: 'fund' },
  unitDossiers: { key: 'unitDossiers', path: '/unit/dossiers', icon: 'folder' },
  unitTasks: { key: 'unitTasks', path: '/unit/tasks', icon: 'tasks' },
  workQueue: { key: 'workQueue', path: '/work/queue', icon: 'inbox' },
  receiveDossier: { key: 'receiveDossier', path: '/counter/receive', icon: 'fileAdd' },
  todayReceipts: { key: 'todayReceipts', path: '/counter/today', icon: 'calendar' },
  findProcedure: { key: 'findProcedure', path: '/procedures', icon: 'search' },
  myDossiers: { key: 'myDossiers', path: '/my/dossiers', icon: 'folder' },
  trackDossier: { key: 'trackDossier', path: '/track', icon: 'fileSearch' },
  feedback: { key: 'feedback', path: '/feedback', icon: 'message' },
};

/** What each role's home offers, in order. */
export const ROLE_AREAS: Record<Role, AreaKey[]> = {
  system_admin: ['users', 'audit', 'referenceData', 'apiDocs'],
  provincial_leader: ['servicePerformance', 'oversight', 'targets', 'investment'],
  unit_leader: ['unitDossiers', 'unitTasks', 'servicePerformance'],
  specialist: ['workQueue', 'findProcedure'],
  counter_clerk: ['receiveDossier', 'todayReceipts', 'trackDossier'],
  citizen: ['findProcedure', 'myDossiers', 'trackDossier', 'feedback'],
};

/** The in-app areas (with a route of their own), each listed once. */
export const APP_AREAS: Area[] = Object.values(AREAS).filter((area) => !area.external);

/** The areas open to someone holding `roles`, in role order, without repeats. */
export function areasForRoles(roles: readonly Role[]): Area[] {
  const keys = new Set<AreaKey>();
  for (const role of roles) for (const key of ROLE_AREAS[role]) keys.add(key);
  return [...keys].map((key) => AREAS[key]);
}
