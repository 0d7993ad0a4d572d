/** Strings of the signatures page (`/admin/signatures`), Vietnamese and English side by side. */
import type { Widen } from '../widen';

export const signaturesVi = {
  intro:
    'Khóa ký số của từng cán bộ được giữ ở đâu, và các tổ chức chứng thực gốc mà hệ thống tin cậy khi kiểm tra chữ ký. Nhập chứng thư số (PKCS#12) hoặc khai báo token bằng lệnh `tinhso signing signer` hoặc API.',
  signersCaption: 'Khóa ký số đang có hiệu lực',
  noSigners: 'Chưa có cán bộ nào có khóa ký số.',
  sources: {
    installation: 'CA cài đặt — chỉ thử nghiệm',
    pkcs12: 'Chứng thư số nhập từ tệp PKCS#12',
    pkcs11: 'Token/HSM (PKCS#11)',
  },
  columns: {
    name: 'Người ký',
    position: 'Chức vụ, cơ quan',
    source: 'Nơi giữ khóa',
    issuer: 'Tổ chức cấp',
    until: 'Hiệu lực đến',
    anchor: 'Tên',
    subject: 'Chủ thể chứng thư',
    actions: 'Thao tác',
  },
  anchorsTitle: 'Chứng thư gốc được tin cậy',
  anchorsIntro:
    'Chữ ký được coi là tin cậy khi chứng thư của người ký được cấp bởi một trong các tổ chức chứng thực gốc dưới đây (ví dụ chứng thư gốc của Ban Cơ yếu Chính phủ).',
  noAnchors: 'Chưa cài chứng thư gốc nào.',
  anchorName: 'Tên gợi nhớ (không bắt buộc)',
  anchorPem: 'Chứng thư gốc (định dạng PEM)',
  anchorPemRequired: 'Dán nội dung chứng thư gốc.',
  install: 'Cài chứng thư gốc',
  remove: 'Gỡ',
  removeNamed: 'Gỡ chứng thư gốc {{name}}',
  removeConfirm: 'Gỡ chứng thư gốc “{{name}}”? Chữ ký do tổ chức này cấp sẽ không còn được tin cậy.',
  cancel: 'Hủy',
} as const;

export const signaturesEn: Widen<typeof signaturesVi> = {
  intro:
    'Where each official’s signing key is kept, and the root certification authorities the system trusts when it checks signatures. Import a certificate (PKCS#12) or register a token with `tinhso signing signer` or the API.',
  signersCaption: 'Signing keys in force',
  noSigners: 'No official has a signing key yet.',
  sources: {
    installation: 'Installation CA — trials only',
    pkcs12: 'Certificate imported from PKCS#12',
    pkcs11: 'Token/HSM (PKCS#11)',
  },
  columns: {
    name: 'Signer',
    position: 'Title, agency',
    source: 'Key kept in',
    issuer: 'Issued by',
    until: 'Valid until',
    anchor: 'Name',
    subject: 'Certificate subject',
    actions: 'Actions',
  },
  anchorsTitle: 'Trusted root certificates',
  anchorsIntro:
    'A signature is trusted when the signer’s certificate was issued under one of the root authorities below (for example the Government Cipher Committee’s root).',
  noAnchors: 'No root certificate is installed.',
  anchorName: 'Name (optional)',
  anchorPem: 'Root certificate (PEM)',
  anchorPemRequired: 'Paste the root certificate.',
  install: 'Install root certificate',
  remove: 'Remove',
  removeNamed: 'Remove root certificate {{name}}',
  removeConfirm: 'Remove the root certificate “{{name}}”? Signatures under it will no longer be trusted.',
  cancel: 'Cancel',
};
