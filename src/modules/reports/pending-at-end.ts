/**
 * The dossiers of a scope still in progress at the end of its period and where they stand then under the
 * national portal's rule (RULES.md §1.5: the period's last day is their end; issue 24 §5a): counted in 2.1 and
 * 5.4 when an administrator chose `period_end` (in-progress-rule.ts). The period ends at 24:00 of its last day
 * (Vietnam time), or now while it runs.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { type PortalStanding, portalStandingAt } from '../dossiers/index.js';
import { addDays } from './period.js';
import { type Scope, scopeCondition } from './scope.js';

/** The last instant of the period: 23:59:59.999 of its last day in Vietnam, or now if that is later. */
export function periodEndInstant(scope: Scope, now: Date): Date {
  const end = new Date(new Date(`${addDays(scope.period.to, 1)}T00:00:00+07:00`).getTime() - 1);
  return end < now ? end : now;
}

export async function pendingAtPeriodEnd(ctx: Ctx, scope: Scope): Promise<PortalStanding> {
  const to = scope.period.to;
  const result = await ctx.db.execute<{ dossier_id: string }>(sql`
    select b.dossier_id from reports.dossier_contributions b
     where ${scopeCondition(scope, { withProcedure: true })}
       and b.received_day <= ${to}::date and (b.finished_day is null or b.finished_day > ${to}::date)`);
  return portalStandingAt(
    ctx.db,
    scope.unit.provinceCode,
    result.rows.map((r) => r.dossier_id),
    periodEndInstant(scope, ctx.now),
  );
}
