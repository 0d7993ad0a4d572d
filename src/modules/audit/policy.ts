import type { Actor } from '../../platform/context.js';

/**
 * Who may read the audit trail: system administrators, for entries of their province
 * (or all entries when their scope is national, unit code `VN`).
 */
export function auditReadScope(
  actor: Actor,
): { allowed: false } | { allowed: true; provinceCode: string | null } {
  if (actor.kind === 'system') return { allowed: true, provinceCode: null };
  if (actor.kind !== 'user') return { allowed: false };
  const grant = actor.roles.find((r) => r.role === 'system_admin');
  if (!grant) return { allowed: false };
  return { allowed: true, provinceCode: grant.unitCode === 'VN' ? null : grant.provinceCode };
}
