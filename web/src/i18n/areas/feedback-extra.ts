/**
 * Strings of the feedback pages added for suspending, resuming, terminating and withdrawing complaints,
 * second-level complaints, following a case up as an oversight task, and the report's charts (taken into
 * `feedback.*` by feedback.ts), Vietnamese and English side by side.
 */
import type { Widen } from '../widen';

export const feedbackExtraVi = {
  handling: {
    suspend: 'Tạm đình chỉ',
    resume: 'Tiếp tục giải quyết',
    terminate: 'Đình chỉ',
    withdraw: 'Ghi nhận rút đơn',
    withdrawn: 'Đã ghi nhận rút đơn.',
    decisionNumber: 'Số quyết định',
    suspendHelp:
      'Quyết định tạm đình chỉ việc giải quyết khiếu nại (Điều 11a Luật Khiếu nại, sửa đổi 2025): thời hạn giải quyết ngừng tính cho đến khi có quyết định tiếp tục.',
    resumeHelp: 'Thời hạn giải quyết được tính tiếp từ ngày ra quyết định tiếp tục giải quyết.',
    terminateHelp:
      'Quyết định đình chỉ việc giải quyết khiếu nại: hồ sơ kết thúc, không giải quyết nội dung.',
    raise: 'Giao nhiệm vụ theo dõi',
    raised: 'Đã chuyển theo dõi, đôn đốc như một nhiệm vụ.',
    withdrawOwn: 'Rút đơn',
    withdrawOwnHelp:
      'Bạn có thể rút đơn khiếu nại, tố cáo bất cứ lúc nào trước khi có kết quả giải quyết (Điều 10 Luật Khiếu nại; Điều 33 Luật Tố cáo). Việc giải quyết sẽ chấm dứt.',
    withdrawSend: 'Xác nhận rút đơn',
  },
  second: {
    label: 'Đây là khiếu nại lần hai',
    help: 'Khi không đồng ý với quyết định giải quyết lần đầu hoặc quá hạn mà chưa được giải quyết: trong 30 ngày (vùng sâu, vùng xa 45 ngày), theo Điều 33 Luật Khiếu nại.',
    code: 'Mã đơn khiếu nại lần đầu',
    codeFormat: 'Mã có dạng KN-04-261101-0001.',
  },
  charts: {
    byMonth: 'Số đơn thư tiếp nhận theo tháng',
    byMonthAria:
      'Biểu đồ cột chồng: số đơn thư tiếp nhận mỗi tháng của kỳ {{period}}, chia theo loại; tổng {{total}}.',
    byKind: 'Số đơn thư theo loại: kỳ này và kỳ trước',
    byKindAria: 'Biểu đồ cột: số đơn thư mỗi loại kỳ {{period}} so với kỳ trước.',
    onTime: 'Tỷ lệ giải quyết đúng hạn theo loại (%)',
    onTimeAria: 'Biểu đồ thanh: tỷ lệ đơn thư không có bước nào trễ hạn, theo loại, kỳ {{period}}.',
    month: 'Tháng',
    kind: 'Loại',
    current: 'Kỳ này',
    previous: 'Kỳ trước',
    rate: 'Đúng hạn (%)',
  },
} as const;

export const feedbackExtraEn: Widen<typeof feedbackExtraVi> = {
  handling: {
    suspend: 'Suspend',
    resume: 'Resume',
    terminate: 'Terminate',
    withdraw: 'Record withdrawal',
    withdrawn: 'Withdrawal recorded.',
    decisionNumber: 'Decision number',
    suspendHelp:
      'Decision suspending the resolution (Law on Complaints art. 11a, as amended in 2025): the time for resolution stops until a decision to resume.',
    resumeHelp: 'The time for resolution continues from the day of the decision to resume.',
    terminateHelp: 'Decision terminating the resolution: the case ends without a decision on its merits.',
    raise: 'Follow up as a task',
    raised: 'Followed up as an oversight task.',
    withdrawOwn: 'Withdraw',
    withdrawOwnHelp:
      'You may withdraw a complaint or denunciation at any time before it is decided (Law on Complaints art. 10; Law on Denunciations art. 33). Its handling then ends.',
    withdrawSend: 'Confirm the withdrawal',
  },
  second: {
    label: 'This is a second-level complaint',
    help: 'When you disagree with the first decision, or none came in time: within 30 days (45 in remote areas), Law on Complaints art. 33.',
    code: 'Code of the first complaint',
    codeFormat: 'A code like KN-04-261101-0001.',
  },
  charts: {
    byMonth: 'Submissions received by month',
    byMonthAria:
      'Stacked column chart: submissions received each month of {{period}}, by kind; {{total}} in all.',
    byKind: 'Submissions by kind: this period and the previous one',
    byKindAria: 'Column chart: submissions of each kind in {{period}} against the previous period.',
    onTime: 'Handled on time by kind (%)',
    onTimeAria: 'Bar chart: share of submissions with no step late, by kind, {{period}}.',
    month: 'Month',
    kind: 'Kind',
    current: 'This period',
    previous: 'Previous period',
    rate: 'On time (%)',
  },
};
