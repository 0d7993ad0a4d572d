/**
 * Demo: the 22 main targets for 2024 of the Ninh Thuận Provincial Party Committee (18th conference, December 2023;
 * SEED-FIGURES.md). Ninh Thuận merged into Khánh Hòa on 1/7/2025, so the records live under today's code 56 and
 * the page says whose resolution it was. Plan figures are the report's. The report names only 19 of the 22
 * (SEED-FIGURES.md, re-read for issue 9: "GRDP ranked 9th of 63" is a result, not a target); targets 20–22 stand in
 * for the rest (marked in their notes and in the resolution's note, which the page shows). Every reported value is
 * illustrative.
 */
import type { ResolutionInput, TargetInput } from './target-input.js';

export interface DemoValue {
  year: number;
  period: 'Y' | '9M' | 'H1';
  value: string;
  status: 'reported' | 'approved' | 'locked';
  /** Where the figure comes from, when not the resolution's demo source. */
  source?: string;
}
export type DemoTarget = Omit<TargetInput, 'responsibleUnitCode' | 'unitCodes'> & {
  parentLabel?: string;
  unitCodes?: string[];
  responsibleUnitCode?: string;
  /** A registered agency of the responsible unit, by name or kind; else `responsibleAgencyName` as written. */
  agency?: { name: string } | { kind: string };
  values: DemoValue[];
};
export interface DemoResolution {
  resolution: ResolutionInput;
  source: string;
  targets: DemoTarget[];
}

const P = '56';
const DEMO = 'Số liệu minh họa của bản trình diễn (không phải số liệu chính thức)';
const y = (value: string, status: DemoValue['status'] = 'locked'): DemoValue => ({
  year: 2024,
  period: 'Y',
  value,
  status,
});
const base = (value: string): DemoValue => ({ year: 2023, period: 'Y', value, status: 'locked' });
const nine = (value: string): DemoValue => ({ year: 2024, period: '9M', value, status: 'locked' });
const stats = 'Cục Thống kê tỉnh Ninh Thuận';
const finance = 'Sở Kế hoạch và Đầu tư tỉnh Ninh Thuận';
const party = 'Ban Tổ chức Tỉnh ủy Ninh Thuận';
const standIn =
  'Chỉ tiêu thay thế: không có trong trích đoạn báo cáo, đặt để đủ 22 chỉ tiêu; cần đối chiếu văn bản gốc.';

