/** Names of the fields (lĩnh vực) as people read them, in Vietnamese and English, for Open311 and exports. */
import type { Field } from './model.js';

export const FIELD_NAMES: Record<Field, { vi: string; en: string; keywords: string }> = {
  administrative_procedure: {
    vi: 'Thủ tục hành chính',
    en: 'Administrative procedures',
    keywords: 'thủ tục, hồ sơ, một cửa, dịch vụ công',
  },
  land: { vi: 'Đất đai', en: 'Land', keywords: 'đất, sổ đỏ, giải phóng mặt bằng, bồi thường' },
  environment: { vi: 'Môi trường', en: 'Environment', keywords: 'rác thải, ô nhiễm, nước thải, tiếng ồn' },
  construction: {
    vi: 'Xây dựng, đô thị',
    en: 'Construction and urban order',
    keywords: 'xây dựng, trật tự đô thị, giấy phép',
  },
  transport: { vi: 'Giao thông', en: 'Transport', keywords: 'đường, cầu, ổ gà, đèn tín hiệu' },
  health: { vi: 'Y tế', en: 'Health', keywords: 'bệnh viện, trạm y tế, bảo hiểm y tế' },
  education: { vi: 'Giáo dục', en: 'Education', keywords: 'trường học, học phí, tuyển sinh' },
  justice: {
    vi: 'Tư pháp, hộ tịch',
    en: 'Justice and civil status',
    keywords: 'hộ tịch, khai sinh, chứng thực',
  },
  finance: {
    vi: 'Tài chính, thuế, phí',
    en: 'Finance, taxes and fees',
    keywords: 'thuế, phí, lệ phí, ngân sách',
  },
  labour_social: {
    vi: 'Lao động, chính sách xã hội',
    en: 'Labour and social policy',
    keywords: 'trợ cấp, hộ nghèo, người có công, việc làm',
  },
  industry_trade: { vi: 'Công thương', en: 'Industry and trade', keywords: 'chợ, điện, hàng giả, giá cả' },
  culture_tourism: {
    vi: 'Văn hóa, du lịch',
    en: 'Culture and tourism',
    keywords: 'lễ hội, di tích, du lịch',
  },
  ethnic_religion: {
    vi: 'Dân tộc, tôn giáo',
    en: 'Ethnic and religious affairs',
    keywords: 'dân tộc, tôn giáo, tín ngưỡng',
  },
  staff_conduct: {
    vi: 'Hành vi, thái độ của cán bộ',
    en: 'Conduct of officials',
    keywords: 'nhũng nhiễu, chậm trễ, thái độ, cán bộ',
  },
  other: { vi: 'Lĩnh vực khác', en: 'Other', keywords: 'khác' },
};

/** Open311 `group` of each service. */
export const FIELD_GROUPS: Record<Field, string> = {
  administrative_procedure: 'hanh-chinh',
  land: 'dat-dai-moi-truong',
  environment: 'dat-dai-moi-truong',
  construction: 'ha-tang',
  transport: 'ha-tang',
  health: 'xa-hoi',
  education: 'xa-hoi',
  justice: 'hanh-chinh',
  finance: 'kinh-te',
  labour_social: 'xa-hoi',
  industry_trade: 'kinh-te',
  culture_tourism: 'xa-hoi',
  ethnic_religion: 'xa-hoi',
  staff_conduct: 'hanh-chinh',
  other: 'khac',
};
