import type { ChainStatus, DocumentCheck } from '../../platform/signing/index.js';

/**
 * A signature's verdict in plain words for a citizen or an official checking a document (issue 19 §4), in
 * Vietnamese by default and English under the switch. The words say what a person can rely on, not PKI terms.
 */
const CHAIN_TEXT: Record<ChainStatus, { vi: string; en: string }> = {
  trusted: {
    vi: 'Chứng thư số của người ký do một tổ chức chứng thực được tin cậy cấp và còn hiệu lực khi ký.',
    en: 'The signer’s certificate was issued by a trusted certification authority and was in force at signing.',
  },
  untrusted: {
    vi: 'Chứng thư số của người ký do một tổ chức chứng thực chưa được tin cậy trên hệ thống này cấp.',
    en: 'The signer’s certificate was issued by a certification authority this system does not trust.',
  },
  incomplete: {
    vi: 'Không xác định được tổ chức chứng thực đã cấp chứng thư số của người ký.',
    en: 'The certification authority that issued the signer’s certificate cannot be determined.',
  },
  expired: {
    vi: 'Chứng thư số của người ký đã hết hiệu lực vào thời điểm ký.',
    en: 'The signer’s certificate had expired at the time of signing.',
  },
  not_yet_valid: {
    vi: 'Chứng thư số của người ký chưa có hiệu lực vào thời điểm ký.',
    en: 'The signer’s certificate was not yet in force at the time of signing.',
  },
};

export type Language = 'vi' | 'en';

export function verdictText(check: DocumentCheck, lang: Language): string[] {
  const lines: string[] = [];
  if (!check.valid) {
    lines.push(
      lang === 'vi'
        ? 'Chữ ký không hợp lệ: nội dung đã bị thay đổi sau khi ký hoặc chữ ký bị hỏng.'
        : 'The signature is not valid: the content changed after signing, or the signature is damaged.',
    );
    return lines;
  }
  lines.push(
    lang === 'vi'
      ? 'Chữ ký hợp lệ: nội dung không bị thay đổi.'
      : 'The signature is valid: the content is unchanged.',
  );
  lines.push(CHAIN_TEXT[check.chainStatus][lang]);
  if (check.installationCa)
    lines.push(
      lang === 'vi'
        ? 'Chứng thư do CA cài đặt của tinhso cấp: chỉ dùng thử nghiệm, không có giá trị pháp lý.'
        : 'The certificate is from tinhso’s installation CA: for trials only, with no legal value.',
    );
  if (check.timestampedAt)
    lines.push(
      lang === 'vi'
        ? `Dấu thời gian xác nhận chữ ký đã có lúc ${check.timestampedAt.toISOString()}.`
        : `A timestamp proves the signature existed at ${check.timestampedAt.toISOString()}.`,
    );
  // PAdES B-LT (ETSI EN 319 142-1 §5.4): whether the document itself proves the certificate was not revoked.
  lines.push(
    check.ltv
      ? lang === 'vi'
        ? 'Có dữ liệu kiểm tra hiệu lực lâu dài: tài liệu kèm xác nhận của tổ chức chứng thực rằng chứng thư chưa bị thu hồi khi ký.'
        : 'Long-term validation data present: the document carries the certification authority’s confirmation that the certificate was not revoked at signing.'
      : lang === 'vi'
        ? 'Không có dữ liệu kiểm tra hiệu lực lâu dài: tài liệu không kèm xác nhận chứng thư chưa bị thu hồi.'
        : 'No long-term validation data: the document carries no confirmation that the certificate was not revoked.',
  );
  if (!check.coversWholeDocument && !check.onlyValidationDataAfter)
    lines.push(
      lang === 'vi'
        ? 'Tài liệu có thêm nội dung sau chữ ký này (ví dụ một chữ ký khác).'
        : 'Content was added to the document after this signature (for example another signature).',
    );
  return lines;
}
