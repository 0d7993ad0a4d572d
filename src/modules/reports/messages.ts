/** The reports module's messages a user can see, in Vietnamese and English (platform/http/messages.ts). */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'reports.levelOfProvince': {
    vi: 'Chỉ xem theo cấp (cấp xã, đặc khu, cơ quan cấp tỉnh) được đối với một tỉnh, thành phố; {unit} là đơn vị cấp xã.',
    en: 'A level (communes, special zones, province-level agencies) is asked of a province; {unit} is a commune.',
  },
  'reports.levelEmpty': {
    vi: 'Tỉnh, thành phố {unit} không có đơn vị nào thuộc cấp này.',
    en: 'Province {unit} has no unit at this level.',
  },
  'reports.periodLabel': {
    vi: 'Kỳ báo cáo có dạng YYYY, YYYY-Qn hoặc YYYY-MM.',
    en: 'A period is YYYY, YYYY-Qn or YYYY-MM.',
  },
  'reports.periodNeeded': {
    vi: 'Cần chọn kỳ báo cáo (YYYY, YYYY-Qn, YYYY-MM) hoặc từ ngày, đến ngày.',
    en: 'Give a period (YYYY, YYYY-Qn, YYYY-MM) or from and to days.',
  },
  'reports.dayFormat': { vi: 'Ngày có dạng YYYY-MM-DD.', en: 'A day is YYYY-MM-DD.' },
  'reports.endsBeforeStart': {
    vi: 'Ngày kết thúc kỳ báo cáo trước ngày bắt đầu.',
    en: 'The period ends before it starts.',
  },
  'reports.atMostTenYears': {
    vi: 'Một báo cáo chỉ bao gồm tối đa mười năm.',
    en: 'A report covers at most ten years.',
  },
  'reports.unknownChannel': { vi: 'Kênh tiếp nhận không hợp lệ.', en: 'Unknown channel.' },
  'reports.invalid': { vi: 'không hợp lệ', en: 'invalid' },
  'reports.leadersOnly': {
    vi: 'Báo cáo dịch vụ công của đơn vị này chỉ dành cho lãnh đạo và quản trị viên của đơn vị.',
    en: 'Service reports of this unit are for its leaders and administrators.',
  },
  'reports.wholeMonthsFields': {
    vi: 'Số liệu theo thủ tục và lĩnh vực được tổng hợp theo tháng: đề nghị chọn trọn tháng.',
    en: 'Procedure and field figures are kept by month: choose whole months.',
  },
  'reports.wholeMonthsProcedures': {
    vi: 'Số liệu theo thủ tục được tổng hợp theo tháng: đề nghị chọn trọn tháng.',
    en: 'Procedure figures are kept by month: choose whole months.',
  },
  'reports.wholeMonths': { vi: 'trọn tháng', en: 'whole months' },
  'reports.ruleAdminsOnly': {
    vi: 'Chỉ quản trị viên hệ thống cấp tỉnh hoặc toàn quốc được thay đổi cách tính chỉ số 2.1 và 5.4.',
    en: 'Only provincial or national system administrators change how sub-indicators 2.1 and 5.4 are computed.',
  },
  'reports.ruleReadersOnly': {
    vi: 'Cách tính Bộ chỉ số 766 chỉ dành cho người xem báo cáo (lãnh đạo, quản trị viên).',
    en: 'The Decision 766 settings are for report readers (leaders and administrators).',
  },
});
