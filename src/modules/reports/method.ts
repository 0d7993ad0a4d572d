/**
 * Phương pháp tính — the method published with every report (issue 7 §1): what each figure counts, on which
 * day, under which rule, with its source. Vietnamese first, English beside it.
 */
export interface MethodLine {
  key: string;
  vi: string;
  en: string;
  /** The legal or technical basis, in Vietnamese and in English. */
  source: string;
  sourceEn: string;
}

export const SERVICE_METHOD: MethodLine[] = [
  {
    key: 'scope',
    vi: 'Hồ sơ của đơn vị và các đơn vị trực thuộc (tỉnh: các sở, ngành và xã, phường, đặc khu), theo cơ quan có thẩm quyền giải quyết; ngày tính theo giờ Việt Nam (UTC+7).',
    en: 'Dossiers of the unit and its sub-units (a province: its departments and communes), by the competent agency; days in Vietnam time (UTC+7).',
    source: 'Nghị định 118/2025/NĐ-CP; Quyết định 19/2025/QĐ-TTg',
    sourceEn: 'Decree 118/2025; Decision 19/2025/QĐ-TTg',
  },
  {
    key: 'levels',
    vi: 'Theo cấp: cấp xã = tổng của mọi xã, phường, đặc khu của tỉnh (kể cả đơn vị không có hồ sơ); đặc khu = tổng của các đặc khu; cơ quan cấp tỉnh = hồ sơ do các sở, ngành, cơ quan cấp tỉnh giải quyết. Tỷ lệ của một cấp tính từ tổng số hồ sơ của cấp đó, không phải trung bình các tỷ lệ.',
    en: 'By level: communes = all the province’s communes, wards and special zones together (also those with no dossier); special zones = the special zones together; province-level agencies = dossiers resolved by the departments and other province-level agencies. A level’s rate is computed from the level’s summed dossiers, not averaged over units.',
    source: 'Luật Tổ chức chính quyền địa phương 72/2025/QH15, Điều 2; Quyết định 19/2025/QĐ-TTg',
    sourceEn: 'Law 72/2025/QH15 on local government art. 2; Decision 19/2025/QĐ-TTg',
  },
  {
    key: 'received',
    vi: 'Tiếp nhận: hồ sơ có giấy tiếp nhận (Mẫu 01) trong kỳ, theo ngày tiếp nhận.',
    en: 'Received: dossiers given a receipt (Form 01) in the period, by receipt day.',
    source: 'Nghị định 61/2018/NĐ-CP, Điều 17',
    sourceEn: 'Decree 61/2018 art. 17',
  },
  {
    key: 'resolved',
    vi: 'Đã giải quyết: hồ sơ kết thúc xử lý trong kỳ (phê duyệt kết quả, từ chối, dừng, rút), theo ngày kết thúc.',
    en: 'Resolved: dossiers whose processing ended in the period (approved, refused, stopped, withdrawn), by finish day.',
    source: 'Cách tính của Cổng DVCQG (ngày kết thúc xử lý)',
    sourceEn: 'The national portal’s rule (end of processing)',
  },
  {
    key: 'inProgress',
    vi: 'Đang giải quyết cuối kỳ: tổng tiếp nhận − tổng đã giải quyết đến hết ngày cuối kỳ.',
    en: 'In progress at the end: all received − all resolved up to the last day of the period.',
    source: '—',
    sourceEn: '—',
  },
  {
    key: 'portal',
    vi: 'Đúng hạn theo Cổng DVCQG: (thời điểm kết thúc − thời gian chờ bổ sung) ≤ ngày hẹn trả; yêu cầu bổ sung quá 1 lần là quá hạn; trước hạn khi kết thúc trước ngày hẹn trả. Tỷ lệ = (trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết được đo.',
    en: 'On time, portal rule: (end − supplement waiting) ≤ appointment; more than one supplement request is late; early when it ends before the appointment day. Rate = (early + on time) ÷ resolved dossiers measured.',
    source: 'Văn phòng Chính phủ, “Mô tả công thức tính chỉ số 766”',
    sourceEn: 'Government Office, “Description of the formulas of the 766 index”',
  },
  {
    key: 'indicator',
    vi: 'Đúng hạn theo Chỉ số 1 Thông tư 01/2018: thời gian giải quyết so với thời hạn theo quy định (trước hạn 2 điểm, đúng hạn 1, quá hạn 0); gia hạn không làm hồ sơ trễ thành đúng hạn.',
    en: 'On time, Circular 01/2018 indicator 1: time taken against the statutory limit (early 2, on time 1, late 0); an extension does not make a late dossier on time.',
    source: 'Thông tư 01/2018/TT-VPCP, Điều 13; Nghị định 61/2018/NĐ-CP, Điều 19 khoản 4',
    sourceEn: 'Circular 01/2018/TT-VPCP art. 13; Decree 61/2018 art. 19(4)',
  },
  {
    key: 'channels',
    vi: 'Tỷ lệ trực tuyến / trực tiếp / bưu chính = hồ sơ tiếp nhận theo kênh ÷ hồ sơ tiếp nhận.',
    en: 'Online / counter / post share = dossiers received by channel ÷ dossiers received.',
    source: 'Nghị định 61/2018/NĐ-CP, Điều 16',
    sourceEn: 'Decree 61/2018 art. 16',
  },
  {
    key: 'postalReturn',
    vi: 'Trả kết quả qua bưu chính công ích = kết quả trả qua bưu chính ÷ kết quả đã trả, theo ngày trả.',
    en: 'Results returned by public post ÷ results returned, by return day.',
    source: 'Quyết định 45/2016/QĐ-TTg',
    sourceEn: 'Decision 45/2016/QĐ-TTg',
  },
  {
    key: 'eResult',
    vi: 'Cấp kết quả điện tử = hồ sơ được phê duyệt có kết quả điện tử ÷ hồ sơ được phê duyệt.',
    en: 'E-result = approved dossiers with an electronic result ÷ approved dossiers.',
    source: 'Nghị định 45/2020/NĐ-CP; Quyết định 766/QĐ-TTg, chỉ số 4.1',
    sourceEn: 'Decree 45/2020; Decision 766 sub-indicator 4.1',
  },
  {
    key: 'paidOnline',
    vi: 'Thanh toán trực tuyến = hồ sơ có phí, lệ phí đã thanh toán trực tuyến ÷ hồ sơ tiếp nhận có phí, lệ phí.',
    en: 'Paid online = fee-bearing dossiers paid online ÷ fee-bearing dossiers received.',
    source: 'Nghị định 61/2018/NĐ-CP, Điều 22; Quyết định 766/QĐ-TTg, chỉ số 3.6',
    sourceEn: 'Decree 61/2018 art. 22; Decision 766 sub-indicator 3.6',
  },
  {
    key: 'satisfaction',
    vi: 'Đánh giá không có tiêu chí 0 điểm (khác chỉ số 5.4 “Hài lòng trong tiếp nhận, giải quyết” của Bộ chỉ số 766) = đánh giá không có chỉ số nào 0 điểm ÷ số đánh giá, theo ngày đánh giá. Điểm từng chỉ số = tổng điểm ÷ số hồ sơ được đánh giá, trong đó chỉ số 1 (thời gian) lấy theo đồng hồ của hồ sơ (trước hạn 2, đúng hạn 1, quá hạn 0), không theo điểm người dân tự chấm; cơ quan: ≥ 15 xuất sắc, 12–<15 tốt, 9–<12 khá, 6–<9 trung bình, < 6 yếu; cán bộ (chỉ số 1, 2, 3, 7 [L]): ≥ 5 hoàn thành 100%, 3,5–<5 hoàn thành 70–<100%, < 3,5 dưới 70%.',
    en: 'Ratings with no indicator at 0 (not the 766 sub-indicator 5.4 “satisfaction in reception and resolution”) = ratings with no indicator at 0 ÷ ratings, by rating day. Each indicator = points ÷ rated dossiers, indicator 1 (time) from the dossier’s clock (early 2, on time 1, late 0), not the score the citizen typed; agency: ≥ 15 excellent, 12–<15 good, 9–<12 fair, 6–<9 average, < 6 weak; staff (indicators 1, 2, 3, 7 [L]): ≥ 5 100% of tasks, 3.5–<5 70–<100%, < 3.5 below 70%.',
    source: 'Thông tư 01/2018/TT-VPCP, Điều 12–15; Nghị định 61/2018/NĐ-CP, Điều 31',
    sourceEn: 'Circular 01/2018/TT-VPCP arts. 12–15; Decree 61/2018 art. 31',
  },
  {
    key: 'averageTime',
    vi: 'Thời gian giải quyết trung bình = Σ (kết thúc − tiếp nhận − thời gian chờ bổ sung) ÷ hồ sơ đã giải quyết, tính bằng ngày lịch.',
    en: 'Average resolution time = Σ (finish − receipt − supplement waiting) ÷ resolved dossiers, in calendar days.',
    source: 'Quyết định 766/QĐ-TTg, chỉ số 2.2 (chỉ hiển thị)',
    sourceEn: 'Decision 766 sub-indicator 2.2 (display only)',
  },
  {
    key: 'freshness',
    vi: 'Số liệu tổng hợp tăng dần từ nhật ký chuyển trạng thái hồ sơ, cập nhật trước mỗi lần xem báo cáo; tỷ lệ tính khi đọc, không làm tròn khi lưu.',
    en: 'Aggregates maintained incrementally from the dossiers’ transition log, brought up to date before each report; rates computed when read, never stored rounded.',
    source: 'Thiết kế tổng hợp số liệu (ADR 0012)',
    sourceEn: 'Aggregates design (ADR 0012)',
  },
];

