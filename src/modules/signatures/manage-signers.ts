/**
 * Where each official's signing key is kept (issue 19 §1): an outside CA's PKCS#12, a PKCS#11 token or HSM, or the
 * demo installation CA. Each change is one transaction with its audit entry; the key material and PIN never enter
 * the audit trail, only the certificate's subject, issuer and serial.
 */
import type { Ctx } from '../../platform/context.js';
import {
  conflictBecause,
  forbidden as deny,
  fieldError,
  invalidBecause,
  notFound,
  ok,
  type Result,
} from '../../platform/result.js';
import {
  Pkcs12Error,
  type RegisterTokenInput,
  type SignerView,
  type SigningService,
  type TokenRefusal,
} from '../../platform/signing/index.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { canManageSignatures } from './policy.js';

const forbidden = () => deny('Only system administrators manage signing keys.');

/** What the audit trail keeps of a signer: who the certificate names and who issued it, never the key. */
const audited = (s: SignerView | undefined) =>
  s && {
    signerId: s.signerId,
    source: s.source,
    commonName: s.commonName,
    organization: s.organization,
    title: s.title,
    issuer: s.issuer,
    serial: s.serial,
    notAfter: s.notAfter.toISOString(),
  };

async function recordChange(
  ctx: Ctx,
  tx: Ctx['db'],
  action: string,
  result: { signer: SignerView; replaced?: SignerView | undefined },
): Promise<void> {
  await recordAudit(tx, ctx, {
    action,
    entityType: 'signer',
    entityId: result.signer.signerId,
    provinceCode: result.signer.provinceCode,
    before: audited(result.replaced) ?? null,
    after: audited(result.signer),
  });
}

export interface SignerTarget {
  /** The official's user id. */
  signerId: string;
  provinceCode: string | null;
}

/** Import an outside CA's certificate and key (PKCS#12 with its chain) as the official's key in force. */
export async function importSignerPkcs12(
  ctx: Ctx,
  service: SigningService,
  input: SignerTarget & { pkcs12: Buffer; password: string },
): Promise<Result<SignerView>> {
  if (!canManageSignatures(ctx.actor)) return forbidden();
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await service.importPkcs12(tx, { ...input, kind: 'official' }, ctx.now);
      await recordChange(ctx, tx, 'signatures.signer_imported', result);
      return ok(result.signer);
    });
  } catch (error) {
    if (error instanceof Pkcs12Error) {
      // Told in the administrator's language (issue 15 §2); the reason is the field error's code.
      const why = msg(`signatures.pkcs12.${error.reason}`, error.params);
      return invalidBecause(why, [fieldError('pkcs12', why, `pkcs12.${error.reason}`)]);
    }
    throw error;
  }
}

/** Use a key on a PKCS#11 token or HSM; the token signs a probe first, so a wrong key or PIN is refused. */
export async function registerSignerToken(
  ctx: Ctx,
  service: SigningService,
  input: SignerTarget & Omit<RegisterTokenInput, 'signerId' | 'kind' | 'provinceCode'>,
): Promise<Result<SignerView>> {
  if (!canManageSignatures(ctx.actor)) return forbidden();
  try {
    return await ctx.db.transaction(async (tx) => {
      const result = await service.registerToken(tx, { ...input, kind: 'official' }, ctx.now);
      await recordChange(ctx, tx, 'signatures.signer_token_registered', result);
      return ok(result.signer);
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'TokenError') {
      // A wrong module path, token label, PIN or key id is bad input, named so the form can point at it.
      const { field, reason, params } = error as Error & {
        field?: string;
        reason: TokenRefusal;
        params: Record<string, string>;
      };
      const why = msg(`signatures.token.${reason}`, params);
      if (field) return invalidBecause(why, [fieldError(field, why, `token.${reason}`)]);
      return conflictBecause(why);
    }
    throw error;
  }
}

/**
 * Back to the demo installation CA (issue 19 §1c): the key in force is withdrawn and a new installation
 * certificate naming `subject` is issued. Documents it signs say they are for trials only.
 */
export async function useInstallationCa(
  ctx: Ctx,
  service: SigningService,
  input: SignerTarget & { commonName: string; organization?: string | null; title?: string | null },
): Promise<Result<SignerView>> {
  if (!canManageSignatures(ctx.actor)) return forbidden();
  return ctx.db.transaction(async (tx) => {
    const replaced = await service.revokeSigner(tx, input.signerId, ctx.now);
    const result = await service.enrolSigner(tx, { ...input, kind: 'official' }, ctx.now);
    await recordChange(ctx, tx, 'signatures.signer_installation_ca', { signer: result.signer, replaced });
    return ok(result.signer);
  });
}

/** The signers with a key in force, for the administrator's list. */
export async function listSigners(ctx: Ctx, service: SigningService): Promise<Result<SignerView[]>> {
  if (!canManageSignatures(ctx.actor)) return forbidden();
  return ok(await service.listSigners(ctx.db));
}

/** Withdraw an official's key (left post, compromised key); documents signed before stay verifiable. */
export async function withdrawSigner(
  ctx: Ctx,
  service: SigningService,
  signerId: string,
): Promise<Result<SignerView>> {
  if (!canManageSignatures(ctx.actor)) return forbidden();
  return ctx.db.transaction(async (tx) => {
    const withdrawn = await service.revokeSigner(tx, signerId, ctx.now);
    if (!withdrawn) return notFound('signer', signerId);
    await recordAudit(tx, ctx, {
      action: 'signatures.signer_withdrawn',
      entityType: 'signer',
      entityId: signerId,
      provinceCode: withdrawn.provinceCode,
      before: audited(withdrawn),
      after: null,
    });
    return ok(withdrawn);
  });
}
