/**
 * Demo: a smaller 2025 resolution for Cao Bằng (04), with the figures SEED-FIGURES.md gives for it — the
 * 9-month results reported at the 2nd conference of the 20th Provincial Party Committee (October 2025). Plans are
 * derived from those figures where the report gives a ratio (import-export 45 % over plan → 896; budget revenue
 * 59 % of the People's Council estimate → 5,613 and 69 % of the central estimate → 4,800); the GRDP growth
 * plan and the on-time plans are illustrative. The commune sub-target is left without a value for people to report.
 * Targets 5 (commune-level on time), 6 (online share) and 7 (disbursement) are bound to indicators tinhso
 * computes (issue 24 §2): their values come from the demo's dossiers and treasury payments, not typed.
 */
import type { DemoResolution } from './demo-ninh-thuan.js';

const P = '04';
const REPORT = 'Báo cáo tại Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XX (10/2025)';
const DERIVED = 'Suy ra từ báo cáo 9 tháng năm 2025 (tăng so với cùng kỳ)';

// biome-ignore format: a data table, one target a line
export const CAO_BANG_2025: DemoResolution = {
  source: REPORT,
  resolution: {
    provinceCode: P,
    body: 'party_committee',
    issuerName: 'Ban Chấp hành Đảng bộ tỉnh Cao Bằng',
    number: 'NQ nhiệm vụ năm 2025 (số hiệu minh họa)',
    title: 'Nghị quyết về nhiệm vụ phát triển kinh tế – xã hội năm 2025',
    issuedOn: '2024-12-20',
    term: '2020–2025',
    fromYear: 2025,
    toYear: 2025,
    reportDueWorkingDays: 5,
    note:
      'Số hiệu, ngày ban hành và mức kế hoạch tăng trưởng GRDP, tỷ lệ hồ sơ đúng hạn là minh họa; các mức kế hoạch ' +
      'khác suy ra từ báo cáo 9 tháng tại Hội nghị lần thứ 2 Ban Chấp hành Đảng bộ tỉnh khóa XX (10/2025).',
  },
  targets: [
    { label: '1', indicatorKey: 'grdp_growth', indicator: 'Tốc độ tăng trưởng GRDP', indicatorEn: 'GRDP growth', unitOfMeasure: '%', measure: 'change', accumulates: false, kind: 'at_least', planLow: '8', note: 'Mức kế hoạch minh họa.', agency: { name: 'Sở Tài chính' }, values: [{ year: 2025, period: '9M', value: '6.52', status: 'locked' }] },
    { label: '2', indicatorKey: 'import_export', indicator: 'Kim ngạch xuất nhập khẩu', indicatorEn: 'Import-export turnover', unitOfMeasure: 'triệu USD', measure: 'amount', accumulates: true, kind: 'at_least', planLow: '896', note: 'Kế hoạch suy ra: 1.299 triệu USD vượt 45% kế hoạch.', agency: { name: 'Sở Công Thương' }, values: [{ year: 2024, period: '9M', value: '734', status: 'locked', source: DERIVED }, { year: 2025, period: '9M', value: '1299', status: 'locked' }] },
    { label: '3', indicatorKey: 'budget_revenue_council', indicator: 'Thu ngân sách nhà nước trên địa bàn so với dự toán HĐND tỉnh giao', indicatorEn: 'Budget revenue against the Provincial People’s Council estimate', unitOfMeasure: 'tỷ đồng', measure: 'amount', accumulates: true, kind: 'at_least', planLow: '5613', note: 'Dự toán suy ra: 3.312 tỷ đồng bằng 59% dự toán HĐND tỉnh.', agency: { name: 'Sở Tài chính' }, values: [{ year: 2024, period: '9M', value: '1960', status: 'locked', source: DERIVED }, { year: 2025, period: '9M', value: '3312', status: 'approved' }] },
    { label: '4', indicatorKey: 'budget_revenue_central', indicator: 'Thu ngân sách nhà nước trên địa bàn so với dự toán Trung ương giao', indicatorEn: 'Budget revenue against the central estimate', unitOfMeasure: 'tỷ đồng', measure: 'amount', accumulates: true, kind: 'at_least', planLow: '4800', note: 'Dự toán suy ra: 3.312 tỷ đồng bằng 69% dự toán Trung ương.', agency: { name: 'Sở Tài chính' }, values: [{ year: 2025, period: '9M', value: '3312', status: 'reported' }] },
    { label: '5', indicatorKey: 'commune_dossiers_on_time', indicator: 'Tỷ lệ hồ sơ thủ tục hành chính cấp xã giải quyết đúng hạn', indicatorEn: 'Commune-level dossiers resolved on time', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '98', note: 'Mức kế hoạch minh họa. Tính từ hồ sơ của mọi xã, phường, đặc khu (báo cáo 9 tháng ghi "trên 99%").', agency: { name: 'Văn phòng Ủy ban nhân dân tỉnh' }, measuredBy: 'on_time_portal', measuredUnitCode: P, measuredLevel: 'commune', values: [] },
    { label: '5a', parentLabel: '5', indicatorKey: 'commune_dossiers_on_time', indicator: 'Tỷ lệ hồ sơ thủ tục hành chính đúng hạn — Phường Thục Phán', indicatorEn: 'Dossiers resolved on time — Thục Phán ward', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '99', note: 'Mức kế hoạch minh họa.', unitCodes: ['01273'], responsibleUnitCode: '01273', agency: { kind: 'people_committee' }, values: [] },
    { label: '6', indicatorKey: 'online_dossiers_share', indicator: 'Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến', indicatorEn: 'Dossiers received online', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '50', note: 'Mức kế hoạch minh họa. Tính từ hồ sơ của toàn tỉnh.', agency: { name: 'Văn phòng Ủy ban nhân dân tỉnh' }, measuredBy: 'online_share', measuredUnitCode: P, values: [] },
    { label: '7', indicatorKey: 'public_investment_disbursement', indicator: 'Tỷ lệ giải ngân vốn đầu tư công so với kế hoạch vốn năm', indicatorEn: 'Public investment paid out against the year’s capital plan', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '95', note: 'Mức kế hoạch minh họa. Tính từ số liệu giải ngân Kho bạc Nhà nước.', agency: { name: 'Sở Tài chính' }, measuredBy: 'disbursement_rate', measuredUnitCode: P, values: [] },
  ],
};
