/**
 * What the dossiers module answers when a step of the dossier's life is refused (Decree 61/2018 art. 15–20;
 * Decree 107/2021), in Vietnamese and English (platform/http/messages.ts renders them by accept-language).
 */
import { defineMessages } from '../../platform/http/messages.js';
import type { Status } from './model.js';

/** The dossier's status as the English screen names it (the Vietnamese names are STATUS_LABELS_VI). */
export const STATUS_LABELS_EN: Record<Status, string> = {
  submitted: 'awaiting reception',
  reception_supplement: 'supplement requested at reception',
  rejected: 'refused at reception',
  processing: 'being processed',
  consulting: 'under consultation',
  supplement_requested: 'supplement requested',
  done: 'processed',
  returned: 'result returned',
  refused: 'refused',
  stopped: 'processing stopped',
  withdrawn: 'withdrawn by the applicant',
};

/** The actions a dossier's state can refuse, as the refusal names them. */
export const REFUSED_ACTIONS = {
  forwarded: { vi: 'chuyển bước xử lý tiếp theo', en: 'forwarded' },
  forwardedWhileConsulting: {
    vi: 'chuyển bước khi các cơ quan được lấy ý kiến chưa trả lời',
    en: 'forwarded before the consulted agencies answer',
  },
  returnedToPreviousStep: { vi: 'trả lại bước xử lý trước', en: 'returned to the previous step' },
  consulted: { vi: 'gửi lấy ý kiến cơ quan liên quan', en: 'sent for consultation' },
  consultationAnsweredTwice: {
    vi: 'trả lời hai lần cho cùng một lần lấy ý kiến',
    en: 'answered twice on the same consultation',
  },
  supplementRequested: { vi: 'yêu cầu bổ sung, hoàn thiện hồ sơ', en: 'sent back for a supplement' },
  supplemented: { vi: 'bổ sung hồ sơ', en: 'supplemented' },
  refused: { vi: 'từ chối giải quyết', en: 'refused' },
  approved: { vi: 'phê duyệt kết quả', en: 'approved' },
  extended: { vi: 'gia hạn thời hạn giải quyết', en: 'extended' },
  extendedTwice: { vi: 'gia hạn thời hạn giải quyết lần thứ hai', en: 'extended a second time' },
  stopped: { vi: 'dừng xử lý', en: 'stopped' },
  withdrawn: { vi: 'rút hồ sơ', en: 'withdrawn' },
  resultReturned: { vi: 'trả kết quả cho người nộp', en: 'returned to the applicant' },
  paidTwice: { vi: 'nộp phí, lệ phí lần thứ hai', en: 'paid twice' },
  paidBeforeReception: { vi: 'nộp phí, lệ phí trước khi được tiếp nhận', en: 'paid before reception' },
  ratedBeforeResult: { vi: 'đánh giá trước khi có kết quả', en: 'rated before its result' },
  ratedTwice: { vi: 'đánh giá lần thứ hai', en: 'rated twice' },
  trackingSecretBeforeReception: {
    vi: 'cấp mã tra cứu trước khi được tiếp nhận',
    en: 'given a tracking secret before it is received',
  },
  received: { vi: 'tiếp nhận', en: 'received' },
  resubmitted: { vi: 'nộp lại sau khi bổ sung', en: 'resubmitted' },
  rejectedAtReception: { vi: 'từ chối tiếp nhận', en: 'refused at reception' },
} as const;
export type RefusedAction = keyof typeof REFUSED_ACTIONS;

