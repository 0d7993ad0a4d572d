/**
 * Công bố thủ tục tại tỉnh — a province publishes a procedure (issue 5 §3): who decides, which units receive
 * (every PAS centre of the province by default: Decree 118/2025 — "regardless of administrative boundary"), and
 * its fees (fixed amounts, tables, exemptions, in integer đồng). Audited; system admin or provincial leader of
 * the province; optimistic `version` (409 when someone else saved first).
 */
import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import {
  conflict,
  type DomainError,
  type FieldError,
  fieldError,
  forbidden,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { findAgencies, findUnit, vietnamToday } from '../units/index.js';
import { msg } from './messages.js';
import { mayManageProvince, PROVINCE_DENIED } from './policy.js';
import { currentVersion, findProcedure } from './procedure-view.js';
import { feeTableRows, publicationFees, publicationReceivers, publications } from './schema.js';

export const DECIDING_KINDS = ['people_committee', 'department', 'pas_centre', 'other'] as const;
export type DecidingKind = (typeof DECIDING_KINDS)[number];

/** Largest amount accepted, in đồng (a trillion): far above any fee, far below bigint's limit. */
export const MAX_DONG = 1_000_000_000_000;

export type FeeInput =
  | {
      kind: 'fixed';
      name: string;
      amountDong: number;
      per?: string | null;
      note?: string | null;
      basis?: string | null;
    }
  | {
      kind: 'table';
      name: string;
      rows: Array<{ label: string; amountDong: number }>;
      per?: string | null;
      note?: string | null;
      basis?: string | null;
    }
  | { kind: 'exemption'; name: string; note?: string | null; basis?: string | null };

export interface PublishInput {
  provinceCode: string;
  code: string;
  /** The publication's version the editor saw; omit when publishing for the first time. */
  version?: number;
  /** A named agency, or null for "the competent commune's People's Committee" (or the sector agency named). */
  decidingAgencyId: string | null;
  decidingAgencyKind: DecidingKind;
  receiving: { mode: 'all_pas_centres' } | { mode: 'selected'; agencyIds: string[] };
  fees: FeeInput[];
  decision?: { number: string; date: string } | null;
  publishedOn?: string;
}

/**
 * What a publication input says wrong, field by field (pure apart from the agencies it is given). A procedure
 * with no processing time in a unit is not published (issue 15 §2): no dossier of it could be received, since
 * its statutory clock could not run (set-processing-time.ts sets one first).
 */
export function publicationErrors(
  input: PublishInput,
  version: { levels: string[]; durations: readonly unknown[] },
  agencies: Map<string, { provinceCode: string; kind: string }>,
): FieldError[] {
  const levels = version.levels;
  const errors: FieldError[] = [];
  if (version.durations.length === 0)
    errors.push(fieldError('durations', msg('procedures.publishNeedsTimeField')));
  if (!levels.includes('province') && !levels.includes('commune'))
    errors.push({ field: 'code', message: 'a ministry-level procedure is not published by a province' });
  const deciding = input.decidingAgencyId ? agencies.get(input.decidingAgencyId) : undefined;
  if (input.decidingAgencyId) {
    if (!deciding || deciding.provinceCode !== input.provinceCode)
      errors.push({ field: 'decidingAgencyId', message: 'no such agency in this province' });
    else if (deciding.kind !== input.decidingAgencyKind)
      errors.push(fieldError('decidingAgencyKind', msg('procedures.agencyIsKind', { kind: deciding.kind })));
  } else if (
    !(
      input.decidingAgencyKind === 'other' ||
      (input.decidingAgencyKind === 'people_committee' && levels.includes('commune'))
    )
  ) {
    errors.push({ field: 'decidingAgencyId', message: 'name the agency that decides' });
  }
  if (input.receiving.mode === 'selected') {
    if (input.receiving.agencyIds.length === 0)
      errors.push({ field: 'receiving.agencyIds', message: 'choose at least one receiving PAS centre' });
    input.receiving.agencyIds.forEach((id, i) => {
      const a = agencies.get(id);
      if (!a || a.provinceCode !== input.provinceCode || a.kind !== 'pas_centre')
        errors.push({ field: `receiving.agencyIds.${i}`, message: 'not a PAS centre of this province' });
    });
  }
  const money = (n: number, field: string) => {
    if (!Number.isSafeInteger(n) || n < 0 || n > MAX_DONG)
      errors.push({ field, message: 'an amount in whole đồng, 0 or more' });
  };
  input.fees.forEach((fee, i) => {
    if (!nfc(fee.name)) errors.push({ field: `fees.${i}.name`, message: 'required' });
    if (fee.kind === 'fixed') money(fee.amountDong, `fees.${i}.amountDong`);
    if (fee.kind === 'table') {
      if (fee.rows.length === 0) errors.push({ field: `fees.${i}.rows`, message: 'a fee table needs rows' });
      fee.rows.forEach((r, j) => {
        money(r.amountDong, `fees.${i}.rows.${j}.amountDong`);
      });
    }
  });
  return errors;
}

/** Write a publication's fee rows (after removing the old ones). */
export async function writeFees(tx: Executor, publicationId: string, provinceCode: string, fees: FeeInput[]) {
  const old = await tx
    .select({ id: publicationFees.id })
    .from(publicationFees)
    .where(eq(publicationFees.publicationId, publicationId));
  if (old.length) {
    await tx.delete(feeTableRows).where(
      inArray(
        feeTableRows.feeId,
        old.map((f) => f.id),
      ),
    );
    await tx.delete(publicationFees).where(eq(publicationFees.publicationId, publicationId));
  }
  const feeRows = fees.map((fee, i) => ({
    id: newId(),
    publicationId,
    provinceCode,
    position: i + 1,
    kind: fee.kind,
    name: nfc(fee.name),
    amountDong: fee.kind === 'fixed' ? fee.amountDong : null,
    per: fee.kind === 'exemption' ? null : fee.per ? nfc(fee.per) : null,
    note: fee.note ? nfc(fee.note) : null,
    basis: fee.basis ? nfc(fee.basis) : null,
  }));
  if (feeRows.length) await tx.insert(publicationFees).values(feeRows);
  const tableRows = fees.flatMap((fee, i) =>
    fee.kind === 'table'
      ? fee.rows.map((r, j) => ({
          feeId: feeRows[i]!.id,
          provinceCode,
          position: j + 1,
          label: nfc(r.label),
          amountDong: r.amountDong,
        }))
      : [],
  );
  if (tableRows.length) await tx.insert(feeTableRows).values(tableRows);
}

export async function publishProcedure(
  ctx: Ctx,
  input: PublishInput,
): Promise<Result<{ id: string; version: number }, DomainError>> {
  if (!mayManageProvince(ctx.actor, input.provinceCode)) return forbidden(PROVINCE_DENIED);
  const province = await findUnit(ctx.db, input.provinceCode);
  if (province?.level !== 'province') return notFound('province', input.provinceCode);
  const procedure = await findProcedure(ctx.db, input.code);
  const version = procedure ? await currentVersion(ctx.db, input.code) : undefined;
  if (!procedure || !version) return notFound('procedure', input.code);
  if (procedure.status !== 'published')
    return invalidBecause(
      msg('procedures.withdrawnOn', { code: input.code, day: procedure.withdrawnOn ?? '' }),
    );
  const ids = [
    ...(input.decidingAgencyId ? [input.decidingAgencyId] : []),
    ...(input.receiving.mode === 'selected' ? input.receiving.agencyIds : []),
  ];
  const agencies = await findAgencies(ctx.db, ids);
  const errors = publicationErrors(input, version, agencies);
  if (errors.some((e) => e.field === 'durations'))
    return invalidBecause(msg('procedures.publishNeedsTime', { code: input.code }), errors);
  if (errors.length)
    return invalidBecause(msg('procedures.cannotPublishAsGiven', { code: input.code }), errors);
  return ctx.db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(publications)
      .where(
        and(eq(publications.provinceCode, input.provinceCode), eq(publications.procedureId, procedure.id)),
      );
    if (existing && input.version !== existing.version)
      return conflict('This publication was changed by someone else; reload and apply your change again.', {
        version: existing.version,
      });
    const values = {
      status: 'published' as const,
      publishedOn:
        existing?.status === 'published'
          ? existing.publishedOn
          : (input.publishedOn ?? vietnamToday(ctx.now)),
      withdrawnOn: null,
      decisionNumber: input.decision ? nfc(input.decision.number) : null,
      decisionDate: input.decision?.date ?? null,
      decidingAgencyId: input.decidingAgencyId,
      decidingAgencyKind: input.decidingAgencyKind,
      receiving: input.receiving.mode,
      updatedAt: ctx.now,
    };
    const id = existing?.id ?? newId();
    const nextVersion = (existing?.version ?? 0) + 1;
    if (existing) {
      await tx
        .update(publications)
        .set({ ...values, version: nextVersion })
        .where(and(eq(publications.id, id), eq(publications.version, existing.version)));
      await tx.delete(publicationReceivers).where(eq(publicationReceivers.publicationId, id));
    } else {
      await tx.insert(publications).values({
        id,
        provinceCode: input.provinceCode,
        procedureId: procedure.id,
        ...values,
        version: 1,
        createdAt: ctx.now,
      });
    }
    if (input.receiving.mode === 'selected')
      await tx.insert(publicationReceivers).values(
        [...new Set(input.receiving.agencyIds)].map((agencyId) => ({
          publicationId: id,
          provinceCode: input.provinceCode,
          agencyId,
        })),
      );
    await writeFees(tx, id, input.provinceCode, input.fees);
    await recordAudit(tx, ctx, {
      action: 'procedures.publication_saved',
      entityType: 'procedure_publication',
      entityId: `${input.provinceCode}:${input.code}`,
      provinceCode: input.provinceCode,
      before: existing
        ? {
            version: existing.version,
            status: existing.status,
            decidingAgencyId: existing.decidingAgencyId,
            receiving: existing.receiving,
          }
        : null,
      after: { version: nextVersion, ...values, receivers: input.receiving, fees: input.fees },
    });
    return ok({ id, version: nextVersion });
  });
}

