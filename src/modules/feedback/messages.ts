/**
 * What the feedback module tells a person, in Vietnamese and English (platform/http/messages.ts renders them by
 * the request's accept-language; issue 15 §2).
 */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'feedback.reportUnitOutside': {
    vi: 'Mã {unit} không phải là một đơn vị cấp xã của tỉnh, thành phố này.',
    en: 'Code {unit} is not a commune of this province.',
  },
  'feedback.onlyPaknPublished': {
    vi: 'Chỉ công khai câu trả lời phản ánh, kiến nghị.',
    en: 'Only PAKN answers are published.',
  },
  'feedback.answerBeforePublish': {
    vi: 'Cần trả lời phản ánh, kiến nghị trước khi công khai.',
    en: 'Answer the PAKN before publishing it.',
  },
  'feedback.refuseBeforeAccept': {
    vi: 'Chỉ từ chối được đơn chưa thụ lý.',
    en: 'Only a case not yet accepted can be refused.',
  },
  'feedback.signInToFile': {
    vi: 'Khiếu nại, tố cáo phải do người có danh tính rõ ràng gửi: vui lòng đăng nhập trước.',
    en: 'Complaints and denunciations are filed by an identified person: sign in first.',
  },
  'feedback.channelNotAllowed': {
    vi: 'Bạn không được tiếp nhận loại đơn này qua kênh này tại đây.',
    en: 'You may not register this kind of submission through this channel here.',
  },
  'feedback.missingInformation': { vi: 'Còn thiếu một số thông tin.', en: 'Some information is missing.' },
  'feedback.noFirstComplaint': {
    vi: 'Không có khiếu nại lần đầu nào mang mã này trong tỉnh.',
    en: 'No first-level complaint with this code in the province.',
  },
  'feedback.stepNotAllowed': {
    vi: 'Vai trò của bạn không cho phép thực hiện bước này với đơn này.',
    en: 'Your roles do not allow this step on this case.',
  },
  'feedback.changedFirst': {
    vi: 'Người khác đã cập nhật đơn này trước bạn; hãy tải lại và thực hiện lại thao tác.',
    en: 'The case was changed by someone else; reload it and apply your change again.',
  },
  'feedback.transferOpenOnly': {
    vi: 'Chỉ chuyển được đơn đang giải quyết.',
    en: 'Only an open case can be transferred.',
  },
  'feedback.transferBeforeAccept': {
    vi: 'Đơn tố cáo chỉ được chuyển trước khi thụ lý.',
    en: 'A denunciation is transferred before it is accepted.',
  },
  'feedback.transferTarget': {
    vi: 'Chọn một cơ quan của tỉnh hoặc ghi tên cơ quan bên ngoài.',
    en: 'Name either an agency of the province or an outside body.',
  },
  'feedback.agencyNotOfProvince': {
    vi: 'Cơ quan này không thuộc tỉnh.',
    en: 'The agency is not one of the province’s.',
  },
  'feedback.alreadyWithAgency': {
    vi: 'Đơn đang ở chính cơ quan này.',
    en: 'The case is already with this agency.',
  },
  'feedback.acceptReceivedOnly': {
    vi: 'Chỉ thụ lý được đơn vừa tiếp nhận.',
    en: 'Only a case just received can be accepted.',
  },
  'feedback.assignOpenOnly': {
    vi: 'Chỉ phân công được đơn đang giải quyết.',
    en: 'Only an open case is assigned.',
  },
  'feedback.assignOwnUnit': {
    vi: 'Chỉ phân công cán bộ đang công tác tại đơn vị giải quyết đơn.',
    en: 'Assign active officials of the case’s unit.',
  },
  'feedback.signInToRate': {
    vi: 'Vui lòng đăng nhập để đánh giá câu trả lời.',
    en: 'Sign in to rate an answer.',
  },
  'feedback.notBeingResolved': {
    vi: 'Đơn tố cáo không ở trạng thái đang giải quyết.',
    en: 'The denunciation is not being resolved.',
  },
  'feedback.noExtensionRule': {
    vi: 'Chưa có quy định gia hạn đang có hiệu lực.',
    en: 'No extension rule is in force.',
  },
  'feedback.extendBeforeDue': {
    vi: 'Thời hạn giải quyết đã hết; việc gia hạn phải quyết định trước khi hết hạn.',
    en: 'The time for resolution has already run out; an extension is decided before it does.',
  },
  'feedback.exportsForLeaders': {
    vi: 'Chỉ lãnh đạo và quản trị hệ thống của tỉnh được xuất dữ liệu.',
    en: 'Exports are for the province’s leaders and administrators.',
  },
  'feedback.periodFormat': {
    vi: 'Kỳ báo cáo có dạng năm (YYYY), quý (YYYY-Qn) hoặc tháng (YYYY-MM).',
    en: 'A period is YYYY, YYYY-Qn or YYYY-MM.',
  },
  'feedback.suspendComplaintOnly': {
    vi: 'Chỉ việc giải quyết khiếu nại mới được tạm đình chỉ hoặc đình chỉ theo cách này.',
    en: 'Only the resolution of a complaint is suspended or terminated this way.',
  },
  'feedback.suspendAcceptedOnly': {
    vi: 'Chỉ tạm đình chỉ được khiếu nại đang giải quyết (đã thụ lý).',
    en: 'Only a complaint being resolved (accepted) can be suspended.',
  },
  'feedback.notSuspended': {
    vi: 'Việc giải quyết khiếu nại không ở trạng thái tạm đình chỉ.',
    en: 'The complaint’s resolution is not suspended.',
  },
  'feedback.terminateOnly': {
    vi: 'Chỉ đình chỉ được khiếu nại đang giải quyết hoặc đang tạm đình chỉ.',
    en: 'Only a complaint being resolved or suspended can be terminated.',
  },
  'feedback.denunciationNotOversight': {
    vi: 'Đơn tố cáo không được chuyển thành nhiệm vụ theo dõi, đôn đốc.',
    en: 'A denunciation is not followed up as an oversight task.',
  },
  'feedback.alreadyOversight': {
    vi: 'Đơn này đã được theo dõi, đôn đốc như một nhiệm vụ.',
    en: 'The case is already followed up as an oversight task.',
  },
  'feedback.supplementPaknOnly': {
    vi: 'Chỉ phản ánh, kiến nghị mới được đề nghị bổ sung thông tin.',
    en: 'Only a PAKN is sent back for more information.',
  },
  'feedback.supplementOnce': {
    vi: 'Đã đề nghị bổ sung thông tin một lần.',
    en: 'More information was already asked for once.',
  },
  'feedback.notProcessing': {
    vi: 'Đơn không ở trạng thái đang xử lý.',
    en: 'The case is not being processed.',
  },
  'feedback.decisionNumber': {
    vi: 'Quyết định hoặc kết luận phải có số văn bản.',
    en: 'A decision or conclusion has a number.',
  },
  'feedback.queueForOfficials': {
    vi: 'Danh sách xử lý chỉ dành cho cán bộ, công chức.',
    en: 'The work queue is for officials.',
  },
  'feedback.reportsForLeaders': {
    vi: 'Chỉ lãnh đạo và quản trị hệ thống của tỉnh được xem báo cáo.',
    en: 'Reports are for the province’s leaders and administrators.',
  },
  'feedback.limitsNational': {
    vi: 'Thời hạn theo luật chỉ do quản trị hệ thống cấp quốc gia thay đổi.',
    en: 'Legal time limits are changed by a national administrator.',
  },
  'feedback.versionOrder': {
    vi: 'Đã có phiên bản áp dụng từ ngày đó hoặc sau đó; hãy thêm phiên bản theo thứ tự ngày.',
    en: 'A version starting on or after that day exists; add versions in date order.',
  },
  'feedback.noSupplementAsked': {
    vi: 'Chưa đề nghị bổ sung thông tin nào.',
    en: 'No information was asked for.',
  },
  'feedback.paknNotWithdrawn': {
    vi: 'Phản ánh, kiến nghị không rút được; đơn được trả lời hoặc từ chối.',
    en: 'A PAKN is not withdrawn; it is answered or refused.',
  },
  'feedback.withdrawOpenOnly': {
    vi: 'Chỉ rút được đơn đang giải quyết.',
    en: 'Only an open case can be withdrawn.',
  },
  'feedback.open311Issue': {
    vi: 'Khóa Open311 do quản trị hệ thống của tỉnh cấp.',
    en: 'Open311 keys are issued by the province’s administrators.',
  },
  'feedback.open311Manage': {
    vi: 'Khóa Open311 do quản trị hệ thống của tỉnh quản lý.',
    en: 'Open311 keys are managed by the province’s administrators.',
  },
  'feedback.classifyOpenOnly': {
    vi: 'Chỉ phân loại được đơn đang giải quyết.',
    en: 'Only an open case can be classified.',
  },
  'feedback.subjectPaknOnly': {
    vi: 'Chỉ phản ánh, kiến nghị mới có lĩnh vực.',
    en: 'Only a PAKN has a subject.',
  },
  'feedback.severalPlaces': {
    vi: 'Việc xác minh ở nhiều nơi chỉ áp dụng với tố cáo.',
    en: 'Checks at several places concern denunciations.',
  },
  'feedback.complexComplaints': {
    vi: 'Thời hạn cho vụ việc phức tạp, vùng sâu vùng xa chỉ áp dụng với khiếu nại.',
    en: 'Complex and remote-area limits concern complaints.',
  },
  'feedback.repeatedPaknOnly': {
    vi: 'Chỉ phản ánh, kiến nghị mới được đánh dấu là trùng lặp.',
    en: 'Only a PAKN is marked as repeated.',
  },
  'feedback.noEarlierCase': {
    vi: 'Không có đơn trước nào mang mã này trong tỉnh.',
    en: 'No earlier case with this code in the province.',
  },
  'feedback.notInThisStatus': {
    vi: 'không phù hợp với trạng thái hiện tại của đơn',
    en: '{status}',
  },
  'feedback.notForThisKind': {
    vi: 'không áp dụng cho loại đơn này',
    en: '{kind}',
  },
  'feedback.paknNotOpen': {
    vi: 'Phản ánh, kiến nghị này không còn ở trạng thái đang xử lý.',
    en: 'The PAKN is not open.',
  },
  'feedback.resolveAfterAccept': {
    vi: 'Đơn khiếu nại, tố cáo chỉ được giải quyết sau khi đã thụ lý.',
    en: 'A complaint or denunciation is resolved after it is accepted.',
  },
  'feedback.noSuchStep': {
    vi: 'Không có bước "{step}" cho loại đơn {kind}.',
    en: 'No step "{step}" for {kind}.',
  },
  'feedback.oneOfSteps': {
    vi: 'một trong các bước: {steps}',
    en: 'one of {steps}',
  },
  'feedback.complexOnce': {
    vi: 'Tố cáo phức tạp chỉ được gia hạn một lần (khoản 1 Điều 30 Luật Tố cáo).',
    en: 'A complex denunciation is extended once (Law on Denunciations art. 30(1)).',
  },
  'feedback.extendedMost': {
    vi: 'Việc giải quyết đã được gia hạn {count} lần, mức tối đa pháp luật cho phép.',
    en: 'The resolution was already extended {count} times, the most the law allows.',
  },
  'feedback.extensionDays': {
    vi: 'Thời gian gia hạn từ 1 đến {max} ngày.',
    en: 'An extension is 1 to {max} days.',
  },
  'feedback.atMostDays': {
    vi: 'tối đa {max} ngày',
    en: 'at most {max}',
  },
  'feedback.noProvince': {
    vi: 'Không có tỉnh mã "{code}".',
    en: 'No province with code "{code}".',
  },
  'feedback.noCommune': {
    vi: 'Không có xã, phường "{commune}" thuộc tỉnh {province}.',
    en: 'No commune "{commune}" in province {province}.',
  },
  'feedback.noReceivingAgency': {
    vi: 'Tỉnh {province} chưa có cơ quan tiếp nhận phản ánh, kiến nghị.',
    en: 'Province {province} has no agency to receive feedback yet.',
  },
  'feedback.secondWithin': {
    vi: 'Đơn khiếu nại lần hai phải được gửi trong thời hạn {days} ngày (Điều 33 Luật Khiếu nại).',
    en: 'A second complaint is filed within {days} days (Law on Complaints art. 33).',
  },
  'feedback.tooManyAnonymous': {
    vi: 'Địa chỉ này đã gửi quá nhiều đơn khi chưa đăng nhập; vui lòng thử lại sau hoặc đăng nhập để gửi tiếp.',
    en: 'Too many submissions without an account from this address; try again later or sign in to send more.',
  },
  'feedback.tooManyFromAddress': {
    vi: 'Địa chỉ này đã gửi quá nhiều yêu cầu; vui lòng thử lại sau.',
    en: 'Too many requests from this address; try again later.',
  },
  'feedback.tooManyWithKey': {
    vi: 'Khóa api_key này đã gửi quá nhiều yêu cầu; vui lòng thử lại sau.',
    en: 'Too many requests with this api_key; try again later.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'feedback.plain.0': {
    vi: 'Số ngày phải là số nguyên từ 0 đến 3650.',
    en: 'amount is a whole number of days, 0–3650.',
  },
  'feedback.plain.1': {
    vi: 'Ngày hiệu lực phải là ngày dạng YYYY-MM-DD.',
    en: 'effectiveFrom is a date YYYY-MM-DD.',
  },
  'feedback.plain.2': {
    vi: 'Vui lòng đăng nhập để đánh giá câu trả lời.',
    en: 'Sign in to rate an answer.',
  },
  'feedback.plain.3': {
    vi: 'Hãy gửi mã đơn và mã tra cứu trong nội dung yêu cầu POST tới địa chỉ này.',
    en: 'Send the case code and tracking key in the body of a POST to this address.',
  },
  'feedback.plain.4': {
    vi: 'Đơn khiếu nại, tố cáo phải do người đã xác định danh tính gửi: vui lòng đăng nhập trước.',
    en: 'Complaints and denunciations are filed by an identified person: sign in first.',
  },
  'feedback.plain.5': {
    vi: 'Bạn không được tiếp nhận loại đơn này qua kênh này tại đây.',
    en: 'You may not register this kind of submission through this channel here.',
  },
  'feedback.plain.6': {
    vi: 'Đơn khiếu nại lần đầu vẫn đang trong thời hạn giải quyết.',
    en: 'The first complaint is still within its time for resolution.',
  },
  'feedback.plain.7': {
    vi: 'Đơn khiếu nại gửi không đúng cơ quan có thẩm quyền được trả lại kèm hướng dẫn, không chuyển đơn (Điều 11 Luật Khiếu nại).',
    en: 'A complaint to the wrong body is refused with guidance, not transferred (Law on Complaints art. 11).',
  },
  'feedback.plain.8': {
    vi: 'Đơn khiếu nại được gửi sau thời hiệu 90 ngày (Điều 9 Luật Khiếu nại); hãy từ chối thụ lý.',
    en: 'The complaint was filed after the 90-day limitation (Law on Complaints art. 9); refuse it instead.',
  },
  'feedback.plain.9': {
    vi: 'Chỉ việc giải quyết tố cáo mới được gia hạn bằng quyết định; với khiếu nại, hãy phân loại là vụ việc phức tạp.',
    en: 'Only a denunciation’s resolution is extended by decision; classify a complaint as complex instead.',
  },
  'feedback.plain.10': {
    vi: 'Địa chỉ này đã gửi quá nhiều đơn không đăng nhập; vui lòng thử lại sau hoặc đăng nhập để gửi tiếp.',
    en: 'Too many submissions without an account from this address; try again later or sign in to send more.',
  },
});
