/**
 * CSV exports (RFC 4180, UTF-8 with a byte-order mark for spreadsheet programs): the monthly report layout and
 * the province summary. Amounts in đồng, whole; rates in percent. The monthly report's Excel and PDF are in
 * export-report.ts.
 */

import { CSV_BOM, csvLine } from '../../platform/csv.js';
import type { MonthlyReport, ReportLine } from './monthly-report.js';
import type { ProvinceSummary, Totals } from './province-summary.js';

const SOURCE_VI: Record<string, string> = {
  central_budget: 'Ngân sách trung ương',
  local_budget: 'Ngân sách địa phương',
  national_target_programme: 'Chương trình mục tiêu quốc gia',
};

export function monthlyReportCsv(report: MonthlyReport): string {
  let out = CSV_BOM;
  out += csvLine([`BÁO CÁO TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG THÁNG ${report.month}/${report.year}`]);
  out += csvLine([`${report.provinceName} — số liệu đến ngày ${report.asOf}; đơn vị: đồng`]);
  out += csvLine([
    'Mã dự án',
    'Tên dự án / chủ đầu tư',
    'Kế hoạch vốn năm: NSTW',
    'Kế hoạch vốn năm: NSĐP',
    'Kế hoạch vốn năm: CTMTQG',
    'Tổng kế hoạch vốn năm',
    'Giải ngân trong tháng',
    'Lũy kế giải ngân',
    'Tỷ lệ giải ngân (%)',
    'Cùng kỳ năm trước (%)',
  ]);
  const row = (l: ReportLine) =>
    csvLine([
      l.code,
      l.name,
      l.planBySource.central_budget,
      l.planBySource.local_budget,
      l.planBySource.national_target_programme,
      l.plan,
      l.paidInMonth,
      l.paidToDate,
      l.rate,
      l.rateLastYear,
    ]);
  out += row(report.total);
  for (const owner of report.owners) {
    out += row({ ...owner.subtotal, name: `Chủ đầu tư: ${owner.ownerName}` });
    for (const project of owner.projects) out += row(project);
  }
  return out;
}

export function summaryCsv(summary: ProvinceSummary): string {
  let out = CSV_BOM;
  out += csvLine([`TÌNH HÌNH GIẢI NGÂN VỐN ĐẦU TƯ CÔNG NĂM ${summary.year} — ${summary.provinceName}`]);
  out += csvLine([
    `Số liệu đến ngày ${summary.asOf}; cùng kỳ: đến ngày ${summary.asOfLastYear}; đơn vị: đồng`,
  ]);
  out += csvLine([
    `Dự án chờ HĐND tỉnh cho kéo dài thời gian: ${summary.extensions.awaiting}; quá hạn chưa đề nghị: ${summary.extensions.pastEndWithoutRequest}; dự án chậm giải ngân: ${summary.atRisk.count}`,
  ]);
  out += csvLine([
    'Nhóm',
    'Tên',
    'Kế hoạch',
    'Đã giải ngân',
    'Tỷ lệ (%)',
    'Kế hoạch năm trước',
    'Cùng kỳ năm trước',
    'Tỷ lệ cùng kỳ (%)',
    'Số dự án',
  ]);
  const row = (kind: string, name: string, t: Totals) =>
    csvLine([kind, name, t.plan, t.paid, t.rate, t.planLastYear, t.paidLastYear, t.rateLastYear, t.projects]);
  out += row('Toàn tỉnh', summary.provinceName, summary.total);
  for (const s of summary.bySource) out += row('Nguồn vốn', SOURCE_VI[s.source] ?? s.source, s);
  for (const g of summary.byGroup)
    out += row('Nhóm dự án', g.group === 'national' ? 'Quan trọng quốc gia' : `Nhóm ${g.group}`, g);
  for (const o of summary.byOwner) out += row('Chủ đầu tư', o.ownerName, o);
  for (const u of summary.byUnit) out += row('Địa bàn', u.unitName, u);
  out += csvLine([]);
  out += csvLine([
    'Tháng',
    'Kế hoạch lũy kế',
    'Giải ngân lũy kế',
    'Tỷ lệ (%)',
    'Tỷ lệ kế hoạch (%)',
    'Tỷ lệ cùng kỳ (%)',
  ]);
  for (const p of summary.curve)
    out += csvLine([
      p.month === 13 ? `01/${summary.year + 1}` : `${p.month}/${summary.year}`,
      p.plannedCumulative,
      p.paidCumulative,
      p.rate,
      p.plannedRate,
      p.rateLastYear,
    ]);
  return out;
}
