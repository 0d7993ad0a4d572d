/**
 * Báo cáo thiệt hại — a commune reports its damage for an event as known on a day (Joint Circular 43/2015
 * art. 7: first within 24 hours, then daily until the event ends; "initial damage" while counts are not firm).
 * Each report is a new revision; the total always uses a commune's latest (art. 14(2)(b)). The revision the
 * reporter revised is sent, so two officers typing at once do not overwrite each other unseen.
 */
import { and, desc, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { newId } from '../../platform/ids.js';
import { fail, fieldError, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findUnit, vietnamToday } from '../units/index.js';
import { indicator } from './catalogue.js';
import { msg } from './messages.js';
import { decideCommune } from './policy.js';
import { damageReports, eventCommunes, events } from './schema.js';

export interface DamageInput {
  unitCode: string;
  /** The revision this one replaces (0 for the first report). */
  revises: number;
  reportedOn?: string | undefined;
  figures: Record<string, number>;
  /** Whole đồng. */
  estimatedValue: string | number;
  initial: boolean;
  note?: string | null | undefined;
}

export async function reportDamage(
  ctx: Ctx,
  eventId: string,
  input: DamageInput,
): Promise<Result<{ id: string; revision: number }>> {
  const [event] = await ctx.db.select().from(events).where(eq(events.id, eventId));
  if (!event) return notFound('disaster event', eventId);
  const commune = { unitCode: input.unitCode, provinceCode: event.provinceCode };
  const decision = decideCommune(ctx.actor, 'report', commune);
  if (decision === 'hide') return notFound('disaster event', eventId);
  if (decision === 'deny') return fail({ kind: 'forbidden', localized: msg('disasters.reportForbidden') });
  const [struck] = await ctx.db
    .select()
    .from(eventCommunes)
    .where(and(eq(eventCommunes.eventId, eventId), eq(eventCommunes.unitCode, input.unitCode)));
  if (!struck) {
    const name = (await findUnit(ctx.db, input.unitCode))?.name ?? input.unitCode;
    return fail({
      kind: 'invalid',
      detail: `${input.unitCode} is not among the communes the event struck.`,
      localized: msg('disasters.notAffected', { name }),
      errors: [fieldError('unitCode', msg('disasters.notAffected', { name }))],
    });
  }
  const today = vietnamToday(ctx.now);
  const reportedOn = input.reportedOn ?? today;
  if (reportedOn < event.startedOn || reportedOn > today)
    return fail({
      kind: 'invalid',
      detail: 'The report date is outside the event.',
      localized: msg('disasters.reportOutsideEvent', { day: formatDay(event.startedOn) }),
      errors: [
        fieldError('reportedOn', msg('disasters.reportOutsideEvent', { day: formatDay(event.startedOn) })),
      ],
    });
  const figures: Record<string, number> = {};
  for (const [code, value] of Object.entries(input.figures)) {
    const known = indicator(code);
    if (!known || value < 0 || !Number.isFinite(value)) {
      const message = known ? msg('disasters.negative') : msg('disasters.unknownFigure', { code });
      return fail({
        kind: 'invalid',
        detail: `Bad figure ${code}.`,
        localized: message,
        errors: [fieldError(`figures.${code}`, message)],
      });
    }
    if (value > 0) figures[code] = known.decimals ? Math.round(value * 10) / 10 : Math.round(value);
  }
  return ctx.db.transaction(async (tx) => {
    const [latest] = await tx
      .select({ revision: damageReports.revision })
      .from(damageReports)
      .where(and(eq(damageReports.eventId, eventId), eq(damageReports.unitCode, input.unitCode)))
      .orderBy(desc(damageReports.revision))
      .limit(1)
      .for('update');
    const current = latest?.revision ?? 0;
    if (current !== input.revises)
      return fail({
        kind: 'conflict',
        detail: `Revision ${current} is the latest.`,
        localized: msg('disasters.staleRevision', { revision: current }),
        current: { revision: current },
      });
    const id = newId();
    const row = {
      id,
      eventId,
      provinceCode: event.provinceCode,
      unitCode: input.unitCode,
      revision: current + 1,
      reportedOn,
      figures,
      estimatedValue: BigInt(input.estimatedValue),
      initial: input.initial,
      note: input.note?.trim() ? nfc(input.note) : null,
      reportedBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    };
    await tx.insert(damageReports).values(row);
    await recordAudit(tx, ctx, {
      action: 'disasters.damage_reported',
      entityType: 'disaster_event',
      entityId: eventId,
      provinceCode: event.provinceCode,
      after: { ...row, estimatedValue: row.estimatedValue.toString(), createdAt: undefined },
    });
    return ok({ id, revision: row.revision });
  });
}