/** Stop applying a procedure in the province from a date (its history stays). */
export async function withdrawPublication(
  ctx: Ctx,
  input: { provinceCode: string; code: string; version: number; withdrawnOn?: string },
): Promise<Result<{ id: string; version: number }, DomainError>> {
  if (!mayManageProvince(ctx.actor, input.provinceCode)) return forbidden(PROVINCE_DENIED);
  const procedure = await findProcedure(ctx.db, input.code);
  if (!procedure) return notFound('procedure', input.code);
  return ctx.db.transaction(async (tx) => {
    const withdrawnOn = input.withdrawnOn ?? vietnamToday(ctx.now);
    const [updated] = await tx
      .update(publications)
      .set({ status: 'withdrawn', withdrawnOn, version: input.version + 1, updatedAt: ctx.now })
      .where(
        and(
          eq(publications.provinceCode, input.provinceCode),
          eq(publications.procedureId, procedure.id),
          eq(publications.version, input.version),
          eq(publications.status, 'published'),
        ),
      )
      .returning({ id: publications.id });
    if (!updated) return conflict('Not published here, or changed by someone else; reload and try again.');
    await recordAudit(tx, ctx, {
      action: 'procedures.publication_withdrawn',
      entityType: 'procedure_publication',
      entityId: `${input.provinceCode}:${input.code}`,
      provinceCode: input.provinceCode,
      after: { withdrawnOn, version: input.version + 1 },
    });
    return ok({ id: updated.id, version: input.version + 1 });
  });
}
