/**
 * The demo province's main conclusion (issue 8 §6; domain/SEED-FIGURES.md): Conclusion 02-KL/TU of Cao Bằng's
 * 2nd Provincial Party Committee conference (October 2025) and its 11 key task groups. Their wording, numbers
 * and every person's name are illustrative (dữ liệu mẫu); see demo-data.ts.
 */
import { type DemoConclusion, HOA_AN, QUANG_UYEN, THUC_PHAN, TRA_LINH } from './demo-model.js';

const PPC = 'Ban Chấp hành Đảng bộ tỉnh';

export const PARTY_CONCLUSION_02: DemoConclusion = {
  issuerUnit: '04',
  issuerName: PPC,
  kind: 'conclusion_notice',
  number: '02-KL/TU',
  issuedOn: '2025-10-20',
  title: 'Kết luận Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XX về 11 nhóm nhiệm vụ trọng tâm',
  summary:
    'Các cấp ủy, tổ chức đảng, chính quyền, các sở, ngành và các xã, phường tập trung thực hiện 11 nhóm nhiệm vụ ' +
    'trọng tâm; cơ quan chủ trì báo cáo tiến độ định kỳ về Văn phòng Tỉnh ủy. (Nội dung các nhóm là dữ liệu mẫu.)',
  fromMeeting: true,
  signerName: 'Nông Văn Bình (dữ liệu mẫu)',
  reviewer: 'Lý Thị Hương (Chánh Văn phòng Tỉnh ủy)',
  tasks: [
    {
      title: 'Nhóm 1: Tháo gỡ điểm nghẽn giải ngân vốn đầu tư công',
      content:
        'Rà soát từng dự án chậm giải ngân, điều chuyển vốn từ dự án không có khả năng giải ngân; báo cáo hằng tháng.',
      lead: 'Sở Tài chính',
      coordinators: ['Sở Xây dựng'],
      deadline: '2025-12-31',
      priority: 'urgent',
      expectedOutput: 'Kế hoạch điều chuyển vốn và báo cáo giải ngân hằng tháng',
      steps: [
        { do: 'accept', on: '2025-10-22' },
        {
          do: 'progress',
          on: '2025-11-20',
          percent: 40,
          text: 'Đã rà soát 100% dự án; đề xuất điều chuyển vốn của 12 dự án.',
        },
        {
          do: 'extend',
          on: '2025-12-22',
          to: '2026-01-31',
          reason: 'Chờ HĐND tỉnh thông qua điều chỉnh kế hoạch vốn tại kỳ họp cuối năm.',
          decided: { on: '2025-12-24', grant: true, note: 'Đồng ý gia hạn đến 31/01/2026.' },
        },
        {
          do: 'progress',
          on: '2026-01-15',
          percent: 85,
          text: 'HĐND tỉnh đã thông qua điều chỉnh; đang hoàn thiện báo cáo.',
        },
        {
          do: 'complete',
          on: '2026-01-28',
          text: 'Đã hoàn thành điều chuyển vốn; kèm báo cáo kết quả giải ngân năm 2025.',
          attachment: 'Báo cáo giải ngân năm 2025',
        },
        { do: 'confirm', on: '2026-02-03' },
      ],
    },
    {
      title: 'Nhóm 2: Giải phóng mặt bằng các dự án cao tốc',
      content:
        'Hoàn thành giải phóng mặt bằng cao tốc Đồng Đăng – Trà Lĩnh (giai đoạn 1, giai đoạn 2) và Bắc Kạn – Cao Bằng.',
      lead: 'Sở Xây dựng',
      coordinators: ['Sở Nông nghiệp và Môi trường', { commune: TRA_LINH, kind: 'people_committee' }],
      deadline: '2026-06-30',
      priority: 'urgent',
      expectedOutput: 'Mặt bằng sạch bàn giao cho nhà đầu tư',
      steps: [
        { do: 'accept', on: '2025-10-23' },
        {
          do: 'progress',
          on: '2026-01-30',
          percent: 35,
          text: 'Đã bàn giao 35% diện tích; vướng mắc tại khu tái định cư.',
        },
        { do: 'progress', on: '2026-05-29', percent: 60, text: 'Đã bàn giao 60% diện tích.' },
        {
          do: 'progress',
          on: '2026-10-15',
          percent: 70,
          text: 'Đã bàn giao 70% diện tích; còn 46 hộ chưa nhận tiền bồi thường.',
        },
        {
          do: 'extend',
          on: '2026-11-16',
          to: '2026-12-31',
          reason: 'Còn 46 hộ chưa đồng thuận phương án bồi thường; cần thêm thời gian vận động.',
        },
      ],
    },
    {
      title: 'Nhóm 3: Tăng thu ngân sách nhà nước',
      content: 'Phấn đấu thu ngân sách năm 2025 vượt dự toán; chống thất thu, xử lý nợ đọng thuế.',
      lead: 'Sở Tài chính',
      deadline: '2025-12-31',
      priority: 'high',
      expectedOutput: 'Báo cáo kết quả thu ngân sách năm 2025',
      steps: [
        { do: 'accept', on: '2025-10-21' },
        {
          do: 'progress',
          on: '2025-11-28',
          percent: 80,
          text: 'Thu ngân sách đạt 88% dự toán HĐND tỉnh giao.',
        },
        {
          do: 'complete',
          on: '2025-12-26',
          text: 'Thu ngân sách năm 2025 vượt dự toán.',
          attachment: 'Báo cáo thu ngân sách năm 2025',
        },
        { do: 'confirm', on: '2025-12-30' },
      ],
    },
    {
      title: 'Nhóm 4: Phát triển kinh tế cửa khẩu, xuất nhập khẩu',
      content: 'Duy trì tăng trưởng kim ngạch xuất nhập khẩu; hoàn thiện hạ tầng logistics tại các cửa khẩu.',
      lead: 'Sở Công Thương',
      deadline: '2026-03-31',
      priority: 'high',
      expectedOutput: 'Đề án phát triển kinh tế cửa khẩu giai đoạn 2026–2030',
      steps: [
        { do: 'accept', on: '2025-10-27' },
        {
          do: 'progress',
          on: '2026-02-27',
          percent: 60,
          text: 'Đã lấy ý kiến các sở, ngành về dự thảo Đề án.',
        },
        { do: 'complete', on: '2026-04-21', text: 'Đã trình UBND tỉnh Đề án phát triển kinh tế cửa khẩu.' },
        { do: 'confirm', on: '2026-04-24' },
      ],
    },
    {
      title: 'Nhóm 5: Phát triển du lịch',
      content:
        'Khai thác đà tăng trưởng du lịch (khách tăng 59,4%, doanh thu tăng 104% trong 9 tháng); quảng bá điểm đến.',
      lead: 'Sở Văn hóa, Thể thao và Du lịch',
      deadline: '2026-06-30',
      priority: 'normal',
      expectedOutput: 'Kế hoạch phát triển du lịch năm 2026',
      steps: [
        { do: 'accept', on: '2025-10-24' },
        {
          do: 'progress',
          on: '2026-03-31',
          percent: 50,
          text: 'Ban hành Kế hoạch; tổ chức 3 sự kiện xúc tiến.',
        },
        { do: 'complete', on: '2026-06-15', text: 'Hoàn thành các nội dung của Kế hoạch 6 tháng đầu năm.' },
        { do: 'confirm', on: '2026-06-19' },
      ],
    },
    {
      title: 'Nhóm 6: Cải cách thủ tục hành chính, vận hành chính quyền hai cấp',
      content:
        'Duy trì tỷ lệ giải quyết đúng hạn cấp xã trên 99%; rà soát, chuẩn hóa 2.100 thủ tục hành chính đã công bố.',
      lead: 'Văn phòng Ủy ban nhân dân tỉnh',
      coordinators: ['Sở Nội vụ', 'Sở Tư pháp'],
      deadline: '2026-11-26',
      priority: 'high',
      expectedOutput: 'Báo cáo rà soát thủ tục hành chính và phương án đơn giản hóa',
      steps: [
        { do: 'accept', on: '2025-10-22' },
        { do: 'progress', on: '2026-04-10', percent: 40, text: 'Đã rà soát 840/2.100 thủ tục.' },
        {
          do: 'progress',
          on: '2026-10-30',
          percent: 80,
          text: 'Đã rà soát 1.700/2.100 thủ tục; dự thảo phương án đơn giản hóa.',
        },
      ],
    },
    {
      title: 'Nhóm 7: Sắp xếp tổ chức bộ máy, vị trí việc làm cấp xã',
      content:
        'Hoàn thiện đề án vị trí việc làm của 56 xã, phường; bố trí cán bộ, công chức theo mô hình hai cấp.',
      lead: 'Sở Nội vụ',
      deadline: '2026-09-30',
      priority: 'high',
      expectedOutput: 'Quyết định phê duyệt vị trí việc làm của 56 xã, phường',
      steps: [
        { do: 'accept', on: '2025-10-23' },
        { do: 'progress', on: '2026-05-15', percent: 55, text: 'Đã thẩm định đề án của 31/56 xã, phường.' },
        {
          do: 'complete',
          on: '2026-09-28',
          text: 'Đã trình phê duyệt đề án vị trí việc làm của 56/56 xã, phường.',
        },
      ],
    },
    {
      title: 'Nhóm 8: Chuyển đổi số, chính quyền số',
      content:
        'Hoàn thành các cơ sở dữ liệu dùng chung; 100% hồ sơ công việc cấp tỉnh, cấp xã xử lý trên môi trường điện tử.',
      lead: 'Sở Khoa học và Công nghệ',
      deadline: '2026-10-30',
      priority: 'normal',
      expectedOutput: 'Báo cáo kết quả chuyển đổi số năm 2026',
      steps: [],
    },
    {
      title: 'Nhóm 9: Nông nghiệp, nông thôn mới và bảo vệ môi trường',
      content:
        'Phát triển vùng nguyên liệu; giữ vững các tiêu chí nông thôn mới sau sắp xếp đơn vị hành chính.',
      lead: 'Sở Nông nghiệp và Môi trường',
      deadline: '2026-12-31',
      priority: 'normal',
      expectedOutput: 'Báo cáo đánh giá tiêu chí nông thôn mới sau sắp xếp',
      steps: [
        { do: 'accept', on: '2025-10-27' },
        { do: 'progress', on: '2026-09-30', percent: 40, text: 'Đã đánh giá lại tiêu chí tại 22/53 xã.' },
      ],
    },
    {
      title: 'Nhóm 10: Y tế, giáo dục và an sinh xã hội',
      content:
        'Bảo đảm hoạt động của trạm y tế và trường học sau sắp xếp; chăm lo đời sống người dân vùng khó khăn.',
      lead: 'Sở Y tế',
      coordinators: ['Sở Giáo dục và Đào tạo'],
      deadline: '2026-08-31',
      priority: 'normal',
      expectedOutput: 'Báo cáo rà soát mạng lưới y tế, trường học cấp xã',
      steps: [
        { do: 'accept', on: '2025-10-28' },
        { do: 'progress', on: '2026-05-29', percent: 60, text: 'Đã rà soát 56 trạm y tế xã, phường.' },
        { do: 'complete', on: '2026-08-25', text: 'Hoàn thành báo cáo rà soát mạng lưới y tế.' },
        {
          do: 'reopen',
          on: '2026-09-03',
          note: 'Báo cáo chưa có phần mạng lưới trường học; đề nghị bổ sung.',
        },
        {
          do: 'progress',
          on: '2026-10-20',
          percent: 90,
          text: 'Đang tổng hợp số liệu trường học từ Sở Giáo dục và Đào tạo.',
        },
      ],
    },
    {
      title: 'Nhóm 11: Kiểm tra, giám sát; tiếp công dân, giải quyết khiếu nại, tố cáo',
      content:
        'Giải quyết dứt điểm các vụ việc khiếu nại, tố cáo tồn đọng liên quan đến bồi thường, giải phóng mặt bằng.',
      lead: 'Thanh tra tỉnh',
      deadline: '2026-12-15',
      priority: 'normal',
      expectedOutput: 'Báo cáo kết quả giải quyết khiếu nại, tố cáo tồn đọng',
      steps: [
        { do: 'accept', on: '2025-10-29' },
        { do: 'progress', on: '2026-07-15', percent: 50, text: 'Đã giải quyết 14/27 vụ việc tồn đọng.' },
      ],
    },
    {
      title: 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại phường',
      content: 'Số hóa 100% hồ sơ, kết quả giải quyết thủ tục hành chính tiếp nhận từ ngày 1/7/2025.',
      lead: { commune: THUC_PHAN, kind: 'people_committee' },
      deadline: '2026-11-30',
      priority: 'normal',
      expectedOutput: 'Kho dữ liệu số hóa hồ sơ của phường',
      steps: [
        { do: 'accept', on: '2025-10-24' },
        { do: 'progress', on: '2026-08-31', percent: 50, text: 'Đã số hóa 50% hồ sơ.' },
      ],
    },
    {
      title: 'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn phường',
      content: 'Rà soát, cập nhật danh sách hộ nghèo, hộ cận nghèo năm 2026 sau sắp xếp đơn vị hành chính.',
      lead: { commune: THUC_PHAN, kind: 'people_committee' },
      deadline: '2026-11-25',
      priority: 'high',
      expectedOutput: 'Danh sách hộ nghèo, hộ cận nghèo năm 2026',
      steps: [],
    },
    {
      title: 'Hoàn thiện quy hoạch sử dụng đất cấp xã',
      content: 'Rà soát, hoàn thiện quy hoạch sử dụng đất của xã sau sắp xếp.',
      lead: { commune: HOA_AN, kind: 'people_committee' },
      deadline: '2026-05-29',
      priority: 'normal',
      expectedOutput: 'Hồ sơ quy hoạch sử dụng đất trình thẩm định',
      steps: [
        { do: 'accept', on: '2025-10-27' },
        {
          do: 'progress',
          on: '2026-03-16',
          percent: 60,
          text: 'Đã lấy ý kiến nhân dân về phương án quy hoạch.',
        },
        { do: 'complete', on: '2026-05-20', text: 'Đã trình thẩm định hồ sơ quy hoạch.' },
        { do: 'confirm', on: '2026-05-26' },
      ],
    },
    {
      title: 'Phối hợp bàn giao mặt bằng cao tốc Đồng Đăng – Trà Lĩnh trên địa bàn xã',
      content: 'Vận động người dân, kiểm đếm và bàn giao mặt bằng đoạn tuyến qua địa bàn xã.',
      lead: { commune: TRA_LINH, kind: 'people_committee' },
      deadline: '2026-03-31',
      priority: 'urgent',
      expectedOutput: 'Biên bản bàn giao mặt bằng',
      steps: [
        { do: 'accept', on: '2025-10-22' },
        {
          do: 'progress',
          on: '2026-02-27',
          percent: 70,
          text: 'Đã kiểm đếm 100% hộ; bàn giao 70% diện tích.',
        },
        { do: 'complete', on: '2026-05-05', text: 'Đã bàn giao toàn bộ mặt bằng đoạn qua xã.' },
        { do: 'confirm', on: '2026-05-11' },
      ],
    },
    {
      title: 'Kiện toàn bộ phận một cửa cấp xã',
      content:
        'Bố trí đủ công chức tại Trung tâm Phục vụ hành chính công xã; niêm yết đầy đủ thủ tục hành chính.',
      lead: { commune: QUANG_UYEN, kind: 'people_committee' },
      deadline: '2026-11-16',
      priority: 'normal',
      expectedOutput: 'Quyết định kiện toàn và báo cáo kết quả',
      steps: [],
    },
  ],
};
