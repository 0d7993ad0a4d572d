/**
 * Đôn đốc quá hạn — the scheduled job: every running legal step past its due instant is marked overdue once,
 * written to the case's timeline as escalated to the leaders of the case's unit (who see it at the top of their
 * queue, filter "overdue"), and audited once per step. Marking is idempotent and safe with several app
 * instances (rows are claimed with SKIP LOCKED).
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { events } from './schema.js';

/** Steps marked per transaction; the job loops until none is left. */
const BATCH = 500;

export async function markOverdue(ctx: Ctx): Promise<{ marked: number }> {
  let marked = 0;
  for (;;) {
    const n = await ctx.db.transaction(async (tx) => {
      const claimed = await tx.execute<{
        id: string;
        case_id: string;
        province_code: string;
        step: string;
        due_at: Date;
        code: string;
        unit_code: string;
      }>(sql`
        update feedback.deadlines d set overdue_marked_at = ${ctx.now}
         where d.id in (select id from feedback.deadlines
                         where done_at is null and overdue_marked_at is null and due_at < ${ctx.now}
                           and not exists (select 1 from feedback.cases s
                                            where s.id = feedback.deadlines.case_id and s.status = 'suspended')
                         order by due_at limit ${BATCH} for update skip locked)
        returning d.id, d.case_id, d.province_code, d.step, d.due_at,
                  (select code from feedback.cases c where c.id = d.case_id) as code,
                  (select unit_code from feedback.cases c where c.id = d.case_id) as unit_code`);
      const rows = claimed.rows;
      if (rows.length === 0) return 0;
      await tx.insert(events).values(
        rows.map((r) => ({
          id: newId(),
          caseId: r.case_id,
          provinceCode: r.province_code,
          at: ctx.now,
          action: 'overdue',
          actorLabel: 'tinhso',
          note: null,
          data: {
            step: r.step,
            dueAt: new Date(r.due_at).toISOString(),
            escalatedTo: `unit_leader:${r.unit_code}`,
          },
          visibleToSubmitter: false,
        })),
      );
      // Audit last (its chain lock is held to commit): one entry per overdue step.
      for (const r of rows) {
        await recordAudit(tx, ctx, {
          action: 'feedback.step_overdue',
          entityType: 'feedback_case',
          entityId: r.case_id,
          provinceCode: r.province_code,
          after: { code: r.code, step: r.step, dueAt: new Date(r.due_at).toISOString() },
        });
      }
      return rows.length;
    });
    marked += n;
    if (n < BATCH) return { marked };
  }
}