// biome-ignore format: a data table, one target a line
export const NINH_THUAN_2024: DemoResolution = {
  source: DEMO,
  resolution: {
    provinceCode: P,
    body: 'party_committee',
    issuerName: 'Ban Chấp hành Đảng bộ tỉnh Ninh Thuận khóa XIV (nay thuộc tỉnh Khánh Hòa)',
    number: 'NQ Hội nghị lần thứ 18 BCH Đảng bộ tỉnh khóa XIV',
    title: 'Nghị quyết về nhiệm vụ phát triển kinh tế – xã hội, quốc phòng – an ninh và xây dựng Đảng năm 2024',
    issuedOn: '2023-12-15',
    term: '2020–2025',
    fromYear: 2024,
    toYear: 2024,
    reportDueWorkingDays: 5,
    note:
      'Nghị quyết của Tỉnh ủy Ninh Thuận (mã tỉnh cũ 58). Từ 1/7/2025 Ninh Thuận hợp nhất vào tỉnh Khánh Hòa (mã 56) ' +
      'nên hồ sơ lưu dưới mã 56. Ngày ban hành ghi theo tháng của hội nghị (12/2023); số hiệu cần đối chiếu văn bản gốc. ' +
      'Báo cáo nguồn chỉ nêu 19 trong 22 chỉ tiêu; chỉ tiêu 20–22 (che phủ rừng, lao động qua đào tạo, bảo hiểm y tế) ' +
      'là chỉ tiêu thay thế để đủ 22 chỉ tiêu, cần đối chiếu văn bản gốc.',
  },
  targets: [
    { label: '1', indicatorKey: 'grdp_growth', indicator: 'Tốc độ tăng trưởng GRDP', indicatorEn: 'GRDP growth', unitOfMeasure: '%', measure: 'change', accumulates: false, kind: 'range', planLow: '11', planHigh: '12', preferred: 'higher', responsibleAgencyName: stats, values: [base('8.0'), nine('7.0'), y('7.33')] },
    { label: '2', indicatorKey: 'grdp_per_capita', indicator: 'GRDP bình quân đầu người', indicatorEn: 'GRDP per capita', unitOfMeasure: 'triệu đồng', measure: 'amount', accumulates: false, kind: 'range', planLow: '101', planHigh: '102', preferred: 'higher', responsibleAgencyName: stats, values: [base('95.4'), y('102.5')] },
    { label: '3', indicatorKey: 'structure_agriculture', indicator: 'Cơ cấu kinh tế: nông, lâm nghiệp và thủy sản', indicatorEn: 'Economic structure: agriculture, forestry, fishery', unitOfMeasure: '% GRDP', measure: 'share', accumulates: false, kind: 'range', planLow: '25', planHigh: '26', preferred: 'none', responsibleAgencyName: stats, values: [y('25.7')] },
    { label: '4', indicatorKey: 'structure_industry', indicator: 'Cơ cấu kinh tế: công nghiệp – xây dựng', indicatorEn: 'Economic structure: industry and construction', unitOfMeasure: '% GRDP', measure: 'share', accumulates: false, kind: 'range', planLow: '41', planHigh: '42', preferred: 'none', responsibleAgencyName: stats, values: [y('41.4')] },
    { label: '5', indicatorKey: 'structure_services', indicator: 'Cơ cấu kinh tế: dịch vụ', indicatorEn: 'Economic structure: services', unitOfMeasure: '% GRDP', measure: 'share', accumulates: false, kind: 'range', planLow: '32', planHigh: '33', preferred: 'none', responsibleAgencyName: stats, values: [y('32.9')] },
    { label: '6', indicatorKey: 'tfp_contribution', indicator: 'Tỷ lệ đóng góp của TFP vào tăng trưởng', indicatorEn: 'TFP contribution to growth', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'range', planLow: '39', planHigh: '40', preferred: 'higher', responsibleAgencyName: stats, values: [y('36.5')] },
    { label: '7', indicatorKey: 'labour_productivity_growth', indicator: 'Tốc độ tăng năng suất lao động', indicatorEn: 'Labour productivity growth', unitOfMeasure: '%', measure: 'change', accumulates: false, kind: 'range', planLow: '8', planHigh: '9', preferred: 'higher', responsibleAgencyName: stats, values: [y('8.4')] },
    { label: '8', indicatorKey: 'marine_economy_share', indicator: 'Kinh tế biển chiếm tỷ trọng trong GRDP', indicatorEn: 'Marine economy share of GRDP', unitOfMeasure: '% GRDP', measure: 'share', accumulates: false, kind: 'exact', planLow: '42', preferred: 'higher', responsibleAgencyName: finance, values: [y('42.3')] },
    { label: '9', indicatorKey: 'digital_economy_share', indicator: 'Kinh tế số chiếm tỷ trọng trong GRDP', indicatorEn: 'Digital economy share of GRDP', unitOfMeasure: '% GRDP', measure: 'share', accumulates: false, kind: 'exact', planLow: '12', preferred: 'higher', responsibleAgencyName: 'Sở Thông tin và Truyền thông tỉnh Ninh Thuận', values: [y('12.2')] },
    { label: '10', indicatorKey: 'local_budget_revenue', indicator: 'Thu ngân sách nhà nước trên địa bàn', indicatorEn: 'State budget revenue collected in the province', unitOfMeasure: 'tỷ đồng', measure: 'amount', accumulates: true, kind: 'at_least', planLow: '4000', responsibleAgencyName: 'Sở Tài chính tỉnh Ninh Thuận', values: [base('4120'), { year: 2023, period: '9M', value: '3050', status: 'locked' }, nine('3350'), y('4512')] },
    { label: '11', indicatorKey: 'total_social_investment', indicator: 'Tổng vốn đầu tư toàn xã hội', indicatorEn: 'Total social investment', unitOfMeasure: 'tỷ đồng', measure: 'amount', accumulates: true, kind: 'exact', planLow: '22900', preferred: 'higher', note: 'Nghị quyết ghi "khoảng 22.900 tỷ đồng".', responsibleAgencyName: finance, values: [nine('15200'), y('21850')] },
    { label: '12', indicatorKey: 'multidimensional_poverty_reduction', indicator: 'Giảm tỷ lệ hộ nghèo đa chiều', indicatorEn: 'Reduction of the multidimensional poverty rate', unitOfMeasure: 'điểm %', measure: 'amount', accumulates: false, kind: 'range', planLow: '1.5', planHigh: '2', preferred: 'higher', responsibleAgencyName: 'Sở Lao động – Thương binh và Xã hội tỉnh Ninh Thuận', values: [base('1.62'), y('1.8')] },
    { label: '12a', parentLabel: '12', indicatorKey: 'multidimensional_poverty_reduction', indicator: 'Giảm tỷ lệ hộ nghèo đa chiều — huyện Bác Ái', indicatorEn: 'Reduction of the multidimensional poverty rate — Bác Ái district', unitOfMeasure: 'điểm %', measure: 'amount', accumulates: false, kind: 'at_least', planLow: '4', unitCodes: ['22786', '22795', '22801', '22822'], scopeLabel: 'huyện Bác Ái (cũ), nay là các xã Bác Ái Tây, Bác Ái, Bác Ái Đông và một phần xã Mỹ Sơn', responsibleAgencyName: 'Ủy ban nhân dân huyện Bác Ái (cũ)', values: [y('4.3')] },
    { label: '13', indicatorKey: 'new_rural_communes', indicator: 'Số xã đạt chuẩn nông thôn mới', indicatorEn: 'Communes meeting the new-rural standard', unitOfMeasure: 'xã', measure: 'count', accumulates: false, kind: 'direction', preferred: 'higher', note: 'Nghị quyết giao tăng số xã đạt chuẩn, không nêu con số.', responsibleAgencyName: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận', values: [base('37'), y('40')] },
    { label: '14', indicatorKey: 'advanced_new_rural_communes', indicator: 'Số xã đạt chuẩn nông thôn mới nâng cao trong năm', indicatorEn: 'Communes reaching the advanced new-rural standard in the year', unitOfMeasure: 'xã', measure: 'count', accumulates: true, kind: 'range', planLow: '3', planHigh: '4', preferred: 'higher', responsibleAgencyName: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận', values: [y('4')] },
    { label: '15', indicatorKey: 'commune_health_criteria', indicator: 'Tỷ lệ xã đạt Bộ tiêu chí quốc gia về y tế', indicatorEn: 'Communes meeting the national health criteria', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'exact', planLow: '98.5', preferred: 'higher', responsibleAgencyName: 'Sở Y tế tỉnh Ninh Thuận', values: [y('98.5')] },
    { label: '16', indicatorKey: 'safe_communes', indicator: 'Tỷ lệ xã, phường, thị trấn đạt tiêu chuẩn an toàn về quốc phòng, an ninh', indicatorEn: 'Communes safe in defence and security', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '70', responsibleAgencyName: 'Công an tỉnh Ninh Thuận', values: [y('75.3')] },
    { label: '17', indicatorKey: 'new_party_members', indicator: 'Kết nạp đảng viên mới', indicatorEn: 'New Party members admitted', unitOfMeasure: 'đảng viên', measure: 'count', accumulates: true, kind: 'at_least', planLow: '800', responsibleAgencyName: party, values: [base('815'), { year: 2023, period: '9M', value: '560', status: 'locked' }, nine('610'), y('862')] },
    { label: '18', indicatorKey: 'party_orgs_good', indicator: 'Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên', indicatorEn: 'Grassroots Party organisations completing their tasks well or better', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '90', responsibleAgencyName: party, values: [y('91.5')] },
    { label: '19', indicatorKey: 'party_members_good', indicator: 'Tỷ lệ đảng viên hoàn thành tốt nhiệm vụ trở lên', indicatorEn: 'Party members completing their tasks well or better', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '90', responsibleAgencyName: party, values: [y('92.1')] },
    { label: '20', indicatorKey: 'forest_cover', indicator: 'Tỷ lệ che phủ rừng', indicatorEn: 'Forest cover', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '47', note: standIn, responsibleAgencyName: 'Sở Nông nghiệp và Phát triển nông thôn tỉnh Ninh Thuận', values: [y('47.2')] },
    { label: '21', indicatorKey: 'trained_labour', indicator: 'Tỷ lệ lao động qua đào tạo', indicatorEn: 'Trained share of the workforce', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '67', note: standIn, responsibleAgencyName: 'Sở Lao động – Thương binh và Xã hội tỉnh Ninh Thuận', values: [y('68')] },
    { label: '22', indicatorKey: 'health_insurance_coverage', indicator: 'Tỷ lệ dân số tham gia bảo hiểm y tế', indicatorEn: 'Population covered by health insurance', unitOfMeasure: '%', measure: 'share', accumulates: false, kind: 'at_least', planLow: '95', note: standIn, responsibleAgencyName: 'Bảo hiểm xã hội tỉnh Ninh Thuận', values: [y('95.3')] },
  ],
};
