/**
 * The roster of officials in post (issue 21 §1: "officials actually in post … qualifications and training"):
 * an official joins a commune agency on a job position, their particulars change (a degree earned, a course
 * finished, another job position), they leave. Each change is a new dated row of the same person.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { actorLabel } from '../../platform/context.js';
import { formatDay } from '../../platform/formats.js';
import { renderMessage } from '../../platform/http/messages.js';
import { newId } from '../../platform/ids.js';
import { fail, notFound, ok, type Result } from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { positionHolder, vietnamToday } from '../units/index.js';
import { jobPosition } from './catalogue.js';
import { agencyOf, beforeLatest, communeFor } from './commune-ref.js';
import { inForceOn, supersede } from './dated-rows.js';
import { msg } from './messages.js';
import { type Qualification, staffMembers, type Training } from './schema.js';
import { unknownJobPosition } from './set-quota.js';

export interface StaffParticulars {
  agencyId: string;
  fullName: string;
  jobPosition: string;
  qualification: Qualification;
  fieldOfStudy?: string | null | undefined;
  trainings?: Training[] | undefined;
  /** The units position of the official's account, when they hold one. */
  positionId?: string | null | undefined;
  validFrom?: string | undefined;
}

async function write(
  ctx: Ctx,
  unitCode: string,
  personId: string | null,
  input: StaffParticulars,
): Promise<Result<{ id: string; personId: string; validFrom: string }>> {
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  const commune = await communeFor(ctx, unitCode, 'keep', validFrom);
  if (!commune.ok) return commune;
  if (!jobPosition(input.jobPosition)) return unknownJobPosition(input.jobPosition);
  const agencyId = await agencyOf(ctx, commune.value, input.agencyId);
  if (!agencyId.ok) return agencyId;
  if (input.positionId && !(await positionHolder(ctx.db, input.positionId)))
    return fail({
      kind: 'invalid',
      detail: 'No such position.',
      errors: [{ field: 'positionId', message: 'unknown position' }],
    });
  return ctx.db.transaction(async (tx) => {
    const person = personId ?? newId();
    let before: Record<string, unknown> | null = null;
    if (personId) {
      const closed = await supersede(tx, 'staff_members', { person_id: personId }, validFrom);
      if (!closed.ok) return beforeLatest('validFrom', closed.latestFrom);
      before = closed.closed;
    }
    const id = newId();
    const row = {
      id,
      personId: person,
      provinceCode: commune.value.provinceCode,
      unitCode: commune.value.unitCode,
      agencyId: agencyId.value,
      fullName: nfc(input.fullName.trim()),
      jobPosition: input.jobPosition,
      qualification: input.qualification,
      fieldOfStudy: input.fieldOfStudy?.trim() ? nfc(input.fieldOfStudy) : null,
      trainings: [...new Set(input.trainings ?? [])],
      positionId: input.positionId ?? null,
      validFrom,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    };
    await tx.insert(staffMembers).values(row);
    await recordAudit(tx, ctx, {
      action: personId ? 'staffing.staff_changed' : 'staffing.staff_joined',
      entityType: 'staffing_person',
      entityId: person,
      provinceCode: commune.value.provinceCode,
      before: before
        ? {
            jobPosition: before.job_position,
            qualification: before.qualification,
            trainings: before.trainings,
          }
        : null,
      after: { ...row, createdAt: undefined },
    });
    return ok({ id, personId: person, validFrom });
  });
}

/** Tiếp nhận — an official joins a commune agency. */
export function addStaffMember(ctx: Ctx, unitCode: string, input: StaffParticulars) {
  return write(ctx, unitCode, null, input);
}

async function currentRow(ctx: Ctx, personId: string, day: string) {
  const [row] = await ctx.db
    .select()
    .from(staffMembers)
    .where(and(eq(staffMembers.personId, personId), sql`${inForceOn(day, '"staff_members"')}`));
  return row;
}

/** A change of the official's particulars from a date. */
export async function changeStaffMember(ctx: Ctx, personId: string, input: StaffParticulars) {
  const day = input.validFrom ?? vietnamToday(ctx.now);
  const row = await currentRow(ctx, personId, day);
  if (!row) return notFound('official', personId);
  return write(ctx, row.unitCode, personId, input);
}

/** Thôi việc, điều động — the official leaves the commune on a date (exclusive); the rows stay. */
export async function endStaffMember(
  ctx: Ctx,
  personId: string,
  input: { validTo?: string | undefined; reason?: string | undefined },
): Promise<Result<{ personId: string; validTo: string }>> {
  const validTo = input.validTo ?? vietnamToday(ctx.now);
  const row = await currentRow(ctx, personId, validTo);
  if (!row) {
    const message = msg('staffing.notInPost', { day: formatDay(validTo) });
    return fail({
      kind: 'conflict',
      detail: renderMessage(message, 'en'),
      localized: message,
    });
  }
  const commune = await communeFor(ctx, row.unitCode, 'keep', validTo);
  if (!commune.ok) return commune;
  return ctx.db.transaction(async (tx) => {
    const closed = await supersede(tx, 'staff_members', { person_id: personId }, validTo);
    if (!closed.ok) return beforeLatest('validTo', closed.latestFrom);
    await recordAudit(tx, ctx, {
      action: 'staffing.staff_left',
      entityType: 'staffing_person',
      entityId: personId,
      provinceCode: row.provinceCode,
      before: { unitCode: row.unitCode, jobPosition: row.jobPosition },
      after: { validTo, reason: input.reason?.trim() ? nfc(input.reason) : null },
    });
    return ok({ personId, validTo });
  });
}
