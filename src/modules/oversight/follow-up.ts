/**
 * Theo dõi việc thực hiện kết luận — the follow-up of conclusions by where they come from (issue 21 §4): the
 * unit's own, inspection conclusions, State Audit recommendations, Party inspection notices and superior
 * directives, each counted the same way as the heat map counts the unit's own (heatmap.ts): done on time, done
 * late (reported complete after the deadline in force), in progress and not yet due, overdue (open past the
 * deadline). Done means reported complete, the agency's act. Counts only; rates are computed when read.
 */
import { sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { ok, type Result } from '../../platform/result.js';
import { localDate } from '../calendar/index.js';
import { viewCondition } from './list-tasks.js';
import { requireOfficial } from './policy.js';
import { SOURCE_KINDS, type SourceKind } from './schema.js';
import { resolveScope } from './scope.js';

export interface FollowUpLine {
  source: SourceKind;
  conclusions: number;
  tasks: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
}

export interface FollowUp {
  today: string;
  lines: FollowUpLine[];
  total: Omit<FollowUpLine, 'source'>;
}

export async function followUpBySource(
  ctx: Ctx,
  input: { issuerUnitCode?: string | undefined },
): Promise<Result<FollowUp>> {
  const scope = await resolveScope(ctx);
  const denied = requireOfficial(scope);
  if (denied && !denied.ok) return denied;
  const today = localDate(ctx.now);
  const result = await ctx.db.execute<{
    source: SourceKind;
    conclusions: number;
    tasks: number;
    done_on_time: number;
    done_late: number;
    in_progress: number;
    overdue: number;
  }>(sql`
    select c.source, count(distinct c.id)::int as conclusions, count(*)::int as tasks,
      count(*) filter (where t.status in ('completion_reported', 'completed')
        and t.completion_reported_on <= t.deadline)::int as done_on_time,
      count(*) filter (where t.status in ('completion_reported', 'completed')
        and t.completion_reported_on > t.deadline)::int as done_late,
      count(*) filter (where t.status in ('assigned', 'in_progress') and t.deadline >= ${today}::date)::int
        as in_progress,
      count(*) filter (where t.status in ('assigned', 'in_progress') and t.deadline < ${today}::date)::int
        as overdue
    from oversight.tasks t join oversight.conclusions c on c.id = t.conclusion_id
    where ${viewCondition(scope, 'issued')}
      ${input.issuerUnitCode ? sql`and c.issuer_unit_code = ${input.issuerUnitCode}` : sql``}
    group by c.source`);
  const found = new Map(result.rows.map((r) => [r.source, r]));
  const lines = SOURCE_KINDS.map((source) => {
    const r = found.get(source);
    return {
      source,
      conclusions: Number(r?.conclusions ?? 0),
      tasks: Number(r?.tasks ?? 0),
      doneOnTime: Number(r?.done_on_time ?? 0),
      doneLate: Number(r?.done_late ?? 0),
      inProgress: Number(r?.in_progress ?? 0),
      overdue: Number(r?.overdue ?? 0),
    };
  });
  const total = lines.reduce(
    (a, l) => ({
      conclusions: a.conclusions + l.conclusions,
      tasks: a.tasks + l.tasks,
      doneOnTime: a.doneOnTime + l.doneOnTime,
      doneLate: a.doneLate + l.doneLate,
      inProgress: a.inProgress + l.inProgress,
      overdue: a.overdue + l.overdue,
    }),
    { conclusions: 0, tasks: 0, doneOnTime: 0, doneLate: 0, inProgress: 0, overdue: 0 },
  );
  return ok({ today, lines, total });
}
