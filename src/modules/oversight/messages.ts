/**
 * What the oversight module tells a person, in Vietnamese and English (platform/http/messages.ts renders them by
 * the request's accept-language; issue 15 §2).
 */
import { defineMessages } from '../../platform/http/messages.js';

export const msg = defineMessages({
  'oversight.monthOrder': {
    vi: 'Tháng bắt đầu nằm sau tháng kết thúc.',
    en: 'The first month comes after the last.',
  },
  'oversight.ladderInvalid': {
    vi: 'Thang nhắc việc chưa dùng được như đã nhập.',
    en: 'The ladder cannot be used as written.',
  },
  'oversight.forOfficials': {
    vi: 'Theo dõi, đôn đốc chỉ dành cho cán bộ, công chức.',
    en: 'Oversight is for officials.',
  },
  'oversight.reopenReason': { vi: 'Ghi rõ lý do mở lại nhiệm vụ.', en: 'Say why the task is reopened.' },
  'oversight.caseVersion': {
    vi: 'Gửi kèm phiên bản của đơn khi tạo nhiệm vụ từ đơn.',
    en: 'Send the case version with a feedback case.',
  },
  'oversight.chooseLead': {
    vi: 'Nguồn không ghi cơ quan: hãy chọn cơ quan chủ trì.',
    en: 'The source names no agency: choose the lead agency.',
  },
  'oversight.issueLeadersOnly': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành mới ban hành văn bản kết luận của đơn vị.',
    en: 'Only the leaders of the issuing unit issue its conclusions.',
  },
  'oversight.noMeeting': { vi: 'Không có cuộc họp này trong tỉnh.', en: 'No such meeting in this province.' },
  'oversight.tasksInvalid': {
    vi: 'Một số nhiệm vụ chưa giao được như đã nhập.',
    en: 'Some tasks cannot be assigned as written.',
  },
  'oversight.addTasksLeadersOnly': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành mới bổ sung nhiệm vụ vào văn bản kết luận.',
    en: 'Only the leaders of the issuing unit add tasks to its conclusions.',
  },
  'oversight.conclusionChanged': {
    vi: 'Người khác đã cập nhật văn bản này trước bạn; hãy tải lại và bổ sung nhiệm vụ lần nữa.',
    en: 'The conclusion was changed by someone else; reload it and add the tasks again.',
  },
  'oversight.alreadyLinked': {
    vi: 'Nhiệm vụ đã được liên kết với hồ sơ này.',
    en: 'The task already points at this record.',
  },
  'oversight.noticesOfficials': {
    vi: 'Chỉ cán bộ, công chức đã đăng nhập mới xem thông báo.',
    en: 'Only a signed-in official reads notices.',
  },
  'oversight.meetingLeaders': {
    vi: 'Chỉ lãnh đạo đơn vị mới ghi nhận cuộc họp của đơn vị.',
    en: 'Only the leaders of the unit record its meetings.',
  },
  'oversight.meetingAmendLeaders': {
    vi: 'Chỉ lãnh đạo đơn vị mới sửa cuộc họp của đơn vị.',
    en: 'Only the leaders of the unit amend its meetings.',
  },
  'oversight.extensionWaiting': {
    vi: 'Nhiệm vụ đã có một đề nghị gia hạn đang chờ quyết định.',
    en: 'An extension request for this task is already waiting for a decision.',
  },
  'oversight.readLadderOnly': {
    vi: 'Chỉ cán bộ của tỉnh {province} mới được xem thang nhắc việc của tỉnh.',
    en: 'Only officials of province {province} read its ladder.',
  },
  'oversight.changeLadderOnly': {
    vi: 'Chỉ quản trị hệ thống hoặc lãnh đạo tỉnh {province} mới được thay đổi thang nhắc việc của tỉnh.',
    en: 'Only system administrators or provincial leaders of province {province} change its ladder.',
  },
  'oversight.listAgenciesOnly': {
    vi: 'Chỉ cán bộ của tỉnh {province} mới được xem danh sách cơ quan của tỉnh.',
    en: 'Only officials of province {province} list its agencies.',
  },
  'oversight.readMeetingsOnly': {
    vi: 'Chỉ cán bộ của tỉnh {province} mới được xem các cuộc họp của tỉnh.',
    en: 'Only officials of province {province} read its meetings.',
  },
  'oversight.extensionLater': {
    vi: 'Gia hạn phải dời hạn hoàn thành sau ngày {deadline}.',
    en: 'An extension moves the deadline later than {deadline}.',
  },
  'oversight.mustBeAfter': {
    vi: 'phải sau ngày {day}',
    en: 'must be after {day}',
  },
  'oversight.noUnitOn': {
    vi: 'Không có đơn vị mã "{code}" vào ngày {day}.',
    en: 'No unit with code "{code}" on {day}.',
  },
  'oversight.numberUsed': {
    vi: 'Đơn vị đã ban hành văn bản số "{number}" trong năm {year}.',
    en: 'The unit already issued number "{number}" in {year}.',
  },
  'oversight.noUnit': {
    vi: 'Không có đơn vị mã "{code}".',
    en: 'No unit with code "{code}".',
  },
  'oversight.cannotBeEmpty': {
    vi: 'Trường {field} không được để trống.',
    en: '{field} cannot be empty.',
  },
  'oversight.atMostMonths': {
    vi: 'Tối đa {max} tháng mỗi lần xem.',
    en: 'At most {max} months at once.',
  },
  'oversight.notBeforeIssue': {
    vi: 'không được trước ngày ban hành {day}',
    en: 'not before the issue date {day}',
  },
  'oversight.atMostSteps': {
    vi: 'tối đa {max} bước',
    en: 'at most {max} steps',
  },
  'oversight.denyRead': { vi: 'Bạn không được xem nhiệm vụ này.', en: 'You may not read this task.' },
  'oversight.denyAccept': {
    vi: 'Chỉ cán bộ của cơ quan chủ trì được nhận nhiệm vụ.',
    en: 'Only officials of the lead agency accept a task.',
  },
  'oversight.denyReport': {
    vi: 'Chỉ cán bộ của cơ quan chủ trì được báo cáo tiến độ nhiệm vụ.',
    en: 'Only officials of the lead agency report on a task.',
  },
  'oversight.denyRequestExtension': {
    vi: 'Chỉ cán bộ của cơ quan chủ trì được đề nghị gia hạn.',
    en: 'Only officials of the lead agency ask for an extension.',
  },
  'oversight.denyReportCompletion': {
    vi: 'Chỉ cán bộ của cơ quan chủ trì được báo cáo hoàn thành.',
    en: 'Only officials of the lead agency report completion.',
  },
  'oversight.denyDecideExtension': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành được quyết định đề nghị gia hạn.',
    en: 'Only the issuing leaders decide an extension request.',
  },
  'oversight.denyReview': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành được xác nhận hoặc mở lại nhiệm vụ.',
    en: 'Only the issuing leaders confirm or reopen a task.',
  },
  'oversight.denyLink': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành hoặc cơ quan chủ trì được liên kết hồ sơ với nhiệm vụ.',
    en: 'Only the issuing leaders or the lead agency link records to a task.',
  },
  'oversight.stateAccept': {
    vi: 'Nhiệm vụ đang ở trạng thái «{statusVi}»: chỉ nhiệm vụ vừa được giao mới được nhận.',
    en: 'The task is {status}: only an assigned task is accepted.',
  },
  'oversight.stateProgress': {
    vi: 'Nhiệm vụ đang ở trạng thái «{statusVi}»: chỉ báo cáo tiến độ cho nhiệm vụ đã nhận và chưa báo cáo hoàn thành.',
    en: 'The task is {status}: progress is reported on an accepted task that is not yet reported complete.',
  },
  'oversight.stateCompletion': {
    vi: 'Nhiệm vụ đang ở trạng thái «{statusVi}»: chỉ báo cáo hoàn thành cho nhiệm vụ đã nhận.',
    en: 'The task is {status}: completion is reported on an accepted task.',
  },
  'oversight.stateReview': {
    vi: 'Nhiệm vụ đang ở trạng thái «{statusVi}»: chỉ xem xét nhiệm vụ đã báo cáo hoàn thành.',
    en: 'The task is {status}: only a reported completion is reviewed.',
  },
  'oversight.stateExtend': {
    vi: 'Nhiệm vụ đang ở trạng thái «{statusVi}»: chỉ gia hạn nhiệm vụ chưa hoàn thành.',
    en: 'The task is {status}: only an open task is extended.',
  },
  'oversight.noLinkedRecord': {
    vi: 'Không có hồ sơ mã «{reference}» mà bạn được xem.',
    en: 'No {kind} with id "{reference}" that you may see.',
  },
});

