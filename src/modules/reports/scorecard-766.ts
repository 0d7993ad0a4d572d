/**
 * Bộ chỉ số 766 — Decision 766/QĐ-TTg (23/6/2022) as the National Public Service Portal presents it: six groups,
 * 100 points (RULES.md §2). The definition is data: codes, points, formulas and thresholds as transcribed from
 * VPCP's "Mô tả công thức tính chỉ số 766"; `source: 'none'` marks what tinhso cannot know (publication on the
 * national database, synchronisation, digitised components …): shown as "no data", left out of the total.
 *
 * Scoring (RULES.md §2): with a threshold, ratio ≥ threshold → full points, else ratio × max ÷ threshold [H];
 * without one, ratio × max [L]. The rating bands' cut-offs are not published [?]: they apply to the total as a
 * share of the points tinhso could score, and are data here.
 */

export type SubIndicatorSource =
  | 'on_time'
  | 'average_time'
  | 'online_share'
  | 'paid_online'
  | 'e_result'
  | 'dossier_satisfaction'
  | 'feedback_5_2'
  | 'feedback_5_3'
  | 'none';

export interface SubIndicatorDefinition {
  code: string;
  portalCode: string;
  name: string;
  nameEn: string;
  points: number;
  /** Full marks at this ratio (0–1), or null: score = ratio × points. */
  threshold: number | null;
  /** The formula in Vietnamese, and in English. */
  formula: string;
  formulaEn: string;
  /** ratio: a share (0–1) shown as a percent; days: an average in days (2.2), shown as days. */
  display: 'ratio' | 'days';
  source: SubIndicatorSource;
  /** Why tinhso has no data, or how its figure differs from the portal's (Vietnamese, English). */
  note?: string;
  noteEn?: string;
}

export interface GroupDefinition {
  key: string;
  name: string;
  nameEn: string;
  points: number;
  items: SubIndicatorDefinition[];
}

const NOT_KNOWN =
  'tinhso không lưu số liệu này: số liệu được ghi nhận trên hệ thống quốc gia (CSDLQG, Cổng DVCQG).';
const NOT_KNOWN_EN =
  'tinhso does not hold this: it is recorded on the national systems (CSDLQG / the portal).';