export const SCORECARD_METHOD: MethodLine[] = [
  {
    key: 'groups',
    vi: 'Bộ chỉ số 766 theo cách Cổng DVCQG trình bày: 6 nhóm, 100 điểm.',
    en: 'The Decision 766 index as the national portal presents it: 6 groups, 100 points.',
    source: 'Quyết định 766/QĐ-TTg',
    sourceEn: 'Decision 766/QĐ-TTg',
  },
  {
    key: 'scoring',
    vi: 'Chỉ số có ngưỡng: đạt ngưỡng được đủ điểm, chưa đạt = tỷ lệ × điểm tối đa ÷ ngưỡng; chỉ số không có ngưỡng: tỷ lệ × điểm tối đa [L].',
    en: 'With a threshold: at or above it full points, below it ratio × max ÷ threshold; without one: ratio × max [L].',
    source: 'Văn phòng Chính phủ, “Mô tả công thức tính chỉ số 766”',
    sourceEn: 'Government Office, “Description of the formulas of the 766 index”',
  },
  {
    key: 'noData',
    vi: 'Chỉ số tinhso không có dữ liệu (công khai trên CSDLQG, đồng bộ Cổng DVCQG, số hóa …) ghi “Không có số liệu” kèm lý do và không tính vào tổng; xếp loại theo tỷ lệ điểm đạt trên số điểm có dữ liệu (ngưỡng xếp loại chưa được công bố [?]: ≥ 90 xuất sắc, ≥ 80 tốt, ≥ 65 khá, ≥ 50 trung bình).',
    en: 'Sub-indicators tinhso has no data for (CSDLQG publication, portal synchronisation, digitisation …) show “No data” with the reason and are left out of the total; the rating applies to the share of attainable points (cut-offs unpublished [?]: ≥ 90 excellent, ≥ 80 good, ≥ 65 fair, ≥ 50 average).',
    source: 'Quyết định 766/QĐ-TTg; Cổng DVCQG',
    sourceEn: 'Decision 766/QĐ-TTg; the national portal',
  },
  {
    key: 'feedback',
    vi: 'Chỉ số 5.2, 5.3 lấy từ báo cáo phản ánh, kiến nghị của tỉnh (phân hệ feedback).',
    en: 'Sub-indicators 5.2 and 5.3 come from the province’s feedback report (feedback module).',
    source: 'Quyết định 766/QĐ-TTg; Cổng DVCQG',
    sourceEn: 'Decision 766/QĐ-TTg; the national portal',
  },
];
