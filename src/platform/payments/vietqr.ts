import { QRPay } from 'vietnam-qr-pay';
import { invalid, ok, type Result } from '../result.js';
import { encodeQr, type QrCode, qrPng, qrSvg } from './qr-code.js';

/**
 * A VietQR code for paying a dossier's fee by bank transfer (Decree 61/2018 art. 22: fees may be paid by bank
 * transfer or online; NAPAS VietQR, on EMVCo QRCPS-MPM): the province's collection account, the amount in đồng,
 * and the dossier code as the transfer's reference, so the payment can be matched to the dossier.
 */
export interface FeePaymentInput {
  /** The receiving bank's 6-digit NAPAS BIN (e.g. 970415 VietinBank, 970436 Vietcombank). */
  bankBin: string;
  /** The collection account number. */
  accountNumber: string;
  /** Whole đồng, more than zero. */
  amount: number | bigint;
  /** Mã hồ sơ: becomes the reference label (62.05) and the purpose (62.08) that banks print as the transfer content. */
  reference: string;
}

export interface FeePaymentCode {
  /** The EMVCo payload a banking app scans. */
  payload: string;
  qr: QrCode;
  /** SVG with an accessible name; show it beside the amount and reference as text. */
  svg: string;
  png: Buffer;
}

export interface DecodedPayment {
  bankBin: string;
  accountNumber: string;
  amount: number | undefined;
  reference: string | undefined;
  purpose: string | undefined;
  currency: string | undefined;
  country: string | undefined;
}

/** EMVCo QRCPS-MPM §4.7: sub-fields of the additional data template hold at most 25 characters. */
const REFERENCE = /^[A-Za-z0-9.\-/]{1,25}$/;
/** EMVCo field 54 holds up to 13 characters. */
const MAX_AMOUNT = 9_999_999_999_999n;

export function feePaymentCode(input: FeePaymentInput, label?: string): Result<FeePaymentCode> {
  const errors = [];
  if (!/^\d{6}$/.test(input.bankBin)) errors.push({ field: 'bankBin', message: 'six digits' });
  if (!/^[A-Za-z0-9]{1,19}$/.test(input.accountNumber))
    errors.push({ field: 'accountNumber', message: '1–19 letters or digits' });
  const amount =
    typeof input.amount === 'bigint'
      ? input.amount
      : Number.isSafeInteger(input.amount)
        ? BigInt(input.amount)
        : -1n;
  if (amount <= 0n || amount > MAX_AMOUNT)
    errors.push({ field: 'amount', message: 'whole đồng, above zero' });
  if (!REFERENCE.test(input.reference))
    errors.push({ field: 'reference', message: 'at most 25 letters, digits, . - /' });
  if (errors.length > 0) return invalid('The payment code cannot be made from these details.', errors);

  const payload = QRPay.initVietQR({
    bankBin: input.bankBin,
    bankNumber: input.accountNumber,
    amount: amount.toString(),
    purpose: input.reference,
  });
  payload.additionalData.reference = input.reference;
  const text = payload.build();
  const qr = encodeQr(text);
  const name = label ?? `VietQR: ${amount.toString()} đồng, ${input.reference}`;
  return ok({ payload: text, qr, svg: qrSvg(qr, name), png: qrPng(qr) });
}

/** Read a VietQR payload back (CRC checked), e.g. to show what a code asks for, or in tests. */
export function decodeVietQr(payload: string): Result<DecodedPayment> {
  const parsed = new QRPay(payload);
  if (!parsed.isValid || !parsed.consumer.bankBin || !parsed.consumer.bankNumber) {
    return invalid('Not a valid VietQR code (format or checksum).');
  }
  return ok({
    bankBin: parsed.consumer.bankBin,
    accountNumber: parsed.consumer.bankNumber,
    amount: parsed.amount === undefined ? undefined : Number(parsed.amount),
    reference: parsed.additionalData.reference,
    purpose: parsed.additionalData.purpose,
    currency: parsed.currency,
    country: parsed.nation,
  });
}
