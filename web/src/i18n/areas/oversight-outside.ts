/**
 * Strings of the oversight pages for outside conclusions (issue 21 §4) — the source of a conclusion, the
 * follow-up by source — and the files a report attaches (taken into `oversight.*` by oversight.ts),
 * Vietnamese and English side by side.
 */
import type { Widen } from '../widen';

export const oversightOutsideVi = {
  source: {
    label: 'Nguồn',
    own: 'Của tỉnh, xã',
    inspection: 'Kết luận thanh tra',
    state_audit: 'Kiểm toán nhà nước',
    party_inspection: 'Ủy ban kiểm tra của Đảng',
    superior_directive: 'Chỉ đạo của cấp trên',
    outside: 'Mọi nguồn bên ngoài',
    all: 'Mọi nguồn',
    help: 'Kết luận thanh tra, kiểm toán, thông báo của Ủy ban kiểm tra hoặc chỉ đạo của cấp trên: ghi cơ quan ban hành, số, ngày; các kiến nghị được giao thành nhiệm vụ có thời hạn và theo dõi như nhiệm vụ của tỉnh.',
    issuingBody: 'Cơ quan ban hành',
  },
  followUp: {
    heading: 'Theo dõi thực hiện theo nguồn',
    intro:
      'Nhiệm vụ theo từng nguồn kết luận: đã hoàn thành đúng hạn, hoàn thành trễ hạn, đang thực hiện trong hạn và quá hạn (tính theo ngày cơ quan báo cáo hoàn thành).',
    conclusions: 'Văn bản',
    tasks: 'Nhiệm vụ',
    doneOnTime: 'Hoàn thành đúng hạn',
    doneLate: 'Hoàn thành trễ hạn',
    inProgress: 'Đang thực hiện',
    overdue: 'Quá hạn',
    total: 'Tổng cộng',
    asOf: 'Số liệu đến ngày {{date}}',
  },
  files: {
    label: 'Tệp tài liệu kèm theo',
    choose: 'Chọn tệp để tải lên',
    help: 'Tệp PDF, JPEG, PNG hoặc DOCX; tệp được tải lên ngay và gửi kèm báo cáo.',
    remove: 'Bỏ',
    removeNamed: 'Bỏ tệp {{name}}',
  },
};

export const oversightOutsideEn: Widen<typeof oversightOutsideVi> = {
  source: {
    label: 'Source',
    own: 'The province’s or commune’s own',
    inspection: 'Inspection conclusion',
    state_audit: 'State Audit',
    party_inspection: 'Party inspection commission',
    superior_directive: 'Superior’s directive',
    outside: 'All outside sources',
    all: 'All sources',
    help: 'An inspection conclusion, a State Audit report, a Party inspection commission notice or a superior’s directive: give the issuing body, number and date; its recommendations become tasks with deadlines, followed up like the province’s own.',
    issuingBody: 'Issuing body',
  },
  followUp: {
    heading: 'Follow-up by source',
    intro:
      'Tasks by where their conclusion comes from: done on time, done late, in progress and not yet due, overdue (by the day the agency reported completion).',
    conclusions: 'Documents',
    tasks: 'Tasks',
    doneOnTime: 'Done on time',
    doneLate: 'Done late',
    inProgress: 'In progress',
    overdue: 'Overdue',
    total: 'Total',
    asOf: 'Figures as of {{date}}',
  },
  files: {
    label: 'Attached files',
    choose: 'Choose a file to upload',
    help: 'PDF, JPEG, PNG or DOCX; the file is uploaded at once and sent with the report.',
    remove: 'Remove',
    removeNamed: 'Remove the file {{name}}',
  },
};
