/**
 * Phân công — a leader names the officials who handle a case. They and the leader who assigned them alone
 * may read a denouncer's identity (Law on Denunciations art. 47). The list replaces the current one; an official must hold a role on the
 * case's unit.
 */
import { and, eq, isNull } from 'drizzle-orm';
import { actorId, actorLabel, type Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fieldError, invalidBecause, ok, type Result } from '../../platform/result.js';
import { grantCovers, loadUser } from '../identity/index.js';
import { type CaseChanged, changeCase } from './change-case.js';
import { msg } from './messages.js';
import { OFFICIAL_ROLES } from './policy.js';
import { assignments } from './schema.js';

export async function assignCase(
  ctx: Ctx,
  caseId: string,
  input: { version: number; userIds: string[] },
): Promise<Result<CaseChanged>> {
  return changeCase(ctx, caseId, input.version, 'manage', async (loaded) => {
    const c = loaded.row;
    if (c.status !== 'received' && c.status !== 'processing' && c.status !== 'supplement_requested')
      return invalidBecause(msg('feedback.assignOpenOnly'), [
        fieldError('status', msg('feedback.notInThisStatus', { status: c.status })),
      ]);
    const wanted = [...new Set(input.userIds)];
    const people = await Promise.all(wanted.map((id) => loadUser(ctx.db, id)));
    for (const [i, user] of people.entries()) {
      const fits =
        user?.status === 'active' &&
        user.kind === 'official' &&
        user.roles.some((g) => OFFICIAL_ROLES.includes(g.role) && grantCovers(g, c));
      if (!fits)
        return invalidBecause(msg('feedback.assignOwnUnit'), [
          { field: `userIds.${i}`, message: 'not an official of the unit' },
        ]);
    }
    const before = loaded.assignees;
    const removed = before.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !before.includes(id));
    return ok({
      changes: {},
      apply: async (tx) => {
        for (const userId of removed) {
          await tx
            .update(assignments)
            .set({ endedAt: ctx.now })
            .where(
              and(eq(assignments.caseId, c.id), eq(assignments.userId, userId), isNull(assignments.endedAt)),
            );
        }
        for (const userId of added) {
          await tx.insert(assignments).values({
            id: newId(),
            caseId: c.id,
            provinceCode: c.provinceCode,
            userId,
            assignedBy: actorLabel(ctx.actor),
            assignedById: actorId(ctx.actor),
            assignedAt: ctx.now,
          });
        }
      },
      event: {
        action: 'assigned',
        data: { officials: people.map((u) => u!.displayName) },
        visibleToSubmitter: false,
      },
      audit: { action: 'feedback.assigned', before: { userIds: before }, after: { userIds: wanted } },
    });
  });
}
