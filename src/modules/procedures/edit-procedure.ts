/**
 * Sửa đổi thủ tục — change a procedure by writing a new version with its legal basis (decision number and date;
 * issue 5 §1). The version before stays exactly as it was, so a dossier received under it keeps it.
 */
import { and, eq } from 'drizzle-orm';
import { actorLabel, type Ctx } from '../../platform/context.js';
import type { FieldError } from '../../platform/result.js';
import {
  conflictBecause,
  type DomainError,
  fieldError,
  forbidden,
  invalid,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { parseDuration } from '../calendar/index.js';
import { vietnamToday } from '../units/index.js';
import { formDefinitionErrors } from './declaration-form.js';
import { type Channel, type ChannelDuration, UNIT_NAMES_VI } from './duration-text.js';
import { msg } from './messages.js';
import { CATALOGUE_DENIED, mayEditCatalogue } from './policy.js';
import { currentVersion, getProcedureVersion, type ProcedureVersion } from './procedure-view.js';
import { type DossierDocument, procedures, versionFees, versions } from './schema.js';
import { contentOfVersion, type VersionContent, versionRows } from './version-content.js';

export interface EditProcedureInput {
  /** The version number the editor started from; another version since then is a conflict (409). */
  baseVersionNo: number;
  /** The decision behind the change (issue 5 §1). */
  legalBasis: { number: string; date: string; text?: string | null };
  /** When the new version applies from (YYYY-MM-DD); today by default. */
  validFrom?: string;
  changes: Partial<
    Pick<
      VersionContent,
      | 'name'
      | 'field'
      | 'applicants'
      | 'onlineLevel'
      | 'documents'
      | 'fees'
      | 'decidingAgencyKind'
      | 'competentAuthority'
      | 'implementingAgencies'
      | 'url'
      | 'durationText'
      | 'howToText'
      | 'declarationForm'
    > & {
      durations: Array<{ channel: Channel; amount: number; unit: string; text?: string; basis?: string }>;
    }
  >;
}

export function checkDurations(
  given: NonNullable<EditProcedureInput['changes']['durations']>,
  errors: FieldError[],
  at = 'changes.durations',
): ChannelDuration[] {
  const seen = new Set<Channel>();
  return given.flatMap((d, i) => {
    const parsed = parseDuration(d.amount, d.unit);
    if (!parsed.ok) {
      errors.push({ field: `${at}.${i}`, message: parsed.error.reason });
      return [];
    }
    if (seen.has(d.channel)) errors.push({ field: `${at}.${i}.channel`, message: 'channel given twice' });
    seen.add(d.channel);
    const text = d.text ? nfc(d.text) : `${d.amount} ${UNIT_NAMES_VI[parsed.value.unit]}`;
    const basis = d.basis ? nfc(d.basis) : null;
    return [
      {
        channel: d.channel,
        amount: parsed.value.amount,
        unit: parsed.value.unit,
        text,
        ...(basis ? { basis } : {}),
      },
    ];
  });
}

function checkDocuments(documents: DossierDocument[], errors: FieldError[]): DossierDocument[] {
  return documents.map((d, i) => {
    if (d.templateUrl && !/^https?:\/\/\S+$/.test(d.templateUrl))
      errors.push({ field: `changes.documents.${i}.templateUrl`, message: 'not a web address' });
    return {
      name: nfc(d.name),
      copies: d.copies ? nfc(d.copies) : null,
      required: d.required,
      templateUrl: d.templateUrl ?? null,
      templateName: d.templateName ? nfc(d.templateName) : null,
    };
  });
}

export async function editProcedure(
  ctx: Ctx,
  code: string,
  input: EditProcedureInput,
): Promise<Result<ProcedureVersion, DomainError>> {
  if (!mayEditCatalogue(ctx.actor)) return forbidden(CATALOGUE_DENIED);
  const current = await currentVersion(ctx.db, code);
  if (!current) return notFound('procedure', code);
  if (current.versionNo !== input.baseVersionNo)
    return conflictBecause(msg('procedures.atVersion', { code, version: current.versionNo }), {
      versionNo: current.versionNo,
    });
  const errors: FieldError[] = [];
  const validFrom = input.validFrom ?? vietnamToday(ctx.now);
  if (validFrom < current.validFrom)
    errors.push(fieldError('validFrom', msg('procedures.notBeforeVersion', { day: current.validFrom })));
  if (!nfc(input.legalBasis.number)) errors.push({ field: 'legalBasis.number', message: 'required' });
  if (input.changes.declarationForm)
    errors.push(...formDefinitionErrors(input.changes.declarationForm, 'changes.declarationForm'));
  const { durations, documents, ...rest } = input.changes;
  const content: VersionContent = {
    ...contentOfVersion(current),
    ...rest,
    ...(rest.name === undefined ? {} : { name: nfc(rest.name) }),
    ...(durations === undefined ? {} : { durations: checkDurations(durations, errors) }),
    ...(documents === undefined ? {} : { documents: checkDocuments(documents, errors) }),
    legalBasis: {
      number: nfc(input.legalBasis.number),
      date: input.legalBasis.date,
      text: input.legalBasis.text ? nfc(input.legalBasis.text) : null,
    },
  };
  if (durations !== undefined) {
    content.channels = [...new Set([...content.channels, ...content.durations.map((d) => d.channel)])];
    if (input.changes.durationText === undefined)
      content.durationText = content.durations.map((d) => `${d.channel}: ${d.text}`).join('; ');
  }
  if (errors.length) return invalid('The change cannot be saved as a new version.', errors);
  return saveNewVersion(ctx, current, content, {
    validFrom,
    sourceRef: input.legalBasis.number,
    changed: Object.keys(input.changes),
  });
}

/**
 * Write `content` as the version after `current` (which must still be current: 409 otherwise), close
 * `current` at `validFrom`, and audit the change — the one way a procedure version is made after import.
 */
export async function saveNewVersion(
  ctx: Ctx,
  current: ProcedureVersion,
  content: VersionContent,
  meta: { validFrom: string; sourceRef: string; changed: string[]; provinceCode?: string },
): Promise<Result<ProcedureVersion, DomainError>> {
  const code = current.code;
  return ctx.db.transaction(async (tx) => {
    const rows = versionRows(content, {
      procedureId: current.procedureId,
      code,
      versionNo: current.versionNo + 1,
      source: 'edit',
      sourceRef: meta.sourceRef,
      validFrom: meta.validFrom,
      createdBy: actorLabel(ctx.actor),
      createdAt: ctx.now,
    });
    const moved = await tx
      .update(procedures)
      .set({ currentVersionId: rows.version.id as string, updatedAt: ctx.now })
      .where(and(eq(procedures.id, current.procedureId), eq(procedures.currentVersionId, current.id)))
      .returning({ id: procedures.id });
    if (moved.length === 0) return conflictBecause(msg('procedures.changedMeanwhile', { code }));
    await tx.insert(versions).values(rows.version);
    if (rows.fees.length) await tx.insert(versionFees).values(rows.fees);
    await tx.update(versions).set({ validTo: meta.validFrom }).where(eq(versions.id, current.id));
    await recordAudit(tx, ctx, {
      action: 'procedures.version_created',
      entityType: 'procedure',
      entityId: code,
      ...(meta.provinceCode ? { provinceCode: meta.provinceCode } : {}),
      before: { versionNo: current.versionNo, ...pick(current, meta.changed) },
      after: {
        versionNo: current.versionNo + 1,
        legalBasis: content.legalBasis,
        ...pick(content, meta.changed),
      },
    });
    return ok((await getProcedureVersion(tx, rows.version.id as string))!);
  });
}

function pick(source: object, keys: string[]): Record<string, unknown> {
  const record = source as Record<string, unknown>;
  return Object.fromEntries(keys.map((k) => [k, record[k] ?? null]));
}

/** Bãi bỏ — withdraw a procedure from the national catalogue from a date, with the decision behind it. */
export async function withdrawProcedure(
  ctx: Ctx,
  code: string,
  input: { withdrawnOn: string; decisionNumber: string },
): Promise<Result<{ code: string; withdrawnOn: string }, DomainError>> {
  if (!mayEditCatalogue(ctx.actor)) return forbidden(CATALOGUE_DENIED);
  return ctx.db.transaction(async (tx) => {
    const updated = await tx
      .update(procedures)
      .set({ status: 'withdrawn', withdrawnOn: input.withdrawnOn, updatedAt: ctx.now })
      .where(and(eq(procedures.code, code), eq(procedures.status, 'published')))
      .returning({ id: procedures.id });
    if (updated.length === 0) return notFound('published procedure', code);
    await recordAudit(tx, ctx, {
      action: 'procedures.withdrawn',
      entityType: 'procedure',
      entityId: code,
      after: { withdrawnOn: input.withdrawnOn, decisionNumber: nfc(input.decisionNumber) },
    });
    return ok({ code, withdrawnOn: input.withdrawnOn });
  });
}
