/** The reception module's messages a person sees, in Vietnamese and English (platform/http/messages.ts). */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'reception.unknownUnit': {
    vi: 'Không có đơn vị hành chính mã "{code}" trong tỉnh.',
    en: 'No administrative unit with code "{code}" in the province.',
  },
  'reception.endsBeforeStart': {
    vi: 'Giờ kết thúc phải sau giờ bắt đầu.',
    en: 'The end must come after the start.',
  },
  'reception.notYourUnit': {
    vi: 'Bạn không được giao việc tiếp công dân của đơn vị này.',
    en: 'You are not assigned to citizen reception in this unit.',
  },
  'reception.receiverNotLeader': {
    vi: 'Người chủ trì buổi tiếp phải là lãnh đạo của đơn vị.',
    en: 'The receiving person must be a leader of the unit.',
  },
  'reception.unknownSchedule': {
    vi: 'Không có lịch tiếp công dân này của đơn vị.',
    en: 'The unit has no such reception schedule.',
  },
  'reception.referralNeeded': {
    vi: 'Ghi cơ quan có thẩm quyền đã hướng dẫn công dân đến (cột 10, Mẫu 03/TCD).',
    en: 'Name the competent body the citizen was guided to (column 10, Form 03/TCD).',
  },
  'reception.caseNeeded': {
    vi: 'Để thụ lý, ghi tiêu đề và lĩnh vực của vụ việc.',
    en: 'To take the case, give its title and field.',
  },
  'reception.caseOnlyPending': {
    vi: 'Chỉ lượt tiếp chưa có kết quả mới chuyển thành vụ việc; lượt này đã có kết quả.',
    en: 'Only a reception still pending becomes a case; this one already has an outcome.',
  },
  'reception.alreadyCancelled': {
    vi: 'Lịch tiếp này đã bị hủy.',
    en: 'This reception slot was already cancelled.',
  },
  'reception.badPeriod': {
    vi: 'Kỳ báo cáo là một năm (2026), một quý (2026-Q4) hoặc một tháng (2026-12).',
    en: 'A period is a year (2026), a quarter (2026-Q4) or a month (2026-12).',
  },
});
