/**
 * The demo province's outside conclusions (issue 21 §4): a Central Inspection Commission notice (the reports
 * name "conclusion notice 581"), a State Audit report and a provincial inspectorate conclusion, recorded by the
 * province as sources with the recommendations as its tasks. The numbers other than 581, the dates, the
 * wording and every name are illustrative (dữ liệu mẫu); histories are written for "today" = 2026-11-23, as
 * demo-data.ts. Between them the tasks are done on time, done late, in progress and overdue.
 */
import type { DemoConclusion } from './demo-data.js';

const REVIEWER = 'Lý Thị Hương (Chánh Văn phòng Tỉnh ủy)';

export const OUTSIDE_CONCLUSIONS: DemoConclusion[] = [
  {
    issuerUnit: '04',
    issuerName: 'Ủy ban Kiểm tra Trung ương',
    source: 'party_inspection',
    kind: 'conclusion_notice',
    number: '581-TB/UBKTTW',
    issuedOn: '2025-12-15',
    title: 'Thông báo kết luận kiểm tra khi có dấu hiệu vi phạm đối với Ban Thường vụ Tỉnh ủy Cao Bằng',
    summary:
      'Yêu cầu Ban Thường vụ Tỉnh ủy chỉ đạo khắc phục hạn chế, thiếu sót trong quản lý đất đai, khoáng sản, ' +
      'công tác cán bộ và quản lý tài chính; báo cáo kết quả về Ủy ban Kiểm tra Trung ương. (Nội dung là dữ liệu mẫu.)',
    fromMeeting: false,
    signerName: 'Ủy ban Kiểm tra Trung ương (dữ liệu mẫu)',
    reviewer: REVIEWER,
    tasks: [
      {
        title: 'Khắc phục hạn chế trong quản lý đất đai, khoáng sản',
        content:
          'Rà soát các dự án khai thác khoáng sản và giao đất, cho thuê đất được nêu trong thông báo; xử lý sai phạm.',
        lead: 'Sở Nông nghiệp và Môi trường',
        deadline: '2026-06-30',
        priority: 'urgent',
        expectedOutput: 'Báo cáo kết quả khắc phục gửi Ủy ban Kiểm tra Trung ương',
        steps: [
          { do: 'accept', on: '2025-12-18' },
          {
            do: 'progress',
            on: '2026-04-10',
            percent: 50,
            text: 'Đã rà soát 18/25 dự án; thu hồi 2 giấy phép.',
          },
          {
            do: 'complete',
            on: '2026-07-20',
            text: 'Đã rà soát đủ 25 dự án, xử lý 6 trường hợp vi phạm.',
            attachment: 'Báo cáo khắc phục đất đai, khoáng sản',
          },
          { do: 'confirm', on: '2026-07-27' },
        ],
      },
      {
        title: 'Rà soát, chấn chỉnh công tác cán bộ theo kết luận',
        content:
          'Rà soát quy trình bổ nhiệm cán bộ giai đoạn được kiểm tra; kiểm điểm tập thể, cá nhân liên quan.',
        lead: 'Sở Nội vụ',
        deadline: '2026-12-31',
        priority: 'high',
        expectedOutput: 'Báo cáo rà soát và kết quả kiểm điểm',
        steps: [
          { do: 'accept', on: '2025-12-19' },
          { do: 'progress', on: '2026-09-30', percent: 60, text: 'Đã rà soát 42 hồ sơ bổ nhiệm.' },
        ],
      },
      {
        title: 'Thu hồi các khoản kinh phí sử dụng sai quy định',
        content: 'Thu hồi về ngân sách các khoản chi sai chế độ được nêu trong thông báo kết luận.',
        lead: 'Sở Tài chính',
        deadline: '2026-10-31',
        priority: 'urgent',
        expectedOutput: 'Chứng từ nộp ngân sách',
        steps: [
          { do: 'accept', on: '2025-12-20' },
          {
            do: 'progress',
            on: '2026-08-15',
            percent: 70,
            text: 'Đã thu hồi 70% số tiền; còn 3 đơn vị chưa nộp.',
          },
        ],
      },
    ],
  },
  {
    issuerUnit: '04',
    issuerName: 'Kiểm toán nhà nước khu vực X',
    source: 'state_audit',
    kind: 'conclusion_notice',
    number: '245/TB-KTNN',
    issuedOn: '2025-11-28',
    title: 'Thông báo kết quả kiểm toán ngân sách địa phương năm 2024 của tỉnh Cao Bằng',
    summary:
      'Kiến nghị xử lý tài chính và chấn chỉnh công tác quyết toán. (Số hiệu và nội dung là dữ liệu mẫu.)',
    fromMeeting: false,
    signerName: 'Kiểm toán nhà nước khu vực X (dữ liệu mẫu)',
    reviewer: REVIEWER,
    tasks: [
      {
        title: 'Thực hiện kiến nghị xử lý tài chính năm 2024',
        content:
          'Thu hồi, giảm trừ dự toán các khoản theo kiến nghị kiểm toán; báo cáo Kiểm toán nhà nước kèm chứng từ.',
        lead: 'Sở Tài chính',
        deadline: '2026-03-31',
        priority: 'high',
        expectedOutput: 'Báo cáo thực hiện kiến nghị kèm bằng chứng',
        steps: [
          { do: 'accept', on: '2025-12-01' },
          {
            do: 'complete',
            on: '2026-03-25',
            text: 'Đã thực hiện 100% kiến nghị xử lý tài chính.',
            attachment: 'Báo cáo thực hiện kiến nghị kiểm toán',
          },
          { do: 'confirm', on: '2026-04-02' },
        ],
      },
      {
        title: 'Chấn chỉnh quyết toán dự án hoàn thành',
        content: 'Đôn đốc chủ đầu tư lập hồ sơ quyết toán các dự án hoàn thành chậm quyết toán.',
        lead: 'Sở Xây dựng',
        deadline: '2027-01-31',
        priority: 'normal',
        expectedOutput: 'Danh mục dự án đã quyết toán',
        steps: [{ do: 'accept', on: '2025-12-03' }],
      },
    ],
  },
  {
    issuerUnit: '04',
    issuerName: 'Thanh tra tỉnh Cao Bằng',
    source: 'inspection',
    kind: 'conclusion_notice',
    number: '18/KL-TTr',
    issuedOn: '2026-08-12',
    title: 'Kết luận thanh tra việc mua sắm trang thiết bị y tế giai đoạn 2023–2025',
    summary: 'Kiến nghị chấn chỉnh công tác đấu thầu mua sắm. (Số hiệu và nội dung là dữ liệu mẫu.)',
    fromMeeting: false,
    signerName: 'Chánh Thanh tra tỉnh (dữ liệu mẫu)',
    reviewer: REVIEWER,
    tasks: [
      {
        title: 'Chấn chỉnh đấu thầu mua sắm trang thiết bị y tế',
        content: 'Rà soát các gói thầu được nêu; ban hành quy trình mua sắm nội bộ.',
        lead: 'Sở Y tế',
        deadline: '2026-12-15',
        priority: 'high',
        expectedOutput: 'Quy trình mua sắm được ban hành',
        steps: [{ do: 'accept', on: '2026-08-15' }],
      },
    ],
  },
];
