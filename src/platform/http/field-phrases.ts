/**
 * The short field messages the modules put beside a field (`{ field: 'amount', message: 'required' }`), in
 * Vietnamese and English (issue 15 §2). problem.ts renders a plain English text of this list in the reader's
 * language (messages.ts `translateKnown`), so one phrase is translated once, not in every module that uses it.
 * A message with values in it is not a phrase: its module defines it with placeholders.
 */
import { defineMessages } from './messages.js';

const phrases: Record<string, string> = {
  required: 'bắt buộc',
  invalid: 'không hợp lệ',
  unknown: 'không tồn tại',
  'unknown unit': 'đơn vị không tồn tại',
  'unknown agency': 'cơ quan không tồn tại',
  'unknown position': 'chức danh không tồn tại',
  'unknown source': 'nguồn vốn không tồn tại',
  'unknown role': 'vai trò không tồn tại',
  'unknown province': 'tỉnh không tồn tại',
  'unknown meeting': 'cuộc họp không tồn tại',
  'a date YYYY-MM-DD': 'một ngày dạng YYYY-MM-DD',
  'must be a time HH:MM': 'phải là giờ dạng HH:MM',
  'a year 2000–2100': 'một năm từ 2000 đến 2100',
  'a whole number of đồng above 0': 'số nguyên đồng, lớn hơn 0',
  'a whole number of đồng, 0 or more': 'số nguyên đồng, từ 0 trở lên',
  'an amount in whole đồng, 0 or more': 'số tiền nguyên đồng, từ 0 trở lên',
  'whole đồng, above zero': 'số nguyên đồng, lớn hơn 0',
  'wrong password': 'mật khẩu không đúng',
  'outside the issuer’s unit': 'ngoài đơn vị của người ban hành',
  'listed twice': 'được kê hai lần',
  'used twice': 'được dùng hai lần',
  'is a Saturday or Sunday, already a weekly rest day':
    'là thứ Bảy hoặc Chủ nhật, vốn đã là ngày nghỉ hằng tuần',
  'does not fit the account kind': 'không phù hợp với loại tài khoản',
  'a number with at most 4 decimals': 'một số có tối đa 4 chữ số thập phân',
  'PAKN only': 'chỉ áp dụng cho phản ánh, kiến nghị',
  'twelve amounts, January to December': 'mười hai số tiền, từ tháng 1 đến tháng 12',
  'too late': 'đã quá thời điểm cho phép',
  'the upper end of a range is not below its lower end': 'cận trên của khoảng không được nhỏ hơn cận dưới',
  'the file is empty': 'tệp trống',
  'the file has no data rows': 'tệp không có dòng dữ liệu',
  'the agency is not in this unit': 'cơ quan không thuộc đơn vị này',
  'the People’s Council resolution, e.g. 12/NQ-HĐND': 'nghị quyết của Hội đồng nhân dân, ví dụ 12/NQ-HĐND',
  'six digits': 'sáu chữ số',
  'send lat and lng together': 'gửi cả vĩ độ và kinh độ',
  'say why the project needs more time': 'nêu lý do dự án cần thêm thời gian',
  'say where the figure comes from': 'nêu nguồn của số liệu',
  'same agency': 'trùng cơ quan đang giải quyết',
  'required: the decision that declares the day': 'bắt buộc: quyết định công bố ngày nghỉ',
  'required to reopen': 'bắt buộc khi mở lại',
  'required for a day off': 'bắt buộc với ngày nghỉ',
  'required for a complaint (limitation, Law on Complaints art. 9)':
    'bắt buộc với đơn khiếu nại (thời hiệu, Điều 9 Luật Khiếu nại)',
  'repeated step': 'bước bị lặp lại',
  'record at least the notice that fixes the year': 'ghi ít nhất văn bản công bố lịch nghỉ của năm',
  'range too long': 'khoảng thời gian quá dài',
  'out of range': 'ngoài phạm vi cho phép',
  'only a day off has a reason': 'chỉ ngày nghỉ mới có lý do',
  'one of agencyId, externalBody': 'chọn cơ quan trong hệ thống hoặc ghi tên cơ quan bên ngoài',
  'not one of the notices listed for the year': 'không thuộc các văn bản đã kê cho năm',
  'not negative': 'không được âm',
  'not before the start date': 'không được trước ngày bắt đầu',
  'not before fromYear': 'không được trước năm bắt đầu',
  'not an official of the unit': 'không phải cán bộ của đơn vị',
  'not an agency of the responsible unit': 'không phải cơ quan của đơn vị chủ trì',
  'not an agency of the owner’s unit': 'không phải cơ quan của đơn vị chủ đầu tư',
  'not a web address': 'không phải địa chỉ web',
  'not a file of this task': 'không phải tệp của nhiệm vụ này',
  'not a commune of the province': 'không phải xã, phường của tỉnh',
  'not a QCVN 102 code': 'không phải mã theo QCVN 102',
  'not a PAS centre of this province': 'không phải Trung tâm Phục vụ hành chính công của tỉnh',
  'no such target': 'chỉ tiêu không tồn tại',
  'no such record': 'bản ghi không tồn tại',
  'no such agency in this province': 'tỉnh không có cơ quan này',
  'no rule': 'chưa có quy định',
  'no competent agency': 'không có cơ quan có thẩm quyền',
  'name the responsible agency': 'ghi tên cơ quan chủ trì',
  'name the owner (chủ đầu tư)': 'ghi tên chủ đầu tư',
  'name the agency that decides': 'ghi cơ quan có thẩm quyền quyết định',
  'name a main target listed before it': 'chọn một chỉ tiêu chính được kê trước nó',
  'must be an ISO 8601 instant with its offset': 'phải là thời điểm ISO 8601 có múi giờ',
  'must be after the start': 'phải sau giờ bắt đầu',
  'must be after the end of the period before': 'phải sau giờ kết thúc của ca trước',
  'must be a year from 1900 to 2150': 'phải là năm từ 1900 đến 2150',
  'must be a real date written YYYY-MM-DD': 'phải là một ngày có thật, dạng YYYY-MM-DD',
  'list the days off of the year': 'kê các ngày nghỉ trong năm',
  'limitation expired': 'đã hết thời hiệu',
  'later than the step before': 'muộn hơn bước trước',
  'invalid username': 'tên đăng nhập không hợp lệ',
  'invalid recipient': 'người nhận không hợp lệ',
  'invalid length': 'độ dài không hợp lệ',
  'invalid date': 'ngày không hợp lệ',
  'give the notice or the source': 'ghi văn bản hoặc nguồn',
  'give either a deadline date or a number of working days': 'ghi hạn hoàn thành hoặc số ngày làm việc',
  'give at least one working period': 'ghi ít nhất một ca làm việc',
  'denunciations only': 'chỉ áp dụng cho đơn tố cáo',
  'complaints only': 'chỉ áp dụng cho đơn khiếu nại',
  'complaints are not transferred': 'đơn khiếu nại không được chuyển',
  'choose at least one receiving PAS centre': 'chọn ít nhất một Trung tâm Phục vụ hành chính công tiếp nhận',
  'channel given twice': 'kênh bị kê hai lần',
  'before the start': 'trước ngày bắt đầu',
  'at least one unit': 'ít nhất một đơn vị',
  'at least one step': 'ít nhất một bước',
  'an uploaded file, or a name and a reference': 'một tệp đã tải lên, hoặc tên và số hiệu văn bản',
  'after to': 'sau ngày kết thúc',
  'a whole number of working days, 0 to 60': 'số nguyên ngày làm việc, từ 0 đến 60',
  'a whole number of working days in range': 'số nguyên ngày làm việc trong khoảng cho phép',
  'a term is at most 10 years': 'một nhiệm kỳ tối đa 10 năm',
  'a rejected request sets no end date': 'đề nghị bị từ chối không có ngày kết thúc',
  'a national grant has no agency': 'quyền cấp quốc gia không gắn với cơ quan',
  'a ministry-level procedure is not published by a province': 'thủ tục cấp bộ không do tỉnh công bố',
  'a make-up working day must be a Saturday or Sunday': 'ngày làm bù phải là thứ Bảy hoặc Chủ nhật',
  'a main target of the same resolution': 'một chỉ tiêu chính của cùng nghị quyết',
  'a fee table needs rows': 'biểu phí cần có dòng',
  'a direction target says whether higher or lower is better':
    'chỉ tiêu xu hướng phải nêu cao hơn hay thấp hơn là tốt',
  'a–z, 0–9 and _, 2–64 characters': 'a–z, 0–9 và _, từ 2 đến 64 ký tự',
  'at most 25 letters, digits, . - /': 'tối đa 25 chữ cái, chữ số, . - /',
  '1–32 letters, digits or . - _ /': 'từ 1 đến 32 chữ cái, chữ số hoặc . - _ /',
  '1–19 letters or digits': 'từ 1 đến 19 chữ cái hoặc chữ số',
  '1–16 characters': 'từ 1 đến 16 ký tự',
  'a-z, 0-9, _ (≤ 32)': 'a-z, 0-9, _ (tối đa 32)',
};

