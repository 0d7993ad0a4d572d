/**
 * What the procedures module tells a catalogue administrator, in Vietnamese and English (rendered by the
 * request's accept-language: platform/http/messages.ts).
 */
import { defineMessages, type Message } from '../../platform/http/messages.js';

export const msg = defineMessages({
  // The portal catalogue import's refusals (parse-portal-export.ts, import-portal-export.ts).
  'procedures.importMalformed': {
    vi: 'Tệp {file} không đúng định dạng; chưa nhập thủ tục nào ({count} lỗi).',
    en: '{file} is malformed; nothing was imported ({count} problem(s)).',
  },
  'procedures.csvUnclosedQuote': {
    vi: 'một trường trong ngoặc kép không được đóng ngoặc',
    en: 'a quoted field is never closed',
  },
  'procedures.csvTextAfterQuote': {
    vi: 'có nội dung thừa sau dấu ngoặc kép đóng: {text}',
    en: 'unexpected text after a closing quote: {text}',
  },
  'procedures.csvStrayQuote': {
    vi: 'có dấu ngoặc kép bên trong một trường không đặt trong ngoặc kép',
    en: 'a quote inside an unquoted field',
  },
  // Why an .xlsx export cannot be read (xlsx.ts).
  'procedures.xlsxNoZip': {
    vi: 'không đọc được tệp .xlsx (không có thư mục ZIP)',
    en: 'not a readable .xlsx file (no ZIP directory)',
  },
  'procedures.xlsxZip64': {
    vi: 'chưa hỗ trợ tệp .xlsx ở định dạng ZIP64',
    en: '.xlsx files in ZIP64 format are not supported',
  },
  'procedures.xlsxDirectoryDamaged': {
    vi: 'thư mục ZIP của tệp .xlsx bị hỏng',
    en: 'the .xlsx ZIP directory is damaged',
  },
  'procedures.xlsxEncrypted': { vi: 'tệp .xlsx đã được mã hóa', en: 'the .xlsx file is encrypted' },
  'procedures.xlsxEntryTooLarge': {
    vi: 'phần {name} của tệp .xlsx quá lớn',
    en: '{name} is too large',
  },
  'procedures.xlsxEntryDamaged': {
    vi: 'phần {name} của tệp .xlsx bị hỏng',
    en: '{name}: damaged ZIP entry',
  },
  'procedures.xlsxCompression': {
    vi: 'phần {name} của tệp .xlsx dùng kiểu nén ZIP {method} chưa được hỗ trợ',
    en: '{name}: unsupported ZIP compression {method}',
  },
  'procedures.xlsxNoSheet': {
    vi: 'tệp .xlsx không có trang tính nào',
    en: 'the .xlsx file has no worksheet',
  },
  'procedures.xlsxUnreadable': {
    vi: 'tệp .xlsx bị hỏng, không đọc được',
    en: 'the .xlsx file is damaged and cannot be read',
  },
  'procedures.importEmpty': { vi: 'tệp không có nội dung', en: 'the file is empty' },
  'procedures.importMissingColumns': {
    vi: 'thiếu cột: {columns}',
    en: 'missing column(s): {columns}',
  },
  'procedures.importFieldCount': {
    vi: 'có {count} cột trong khi dòng tiêu đề có {expected} cột',
    en: '{count} fields where the header has {expected}',
  },
  'procedures.importTooLong': { vi: 'dài quá {max} ký tự', en: 'longer than {max} characters' },
  'procedures.importBadCode': {
    vi: 'không phải mã thủ tục hành chính: {code}',
    en: 'not a procedure code: {code}',
  },
  'procedures.importDuplicateCode': {
    vi: 'mã {code} đã có ở dòng {row}',
    en: 'code {code} is also on row {row}',
  },
  'procedures.importNoName': { vi: 'tên thủ tục để trống', en: 'the name is empty' },
  'procedures.importUnknownLevel': {
    vi: 'cấp thực hiện không xác định: {level}',
    en: 'unknown level {level}',
  },
  'procedures.importBadUrl': { vi: 'không phải địa chỉ web: {url}', en: 'not a web address: {url}' },
  'procedures.importNotUtf8': {
    vi: 'tệp không phải văn bản UTF-8 (cũng không phải .xlsx)',
    en: 'the file is not UTF-8 text (nor .xlsx)',
  },
  'procedures.publishNeedsTime': {
    vi: 'Thủ tục {code} chưa có thời hạn giải quyết theo đơn vị thời gian nên chưa thể công bố: hãy đặt thời hạn giải quyết kèm căn cứ pháp lý trước.',
    en: 'Procedure {code} has no processing time with a unit, so it cannot be published: set its processing time with its legal basis first.',
  },
  'procedures.publishNeedsTimeField': {
    vi: 'cần thời hạn giải quyết',
    en: 'needs a processing time',
  },
  'procedures.timeAlreadySet': {
    vi: 'Thủ tục {code} đã có thời hạn giải quyết; việc thay đổi thực hiện bằng phiên bản mới của danh mục quốc gia.',
    en: 'Procedure {code} already has a processing time; it is changed by a new version of the national catalogue.',
  },
  'procedures.timeRefused': {
    vi: 'Chưa thể lưu thời hạn giải quyết của thủ tục {code}.',
    en: 'The processing time of procedure {code} cannot be saved.',
  },
  'procedures.basisRequired': {
    vi: 'ghi văn bản quy định thời hạn này',
    en: 'name the document that sets this time',
  },
  'procedures.durationRequired': { vi: 'nhập ít nhất một thời hạn', en: 'give at least one time' },
  'procedures.staleVersion': {
    vi: 'Thủ tục {code} vừa được cập nhật (phiên bản {versionNo}); hãy tải lại và nhập lại.',
    en: 'Procedure {code} is at version {versionNo} now; reload and apply your change again.',
  },
  'procedures.provinceDenied': {
    vi: 'Chỉ quản trị hệ thống hoặc lãnh đạo tỉnh mới được thay đổi danh mục thủ tục của tỉnh.',
    en: 'Only a system administrator or a provincial leader of this province may change its published procedures.',
  },
  'procedures.cannotPublishAsGiven': {
    vi: 'Thủ tục {code} chưa thể công bố với các thông tin đã nhập.',
    en: 'Procedure {code} cannot be published as given.',
  },
  'procedures.withdrawnOn': {
    vi: 'Thủ tục {code} đã bị bãi bỏ ngày {day}; không thể công bố.',
    en: 'Procedure {code} was withdrawn on {day}; it cannot be published.',
  },
  'procedures.agencyIsKind': {
    vi: 'cơ quan này thuộc loại {kind}',
    en: 'the agency is a {kind}',
  },
  'procedures.atVersion': {
    vi: 'Thủ tục {code} hiện đã ở phiên bản {version}; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'Procedure {code} is at version {version} now; reload and apply your change again.',
  },
  'procedures.notBeforeVersion': {
    vi: 'không được trước ngày hiệu lực {day} của phiên bản hiện hành',
    en: 'must not be before the current version’s {day}',
  },
  // The workflow check (check-workflow.ts) and the refusal to publish a workflow that fails it (save-workflow.ts).
  'procedures.workflowUnpublishable': {
    vi: 'Chưa thể công bố quy trình: {reasons}',
    en: 'The workflow cannot be published: {reasons}',
  },
  'procedures.workflowNoSteps': { vi: 'Quy trình chưa có bước nào.', en: 'The workflow has no steps.' },
  'procedures.workflowNoStatutory': {
    vi: 'Thủ tục chưa có thời hạn giải quyết có đơn vị nên chưa kiểm tra được quy trình: cần ghi thời hạn vào một phiên bản mới của thủ tục trước.',
    en: 'The procedure gives no statutory processing time with a unit, so the workflow cannot be checked: record the time in a new version of the procedure first.',
  },
  'procedures.workflowStepTime': {
    vi: 'Bước {position}: thời gian chưa hợp lệ (số nguyên, lớn hơn 0).',
    en: 'Step {position}: the time is not valid (a whole number above 0).',
  },
  'procedures.workflowExceeds': {
    vi: 'Tổng thời gian các bước là {total}, vượt thời hạn luật định ({budget}, kênh {channel}).',
    en: 'The steps take {total}, more than the statutory time allows ({budget}, {channel} channel).',
  },
  'procedures.workflowNoDeciding': {
    vi: 'Cơ quan giải quyết của thủ tục không có trong tỉnh.',
    en: 'The deciding agency of the publication does not exist in this province.',
  },
  'procedures.workflowNoAgency': {
    vi: 'Bước {position} chỉ định một cơ quan không có trong tỉnh.',
    en: 'Step {position} names an agency that does not exist in this province.',
  },
  'procedures.workflowNoName': { vi: 'Bước {position} chưa có tên.', en: 'Step {position} has no name.' },
  'procedures.workingDay': { vi: '{count} ngày làm việc', en: '{count} working day' },
  'procedures.workingDays': { vi: '{count} ngày làm việc', en: '{count} working days' },
  'procedures.workingHour': { vi: '{count} giờ làm việc', en: '{count} working hour' },
  'procedures.workingHours': { vi: '{count} giờ làm việc', en: '{count} working hours' },
  'procedures.daysAndHours': { vi: '{days} {hours}', en: '{days} {hours}' },
  'procedures.sentences': { vi: '{first} {rest}', en: '{first} {rest}' },
  'procedures.channel.in_person': { vi: 'trực tiếp', en: 'in person' },
  'procedures.channel.online': { vi: 'trực tuyến', en: 'online' },
  'procedures.channel.post': { vi: 'bưu chính công ích', en: 'public post' },
  'procedures.changedMeanwhile': {
    vi: 'Thủ tục {code} vừa được thay đổi; vui lòng tải lại và thử lại.',
    en: 'Procedure {code} changed meanwhile; reload and try again.',
  },
});

/** Sentences one after another, each in the reader's language. */
export const sentences = (parts: Message[]): Message =>
  parts.reduceRight((rest, first) => msg('procedures.sentences', { first, rest }));

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'procedures.plain.0': {
    vi: 'Không thể lưu thay đổi thành phiên bản mới.',
    en: 'The change cannot be saved as a new version.',
  },
  'procedures.plain.1': {
    vi: 'Thủ tục chưa được công bố tại đây hoặc vừa được người khác thay đổi; vui lòng tải lại và thử lại.',
    en: 'Not published here, or changed by someone else; reload and try again.',
  },
  'procedures.plain.2': {
    vi: 'Công bố này vừa được người khác thay đổi; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'This publication was changed by someone else; reload and apply your change again.',
  },
  'procedures.plain.3': {
    vi: 'Thủ tục chưa được công bố tại tỉnh; chưa thể công bố quy trình của thủ tục.',
    en: 'The procedure is not published in this province; its workflow cannot be published.',
  },
  'procedures.plain.4': {
    vi: 'Quy trình vừa được người khác thay đổi; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'The workflow was changed by someone else; reload and apply your change again.',
  },
});
