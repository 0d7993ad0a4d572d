/** Strings of the written refusal and other result documents officials issue (issue 16 §3), Vietnamese and English. */
import type { Widen } from '../widen';

export const resultsVi = {
  refusal: {
    reasons: 'Lý do từ chối giải quyết (mỗi dòng một lý do)',
    legalBasis: 'Căn cứ pháp lý hồ sơ không đáp ứng',
    legalBasisHint:
      'Ví dụ: Điều 16 Luật Hộ tịch 60/2014/QH13. Văn bản luôn dẫn Điều 19 Nghị định 61/2018/NĐ-CP (sửa đổi bởi Nghị định 107/2021/NĐ-CP).',
    signs:
      'Khi xác nhận, Phiếu từ chối giải quyết hồ sơ được cấp số trong sổ văn bản của cơ quan và ký số bằng chữ ký của bạn; người nộp tải và kiểm tra được văn bản này.',
    preview: 'Xem trước phiếu từ chối (PDF)',
    open: 'Mở bản xem trước phiếu từ chối',
  },
};

export const resultsEn: Widen<typeof resultsVi> = {
  refusal: {
    reasons: 'Reasons for refusing (one per line)',
    legalBasis: 'Legal provision the dossier does not meet',
    legalBasisHint:
      'For example: Article 16 of the Civil Status Law 60/2014/QH13. The document always cites Article 19 of Decree 61/2018/NĐ-CP (as amended by Decree 107/2021/NĐ-CP).',
    signs:
      'On confirming, the written refusal is numbered in the agency’s register and signed with your signature; the applicant can download and verify it.',
    preview: 'Preview the written refusal (PDF)',
    open: 'Open the written refusal preview',
  },
};
