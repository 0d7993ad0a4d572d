/**
 * Thanh toán phí bằng VietQR (Decree 61/2018 art. 22: fees may be paid online): the applicant scans a VietQR
 * code for the dossier's unpaid fee, with the dossier code as the transfer content; a clerk then reconciles the
 * payment (`record_payment`, method `vietqr`), which marks the dossier paid online (Decision 766 indicator 3.6).
 * The collection account is configuration: TINHSO_FEE_BANK_BIN and TINHSO_FEE_ACCOUNT; without them the demo
 * account below is used and the answer says so.
 */
import type { Ctx } from '../../platform/context.js';
import { feePaymentCode } from '../../platform/payments/index.js';
import { type DomainError, fail, invalidBecause, notFound, ok, type Result } from '../../platform/result.js';
import { maySee } from './policy.js';
import { loadDrafts } from './store.js';
import { stateMsg } from './transition-messages.js';

/** DEMO collection account (VietinBank's BIN, a made-up account): replace with the province's real one. */
const DEMO_ACCOUNT = { bankBin: '970415', accountNumber: 'DEMO04THUPHI' };

export interface PaymentCodeView {
  amountDong: number;
  reference: string;
  payload: string;
  svg: string;
  demoAccount: boolean;
}

export async function paymentCode(
  ctx: Ctx,
  dossierId: string,
): Promise<Result<PaymentCodeView, DomainError>> {
  const draft = (await loadDrafts(ctx.db, [dossierId])).get(dossierId);
  if (!draft || !maySee(ctx.actor, draft.row, draft.consultations)) return notFound('dossier', dossierId);
  const row = draft.row;
  if (!row.code || row.feeTotalDong <= 0 || row.paidAt)
    return invalidBecause(stateMsg('dossiers.noUnpaidFee'));
  const bankBin = process.env.TINHSO_FEE_BANK_BIN?.trim();
  const accountNumber = process.env.TINHSO_FEE_ACCOUNT?.trim();
  const account = bankBin && accountNumber ? { bankBin, accountNumber } : DEMO_ACCOUNT;
  const code = feePaymentCode({ ...account, amount: row.feeTotalDong, reference: row.code });
  if (!code.ok) return fail(code.error);
  return ok({
    amountDong: row.feeTotalDong,
    reference: row.code,
    payload: code.value.payload,
    svg: code.value.svg,
    demoAccount: account === DEMO_ACCOUNT,
  });
}
