/**
 * Chỉ đạo khắc phục hậu quả — the provincial command raises relief and recovery tasks for an event through the
 * oversight module (issue 21 §2: "tracked to completion"): a directive of the province whose tasks go to
 * agencies with deadlines, then progress, escalation and completion as every oversight task. This module keeps
 * only which directives belong to which event; the tasks' state is read back from oversight.
 */
import { eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import type { Tx } from '../../platform/database/connection.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { type ConclusionDetail, getConclusion, issueConclusion, type TaskInput } from '../oversight/index.js';
import { msg } from './messages.js';
import { isSteering } from './policy.js';
import { events, recoveryDirectives } from './schema.js';

export interface RecoveryInput {
  issuerName: string;
  number: string;
  issuedOn: string;
  title?: string | undefined;
  signerName?: string | undefined;
  tasks: TaskInput[];
}

class Refused extends Error {
  constructor(readonly result: Result<never>) {
    super('refused');
  }
}

export async function raiseRecovery(
  ctx: Ctx,
  eventId: string,
  input: RecoveryInput,
): Promise<Result<ConclusionDetail>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, eventId));
  if (!event) return notFound('disaster event', eventId);
  if (!isSteering(ctx.actor, event.provinceCode))
    return fail({ kind: 'forbidden', localized: msg('disasters.steerOnly') });
  const run = async (tx: Tx) => {
    const txCtx: Ctx = { ...ctx, db: tx };
    const issued = await issueConclusion(txCtx, {
      issuerUnitCode: event.provinceCode,
      issuerName: input.issuerName,
      kind: 'directive',
      number: input.number,
      issuedOn: input.issuedOn,
      title: input.title?.trim() ? input.title : `Chỉ đạo khắc phục hậu quả ${event.name}`.slice(0, 500),
      summary: `${event.code}: ${event.name}`,
      signerName: input.signerName,
      tasks: input.tasks,
    });
    if (!issued.ok) throw new Refused(issued);
    await tx.insert(recoveryDirectives).values({
      eventId,
      conclusionId: issued.value.id,
      provinceCode: event.provinceCode,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    await recordAudit(tx, ctx, {
      action: 'disasters.recovery_raised',
      entityType: 'disaster_event',
      entityId: eventId,
      provinceCode: event.provinceCode,
      after: { conclusionId: issued.value.id, number: issued.value.number, tasks: issued.value.tasks.length },
    });
    return issued.value;
  };
  try {
    return ok(await ctx.db.transaction(run));
  } catch (error) {
    if (error instanceof Refused) return error.result;
    throw error;
  }
}

/** The event's recovery directives as oversight shows them to the reader (tasks, due states, completion). */
export async function recoveryOf(ctx: Ctx, eventId: string): Promise<Result<ConclusionDetail[]>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, eventId));
  if (!event || !isSteering(ctx.actor, event.provinceCode)) return notFound('disaster event', eventId);
  const links = await ctx.db.select().from(recoveryDirectives).where(eq(recoveryDirectives.eventId, eventId));
  const out: ConclusionDetail[] = [];
  for (const link of links) {
    const detail = await getConclusion(ctx, link.conclusionId);
    if (detail.ok) out.push(detail.value);
  }
  return ok(out.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn)));
}
