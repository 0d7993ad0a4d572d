/** What the result documents' pages tell a person (issue 16), in Vietnamese and English. */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'results.badNumber': {
    vi: 'Hãy nhập số văn bản như in trên văn bản (ví dụ 15 hoặc 15/2026/GKS).',
    en: 'Type the document number as printed on it (e.g. 15 or 15/2026/GKS).',
  },
  'results.notFound': {
    vi: 'Không có văn bản nào với số và mã xác minh này. Hãy kiểm tra lại số và mã in trên văn bản.',
    en: 'No document has this number and verification code. Check the number and code printed on it.',
  },
  'results.noPreview': {
    vi: 'Chỉ xem trước được kết quả của hồ sơ đang chờ phê duyệt hoặc đã phê duyệt.',
    en: 'Only the result of a dossier awaiting or given approval can be previewed.',
  },
  'results.noRefusalPreview': {
    vi: 'Chỉ người có thẩm quyền quyết định hồ sơ ở bước phê duyệt mới xem trước được văn bản từ chối.',
    en: 'Only the official who decides the dossier at its approval step can preview the written refusal.',
  },
});
