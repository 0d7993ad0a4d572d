/**
 * Strings of the investment pages' charts, exports and forms (taken into `investment.*` by investment.ts),
 * Vietnamese and English side by side.
 */
import type { Widen } from '../widen';

export const investmentExtraVi = {
  charts: {
    curve: 'Kế hoạch và giải ngân lũy kế theo tháng',
    curveAria:
      'Biểu đồ năm {{year}}: cột là kế hoạch giải ngân từng tháng, hai đường là kế hoạch lũy kế và giải ngân lũy kế (tỷ đồng); đến {{month}} đã giải ngân {{paid}} tỷ đồng trên kế hoạch lũy kế {{planned}} tỷ đồng.',
    plannedInMonth: 'Kế hoạch trong tháng',
    plannedCumulative: 'Kế hoạch lũy kế',
    paidCumulative: 'Giải ngân lũy kế',
    billions: 'tỷ đồng',
    january: '01/{{year}}',
    rates: 'Tỷ lệ giải ngân so với kế hoạch năm và cùng kỳ năm trước — {{by}}',
    ratesAria:
      'Biểu đồ thanh: tỷ lệ giải ngân năm nay và cùng kỳ năm trước (%), {{by}}; {{count}} dòng. Số liệu đầy đủ ở dạng bảng.',
    rate: 'Năm nay',
    rateLastYear: 'Cùng kỳ năm trước',
  },
  forms: {
    newProject: 'Đăng ký dự án',
    editProject: 'Sửa thông tin dự án',
    capitalPlan: 'Giao kế hoạch vốn năm theo nguồn',
    save: 'Lưu',
    saved: 'Đã lưu.',
    required: 'Vui lòng nhập thông tin này.',
    code: 'Mã dự án gồm chữ, số và . - _ /, tối đa 32 ký tự.',
    unitCode: 'Mã tỉnh 2 chữ số hoặc mã xã 5 chữ số.',
    ownerUnit: 'Đơn vị của chủ đầu tư (mã)',
    location: 'Địa bàn (mã)',
    totalDong: 'Tổng mức đầu tư (đồng)',
    endBeforeStart: 'Ngày hoàn thành không được trước ngày khởi công.',
    year: 'Năm từ 2000 đến 2100.',
  },
  exports: {
    xlsx: 'Tải Excel',
    pdf: 'Tải PDF',
    monthlyXlsx: 'Báo cáo tháng (Excel)',
    monthlyPdf: 'Báo cáo tháng (PDF)',
  },
};

export const investmentExtraEn: Widen<typeof investmentExtraVi> = {
  charts: {
    curve: 'Plan and cumulative disbursement by month',
    curveAria:
      'Chart for {{year}}: bars are the disbursement planned in each month, the two lines the cumulative plan and cumulative disbursement (billion đồng); to {{month}}, {{paid}} billion disbursed against a cumulative plan of {{planned}} billion.',
    plannedInMonth: 'Planned in the month',
    plannedCumulative: 'Cumulative plan',
    paidCumulative: 'Cumulative disbursement',
    billions: 'bn đồng',
    january: '01/{{year}}',
    rates: 'Disbursement rate against the year’s plan and the same day last year — {{by}}',
    ratesAria:
      'Bar chart: this year’s disbursement rate and last year’s at the same day (%), {{by}}; {{count}} rows. The full figures are in the table view.',
    rate: 'This year',
    rateLastYear: 'Same day last year',
  },
  forms: {
    newProject: 'Register a project',
    editProject: 'Change the project',
    capitalPlan: 'Set the year’s capital plan by source',
    save: 'Save',
    saved: 'Saved.',
    required: 'Please fill this in.',
    code: 'Letters, digits and . - _ /, at most 32 characters.',
    unitCode: 'A 2-digit province or 5-digit commune code.',
    ownerUnit: 'Owner’s unit (code)',
    location: 'Location (code)',
    totalDong: 'Total approved investment (đồng)',
    endBeforeStart: 'The end cannot come before the start.',
    year: 'A year from 2000 to 2100.',
  },
  exports: {
    xlsx: 'Download Excel',
    pdf: 'Download PDF',
    monthlyXlsx: 'Monthly report (Excel)',
    monthlyPdf: 'Monthly report (PDF)',
  },
};
