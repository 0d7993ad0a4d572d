/** Fee payment by bank transfer: VietQR codes for a dossier's fee, and the QR encoder behind them. */
export { encodeQr, penalty, QrCode, qrPng, qrSvg } from './qr-code.js';
export {
  type DecodedPayment,
  decodeVietQr,
  type FeePaymentCode,
  type FeePaymentInput,
  feePaymentCode,
} from './vietqr.js';