/**
 * Texts some use cases of this module still put on a problem as plain English: the HTTP edge finds them here by
 * their English and answers in the reader's language (platform/http/messages.ts `translateKnown`).
 */
defineMessages({
  'oversight.plain.0': {
    vi: 'Chỉ lãnh đạo đơn vị ban hành mới được thêm nhiệm vụ vào kết luận.',
    en: 'Only the leaders of the issuing unit add tasks to its conclusions.',
  },
  'oversight.plain.1': {
    vi: 'Vui lòng nêu lý do mở lại nhiệm vụ.',
    en: 'Say why the task is reopened.',
  },
  'oversight.plain.2': {
    vi: 'Có tệp đính kèm không sử dụng được.',
    en: 'Some attachments cannot be used.',
  },
  'oversight.plain.3': {
    vi: 'Nhiệm vụ đã liên kết với bản ghi này.',
    en: 'The task already points at this record.',
  },
  'oversight.plain.4': {
    vi: 'Kết luận vừa được người khác thay đổi; vui lòng tải lại và thêm lại nhiệm vụ.',
    en: 'The conclusion was changed by someone else; reload it and add the tasks again.',
  },
  'oversight.plain.5': {
    vi: 'Nhiệm vụ vừa được người khác thay đổi; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'The task was changed by someone else; reload it and apply your change again.',
  },
  'oversight.plain.6': {
    vi: 'Cuộc họp vừa được người khác thay đổi; vui lòng tải lại và thực hiện lại thay đổi.',
    en: 'The meeting was changed by someone else; reload it and apply your change again.',
  },
});
