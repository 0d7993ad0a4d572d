/**
 * Đôn đốc tự động — the `oversight-escalate` job (issue 8 §3): for each open task, where it stands against its
 * deadline on the province's working-day calendar, and each ladder step now due recorded once (the unique
 * key task + step + deadline makes a second run, or a second instance, record nothing), with an in-app notice
 * to the step's audience and an audit entry, all in one transaction per province.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { recordAudit } from '../audit/index.js';
import { calendarFor, localDate } from '../calendar/index.js';
import { loadLadder } from './escalation-ladder.js';
import { stepsDue } from './ladder.js';
import { type Audience, escalations } from './schema.js';
import { notify } from './task-action.js';
import { agencyViews, type TaskRecord } from './task-view.js';

export interface EscalationRun {
  today: string;
  provinces: string[];
  tasksChecked: number;
  fired: Array<{ taskId: string; code: string; step: string; audience: Audience; deadline: string }>;
}

interface OpenTask extends Record<string, unknown> {
  id: string;
  code: string;
  title: string;
  status: 'assigned' | 'in_progress';
  deadline: string;
  progress_percent: number;
  version: number;
  lead_agency_id: string;
  lead_unit_code: string;
  province_code: string;
  conclusion_id: string;
  issuer_unit_code: string;
  fired: string[] | null;
}

export interface EscalationOptions {
  provinceCode?: string;
}

export async function runEscalation(ctx: Ctx, options: EscalationOptions = {}): Promise<EscalationRun> {
  const today = localDate(ctx.now);
  const provinces = options.provinceCode
    ? [options.provinceCode]
    : (
        await ctx.db.execute<{ code: string }>(sql`select distinct province_code as code from oversight.tasks
          where status in ('assigned', 'in_progress') order by 1`)
      ).rows.map((r) => r.code);
  const run: EscalationRun = { today, provinces, tasksChecked: 0, fired: [] };
  for (const provinceCode of provinces) {
    // One query at a time: ctx.db may be a transaction (the demo seeder runs this in its own).
    const cal = await calendarFor(ctx.db, provinceCode);
    const ladder = await loadLadder(ctx.db, provinceCode);
    // No step can be due for a deadline further away than the earliest reminder reaches.
    const earliest = Math.min(0, ...ladder.steps.map((s) => s.offsetWorkingDays));
    const horizon = cal.addWorkingDays(today, -earliest);
    const open = await ctx.db.execute<OpenTask>(sql`select t.id, t.code, t.title, t.status, t.deadline,
        t.progress_percent, t.version, t.lead_agency_id, t.lead_unit_code, t.province_code, t.conclusion_id,
        c.issuer_unit_code,
        (select array_agg(es.step) from oversight.escalations es
          where es.task_id = t.id and es.deadline = t.deadline) as fired
      from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id
      where t.province_code = ${provinceCode} and t.status in ('assigned', 'in_progress')
        and t.deadline <= ${horizon}::date
      order by t.deadline, t.code`);
    run.tasksChecked += open.rows.length;
    const due = open.rows.flatMap((task) => {
      const done = new Set(task.fired ?? []);
      return stepsDue(cal, ladder.steps, task.deadline, today)
        .filter((s) => !done.has(s.step))
        .map((step) => ({ task, step }));
    });
    if (due.length === 0) continue;
    const agencies = await agencyViews(
      ctx.db,
      due.map((d) => d.task.lead_agency_id),
    );
    await ctx.db.transaction(async (tx) => {
      const recorded: typeof due = [];
      const ids: string[] = [];
      for (const item of due) {
        const { task, step } = item;
        const id = newId();
        const inserted = await tx
          .insert(escalations)
          .values({
            id,
            taskId: task.id,
            provinceCode,
            step: step.step,
            audience: step.audience,
            deadline: task.deadline,
            workingDaysFromDeadline: step.workingDaysFromDeadline,
            firedOn: today,
            firedAt: ctx.now,
          })
          .onConflictDoNothing()
          .returning({ id: escalations.id });
        if (inserted.length === 0) continue; // another run recorded it first
        const agency = agencies.get(task.lead_agency_id);
        await notify(
          tx,
          ctx,
          asRecord(task),
          step.audience,
          'escalation',
          {
            step: step.step,
            deadline: task.deadline,
            workingDaysFromDeadline: step.workingDaysFromDeadline,
            leadAgency: agency?.name ?? null,
            leadAgencyEn: agency?.nameEn ?? null,
          },
          id,
        );
        recorded.push(item);
        ids.push(id);
      }
      // The audit entries last: the chain lock is held until the transaction ends.
      for (const [i, { task, step }] of recorded.entries()) {
        await recordAudit(tx, ctx, {
          action: 'oversight.escalated',
          entityType: 'oversight_task',
          entityId: task.id,
          provinceCode,
          after: {
            escalationId: ids[i],
            step: step.step,
            audience: step.audience,
            deadline: task.deadline,
            workingDaysFromDeadline: step.workingDaysFromDeadline,
          },
        });
        run.fired.push({
          taskId: task.id,
          code: task.code,
          step: step.step,
          audience: step.audience,
          deadline: task.deadline,
        });
      }
    });
  }
  return run;
}

function asRecord(task: OpenTask): TaskRecord {
  return {
    ref: {
      provinceCode: task.province_code,
      issuerUnitCode: task.issuer_unit_code,
      lead: { id: task.lead_agency_id, unitCode: task.lead_unit_code, provinceCode: task.province_code },
      coordinators: [],
    },
    id: task.id,
    code: task.code,
    title: task.title,
    status: task.status,
    deadline: task.deadline,
    progressPercent: Number(task.progress_percent),
    version: Number(task.version),
    leadAgencyId: task.lead_agency_id,
    conclusionId: task.conclusion_id,
  };
}