export const SCORECARD_766: GroupDefinition[] = [
  {
    key: 'transparency',
    name: 'Công khai, minh bạch',
    nameEn: 'Transparency',
    points: 18,
    items: [
      {
        code: '1.1',
        portalCode: 'PUBLISH_ON_TIME',
        name: 'TTHC công bố đúng hạn',
        nameEn: 'Procedures published on time',
        points: 6,
        threshold: null,
        formula:
          'TTHC có quyết định công bố ban hành ≤ ngày hiệu lực của văn bản quy định − 5 ngày làm việc ÷ TTHC công bố trong kỳ',
        formulaEn:
          'Procedures whose publication decision is dated ≤ effective date − 5 working days ÷ procedures published in the period',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '1.2',
        portalCode: 'PUBLIC_UPDATE_ON_TIME',
        name: 'Công khai TTHC đúng hạn',
        nameEn: 'Published on the national database on time',
        points: 4,
        threshold: null,
        formula: 'TTHC công khai trên CSDLQG ≤ 5 ngày làm việc sau quyết định công bố ÷ TTHC phải công khai',
        formulaEn:
          'Published on CSDLQG ≤ 5 working days after the publication decision ÷ procedures to publish',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '1.3',
        portalCode: 'PUBLIC_CONTENT_FULL',
        name: 'Công khai đầy đủ nội dung',
        nameEn: 'Complete content',
        points: 2,
        threshold: null,
        formula:
          'TTHC công khai đủ các bộ phận theo khoản 2 Điều 8 Nghị định 63/2010/NĐ-CP ÷ TTHC đã công bố',
        formulaEn: 'Procedures with every component of Decree 63/2010 art. 8(2) ÷ published procedures',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '1.4',
        portalCode: 'DOSSIER_SYNC',
        name: 'Đồng bộ hồ sơ lên Cổng DVCQG',
        nameEn: 'Dossiers synchronised to the national portal',
        points: 6,
        threshold: null,
        formula: 'Hồ sơ tiếp nhận đã đồng bộ ÷ max(hồ sơ theo Hệ thống báo cáo quốc gia, theo Cổng DVCQG)',
        formulaEn: 'Synced dossiers received ÷ max(dossiers per BCQG, per the portal)',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
    ],
  },
  {
    key: 'progress',
    name: 'Tiến độ, kết quả giải quyết',
    nameEn: 'Progress and results',
    points: 20,
    items: [
      {
        code: '2.1',
        portalCode: 'dvc-progress-tree',
        name: 'Hồ sơ giải quyết trước hạn, đúng hạn',
        nameEn: 'Dossiers resolved early or on time',
        points: 20,
        threshold: null,
        formula: '(trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết trong kỳ, theo cách tính của Cổng DVCQG',
        formulaEn: '(early + on time) ÷ dossiers resolved in the period, by the national portal’s rule',
        source: 'on_time',
        display: 'ratio',
        note: 'Hồ sơ còn đang giải quyết cuối kỳ chưa được đo.',
        noteEn: 'Dossiers still in progress at the end of the period are not measured.',
      },
      {
        code: '2.2',
        portalCode: 'dvc-progress-tree',
        name: 'Thời gian giải quyết trung bình',
        nameEn: 'Average resolution time',
        points: 0,
        threshold: null,
        formula:
          'Σ (kết thúc − tiếp nhận − thời gian chờ bổ sung) ÷ hồ sơ đã giải quyết, tính bằng ngày; chỉ hiển thị, không tính điểm',
        formulaEn: 'Σ (finish − receipt − supplement waiting) ÷ dossiers resolved, in days; display only',
        source: 'average_time',
        display: 'days',
      },
    ],
  },
  {
    key: 'online',
    name: 'Cung cấp dịch vụ trực tuyến',
    nameEn: 'Online services',
    points: 12,
    items: [
      {
        code: '3.1',
        portalCode: 'provide-online-tree',
        name: 'Tỷ lệ TTHC cung cấp DVC trực tuyến',
        nameEn: 'Procedures offered online',
        points: 6,
        threshold: 0.8,
        formula: 'TTHC có DVC trực tuyến (toàn trình hoặc một phần) ÷ TTHC thuộc thẩm quyền của đơn vị',
        formulaEn: 'Procedures with an online service (full or partial) ÷ procedures of the unit',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '3.3',
        portalCode: 'provide-online-tree',
        name: 'Tỷ lệ hồ sơ trực tuyến',
        nameEn: 'Dossiers received online',
        points: 6,
        threshold: 0.5,
        formula: 'Hồ sơ trực tuyến tiếp nhận ÷ hồ sơ tiếp nhận',
        formulaEn: 'Online dossiers received ÷ dossiers received',
        source: 'online_share',
        display: 'ratio',
        note: 'tinhso là hệ thống tiếp nhận: số liệu của chính hệ thống, không nhân hệ số đồng bộ của Cổng DVCQG.',
        noteEn:
          'tinhso is the receiving system: its own counts, without the portal’s synchronisation factor.',
      },
    ],
  },
  {
    key: 'payment',
    name: 'Thanh toán trực tuyến',
    nameEn: 'Online payment',
    points: 10,
    items: [
      {
        code: '3.5',
        portalCode: 'formality-online-payment-tree',
        name: 'TTHC tích hợp thanh toán trực tuyến',
        nameEn: 'Procedures with fees integrated for online payment',
        points: 2,
        threshold: 0.8,
        formula: 'TTHC đã đồng bộ dữ liệu phí, lệ phí ÷ TTHC có phí, lệ phí trên CSDLQG',
        formulaEn: 'Procedures with fee data synced ÷ procedures with a fee on CSDLQG',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '3.5b',
        portalCode: 'formality-online-payment-tree',
        name: 'TTHC có giao dịch thanh toán trực tuyến',
        nameEn: 'Procedures with an online payment',
        points: 2,
        threshold: null,
        formula: 'Chưa được công bố',
        formulaEn: 'Not published',
        source: 'none',
        display: 'ratio',
        note: 'Cổng DVCQG chưa công bố công thức.',
        noteEn: 'The portal’s formula is not published.',
      },
      {
        code: '3.6',
        portalCode: 'formality-online-payment-tree',
        name: 'Hồ sơ thanh toán trực tuyến',
        nameEn: 'Dossiers paid online',
        points: 6,
        threshold: null,
        formula: 'Hồ sơ thanh toán trực tuyến ÷ hồ sơ tiếp nhận có phí, lệ phí lớn hơn 0',
        formulaEn: 'Dossiers paid online ÷ dossiers received with a fee above 0',
        source: 'paid_online',
        display: 'ratio',
      },
    ],
  },
  {
    key: 'digitisation',
    name: 'Số hóa hồ sơ',
    nameEn: 'Digitisation',
    points: 22,
    items: [
      {
        code: '4.1',
        portalCode: 'ORIGINAL_RESULT_AVAILABLE',
        name: 'Cấp kết quả điện tử',
        nameEn: 'Electronic result issued',
        points: 6,
        threshold: null,
        formula: 'Hồ sơ được phê duyệt có kết quả điện tử ÷ hồ sơ được phê duyệt',
        formulaEn: 'Approved dossiers with an electronic result ÷ approved dossiers',
        source: 'e_result',
        display: 'ratio',
        note: 'Tính mọi hồ sơ được phê duyệt, không chỉ thủ tục có kết quả bản giấy.',
        noteEn: 'Every approved dossier counts, not only procedures with a paper result.',
      },
      {
        code: '4.2',
        portalCode: 'SO_HOA_GIAY_TO_GIAI_QUYET',
        name: 'Số hóa hồ sơ',
        nameEn: 'Digitised',
        points: 4,
        threshold: 0.8,
        formula: 'Hồ sơ có thành phần được số hóa và có kết quả điện tử ÷ hồ sơ',
        formulaEn: 'Dossiers with digitised components and an e-result ÷ dossiers',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '4.3',
        portalCode: 'REUSED_DIGITIZED_DATA',
        name: 'Tái sử dụng dữ liệu số hóa',
        nameEn: 'Reuse of digitised data',
        points: 2,
        threshold: 0.8,
        formula: 'Hồ sơ có thành phần tái sử dụng dữ liệu số hóa ÷ hồ sơ tiếp nhận',
        formulaEn: 'Dossiers with a reused component ÷ dossiers received',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '4.4',
        portalCode: 'SYNCED_WITH_DVCQG_PERSONAL_STORAGE',
        name: 'Kết nối kho dữ liệu cá nhân',
        nameEn: 'Linked to the citizen’s data store',
        points: 4,
        threshold: null,
        formula: 'Hồ sơ sử dụng hoặc đẩy kết quả vào kho dữ liệu cá nhân ÷ hồ sơ',
        formulaEn: 'Dossiers using or pushing to the citizen’s store ÷ dossiers',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '4.5a',
        portalCode: 'CITIZEN_DATA_CONNECTED_FORMALITY',
        name: 'TTHC kết nối CSDL dân cư',
        nameEn: 'Procedures using the population database',
        points: 2,
        threshold: null,
        formula: 'TTHC dùng tài khoản VNeID / dữ liệu dân cư ÷ TTHC dành cho công dân',
        formulaEn: 'Procedures using VNeID / population data ÷ procedures for citizens',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '4.5b',
        portalCode: 'CITIZEN_DATA_CONNECTED_DOSSIER',
        name: 'Hồ sơ kết nối CSDL dân cư',
        nameEn: 'Dossiers using the population database',
        points: 2,
        threshold: null,
        formula: 'Hồ sơ dùng tài khoản VNeID / dữ liệu dân cư ÷ hồ sơ',
        formulaEn: 'Dossiers using VNeID / population data ÷ dossiers',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
      {
        code: '4.6',
        portalCode: 'ELECTRONIC_CERTIFIED_COPY',
        name: 'Chứng thực bản sao điện tử',
        nameEn: 'Electronic certified copies',
        points: 2,
        threshold: null,
        formula: 'Chưa được công bố',
        formulaEn: 'Not published',
        source: 'none',
        display: 'ratio',
        note: NOT_KNOWN,
        noteEn: NOT_KNOWN_EN,
      },
    ],
  },
  {
    key: 'satisfaction',
    name: 'Mức độ hài lòng',
    nameEn: 'Satisfaction',
    points: 18,
    items: [
      {
        code: '5.4',
        portalCode: 'DOSSIER_RECEIVING_SATISFACTION',
        name: 'Hài lòng trong tiếp nhận, giải quyết',
        nameEn: 'Satisfaction in reception and resolution',
        points: 6,
        threshold: 0.9,
        formula: '100% − (% hồ sơ quá hạn + % hồ sơ được đánh giá có chỉ số 0 điểm)',
        formulaEn: '100% − (% late dossiers + % dossiers rated with an indicator at 0)',
        source: 'dossier_satisfaction',
        display: 'ratio',
      },
      {
        code: '5.2',
        portalCode: 'PETITION_PROCESSING_ON_TIME',
        name: 'Xử lý phản ánh, kiến nghị đúng hạn',
        nameEn: 'Feedback handled on time',
        points: 6,
        threshold: null,
        formula:
          'Phản ánh, kiến nghị xử lý đúng hạn ÷ phản ánh, kiến nghị tiếp nhận (phân hệ phản ánh, kiến nghị)',
        formulaEn: 'Feedback (PAKN) handled on time ÷ feedback received (feedback module)',
        source: 'feedback_5_2',
        display: 'ratio',
      },
      {
        code: '5.3',
        portalCode: 'PETITION_HANDLING_SATISFACTION',
        name: 'Hài lòng xử lý phản ánh, kiến nghị',
        nameEn: 'Satisfaction with feedback handling',
        points: 6,
        threshold: null,
        formula:
          '(phản ánh, kiến nghị − không hài lòng − quá hạn − lặp lại) ÷ phản ánh, kiến nghị (phân hệ phản ánh, kiến nghị)',
        formulaEn: '(feedback − disliked − late − repeated) ÷ feedback (feedback module)',
        source: 'feedback_5_3',
        display: 'ratio',
      },
      {
        code: '5.1',
        portalCode: '—',
        name: 'Phản ánh theo loại',
        nameEn: 'Feedback by type',
        points: 0,
        threshold: null,
        formula: 'Chỉ theo dõi',
        formulaEn: 'Monitoring only',
        source: 'none',
        display: 'ratio',
        note: 'Chỉ theo dõi, không tính điểm.',
        noteEn: 'Monitoring only, no points.',
      },
    ],
  },
];

/** Xếp loại (rating bands) on the share of attainable points, 0–100 [?]: data, not law. */
export const RATING_BANDS_766 = [
  { min: 90, name: 'Xuất sắc', nameEn: 'Excellent' },
  { min: 80, name: 'Tốt', nameEn: 'Good' },
  { min: 65, name: 'Khá', nameEn: 'Fair' },
  { min: 50, name: 'Trung bình', nameEn: 'Average' },
  { min: 0, name: 'Yếu', nameEn: 'Weak' },
] as const;

/** Points of a ratio (0–1) for a sub-indicator worth `max` (RULES.md §2). */
export function pointsFor(ratio: number, max: number, threshold: number | null): number {
  const r = Math.min(1, Math.max(0, ratio));
  if (threshold === null) return r * max;
  return r >= threshold ? max : (r * max) / threshold;
}

export function ratingFor(share: number): (typeof RATING_BANDS_766)[number] {
  return RATING_BANDS_766.find((b) => share >= b.min) ?? RATING_BANDS_766[RATING_BANDS_766.length - 1]!;
}
