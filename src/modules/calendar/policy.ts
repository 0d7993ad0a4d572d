/**
 * Who may change the calendar. Reading it is public (every dossier's appointment depends on it).
 * - The national calendar (a year's notices and days): a system administrator with national scope (`VN`).
 * - A province's own days off and working hours: a system administrator of that province, or national.
 * Everyone else is refused: 401 without a session, 403 with one.
 */
import type { Actor } from '../../platform/context.js';
import { type DomainError, fail, ok, type Result } from '../../platform/result.js';
import { hasRoleOn } from '../identity/index.js';

export type CalendarChange =
  | { action: 'calendar.national.write' }
  | { action: 'calendar.province.write'; provinceCode: string };

export function authorizeCalendarChange(actor: Actor, change: CalendarChange): Result<void, DomainError> {
  if (actor.kind === 'anonymous') return fail({ kind: 'unauthenticated' });
  const scope =
    change.action === 'calendar.national.write'
      ? { unitCode: 'VN', provinceCode: 'VN' }
      : { unitCode: change.provinceCode, provinceCode: change.provinceCode };
  if (hasRoleOn(actor, ['system_admin'], scope)) return ok(undefined);
  return fail({
    kind: 'forbidden',
    detail:
      change.action === 'calendar.national.write'
        ? 'Only a system administrator with national scope may change the national calendar.'
        : `Only a system administrator of province ${change.provinceCode} may change its calendar.`,
  });
}
