/**
 * Who may change the catalogue (issue 5 §3): the national catalogue (import, new versions, withdrawal) belongs
 * to the installation's national system administrators; a province's publication and workflows to its system
 * administrators and provincial leaders. Reading the published catalogue needs no sign-in.
 */
import type { Actor } from '../../platform/context.js';
import { hasRoleOn } from '../identity/index.js';

const NATIONAL = { unitCode: 'VN', provinceCode: 'VN' };

export function mayEditCatalogue(actor: Actor): boolean {
  return hasRoleOn(actor, ['system_admin'], NATIONAL);
}

export function mayManageProvince(actor: Actor, provinceCode: string): boolean {
  return hasRoleOn(actor, ['system_admin', 'provincial_leader'], { unitCode: provinceCode, provinceCode });
}

export const CATALOGUE_DENIED =
  'Only a national system administrator may change the national procedure catalogue.';
export const PROVINCE_DENIED =
  'Only a system administrator or a provincial leader of this province may change its published procedures.';