defineMessages(
  Object.fromEntries(Object.entries(phrases).map(([en, vi]) => [`phrase.${en}`, { vi, en }])) as Record<
    string,
    { vi: string; en: string }
  >,
);

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'platform.plain.0': {
    vi: 'Hãy gửi tệp dưới dạng multipart/form-data.',
    en: 'Send the file as multipart/form-data.',
  },
  'platform.plain.1': {
    vi: 'Yêu cầu không có tệp đính kèm.',
    en: 'The request holds no file.',
  },
  'platform.plain.2': {
    vi: 'Tên tệp chứa ký tự điều khiển hoặc dấu phân cách thư mục (/ hoặc \\); vui lòng đổi tên tệp.',
    en: 'The file name holds a control character or a path separator (/ or \\); rename the file.',
  },
  'platform.plain.3': {
    vi: 'Thông báo qua email cần có tiêu đề.',
    en: 'An email notice needs a subject.',
  },
  'platform.plain.4': {
    vi: 'Mã VietQR không hợp lệ (sai định dạng hoặc mã kiểm tra).',
    en: 'Not a valid VietQR code (format or checksum).',
  },
  // An upload's refusal: the field message is the reason's code (the web tells it in its own words), the detail
  // is for every other client (platform/files/store-file.ts).
  'platform.plain.6': {
    vi: 'Tệp bị hỏng hoặc không đúng định dạng như phần đầu tệp cho biết, không mở được.',
    en: 'The file is damaged or is not really the type it starts as, so it cannot be opened.',
  },
  'platform.plain.7': {
    vi: 'Tài liệu khi mở ra lớn bất thường so với kích thước tệp nên bị từ chối.',
    en: 'The document would expand to far more than its size when opened; it is refused.',
  },
  'platform.plain.8': {
    vi: 'Ảnh có nhiều điểm ảnh hơn mức một bản quét cần; hãy quét lại ở độ phân giải thấp hơn.',
    en: 'The image has more pixels than any scan needs; scan it at a lower resolution.',
  },
  'platform.plain.9': { vi: 'Tệp rỗng, không có nội dung.', en: 'The file is empty.' },
  'platform.plain.5': {
    vi: 'Không tạo được mã thanh toán từ các thông tin này.',
    en: 'The payment code cannot be made from these details.',
  },
});
