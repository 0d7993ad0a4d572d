/** What the signatures module tells a person, in Vietnamese and English (issue 15 §2). */
import { defineMessages } from '../../platform/http/messages.js';
import type { Pkcs12Refusal, TokenRefusal, TrustAnchorRefusal } from '../../platform/signing/index.js';

/**
 * Why an official's key cannot be used, per refusal reason of the signing platform (its English message stays
 * for logs and the CLI). A field message's key is the field error's stable `code`.
 */
export const msg = defineMessages({
  'signatures.pkcs12.non_ascii_password': {
    vi: 'Mật khẩu của tệp PKCS#12 có ký tự ngoài bảng ASCII: hãy xuất lại tệp với mật khẩu chỉ gồm ký tự ASCII.',
    en: 'The PKCS#12 password has non-ASCII characters: export the file again with an ASCII password.',
  },
  'signatures.pkcs12.wrong_password': {
    vi: 'Mật khẩu của tệp PKCS#12 không đúng.',
    en: 'The PKCS#12 file cannot be used: wrong password.',
  },
  'signatures.pkcs12.not_pkcs12': {
    vi: 'Tệp này không phải là tệp PKCS#12 (.p12, .pfx).',
    en: 'The file is not a PKCS#12 file (.p12, .pfx).',
  },
  'signatures.pkcs12.key_count': {
    vi: 'Tệp PKCS#12 chứa {count} khóa bí mật; cần đúng một khóa.',
    en: 'The PKCS#12 file holds {count} private keys, not one.',
  },
  'signatures.pkcs12.no_matching_certificate': {
    vi: 'Không có chứng thư số nào trong tệp PKCS#12 khớp với khóa bí mật của tệp.',
    en: 'No certificate in the PKCS#12 file matches its private key.',
  },
  'signatures.pkcs12.certificate_expired': {
    vi: 'Chứng thư số trong tệp đã hết hạn ngày {date}.',
    en: 'The certificate in the file expired on {date}.',
  },
  'signatures.pkcs12.not_yet_valid': {
    vi: 'Chứng thư số trong tệp chưa đến ngày có hiệu lực.',
    en: 'The certificate in the file is not valid yet.',
  },
  'signatures.pkcs12.not_for_signatures': {
    vi: 'Chứng thư số trong tệp không dùng cho chữ ký số (mục đích sử dụng khóa).',
    en: 'The certificate in the file is not for signatures (key usage).',
  },
  'signatures.pkcs12.ca_certificate': {
    vi: 'Chứng thư trong tệp là của tổ chức cung cấp dịch vụ chứng thực (CA), không phải của người ký.',
    en: 'The certificate in the file is a CA certificate, not a signer’s.',
  },
  'signatures.token.module_unloadable': {
    vi: 'Không nạp được thư viện PKCS#11 ở đường dẫn {path}.',
    en: 'The PKCS#11 module {path} cannot be loaded.',
  },
  'signatures.token.no_token': {
    vi: 'Không có token nào mang nhãn «{label}».',
    en: 'No token labelled "{label}" is present.',
  },
  'signatures.token.pin_refused': { vi: 'Token từ chối mã PIN.', en: 'The token refused the PIN.' },
  'signatures.token.no_key': {
    vi: 'Không có khóa bí mật mã {keyId} trên token «{token}».',
    en: 'No private key with id {keyId} on token "{token}".',
  },
  'signatures.token.no_certificate': {
    vi: 'Token không có chứng thư số cho khóa này: hãy tải lên tệp chứng thư.',
    en: 'The token holds no certificate for this key: give the certificate file.',
  },
  'signatures.token.certificate_expired': {
    vi: 'Chứng thư số của khóa trên token đã hết hạn.',
    en: 'The certificate of the token key has expired.',
  },
  'signatures.anchor.not_certificate': {
    vi: 'Tệp này không phải chứng thư số X.509 (PEM hoặc DER) nên không thể làm chứng thư gốc tin cậy.',
    en: 'This certificate cannot be a trust anchor: not an X.509 certificate (PEM or DER).',
  },
  'signatures.anchor.not_ca': {
    vi: 'Chứng thư này không phải chứng thư của tổ chức chứng thực (CA) nên không thể làm chứng thư gốc tin cậy.',
    en: 'This certificate cannot be a trust anchor: it is not a CA certificate (basicConstraints cA).',
  },
  'signatures.anchor.expired': {
    vi: 'Chứng thư này đã hết hạn ngày {date} nên không thể làm chứng thư gốc tin cậy.',
    en: 'This certificate cannot be a trust anchor: it expired on {date}.',
  },
  'signatures.token.key_mismatch': {
    vi: 'Khóa trên token không khớp với chứng thư số.',
    en: 'The key on the token does not match the certificate.',
  },
} satisfies Record<
  | `signatures.pkcs12.${Pkcs12Refusal}`
  | `signatures.token.${TokenRefusal}`
  | `signatures.anchor.${TrustAnchorRefusal}`,
  unknown
>);

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'signatures.plain.0': {
    vi: 'Chỉ quản trị hệ thống mới được quản lý chứng thư gốc tin cậy.',
    en: 'Only system administrators manage trust anchors.',
  },
  'signatures.plain.1': {
    vi: 'Chỉ quản trị hệ thống mới được quản lý khóa ký số.',
    en: 'Only system administrators manage signing keys.',
  },
});
