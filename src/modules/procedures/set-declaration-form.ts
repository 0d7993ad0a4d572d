/**
 * Đặt tờ khai điện tử — a province's administrator sets (or removes) the declaration e-form of a procedure
 * (issue 16 §1): written as a new version like every catalogue change, so a dossier filed under the old version
 * keeps the form it was filled in. The definition is checked by Ajv before it is stored (declaration-form.ts).
 */
import type { Ctx } from '../../platform/context.js';
import {
  conflictBecause,
  type DomainError,
  fieldError,
  forbiddenBecause,
  invalidBecause,
  notFound,
  type Result,
} from '../../platform/result.js';
import { nfc } from '../../platform/text.js';
import { vietnamToday } from '../units/index.js';
import { type DeclarationForm, formDefinitionErrors } from './declaration-form.js';
import { saveNewVersion } from './edit-procedure.js';
import { msg as formMsg } from './form-messages.js';
import { msg } from './messages.js';
import { mayEditCatalogue, mayManageProvince } from './policy.js';
import { currentVersion, type ProcedureVersion } from './procedure-view.js';
import { contentOfVersion } from './version-content.js';

export interface SetDeclarationFormInput {
  provinceCode: string;
  code: string;
  /** The version the administrator edited; another one since then is a conflict (409). */
  baseVersionNo: number;
  /** The new form, or null to remove it. */
  declarationForm: DeclarationForm | null;
  /** The document behind the change (the template's circular, or the province's decision). */
  legalBasis: { number: string; date?: string | null; text?: string | null };
}

export async function setDeclarationForm(
  ctx: Ctx,
  input: SetDeclarationFormInput,
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
  const basis = nfc(input.legalBasis.number);
  const errors = input.declarationForm ? formDefinitionErrors(input.declarationForm) : [];
  if (!basis) errors.push(fieldError('legalBasis.number', msg('procedures.basisRequired')));
  if (errors.length) return invalidBecause(formMsg('procedures.form.definitionRefused'), errors);
  const form = input.declarationForm;
  const today = vietnamToday(ctx.now);
  return saveNewVersion(
    ctx,
    current,
    {
      ...contentOfVersion(current),
      declarationForm: form ? { ...form, legalSource: nfc(form.legalSource) } : null,
      legalBasis: {
        number: basis,
        date: input.legalBasis.date ?? null,
        text: input.legalBasis.text ? nfc(input.legalBasis.text) : null,
      },
    },
    {
      validFrom: today < current.validFrom ? current.validFrom : today,
      sourceRef: basis,
      changed: ['declarationForm'],
      provinceCode: input.provinceCode,
    },
  );
}
