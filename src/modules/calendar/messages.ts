/**
 * What the calendar module answers when it refuses a year, a day or a duration, in Vietnamese and English
 * (platform/http/messages.ts renders them by the request's accept-language; issue 15 §2). A field message's key
 * is also its stable `code` on the problem (platform/result.ts `fieldError`): the calendar admin page keys on it.
 * Dates in a message are written dd/mm/yyyy (formats.ts `formatDay`), as the Vietnamese reader writes them.
 */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  // Details: what went wrong with the whole request.
  'calendar.noYear': {
    vi: 'Không có lịch cho năm {year}: lịch phục vụ các năm {first}–{last}.',
    en: 'No calendar for {year}: the calendar serves {first}–{last}.',
  },
  'calendar.dayInvalid': {
    vi: 'Ngày chưa hợp lệ: vui lòng sửa các ô được đánh dấu.',
    en: 'The day is not valid: correct the marked fields.',
  },
  'calendar.questionInvalid': {
    vi: 'Câu hỏi về lịch chưa hợp lệ: vui lòng sửa các ô được đánh dấu.',
    en: 'The calendar question is not valid: correct the marked fields.',
  },
  'calendar.yearInvalid': {
    vi: 'Lịch năm {year} có {count} chỗ chưa hợp lệ: vui lòng sửa các ô được đánh dấu.',
    en: 'The {year} calendar has {count} problem(s): correct the marked fields.',
  },
  'calendar.hoursInvalid': {
    vi: 'Giờ làm việc chưa hợp lệ: vui lòng sửa các ô được đánh dấu.',
    en: 'The working hours are not valid: correct the marked fields.',
  },
  'calendar.alreadyNationalDetail': {
    vi: 'Ngày {date} đã là ngày nghỉ toàn quốc: {name}.',
    en: '{date} is already a day off nationwide: {name}.',
  },
  'calendar.alreadyLocalDetail': {
    vi: 'Ngày {date} đã là ngày nghỉ riêng của tỉnh: {name}.',
    en: '{date} is already a day off of the province: {name}.',
  },
  // Field messages: each beside its field; its key is the field error's code.
  'calendar.required': { vi: 'bắt buộc', en: 'required' },
  'calendar.decisionRequired': {
    vi: 'bắt buộc: quyết định công bố ngày nghỉ',
    en: 'required: the decision that declares the day',
  },
  'calendar.dateNotReal': {
    vi: 'phải là một ngày có thật, dạng YYYY-MM-DD',
    en: 'must be a real date written YYYY-MM-DD',
  },
  'calendar.dateOutsideYears': {
    vi: 'phải thuộc các năm {first}–{last}, những năm lịch phục vụ',
    en: 'must lie in {first}–{last}, the years the calendar serves',
  },
  'calendar.yearOutOfRange': {
    vi: 'phải là năm từ {first} đến {last}',
    en: 'must be a year from {first} to {last}',
  },
  'calendar.dateOutsideYear': { vi: 'phải thuộc năm {year}', en: 'must lie in {year}' },
  'calendar.weekend': {
    vi: 'là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ hằng tuần',
    en: 'is a Saturday or Sunday, already a weekly rest day',
  },
  'calendar.alreadyNational': {
    vi: 'đã là ngày nghỉ toàn quốc ({name})',
    en: 'already a day off nationwide ({name})',
  },
  'calendar.alreadyLocal': {
    vi: 'đã là ngày nghỉ riêng của tỉnh ({name})',
    en: 'already a day off of the province ({name})',
  },
  'calendar.noticeRequired': {
    vi: 'ghi ít nhất văn bản công bố lịch nghỉ của năm',
    en: 'record at least the notice that fixes the year',
  },
  'calendar.listedTwice': { vi: 'được kê hai lần', en: 'listed twice' },
  'calendar.daysRequired': { vi: 'kê các ngày nghỉ trong năm', en: 'list the days off of the year' },
  'calendar.makeUpWeekday': {
    vi: 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
    en: 'a make-up working day must be a Saturday or Sunday',
  },
  'calendar.reasonRequired': { vi: 'bắt buộc với ngày nghỉ', en: 'required for a day off' },
  'calendar.reasonOnlyDayOff': { vi: 'chỉ ngày nghỉ mới có lý do', en: 'only a day off has a reason' },
  'calendar.unknownNotice': {
    vi: 'không thuộc các văn bản đã kê cho năm',
    en: 'not one of the notices listed for the year',
  },
  'calendar.noticeOrSource': { vi: 'ghi văn bản hoặc nguồn', en: 'give the notice or the source' },
  'calendar.workingDaysRange': {
    vi: 'phải là số nguyên từ -{max} đến {max}',
    en: 'must be a whole number from -{max} to {max}',
  },
  'calendar.instant': {
    vi: 'phải là thời điểm ISO 8601 có múi giờ',
    en: 'must be an ISO 8601 instant with its offset',
  },
  'calendar.instantBefore': { vi: 'phải trước năm {year}', en: 'must lie before {year}' },
  'calendar.unit': { vi: 'phải là một trong {units}', en: 'must be one of {units}' },
  'calendar.amount': {
    vi: 'thời hạn phải là số không âm, số nguyên (riêng giờ làm việc: theo phút)',
    en: 'must be a whole number of the unit, not negative (working hours: whole minutes)',
  },
  'calendar.amountAtMost': { vi: 'tối đa {max} {unit}', en: 'at most {max} {unit}' },
  'calendar.noPeriod': { vi: 'ghi ít nhất một ca làm việc', en: 'give at least one working period' },
  'calendar.time': { vi: 'phải là giờ dạng HH:MM', en: 'must be a time HH:MM' },
  'calendar.periodEnd': { vi: 'phải sau giờ bắt đầu', en: 'must be after the start' },
  'calendar.overlap': {
    vi: 'phải sau giờ kết thúc của ca trước',
    en: 'must be after the end of the period before',
  },
});
