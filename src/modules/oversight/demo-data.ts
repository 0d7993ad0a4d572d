/**
 * The demo province's conclusions and their tasks (issue 8 §6), built on domain/SEED-FIGURES.md: at Cao Bằng's
 * 2nd Provincial Party Committee conference (October 2025, demo-meeting.ts) public-investment disbursement was
 * named "the biggest bottleneck" and the secretary asked all levels to carry out 11 key task groups. The report
 * gives neither the document numbers nor the wording of the 11 groups: those, and every person's name, are
 * illustrative (marked "dữ liệu mẫu"). The histories are written for "today" = 2026-11-23 (the day before
 * Vietnamese Culture Day, a day off).
 */

import { type DemoConclusion, THUC_PHAN } from './demo-model.js';
import { PARTY_CONCLUSION_02 } from './demo-party-conclusion.js';

export type { AgencyKey, DemoConclusion, DemoTask, Step } from './demo-model.js';

export const DEMO_CONCLUSIONS: DemoConclusion[] = [
  PARTY_CONCLUSION_02,
  {
    issuerUnit: '04',
    issuerName: 'Ủy ban nhân dân tỉnh',
    kind: 'conclusion_notice',
    number: '245/TB-UBND',
    issuedOn: '2026-03-10',
    title:
      'Thông báo kết luận của Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải ngân vốn đầu tư công năm 2026',
    summary:
      'Giải ngân vốn đầu tư công là điểm nghẽn lớn nhất; yêu cầu các chủ đầu tư báo cáo tiến độ hằng tháng.',
    fromMeeting: false,
    signerName: 'Hoàng Văn Thạch',
    reviewer: 'Hoàng Văn Thạch',
    tasks: [
      {
        title: 'Báo cáo tiến độ giải ngân theo từng dự án',
        content: 'Tổng hợp, báo cáo tiến độ giải ngân của từng dự án, đề xuất điều chuyển vốn.',
        lead: 'Sở Tài chính',
        deadline: '2026-04-30',
        priority: 'high',
        expectedOutput: 'Báo cáo tiến độ giải ngân quý I/2026',
        steps: [
          { do: 'accept', on: '2026-03-11' },
          { do: 'complete', on: '2026-04-24', text: 'Đã báo cáo tiến độ giải ngân quý I/2026.' },
          { do: 'confirm', on: '2026-04-28' },
        ],
      },
      {
        title: 'Báo cáo vướng mắc giải phóng mặt bằng các dự án giao thông',
        content: 'Báo cáo cụ thể vướng mắc về bồi thường, tái định cư của từng dự án giao thông trọng điểm.',
        lead: 'Sở Xây dựng',
        deadline: '2026-07-31',
        priority: 'high',
        expectedOutput: 'Báo cáo vướng mắc và đề xuất tháo gỡ',
        steps: [
          { do: 'accept', on: '2026-03-12' },
          { do: 'progress', on: '2026-06-30', percent: 60, text: 'Đã tổng hợp vướng mắc của 4/6 dự án.' },
          {
            do: 'extend',
            on: '2026-07-24',
            to: '2026-09-30',
            reason: 'Chờ số liệu kiểm đếm của các xã.',
            decided: { on: '2026-07-28', grant: false, note: 'Không gia hạn; báo cáo theo số liệu hiện có.' },
          },
          { do: 'complete', on: '2026-08-20', text: 'Đã báo cáo vướng mắc của 6/6 dự án.' },
          { do: 'confirm', on: '2026-08-25' },
        ],
      },
      {
        title: 'Thẩm định dự thảo quy định về bồi thường, hỗ trợ, tái định cư',
        content:
          'Thẩm định dự thảo quyết định quy định chi tiết về bồi thường, hỗ trợ, tái định cư khi Nhà nước thu hồi đất.',
        lead: 'Sở Tư pháp',
        deadline: '2026-12-10',
        priority: 'normal',
        expectedOutput: 'Báo cáo thẩm định',
        steps: [
          { do: 'accept', on: '2026-03-13' },
          {
            do: 'progress',
            on: '2026-10-09',
            percent: 30,
            text: 'Đã nhận dự thảo; đang lấy ý kiến các sở liên quan.',
          },
        ],
      },
    ],
  },
  {
    issuerUnit: THUC_PHAN,
    issuerName: 'Ủy ban nhân dân phường Thục Phán',
    kind: 'conclusion_notice',
    number: '15/TB-UBND',
    issuedOn: '2026-09-15',
    title: 'Thông báo kết luận giao ban tháng 9/2026 của Chủ tịch UBND phường Thục Phán',
    summary: 'Nâng tỷ lệ hồ sơ trực tuyến; hoàn thành báo cáo tổng kết năm đúng hạn.',
    fromMeeting: false,
    signerName: 'Nông Thị Lan',
    reviewer: 'Nông Thị Lan',
    tasks: [
      {
        title: 'Nâng tỷ lệ hồ sơ trực tuyến toàn trình',
        content:
          'Hướng dẫn người dân nộp hồ sơ trực tuyến; phấn đấu tỷ lệ hồ sơ trực tuyến toàn trình trên 50%.',
        lead: { commune: THUC_PHAN, kind: 'pas_centre' },
        deadline: '2026-10-30',
        priority: 'normal',
        expectedOutput: 'Báo cáo tỷ lệ hồ sơ trực tuyến tháng 10/2026',
        steps: [],
      },
      {
        title: 'Xây dựng báo cáo tổng kết năm 2026',
        content: 'Tổng hợp số liệu, xây dựng báo cáo tổng kết công tác năm 2026 của UBND phường.',
        lead: { commune: THUC_PHAN, kind: 'people_committee' },
        deadline: '2026-12-04',
        priority: 'normal',
        expectedOutput: 'Dự thảo báo cáo tổng kết năm',
        steps: [{ do: 'accept', on: '2026-09-16' }],
      },
    ],
  },
];

/** Fictional officials who report for each agency (dữ liệu mẫu). */
export const DEMO_REPORTERS = [
  'Lục Thị Mai',
  'Nông Văn Hải',
  'Hoàng Thị Thu',
  'Bế Văn Nam',
  'Đàm Thị Yến',
  'Mã Văn Quyết',
  'Lưu Thị Huyền',
  'Triệu Văn Sơn',
];