export const stateMsg = defineMessages({
  'dossiers.wrongState': {
    vi: 'Hồ sơ đang ở trạng thái «{statusVi}» nên không thể {actionVi}.',
    en: 'A dossier that is "{statusEn}" cannot be {actionEn}.',
  },
  'dossiers.clockRefuses': {
    vi: 'Thời hạn giải quyết theo quy định không cho phép thao tác này ({kind}).',
    en: 'The statutory clock refuses this: {kind}.',
  },
  'dossiers.clockCannotStart': {
    vi: 'Không thể bắt đầu tính thời hạn giải quyết ({kind}).',
    en: 'The statutory clock cannot start: {kind}.',
  },
  'dossiers.clockCannotRead': {
    vi: 'Không thể xác định thời hạn giải quyết ({kind}).',
    en: 'The statutory clock cannot be read: {kind}.',
  },
  'dossiers.nothingToForwardAtDecision': {
    vi: 'Ở bước quyết định, lãnh đạo phê duyệt hoặc từ chối kết quả; không còn bước nào để chuyển tiếp.',
    en: 'At the decision step the leader approves or refuses the result; there is nothing to forward to.',
  },
  'dossiers.lastStep': {
    vi: 'Đây là bước xử lý cuối cùng: đề nghị trả kết quả.',
    en: 'This is the last step: return the result instead.',
  },
  'dossiers.noEarlierStep': {
    vi: 'Không có bước xử lý trước để trả lại.',
    en: 'There is no earlier processing step to return to.',
  },
  'dossiers.consultationDeadlinePast': {
    vi: 'Thời hạn trả lời ý kiến phải sau thời điểm hiện tại.',
    en: 'The consultation deadline must be later than now.',
  },
  'dossiers.inThePast': { vi: 'đã qua', en: 'in the past' },
  'dossiers.consultSameAgency': {
    vi: 'Đề nghị lấy ý kiến cơ quan khác với cơ quan đang xử lý hồ sơ.',
    en: 'Consult another agency than the one processing the dossier.',
  },
  'dossiers.noSuchConsultation': {
    vi: 'Không tìm thấy lần lấy ý kiến này của hồ sơ.',
    en: 'No such consultation on this dossier.',
  },
  'dossiers.unknown': { vi: 'không tồn tại', en: 'unknown' },
  'dossiers.listMissing': {
    vi: 'Cần nêu đầy đủ các nội dung phải bổ sung, hoàn thiện (một lần, đầy đủ — khoản 3 Điều 15 Nghị định 61/2018/NĐ-CP).',
    en: 'List everything that is missing (Decree 61 art. 15(3): once, completely).',
  },
  'dossiers.supplementTooLate': {
    vi: 'Chỉ được yêu cầu bổ sung hồ sơ trong thời hạn 03 ngày làm việc kể từ ngày tiếp nhận, tức là đến hết ngày {latest} (Điều 19 Nghị định 61/2018/NĐ-CP).',
    en: 'A supplement may be requested within 3 working days of receipt, that is by {latest} (Decree 61 art. 19).',
  },
  'dossiers.refusalReasons': {
    vi: 'Cần nêu rõ lý do từ chối giải quyết.',
    en: 'Give the reasons for refusing.',
  },
  'dossiers.approveAtDecision': {
    vi: 'Kết quả được phê duyệt ở bước quyết định; đề nghị chuyển hồ sơ đến bước đó trước.',
    en: 'The result is approved at the decision step; forward the dossier there first.',
  },
  'dossiers.extensionFilingLate': {
    vi: 'Văn bản xin lỗi và hẹn lại ngày trả kết quả phải được lập chậm nhất ngày {latest}, trước hạn giải quyết 01 ngày làm việc.',
    en: 'The apology and new date must be filed by {latest}, one working day before the due date.',
  },
  'dossiers.extensionNotLater': {
    vi: 'Ngày hẹn trả mới phải sau hạn giải quyết hiện tại.',
    en: 'The new date must be later than the current due date.',
  },
  'dossiers.postalTrackingNeeded': {
    vi: 'Trả kết quả qua dịch vụ bưu chính cần có số hiệu bưu gửi.',
    en: 'A result sent by post needs its postal tracking number.',
  },
  'dossiers.forwardToReturningStep': {
    vi: 'Đề nghị chuyển kết quả đến bước trả kết quả trước.',
    en: 'Forward the result to the returning step first.',
  },
  'dossiers.noFee': { vi: 'Hồ sơ này không phải nộp phí, lệ phí.', en: 'This dossier has no fee to pay.' },
  'dossiers.noUnpaidFee': {
    vi: 'Hồ sơ này không còn phí, lệ phí phải nộp.',
    en: 'This dossier has no unpaid fee.',
  },
  'dossiers.nineScores': {
    vi: 'Cần chấm điểm đủ chín chỉ số, mỗi chỉ số 0, 1 hoặc 2 điểm.',
    en: 'Score each of the nine indicators 0, 1 or 2.',
  },
  'dossiers.nineScoresField': { vi: 'chín điểm, mỗi điểm 0, 1 hoặc 2', en: 'nine scores of 0, 1 or 2' },
  'dossiers.noSteps': { vi: 'Quy trình xử lý chưa có bước nào.', en: 'The workflow has no steps.' },
  'dossiers.rejectionReasons': {
    vi: 'Cần nêu rõ lý do từ chối tiếp nhận hồ sơ (Mẫu số 03).',
    en: 'Give the reasons for refusing the dossier (Form 03).',
  },
  'dossiers.noLongerPublished': {
    vi: 'Thủ tục {code} không còn được công bố tại tỉnh; không thể tiếp nhận hồ sơ.',
    en: 'Procedure {code} is no longer published here; the dossier cannot be received.',
  },
  'dossiers.agencyWithoutCode': {
    vi: 'Cơ quan tiếp nhận chưa có mã định danh theo QCVN 102; quản trị hệ thống cần cập nhật trước khi tiếp nhận hồ sơ.',
    en: 'The receiving agency has no QCVN 102 code yet; a system administrator sets it before dossiers are received (RULES.md §1.4).',
  },
  'dossiers.noSuchAgency': { vi: 'Không có cơ quan này trong tỉnh.', en: 'No such agency in this province.' },
  'dossiers.deadlineNotDate': {
    vi: 'Thời hạn không phải là ngày hợp lệ.',
    en: 'The deadline is not a date.',
  },
  'dossiers.notAllowedHere': {
    vi: 'Vai trò của Anh/Chị không được thực hiện thao tác «{action}» đối với hồ sơ này tại đây.',
    en: 'Your roles do not allow "{action}" on this dossier here.',
  },
  'dossiers.numbersUsedUp': {
    vi: 'Cơ quan {agency} đã dùng hết {max} số hồ sơ của ngày {day}.',
    en: 'Agency {agency} has used all {max} dossier numbers of {day}.',
  },
  'dossiers.changedByOther': {
    vi: 'Hồ sơ vừa được người khác cập nhật; hệ thống hiển thị hồ sơ theo tình trạng mới nhất.',
    en: 'Someone else changed the dossier first; it is shown as it is now.',
  },
});
