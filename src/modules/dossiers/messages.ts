/**
 * What the dossiers module tells a person who files or receives a dossier, in Vietnamese and English
 * (platform/http/messages.ts renders them by the request's accept-language).
 */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'dossiers.noProcessingTime': {
    vi: 'Thủ tục {code} chưa có thời hạn giải quyết theo đơn vị thời gian nên chưa thể tiếp nhận hồ sơ. Đề nghị cơ quan quản lý danh mục thủ tục của tỉnh bổ sung thời hạn giải quyết.',
    en: 'Procedure {code} has no processing time with a unit, so its dossiers cannot be received yet. Ask the province’s catalogue administrators to set its processing time.',
  },
  'dossiers.badProcessingTime': {
    vi: 'Thời hạn giải quyết của thủ tục {code} không hợp lệ ({reason}).',
    en: 'The processing time of procedure {code} is not valid ({reason}).',
  },
  'dossiers.noSuchReceivingAgency': {
    vi: 'Không tìm thấy cơ quan tiếp nhận.',
    en: 'No such receiving agency.',
  },
  'dossiers.unknownAgency': { vi: 'cơ quan không tồn tại', en: 'unknown agency' },
  'dossiers.notPublishedHere': {
    vi: 'Thủ tục {code} chưa được công bố áp dụng tại tỉnh {province}.',
    en: 'Procedure {code} is not published in province {province}.',
  },
  'dossiers.notPublishedHereField': { vi: 'chưa công bố tại tỉnh', en: 'not published here' },
  'dossiers.doesNotReceive': {
    vi: '{agency} không tiếp nhận hồ sơ của thủ tục {code}.',
    en: '{agency} does not receive procedure {code}.',
  },
  'dossiers.doesNotReceiveField': {
    vi: 'không tiếp nhận thủ tục này',
    en: 'does not receive this procedure',
  },
  'dossiers.notOnline': {
    vi: 'Thủ tục này không được cung cấp trực tuyến.',
    en: 'This procedure is not offered online.',
  },
  'dossiers.notOnlineField': { vi: 'không cung cấp trực tuyến', en: 'not offered online' },
  'dossiers.eResultNeedsEmail': {
    vi: 'Nhận kết quả điện tử cần có thư điện tử của người nộp.',
    en: 'An electronic result needs the applicant’s e-mail.',
  },
  'dossiers.eResultNeedsEmailField': {
    vi: 'cần thư điện tử hoặc tài khoản trực tuyến',
    en: 'needs an e-mail or an online account',
  },
  'dossiers.onlineByCitizens': {
    vi: 'Hồ sơ trực tuyến do công dân nộp bằng tài khoản của mình.',
    en: 'Online applications are made by citizens with their own account.',
  },
  'dossiers.attachRequired': {
    vi: 'Cần đính kèm đủ các giấy tờ bắt buộc: {names}.',
    en: 'Attach every required document: {names}.',
  },
  'dossiers.missingDocument': { vi: 'còn thiếu: {name}', en: 'missing: {name}' },
  'dossiers.counterByClerk': {
    vi: 'Hồ sơ tại quầy và qua bưu chính do công chức Bộ phận Một cửa của cơ quan tiếp nhận đăng ký.',
    en: 'Counter and postal dossiers are registered by a clerk of the receiving centre.',
  },
  'dossiers.postalHandOver': {
    vi: 'Hồ sơ qua bưu chính cần thời điểm ký biên bản giao nhận (Quyết định 45/2016/QĐ-TTg).',
    en: 'A postal dossier needs the time the hand-over record was signed (Decision 45/2016).',
  },
  'dossiers.required': { vi: 'bắt buộc', en: 'required' },
  'dossiers.communeNeeded': {
    vi: 'Thủ tục cấp xã tiếp nhận tại Trung tâm cấp tỉnh cần chọn xã, phường nơi giải quyết.',
    en: 'A commune-level procedure received at the provincial centre needs the commune it concerns.',
  },
  'dossiers.communeNeededField': {
    vi: 'bắt buộc với thủ tục cấp xã',
    en: 'required for a commune-level procedure',
  },
  'dossiers.noCommuneCommittee': {
    vi: 'Không có Ủy ban nhân dân của đơn vị {unit} thuộc tỉnh {province}.',
    en: 'No People’s Committee of unit {unit} in province {province}.',
  },
  'dossiers.notACommune': { vi: 'không phải xã, phường của tỉnh', en: 'not a commune of this province' },
  'dossiers.decidingAgencyElsewhere': {
    vi: 'Cơ quan giải quyết thủ tục {code} không thuộc tỉnh {province}.',
    en: 'The deciding agency of {code} is not an agency of province {province}.',
  },
  'dossiers.papersNotReceived': {
    vi: 'Chưa nhận đủ giấy tờ bắt buộc: {names}. Hồ sơ chưa đầy đủ thì lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02).',
    en: 'Not every required paper was received: {names}. An incomplete dossier gets a supplement request (Form 02).',
  },
  'dossiers.paperNotReceived': { vi: 'chưa nhận: {name}', en: 'not received: {name}' },
  'dossiers.changedFirst': {
    vi: 'Người khác đã cập nhật hồ sơ này trước bạn; hồ sơ được hiển thị theo trạng thái hiện tại.',
    en: 'Someone else changed the dossier first; it is shown as it is now.',
  },
  'dossiers.resultsUnsigned': {
    vi: 'Chưa thể phê duyệt kết quả: hệ thống chưa ký số được nên kết quả sẽ được ban hành không có chữ ký số ({problem}). Quản trị viên cần đặt TINHSO_KEY_ENCRYPTION_KEY và khởi động lại tinhso.',
    en: 'Results cannot be approved: they would be issued unsigned ({problem}). An administrator sets TINHSO_KEY_ENCRYPTION_KEY and restarts tinhso.',
  },
  'dossiers.unknownFile': {
    vi: 'không tìm thấy tệp {file} trong các tệp bạn đã tải lên',
    en: 'unknown file {file}',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'dossiers.plain.0': {
    vi: 'Danh sách công việc chỉ dành cho cán bộ giải quyết hồ sơ.',
    en: 'Work queues are for officials who handle dossiers.',
  },
  'dossiers.plain.1': {
    vi: 'Chưa có hồ sơ nào được tiếp nhận.',
    en: 'Nothing was registered.',
  },
  'dossiers.plain.2': {
    vi: 'Chỉ đính kèm được tệp do chính bạn tải lên.',
    en: 'Attach files you uploaded yourself.',
  },
  'dossiers.plain.3': {
    vi: 'Chỉ hệ thống mới được ghi thời điểm và người thực hiện thao tác.',
    en: 'Only the system may date an operation or name who performed it.',
  },
  'dossiers.plain.4': {
    vi: 'Tra cứu sai quá nhiều lần; vui lòng thử lại sau.',
    en: 'Too many failed look-ups; try again later.',
  },
  'dossiers.plain.5': {
    vi: 'Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác; hãy dùng khóa mới cho yêu cầu mới.',
    en: 'This Idempotency-Key was used with a different request body; use a new key for a new request.',
  },
});
