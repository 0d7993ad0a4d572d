/**
 * What the investment module answers when it refuses a project, a plan, a payment or an import, in Vietnamese
 * and English (platform/http/messages.ts renders them by the request's accept-language).
 */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'investment.readByOfficials': {
    vi: 'Chỉ cán bộ, công chức của tỉnh được xem các dự án của tỉnh.',
    en: 'Officials of the province read its projects.',
  },
  'investment.extensionPending': {
    vi: 'Dự án đã có đề nghị đang chờ Hội đồng nhân dân xem xét.',
    en: 'The project already has a request awaiting the People’s Council.',
  },
  'investment.requestAlready': {
    vi: 'Đề nghị này đã ở trạng thái «{status}».',
    en: 'The request is already {status}.',
  },
  'investment.requestChangedByOther': {
    vi: 'Đề nghị vừa được người khác thay đổi; đề nghị tải lại.',
    en: 'The request was changed by someone else; reload it.',
  },
  'investment.fileProblems': {
    vi: 'Tệp có {count} lỗi; chưa nhập dữ liệu nào.',
    en: 'The file has {count} problem(s); nothing was imported.',
  },
  'investment.fileImported': {
    vi: 'Tệp này đã được nhập ngày {at} ({rows} dòng).',
    en: 'This file was already imported on {at} ({rows} rows).',
  },
  'investment.unknownProvince': { vi: 'Không có tỉnh, thành phố này.', en: 'Unknown province.' },
  'investment.unknownProvinceField': { vi: 'tỉnh, thành phố không tồn tại', en: 'unknown province' },
  'investment.monthRange': { vi: 'Tháng phải từ 1 đến 12.', en: 'A month 1–12.' },
  'investment.monthNotBegun': {
    vi: 'Tháng này chưa bắt đầu (hôm nay là ngày {today}).',
    en: 'The month has not begun (today is {today}).',
  },
  'investment.inFuture': { vi: 'chưa đến', en: 'in the future' },
  'investment.asOfDate': {
    vi: 'Ngày tính số liệu phải có dạng YYYY-MM-DD.',
    en: 'asOf is a date YYYY-MM-DD.',
  },
  'investment.voucherRecorded': {
    vi: 'Chứng từ số {voucher} đã được ghi nhận.',
    en: 'Voucher {voucher} is already recorded.',
  },
  'investment.cancelNeedsReason': {
    vi: 'Cần nêu lý do hủy khoản giải ngân.',
    en: 'Say why the payment is cancelled.',
  },
  'investment.required': { vi: 'bắt buộc', en: 'required' },
  'investment.alreadyCancelled': {
    vi: 'Khoản giải ngân này đã bị hủy.',
    en: 'The payment is already cancelled.',
  },
  'investment.noSuchProvince': {
    vi: 'Không có tỉnh, thành phố mã «{code}».',
    en: 'No province with code "{code}".',
  },
  'investment.projectInvalid': { vi: 'Dự án chưa hợp lệ.', en: 'The project is not valid.' },
  'investment.codeTaken': {
    vi: 'Đã có dự án mã {code}.',
    en: 'A project with code {code} exists.',
  },
  'investment.projectChangedByOther': {
    vi: 'Dự án vừa được người khác thay đổi; đề nghị tải lại và thực hiện lại thay đổi.',
    en: 'The project was changed by someone else; reload and apply your change again.',
  },
  'investment.capitalPlanInvalid': {
    vi: 'Kế hoạch vốn chưa hợp lệ.',
    en: 'The capital plan is not valid.',
  },
  'investment.plansAboveTotal': {
    vi: 'Tổng các kế hoạch vốn của dự án sẽ là {plans} đồng, vượt tổng mức đầu tư được duyệt {total} đồng.',
    en: 'All capital plans of the project would total {plans} đồng, above its approved total investment of {total} đồng.',
  },
  'investment.plansAboveTotalField': {
    vi: 'vượt tổng mức đầu tư được duyệt',
    en: 'above the approved total investment',
  },
  'investment.monthlyPlanInvalid': {
    vi: 'Kế hoạch giải ngân theo tháng chưa hợp lệ.',
    en: 'The monthly plan is not valid.',
  },
  'investment.noCapitalPlan': {
    vi: 'Dự án chưa có kế hoạch vốn năm {year}.',
    en: 'The project has no {year} capital plan yet.',
  },
  'investment.noCapitalPlanField': { vi: 'chưa có kế hoạch vốn', en: 'no capital plan' },
  'investment.monthsAbovePlan': {
    vi: 'Tổng các tháng là {total} đồng, vượt kế hoạch vốn năm {year} là {plan} đồng.',
    en: 'The months total {total} đồng, above the {year} capital plan of {plan} đồng.',
  },
  'investment.monthsAbovePlanField': {
    vi: 'vượt kế hoạch vốn năm',
    en: 'above the year’s capital plan',
  },
  'investment.planningSetsMargin': {
    vi: 'Ngưỡng cảnh báo nguy cơ chậm giải ngân do cơ quan kế hoạch thiết lập.',
    en: 'The planning office sets the at-risk margin.',
  },
  'investment.marginRange': {
    vi: 'Ngưỡng là số nguyên điểm phần trăm, từ 0 đến 100.',
    en: 'A whole number of percentage points, 0 to 100.',
  },
  'investment.amountAboveZero': {
    vi: 'số nguyên đồng, lớn hơn 0',
    en: 'a whole number of đồng above 0',
  },
  'investment.csvEmpty': {
    vi: 'tệp trống',
    en: 'the file is empty',
  },
  'investment.csvMissingColumn': {
    vi: 'thiếu cột {column}',
    en: 'missing column {column}',
  },
  'investment.csvUnknownColumn': {
    vi: 'cột "{column}" không có trong mẫu',
    en: 'unknown column "{column}"',
  },
  'investment.csvFieldCount': {
    vi: 'dòng có {count} ô, dòng tiêu đề có {header}',
    en: '{count} fields, the header has {header}',
  },
  'investment.csvProjectCode': {
    vi: 'mã dự án gồm 1–32 chữ cái hoặc chữ số',
    en: 'a project code is 1–32 letters or digits',
  },
  'investment.csvYear': {
    vi: 'một năm dạng YYYY',
    en: 'a year YYYY',
  },
  'investment.csvSource': {
    vi: 'NSTW, NSDP hoặc CTMTQG',
    en: 'NSTW, NSDP or CTMTQG',
  },
  'investment.csvDate': {
    vi: 'một ngày dạng DD/MM/YYYY hoặc YYYY-MM-DD',
    en: 'a date DD/MM/YYYY or YYYY-MM-DD',
  },
  'investment.csvAmount': {
    vi: 'số nguyên đồng lớn hơn 0 (không có phần thập phân)',
    en: 'a whole number of đồng above 0 (no decimals)',
  },
  'investment.csvVoucher': {
    vi: 'số chứng từ kho bạc, 1–64 ký tự',
    en: 'the treasury voucher number, 1–64 characters',
  },
  'investment.csvSameVoucher': {
    vi: 'trùng chứng từ với dòng {row}',
    en: 'the same voucher as row {row}',
  },
  'investment.csvNoteLength': {
    vi: 'tối đa 2.000 ký tự',
    en: 'at most 2,000 characters',
  },
  'investment.csvNoRows': {
    vi: 'tệp không có dòng dữ liệu',
    en: 'the file has no data rows',
  },
  'investment.noProjectCode': {
    vi: 'không có dự án mã {code}',
    en: 'no project with code {code}',
  },
  'investment.notYourProject': {
    vi: 'bạn không được ghi giải ngân của dự án {code}',
    en: 'you may not record payments of project {code}',
  },
  'investment.projectIs': {
    vi: 'dự án đang ở trạng thái {status}',
    en: 'the project is {status}',
  },
  'investment.voucherInRow': {
    vi: 'chứng từ {voucher} đã được ghi nhận',
    en: 'voucher {voucher} is already recorded',
  },
  'investment.paidOutsideWindow': {
    vi: 'kế hoạch vốn năm {year} được giải ngân từ {start} đến {end} (khoản 1 Điều 72 Luật 58/2024/QH15); ngày {day} nằm ngoài khoảng này',
    en: 'the {year} plan is paid from {start} to {end} (Law 58/2024/QH15 art. 72(1)); {day} is outside',
  },
  'investment.paidAfterToday': {
    vi: 'ngày {day} sau ngày hôm nay ({today})',
    en: '{day} is after today ({today})',
  },
  'investment.noPlanFromSource': {
    vi: 'dự án chưa có kế hoạch vốn năm {year} từ nguồn này',
    en: 'the project has no {year} capital plan from this source',
  },
  'investment.abovePlan': {
    vi: 'khoản này đưa tổng giải ngân năm {year} lên {paid} đồng, vượt kế hoạch {plan} đồng: hãy ghi chú lý do',
    en: 'this brings {year} payments to {paid} đồng, above the plan of {plan} đồng: add a note saying why',
  },
  'investment.afterEndDate': {
    vi: 'phải sau ngày kết thúc hiện tại {day}',
    en: 'after the current end date {day}',
  },
  'investment.notAfterToday': {
    vi: 'một ngày dạng YYYY-MM-DD, không sau ngày hôm nay ({today})',
    en: 'a date YYYY-MM-DD, not after today ({today})',
  },
  'investment.decidedBetween': {
    vi: 'một ngày từ {from} đến hôm nay ({today})',
    en: 'a date from {from} to today ({today})',
  },
  'investment.dateAfter': {
    vi: 'một ngày sau {day}',
    en: 'a date after {day}',
  },
  'investment.notUnitOf': {
    vi: 'không phải đơn vị của tỉnh {province}',
    en: 'not a unit of province {province}',
  },
  'investment.paymentsClosed': {
    vi: 'dự án đang ở trạng thái {status}; không nhận giải ngân',
    en: 'the project is {status}; payments are closed',
  },
});
