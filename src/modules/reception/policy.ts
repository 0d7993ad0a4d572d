/**
 * Who may do what with citizen reception (issue 21 §3):
 * - the schedule is public: anyone reads it, signed in or not (Decree 154/2026 art. 29(1)(d));
 * - the leaders of a unit and its officials plan its schedule and record its sessions and register (the
 *   chair assigns officials to reception, Law 42/2013 art. 15(2); Decree 154/2026 art. 28–29);
 * - the register of a unit is read by the officials its grants cover (citizens never);
 * - a denouncer received in person is known only to the official who recorded them and the leader who received
 *   them; everyone else gets 404 (Law on Denunciations 2018 art. 47–48), the same rule the feedback module keeps
 *   for the case the denunciation becomes;
 * - reports: leaders and administrators of the unit or province.
 */
import type { Actor, Role } from '../../platform/context.js';
import { hasRoleOn, type UnitRef } from '../identity/index.js';

export type Decision = 'allow' | 'deny' | 'hide';

const LEADERS: readonly Role[] = ['provincial_leader', 'unit_leader'];
const RECORDERS: readonly Role[] = ['provincial_leader', 'unit_leader', 'specialist', 'counter_clerk'];
const READERS: readonly Role[] = [...RECORDERS, 'system_admin'];
const REPORTERS: readonly Role[] = ['provincial_leader', 'unit_leader', 'system_admin'];

export type ReceptionAction = 'schedule' | 'record' | 'read' | 'report';

export function decideReception(actor: Actor, action: ReceptionAction, unit: UnitRef): Decision {
  if (actor.kind === 'system') return 'allow';
  if (actor.kind !== 'user') return 'deny';
  const reads = hasRoleOn(actor, READERS, unit);
  switch (action) {
    case 'schedule':
      return hasRoleOn(actor, [...LEADERS, 'specialist'], unit) ? 'allow' : reads ? 'deny' : 'hide';
    case 'record':
      return hasRoleOn(actor, RECORDERS, unit) ? 'allow' : reads ? 'deny' : 'hide';
    case 'read':
      return reads ? 'allow' : 'hide';
    case 'report':
      return hasRoleOn(actor, REPORTERS, unit) ? 'allow' : 'deny';
  }
}

/** Whether the actor may know the denouncer of a register entry: its recorder or the leader who received. */
export function mayKnowDenouncer(
  actor: Actor,
  entry: { recordedById: string | null; receiverUserId: string | null },
): boolean {
  if (actor.kind !== 'user') return false;
  return actor.userId === entry.recordedById || actor.userId === entry.receiverUserId;
}

/**
 * The units of a province an actor reads the register of: `null` = all of the province; otherwise the units
 * their grants name (a commune official reads their commune).
 */
export function readableUnits(actor: Actor, provinceCode: string): string[] | null | undefined {
  if (actor.kind === 'system') return null;
  if (actor.kind !== 'user') return undefined;
  const grants = actor.roles.filter(
    (g) => READERS.includes(g.role) && (g.provinceCode === provinceCode || g.unitCode === 'VN'),
  );
  if (grants.some((g) => g.unitCode === 'VN' || g.unitCode === provinceCode)) return null;
  return grants.length ? [...new Set(grants.map((g) => g.unitCode))] : undefined;
}
