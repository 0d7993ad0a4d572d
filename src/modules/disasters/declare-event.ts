/**
 * Công bố đợt thiên tai — the provincial command records a disaster event (hazards, dates, the communes it
 * struck) and keeps it up to date: more communes as reports come in, the end date once it is over (which starts
 * the 15 days of the summary report, Joint Circular 43/2015 art. 9(2)).
 */
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { fail, fieldError, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { listCommunes } from '../units/index.js';
import { msg } from './messages.js';
import { isSteering } from './policy.js';
import { damageReports, eventCommunes, events, type Hazard } from './schema.js';

export interface EventInput {
  provinceCode: string;
  code: string;
  name: string;
  hazards: Hazard[];
  startedOn: string;
  endedOn?: string | null | undefined;
  description?: string | null | undefined;
  communes: string[];
}

const steerOnly = () => fail({ kind: 'forbidden' as const, localized: msg('disasters.steerOnly') });

async function checkInput(ctx: Ctx, input: EventInput): Promise<Result<string[]>> {
  if (input.endedOn && input.endedOn < input.startedOn)
    return fail({
      kind: 'invalid',
      detail: 'The end date must be on or after the start date.',
      localized: msg('disasters.endBeforeStart'),
      errors: [fieldError('endedOn', msg('disasters.endBeforeStart'))],
    });
  const known = new Set((await listCommunes(ctx.db, input.provinceCode, input.startedOn)).map((c) => c.code));
  const wanted = [...new Set(input.communes)];
  const unknown = wanted.find((c) => !known.has(c));
  if (unknown)
    return fail({
      kind: 'invalid',
      detail: `No commune with code ${unknown} in the province.`,
      localized: msg('disasters.unknownCommune', { code: unknown }),
      errors: [fieldError('communes', msg('disasters.unknownCommune', { code: unknown }))],
    });
  return ok(wanted);
}

const fields = (input: EventInput) => ({
  code: nfc(input.code.trim()),
  name: nfc(input.name.trim()),
  hazards: [...new Set(input.hazards)],
  startedOn: input.startedOn,
  endedOn: input.endedOn ?? null,
  description: input.description?.trim() ? nfc(input.description) : null,
});

export async function declareEvent(ctx: Ctx, input: EventInput): Promise<Result<{ id: string }>> {
  if (!isSteering(ctx.actor, input.provinceCode)) return steerOnly();
  const communes = await checkInput(ctx, input);
  if (!communes.ok) return communes;
  const row = fields(input);
  const [taken] = await ctx.db
    .select({ id: events.id })
    .from(events)
    .where(and(eq(events.provinceCode, input.provinceCode), eq(events.code, row.code)));
  if (taken)
    return fail({
      kind: 'conflict',
      detail: `Code ${row.code} is used.`,
      localized: msg('disasters.codeTaken', { code: row.code }),
    });
  const id = newId();
  return ctx.db.transaction(async (tx) => {
    await tx.insert(events).values({
      id,
      provinceCode: input.provinceCode,
      ...row,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    if (communes.value.length)
      await tx
        .insert(eventCommunes)
        .values(
          communes.value.map((unitCode) => ({ eventId: id, unitCode, provinceCode: input.provinceCode })),
        );
    await recordAudit(tx, ctx, {
      action: 'disasters.event_declared',
      entityType: 'disaster_event',
      entityId: id,
      provinceCode: input.provinceCode,
      after: { ...row, communes: communes.value },
    });
    return ok({ id });
  });
}

/** Change an event (send the version read). A commune that already reported stays on the list. */
export async function updateEvent(
  ctx: Ctx,
  id: string,
  input: Omit<EventInput, 'provinceCode'> & { version: number },
): Promise<Result<{ id: string; version: number }>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, id));
  if (!event || !isSteering(ctx.actor, event.provinceCode)) return notFound('disaster event', id);
  const full = { ...input, provinceCode: event.provinceCode };
  const checked = await checkInput(ctx, full);
  if (!checked.ok) return checked;
  const row = fields(full);
  const reported = await ctx.db
    .selectDistinct({ unitCode: damageReports.unitCode })
    .from(damageReports)
    .where(eq(damageReports.eventId, id));
  const communes = [...new Set([...checked.value, ...reported.map((r) => r.unitCode)])];
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(events)
      .set({ ...row, version: sql`${events.version} + 1` })
      .where(and(eq(events.id, id), eq(events.version, input.version)))
      .returning({ version: events.version });
    if (updated.length === 0)
      return fail({
        kind: 'conflict',
        detail: 'The event changed since it was read.',
        localized: msg('disasters.stale'),
      });
    const before = await tx
      .select({ unitCode: eventCommunes.unitCode })
      .from(eventCommunes)
      .where(eq(eventCommunes.eventId, id));
    const gone = before.map((b) => b.unitCode).filter((c) => !communes.includes(c));
    if (gone.length)
      await tx
        .delete(eventCommunes)
        .where(and(eq(eventCommunes.eventId, id), inArray(eventCommunes.unitCode, gone)));
    const added = communes.filter((c) => !before.some((b) => b.unitCode === c));
    if (added.length)
      await tx
        .insert(eventCommunes)
        .values(added.map((unitCode) => ({ eventId: id, unitCode, provinceCode: event.provinceCode })));
    await recordAudit(tx, ctx, {
      action: 'disasters.event_updated',
      entityType: 'disaster_event',
      entityId: id,
      provinceCode: event.provinceCode,
      before: {
        name: event.name,
        hazards: event.hazards,
        startedOn: event.startedOn,
        endedOn: event.endedOn,
        communes: before.map((b) => b.unitCode),
      },
      after: { ...row, communes },
    });
    return ok({ id, version: updated[0]!.version });
  });
}
