/**
 * The demo meeting (issue 8 §6; domain/SEED-FIGURES.md, Cao Bằng): the 2nd conference of the 20th Provincial
 * Party Committee, October 2025 — the 9-month figures heard, the Working Regulations 2025–2030 and the resolution
 * dividing tasks among Standing Committee members approved, the 11 key task groups concluded. The report gives
 * the month, not the day; the day, the references and every name are illustrative ("dữ liệu mẫu").
 */
export const DEMO_MEETING = {
  unitCode: '04',
  bodyKind: 'party_committee' as const,
  bodyName: 'Ban Chấp hành Đảng bộ tỉnh Cao Bằng khóa XX',
  title: 'Hội nghị lần thứ hai Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025–2030',
  startsAt: '2025-10-16T08:00:00+07:00',
  location: 'Hội trường Tỉnh ủy Cao Bằng',
  chairName: 'Nông Văn Bình (Bí thư Tỉnh ủy, dữ liệu mẫu)',
  minutes:
    'Hội nghị nghe báo cáo tình hình kinh tế – xã hội 9 tháng năm 2025: tăng trưởng GRDP 6,52%; kim ngạch xuất nhập ' +
    'khẩu trên 1.299 triệu USD (tăng 77% so với cùng kỳ); thu ngân sách đến ngày 12/10/2025 trên 3.312 tỷ đồng ' +
    '(69% dự toán trung ương giao, 59% dự toán HĐND tỉnh giao); lượt khách du lịch tăng 59,4%, doanh thu du lịch tăng ' +
    '104%. Từ ngày 1/7/2025 tỉnh có 56 đơn vị hành chính cấp xã (53 xã, 3 phường); 2.100 thủ tục hành chính được ' +
    'công bố, áp dụng; tỷ lệ giải quyết đúng hạn ở cấp xã trên 99%. Giải ngân vốn đầu tư công là điểm nghẽn lớn ' +
    'nhất; giải phóng mặt bằng các dự án cao tốc Đồng Đăng – Trà Lĩnh (giai đoạn 1, giai đoạn 2) và Bắc Kạn – Cao ' +
    'Bằng còn chậm. Hội nghị biểu quyết nhất trí thông qua Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ ' +
    '2025–2030 và Nghị quyết phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy. Đồng chí Bí thư Tỉnh ủy ' +
    'kết luận, yêu cầu các cấp, các ngành tập trung thực hiện 11 nhóm nhiệm vụ trọng tâm.',
  agenda: [
    {
      title: 'Báo cáo tình hình kinh tế – xã hội 9 tháng, nhiệm vụ trọng tâm những tháng cuối năm 2025',
      presenter: 'Ban cán sự đảng UBND tỉnh',
    },
    {
      title: 'Dự thảo Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025–2030',
      presenter: 'Văn phòng Tỉnh ủy',
    },
    {
      title: 'Dự thảo Nghị quyết phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
      presenter: 'Ban Tổ chức Tỉnh ủy',
    },
    {
      title: 'Phát biểu kết luận Hội nghị: 11 nhóm nhiệm vụ trọng tâm',
      presenter: 'Đồng chí Bí thư Tỉnh ủy',
    },
  ],
  participants: [
    {
      name: 'Nông Văn Bình',
      title: 'Bí thư Tỉnh ủy (dữ liệu mẫu)',
      role: 'chair' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Hoàng Văn Thạch',
      title: 'Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Lương Thị Hạnh',
      title: 'Phó Bí thư Thường trực Tỉnh ủy (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Đinh Văn Toàn',
      title: 'Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Tỉnh ủy (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Hà Thị Nga',
      title: 'Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Triệu Văn Khánh',
      title: 'Tỉnh ủy viên, Giám đốc Sở Tài chính (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Mông Thị Xuân',
      title: 'Tỉnh ủy viên, Giám đốc Sở Nội vụ (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'present' as const,
    },
    {
      name: 'La Văn Hùng',
      title: 'Tỉnh ủy viên, Bí thư Đảng ủy phường Thục Phán (dữ liệu mẫu)',
      role: 'member' as const,
      attendance: 'excused' as const,
    },
    {
      name: 'Lý Thị Hương',
      title: 'Chánh Văn phòng Tỉnh ủy (dữ liệu mẫu)',
      role: 'secretary' as const,
      attendance: 'present' as const,
    },
    {
      name: 'Vi Văn Lâm',
      title: 'Giám đốc Sở Xây dựng (dữ liệu mẫu)',
      role: 'invited' as const,
      attendance: 'present' as const,
    },
  ],
  documents: [
    {
      kind: 'report' as const,
      title: 'Báo cáo tình hình kinh tế – xã hội 9 tháng năm 2025',
      reference: 'BC-UBND-2025-09 (dữ liệu mẫu)',
    },
    {
      kind: 'draft' as const,
      title: 'Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX, nhiệm kỳ 2025–2030',
      outcome: 'approved' as const,
      outcomeNote: 'Biểu quyết nhất trí thông qua',
    },
    {
      kind: 'draft' as const,
      title: 'Nghị quyết phân công nhiệm vụ các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy',
      outcome: 'approved' as const,
      outcomeNote: 'Biểu quyết nhất trí thông qua',
    },
    { kind: 'minutes' as const, title: 'Biên bản Hội nghị lần thứ hai', reference: 'BB-TU-02 (dữ liệu mẫu)' },
  ],
};
