/**
 * Writes the demo province's oversight records (demo-data.ts) as they would stand after their histories:
 * each task's acceptance, reports, extension requests and decisions, completion and review, and the ladder
 * steps the escalation job would have recorded on their days (with their notices). One audit entry sums the
 * demo up; the steps due today are left to `runEscalation`, which records and audits them like any run.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { foldForSearch } from '../../platform/search-text.js';
import { vietnamInstant } from '../../platform/vietnam-time.js';
import { recordAudit } from '../audit/index.js';
import { calendarFor, localDate } from '../calendar/index.js';
import { type AgencySummary, listAgencies } from '../units/index.js';
import { type AgencyKey, DEMO_CONCLUSIONS, DEMO_REPORTERS, type DemoTask } from './demo-data.js';
import { DEMO_MEETING } from './demo-meeting.js';
import { OUTSIDE_CONCLUSIONS } from './demo-outside.js';
import { runEscalation } from './escalate.js';
import { DEFAULT_LADDER, stepDate } from './ladder.js';
import { recordMeeting } from './meetings.js';
import {
  conclusions,
  escalations,
  notices,
  taskCoordinators,
  taskExtensions,
  taskReports,
  tasks,
} from './schema.js';

type Row<T extends { $inferInsert: unknown }> = T['$inferInsert'];

/** 09:30 Vietnam time on a day (a plausible office hour for the demo's events). */
const at = (day: string, time = '09:30') => vietnamInstant(day, time);

