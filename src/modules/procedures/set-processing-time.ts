/**
 * Xác định thời hạn giải quyết — a province sets the processing time of a procedure whose catalogue entry states
 * none in a unit (issue 15 §2: 339 of the demo's 1,244 published procedures could not be received). Without a
 * time the statutory clock cannot run (RULES.md §1.5: the portal's formula needs a maximum in hours, days,
 * working days or months), so the procedure cannot be published until one is set. The time is written as a new
 * version of the procedure, as every catalogue change is (a dossier keeps the version it was received under),
 * with the document that sets it as the version's legal basis and on each duration. Once a procedure has a time,
 * changing it is a change of the national catalogue (edit-procedure.ts).
 */
import type { Ctx } from '../../platform/context.js';
import {
  conflictBecause,
  type DomainError,
  type FieldError,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { vietnamToday } from '../units/index.js';
import type { Channel } from './duration-text.js';
import { checkDurations, saveNewVersion } from './edit-procedure.js';
import { msg } from './messages.js';
import { mayEditCatalogue, mayManageProvince } from './policy.js';
import { currentVersion, type ProcedureVersion } from './procedure-view.js';
import { contentOfVersion, type VersionContent } from './version-content.js';

export interface SetProcessingTimeInput {
  /** The province whose administrator sets it (recorded in the audit entry). */
  provinceCode: string;
  code: string;
  /** The version the administrator saw; another one since then is a conflict (409). */
  baseVersionNo: number;
  durations: Array<{ channel: Channel; amount: number; unit: string; text?: string }>;
  /** The document that sets the time: a law's article, a decree, or the province's decision. */
  legalBasis: { number: string; date?: string | null; text?: string | null };
  validFrom?: string;
}

export async function setProcessingTime(
  ctx: Ctx,
  input: SetProcessingTimeInput,
): Promise<Result<ProcedureVersion, DomainError>> {
  if (!mayManageProvince(ctx.actor, input.provinceCode) && !mayEditCatalogue(ctx.actor))
    return forbiddenBecause(msg('procedures.provinceDenied'));
  const current = await currentVersion(ctx.db, input.code);
  if (!current) return notFound('procedure', input.code);
  if (current.versionNo !== input.baseVersionNo)
    return conflictBecause(
      msg('procedures.staleVersion', { code: input.code, versionNo: current.versionNo }),
      { versionNo: current.versionNo },
    );
  if (current.durations.length > 0)
    return conflictBecause(msg('procedures.timeAlreadySet', { code: input.code }), {
      versionNo: current.versionNo,
    });
  const basis = nfc(input.legalBasis.number);
  const errors: FieldError[] = [];
  if (!basis) errors.push(fieldError('legalBasis.number', msg('procedures.basisRequired')));
  if (input.durations.length === 0) errors.push(fieldError('durations', msg('procedures.durationRequired')));
  const durations = checkDurations(
    input.durations.map((d) => ({ ...d, ...(basis ? { basis } : {}) })),
    errors,
    'durations',
  );
  if (errors.length) return invalidBecause(msg('procedures.timeRefused', { code: input.code }), errors);
  const content: VersionContent = {
    ...contentOfVersion(current),
    durations,
    channels: [...new Set([...current.channels, ...durations.map((d) => d.channel)])],
    legalBasis: {
      number: basis,
      date: input.legalBasis.date ?? null,
      text: input.legalBasis.text ? nfc(input.legalBasis.text) : null,
    },
  };
  content.durationText = durations.map((d) => `${d.channel}: ${d.text}`).join('; ');
  const today = vietnamToday(ctx.now);
  return saveNewVersion(ctx, current, content, {
    validFrom: input.validFrom ?? (today < current.validFrom ? current.validFrom : today),
    sourceRef: basis,
    changed: ['durations', 'durationText'],
    provinceCode: input.provinceCode,
  });
}
