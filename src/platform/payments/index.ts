/** Fee payment by bank transfer: VietQR codes for a dossier's fee, drawn with the maintained `qrcode` package. */
export { encodeQr, QrCode, qrPng, qrSvg } from './qr-code.js';
export {
  type DecodedPayment,
  decodeVietQr,
  type FeePaymentCode,
  type FeePaymentInput,
  feePaymentCode,
} from './vietqr.js';
