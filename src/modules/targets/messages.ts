/**
 * What the targets module answers when it refuses a resolution, a target or a reported value, in Vietnamese
 * and English (platform/http/messages.ts renders them by the request's accept-language).
 */
import { defineMessages } from '../../platform/http/messages.js';

/** A reported value's status as each language names it (the statuses of schema.ts VALUE_STATUSES). */
export const VALUE_STATUS_LABELS: Record<string, { vi: string; en: string }> = {
  reported: { vi: 'đã báo cáo', en: 'reported' },
  returned: { vi: 'bị trả lại', en: 'returned' },
  approved: { vi: 'đã phê duyệt', en: 'approved' },
  locked: { vi: 'đã khóa', en: 'locked' },
};

export const msg = defineMessages({
  'targets.noSuchProvince': {
    vi: 'Không có tỉnh, thành phố mã «{code}».',
    en: 'No province with code "{code}".',
  },
  'targets.unknownProvince': { vi: 'tỉnh, thành phố không tồn tại', en: 'unknown province' },
  'targets.resolutionInvalid': { vi: 'Nghị quyết chưa hợp lệ.', en: 'The resolution is not valid.' },
  'targets.targetsInvalid': { vi: 'Một số chỉ tiêu chưa hợp lệ.', en: 'Some targets are not valid.' },
  'targets.targetInvalid': { vi: 'Chỉ tiêu chưa hợp lệ.', en: 'The target is not valid.' },
  'targets.resolutionExists': {
    vi: 'Nghị quyết số {number} ngày {issuedOn} đã được nhập cho tỉnh này.',
    en: 'Resolution {number} of {issuedOn} is already entered for this province.',
  },
  'targets.readByOfficials': {
    vi: 'Chỉ cán bộ, công chức của tỉnh được xem các chỉ tiêu.',
    en: 'Targets are read by officials of the province.',
  },
  'targets.unknownPeriod': { vi: 'Kỳ báo cáo không hợp lệ.', en: 'Unknown period.' },
  'targets.periodField': { vi: 'M01–M12, Q1–Q4, H1, 9M hoặc Y', en: 'M01–M12, Q1–Q4, H1, 9M or Y' },
  'targets.resolutionYears': {
    vi: 'Nghị quyết này áp dụng cho giai đoạn {from}–{to}.',
    en: 'This resolution covers {from}–{to}.',
  },
  'targets.planningReviews': {
    vi: 'Việc xem xét số liệu do cơ quan kế hoạch thực hiện.',
    en: 'The planning office reviews values.',
  },
  'targets.lockedNeedsReason': {
    vi: 'Số liệu kỳ này đã khóa: cần nêu lý do điều chỉnh.',
    en: 'The value of this period is locked: give the reason for correcting it.',
  },
  'targets.lockedNeedsReasonField': {
    vi: 'bắt buộc khi điều chỉnh số liệu đã khóa',
    en: 'required to correct a locked value',
  },
  'targets.reportedConcurrently': {
    vi: 'Số liệu kỳ này vừa được người khác báo cáo cùng lúc; đề nghị tải lại.',
    en: 'Someone reported this period at the same time; reload it.',
  },
  'targets.measuredNotTyped': {
    vi: 'Chỉ tiêu «{label}» được tính từ hồ sơ; không nhập tay số liệu của chỉ tiêu này.',
    en: 'Target "{label}" is computed from the records; its values cannot be typed in.',
  },
  'targets.measuredField': {
    vi: 'chỉ tiêu tính từ hồ sơ không nhận số liệu nhập tay',
    en: 'a target computed from the records takes no typed value',
  },
  'targets.measuredUnit': {
    vi: 'đơn vị được đo phải là tỉnh {province} hoặc một xã, phường, đặc khu của tỉnh',
    en: 'the unit measured is province {province} or one of its communes',
  },
  'targets.measuredLevelOfProvince': {
    vi: 'chỉ chọn cấp (cấp xã, đặc khu, cơ quan cấp tỉnh) khi đơn vị được đo là cả tỉnh',
    en: 'a level (communes, special zones, province-level agencies) is chosen only when the unit measured is the province',
  },
  'targets.measuredShare': {
    vi: 'chỉ tiêu tính từ hồ sơ là một tỷ lệ (%), không cộng dồn',
    en: 'a target computed from the records is a share (%), not accumulated',
  },
  'targets.measuredUnitNeeded': {
    vi: 'chọn đơn vị được đo',
    en: 'choose the unit measured',
  },
  'targets.approvedCannotChange': {
    vi: 'Số liệu đã được phê duyệt; đề nghị cơ quan kế hoạch trả lại trước khi điều chỉnh.',
    en: 'The value is approved; ask the planning office to return it before changing it.',
  },
  'targets.sendVersion': {
    vi: 'Kỳ này đã có số liệu báo cáo; cần gửi kèm phiên bản của số liệu để điều chỉnh.',
    en: 'A value is already reported for this period; send its version to change it.',
  },
  'targets.valueChangedByOther': {
    vi: 'Số liệu vừa được người khác thay đổi; đề nghị tải lại và thực hiện lại thay đổi.',
    en: 'The value was changed by someone else; reload and apply your change again.',
  },
  'targets.returnNeedsNote': {
    vi: 'Cần nêu lý do trả lại số liệu.',
    en: 'Say why the value is returned.',
  },
  'targets.returnNeedsNoteField': {
    vi: 'bắt buộc khi trả lại số liệu',
    en: 'required when returning a value',
  },
  'targets.approverNotReporter': {
    vi: 'Người phê duyệt số liệu phải khác người đã báo cáo số liệu đó.',
    en: 'A value is approved by someone other than the person who reported it.',
  },
  'targets.newerRevision': {
    vi: 'Đã có bản điều chỉnh mới hơn của số liệu này; đề nghị xem xét bản đó.',
    en: 'A newer revision of this value exists; review that one.',
  },
  'targets.valueWrongState': {
    vi: 'Số liệu {fromVi} thì không thể chuyển sang {toVi}.',
    en: 'A {fromEn} value cannot be {toEn}.',
  },
  'targets.valueReloaded': {
    vi: 'Số liệu vừa được người khác thay đổi; đề nghị tải lại.',
    en: 'The value was changed by someone else; reload it.',
  },
  'targets.labelTaken': {
    vi: 'Nghị quyết đã có chỉ tiêu số «{label}».',
    en: 'The resolution already has a target numbered "{label}".',
  },
  'targets.ownParent': {
    vi: 'Chỉ tiêu không thể là chỉ tiêu cha của chính nó.',
    en: 'A target is not its own parent.',
  },
  'targets.itself': { vi: 'chính chỉ tiêu này', en: 'itself' },
  'targets.staysMain': {
    vi: 'Chỉ tiêu có chỉ tiêu con phải giữ là chỉ tiêu chính.',
    en: 'A target with sub-targets stays a main target.',
  },
  'targets.hasSubTargets': { vi: 'đang có chỉ tiêu con', en: 'has sub-targets' },
  'targets.targetChangedByOther': {
    vi: 'Chỉ tiêu vừa được người khác thay đổi; đề nghị tải lại và thực hiện lại thay đổi.',
    en: 'The target was changed by someone else; reload and apply your change again.',
  },
  'targets.dueOutsideYears': {
    vi: 'Có {count} chỉ tiêu có thời hạn ngoài giai đoạn {from}–{to}.',
    en: '{count} target(s) are due in a year outside {from}–{to}.',
  },
  'targets.dueOutsideYearsField': {
    vi: 'có chỉ tiêu đến hạn ngoài giai đoạn này',
    en: 'a target is due outside these years',
  },
  'targets.resolutionChangedByOther': {
    vi: 'Nghị quyết vừa được người khác thay đổi; đề nghị tải lại và thực hiện lại thay đổi.',
    en: 'The resolution was changed by someone else; reload and apply your change again.',
  },
  'targets.yearBetween': { vi: 'một năm từ {from} đến {to}', en: 'a year between {from} and {to}' },
  'targets.planNeeded': { vi: 'bắt buộc với loại chỉ tiêu này', en: 'required for a {kind} target' },
  'targets.planUnused': { vi: 'không dùng cho loại chỉ tiêu này', en: 'not used by a {kind} target' },
  'targets.dueYearRange': {
    vi: 'một năm trong thời kỳ của nghị quyết, {from}–{to}',
    en: 'a year of the resolution, {from}–{to}',
  },
  'targets.highBelowLow': {
    vi: 'cận trên của khoảng không được nhỏ hơn cận dưới',
    en: 'the upper end of a range is not below its lower end',
  },
  'targets.unitOutside': {
    vi: 'không phải đơn vị của tỉnh {province}',
    en: 'not a unit of province {province}',
  },
  'targets.valueYears': {
    vi: 'giá trị của chỉ tiêu này thuộc các năm {first} (năm trước, làm mốc) đến {due}',
    en: 'values of this target are for {first} (the year before, as a baseline) to {due}',
  },
  'targets.periodAhead': {
    vi: 'kỳ báo cáo bắt đầu ngày {start}, sau ngày hôm nay ({today})',
    en: 'the period starts on {start}, after today ({today})',
  },
  'targets.notShare': {
    vi: '{valueVi} {unit} không phải là một tỷ lệ: tỷ lệ trên tổng số nằm trong khoảng 0 đến 100 %.',
    en: '{value} {unit} is not a share: a share of a whole lies between 0 and 100 %.',
  },
  'targets.notChange': {
    vi: '{valueVi} {unit} không phải là một mức tăng, giảm: không thể giảm từ 100 % trở lên mà vẫn còn tỷ lệ.',
    en: '{value} {unit} is not a change: nothing falls by 100 % or more and still has a rate.',
  },
  'targets.notAmount': {
    vi: '{valueVi} {unit} không phải là một giá trị: giá trị không được âm.',
    en: '{value} {unit} is not an amount: amounts are not negative.',
  },
  'targets.notCount': {
    vi: '{valueVi} {unit} không phải là một số đếm: số đếm là số nguyên, từ 0 trở lên.',
    en: '{value} {unit} is not a count: counts are whole numbers, 0 or more.',
  },
});