/** Reads go through the seeder's transaction (ctx.db), never the pool (issue 17 §1). */
export async function seedDemoOversight(ctx: Ctx, provinceCode: string) {
  const summary = { meetings: 0, conclusions: 0, tasks: 0, escalations: 0 };
  if (provinceCode !== '04') return summary; // the demo records are Cao Bằng's
  const agencies = await listAgencies(ctx.db, provinceCode);
  const agencyOf = (key: AgencyKey): AgencySummary => {
    const found =
      typeof key === 'string'
        ? agencies.find((a) => a.unitCode === provinceCode && a.name === key)
        : agencies.find((a) => a.unitCode === key.commune && a.kind === key.kind);
    if (!found) throw new Error(`demo oversight: no agency ${JSON.stringify(key)} in ${provinceCode}`);
    return found;
  };
  const cal = await calendarFor(ctx.db, provinceCode);
  const today = localDate(ctx.now);

  const meeting = await recordMeeting(ctx, { ...DEMO_MEETING, startsAt: new Date(DEMO_MEETING.startsAt) });
  if (!meeting.ok) throw new Error(`demo meeting: ${JSON.stringify(meeting.error)}`);
  summary.meetings = 1;

  const rows = {
    conclusions: [] as Row<typeof conclusions>[],
    tasks: [] as Row<typeof tasks>[],
    coordinators: [] as Row<typeof taskCoordinators>[],
    reports: [] as Row<typeof taskReports>[],
    extensions: [] as Row<typeof taskExtensions>[],
    escalations: [] as Row<typeof escalations>[],
    notices: [] as Row<typeof notices>[],
  };
  let reporterIndex = 0;

  for (const c of [...DEMO_CONCLUSIONS, ...OUTSIDE_CONCLUSIONS]) {
    const conclusionId = newId();
    rows.conclusions.push({
      id: conclusionId,
      provinceCode,
      issuerUnitCode: c.issuerUnit,
      issuerName: c.issuerName,
      kind: c.kind,
      source: c.source ?? 'own',
      number: c.number,
      issuedOn: c.issuedOn,
      title: c.title,
      summary: c.summary,
      meetingId: c.fromMeeting ? meeting.value.id : null,
      signerName: c.signerName,
      documentReference: `${c.number} (dữ liệu mẫu)`,
      searchText: foldForSearch(`${c.number} ${c.title}`),
      createdBy: 'demo',
      createdAt: at(c.issuedOn, '16:00'),
      updatedAt: at(c.issuedOn, '16:00'),
    });
    c.tasks.forEach((demo, i) => {
      const reporter = DEMO_REPORTERS[reporterIndex++ % DEMO_REPORTERS.length]!;
      writeTask(demo, i + 1, reporter);
    });

    function writeTask(demo: DemoTask, seq: number, reporter: string) {
      const id = newId();
      const lead = agencyOf(demo.lead);
      const code = `${c.number}-${String(seq).padStart(2, '0')}`;
      const notice = (
        audience: 'agency' | 'agency_head' | 'issuer',
        kind: Row<typeof notices>['kind'],
        when: Date,
        params: Record<string, unknown>,
        escalationId?: string,
      ) =>
        rows.notices.push({
          id: newId(),
          provinceCode,
          taskId: id,
          audience,
          unitCode: audience === 'issuer' ? c.issuerUnit : lead.unitCode,
          agencyId: audience === 'issuer' ? null : lead.id,
          kind,
          params: { taskCode: code, taskTitle: demo.title, ...params },
          escalationId: escalationId ?? null,
          createdAt: when,
        });
      const s = {
        status: 'assigned' as Row<typeof tasks>['status'],
        deadline: demo.deadline,
        percent: 0,
        acceptedAt: null as Date | null,
        lastReportedAt: null as Date | null,
        completionReportedOn: null as string | null,
        confirmedAt: null as Date | null,
        openFrom: c.issuedOn as string | null,
        lastCompletion: undefined as Row<typeof taskReports> | undefined,
        lastProgress: 0,
      };
      // The days the task was open, each with the deadline then in force: what the ladder ran against.
      const periods: Array<{ from: string; to: string; deadline: string }> = [];
      const close = (day: string) => {
        if (s.openFrom !== null) periods.push({ from: s.openFrom, to: day, deadline: s.deadline });
        s.openFrom = null;
      };
      const report = (
        kind: 'progress' | 'completion',
        on: string,
        percent: number,
        text: string,
        attachment?: string,
      ) => {
        const row: Row<typeof taskReports> = {
          id: newId(),
          taskId: id,
          provinceCode,
          kind,
          percent,
          text,
          attachments: attachment
            ? [{ name: attachment, reference: `https://vanban.caobang.example/${code}` }]
            : [],
          reporterName: reporter,
          reportedAt: at(on),
          reportedOn: on,
        };
        rows.reports.push(row);
        s.lastReportedAt = at(on);
        return row;
      };
      for (const step of demo.steps) {
        switch (step.do) {
          case 'accept':
            s.status = 'in_progress';
            s.acceptedAt = at(step.on);
            break;
          case 'progress':
            report('progress', step.on, step.percent, step.text, step.attachment);
            s.percent = s.lastProgress = step.percent;
            break;
          case 'extend': {
            const decided = step.decided;
            rows.extensions.push({
              id: newId(),
              taskId: id,
              provinceCode,
              previousDeadline: s.deadline,
              requestedDeadline: step.to,
              reason: step.reason,
              status: decided ? (decided.grant ? 'granted' : 'refused') : 'pending',
              requesterName: reporter,
              requestedAt: at(step.on),
              grantedDeadline: decided?.grant ? step.to : null,
              decisionNote: decided?.note ?? null,
              deciderName: decided ? c.reviewer : null,
              decidedAt: decided ? at(decided.on, '15:00') : null,
            });
            notice('issuer', 'extension_requested', at(step.on), {
              deadline: s.deadline,
              requestedDeadline: step.to,
            });
            if (decided) {
              notice('agency', 'extension_decided', at(decided.on, '15:00'), {
                decision: decided.grant ? 'grant' : 'refuse',
                deadline: decided.grant ? step.to : s.deadline,
                requestedDeadline: step.to,
              });
              if (decided.grant) {
                close(decided.on);
                s.deadline = step.to;
                s.openFrom = decided.on;
              }
            }
            break;
          }
          case 'complete':
            s.lastCompletion = report('completion', step.on, 100, step.text, step.attachment);
            s.status = 'completion_reported';
            s.percent = 100;
            s.completionReportedOn = step.on;
            notice('issuer', 'completion_reported', at(step.on), {
              reportedOn: step.on,
              deadline: s.deadline,
            });
            close(step.on);
            break;
          case 'confirm':
          case 'reopen': {
            const review = step.do === 'confirm' ? 'confirmed' : 'reopened';
            Object.assign(s.lastCompletion!, {
              review,
              reviewNote: step.do === 'reopen' ? step.note : null,
              reviewerName: c.reviewer,
              reviewedAt: at(step.on, '15:00'),
            });
            notice('agency', 'completion_reviewed', at(step.on, '15:00'), {
              outcome: step.do,
              note: step.do === 'reopen' ? step.note : null,
            });
            if (step.do === 'confirm') {
              s.status = 'completed';
              s.confirmedAt = at(step.on, '15:00');
            } else {
              s.status = 'in_progress';
              s.percent = s.lastProgress;
              s.completionReportedOn = null;
              s.openFrom = step.on;
            }
            break;
          }
        }
      }
      close(addDay(today)); // still open: open through today
      // Ladder steps that fell due on an earlier day while the task was open; today's are the job's.
      const fired = new Set<string>();
      for (const period of periods) {
        for (const ladderStep of DEFAULT_LADDER) {
          const day = stepDate(cal, period.deadline, ladderStep.offsetWorkingDays);
          if (day < period.from || day >= period.to || day >= today) continue;
          if (ladderStep.offsetWorkingDays <= 0 && day > period.deadline) continue;
          const key = `${ladderStep.step}|${period.deadline}`;
          if (fired.has(key)) continue;
          fired.add(key);
          const escalationId = newId();
          const fromDeadline = -cal.workingDaysBetween(day, period.deadline);
          rows.escalations.push({
            id: escalationId,
            taskId: id,
            provinceCode,
            step: ladderStep.step,
            audience: ladderStep.audience,
            deadline: period.deadline,
            workingDaysFromDeadline: fromDeadline,
            firedOn: day,
            firedAt: at(day, '07:05'),
          });
          notice(
            ladderStep.audience,
            'escalation',
            at(day, '07:05'),
            {
              step: ladderStep.step,
              deadline: period.deadline,
              workingDaysFromDeadline: fromDeadline,
              leadAgency: lead.name,
              leadAgencyEn: lead.nameEn,
            },
            escalationId,
          );
        }
      }
      const coordinators = (demo.coordinators ?? []).map(agencyOf);
      rows.coordinators.push(
        ...coordinators.map((a) => ({ taskId: id, agencyId: a.id, unitCode: a.unitCode, provinceCode })),
      );
      const lastChange = [s.acceptedAt, s.lastReportedAt, s.confirmedAt].filter((d): d is Date => d !== null);
      rows.tasks.push({
        id,
        provinceCode,
        conclusionId,
        seq,
        code,
        title: demo.title,
        content: demo.content,
        leadAgencyId: lead.id,
        leadUnitCode: lead.unitCode,
        priority: demo.priority,
        expectedOutput: demo.expectedOutput,
        deadline: s.deadline,
        originalDeadline: demo.deadline,
        deadlineWorkingDays: null,
        status: s.status,
        progressPercent: s.percent,
        acceptedAt: s.acceptedAt,
        lastReportedAt: s.lastReportedAt,
        completionReportedOn: s.completionReportedOn,
        confirmedAt: s.confirmedAt,
        searchText: foldForSearch(`${code} ${demo.title} ${demo.content}`),
        version: 1 + demo.steps.length,
        createdAt: at(c.issuedOn, '16:00'),
        updatedAt: lastChange.sort((a, b) => b.getTime() - a.getTime())[0] ?? at(c.issuedOn, '16:00'),
      });
    }
  }

  await ctx.db.insert(conclusions).values(rows.conclusions);
  await ctx.db.insert(tasks).values(rows.tasks);
  if (rows.coordinators.length) await ctx.db.insert(taskCoordinators).values(rows.coordinators);
  await ctx.db.insert(taskReports).values(rows.reports);
  await ctx.db.insert(taskExtensions).values(rows.extensions);
  await ctx.db.insert(escalations).values(rows.escalations);
  await ctx.db.insert(notices).values(rows.notices);
  await recordAudit(ctx.db, ctx, {
    action: 'oversight.demo_seeded',
    entityType: 'oversight_conclusion',
    provinceCode,
    after: {
      conclusions: rows.conclusions.map((c) => c.number),
      tasks: rows.tasks.length,
      reports: rows.reports.length,
      extensions: rows.extensions.length,
      escalations: rows.escalations.length,
    },
  });
  const run = await runEscalation(ctx, { provinceCode });
  const [count] = (
    await ctx.db.execute<{ n: number }>(
      sql`select count(*)::int as n from oversight.escalations where province_code = ${provinceCode}`,
    )
  ).rows;
  return {
    ...summary,
    conclusions: rows.conclusions.length,
    tasks: rows.tasks.length,
    escalations: Number(count?.n ?? rows.escalations.length + run.fired.length),
  };
}

function addDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
