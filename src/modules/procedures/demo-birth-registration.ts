/**
 * Đăng ký khai sinh (1.001193) — the demo's fully filled procedure (issue 5 §5). The sample export gives its time
 * as a bare "1" and no documents, so the demo records them as a new version, the way an administrator would, on
 * the Law on Civil Status (Luật Hộ tịch 60/2014/QH13, 20/11/2014):
 * - art. 16(1): the declaration form and the birth certificate (or a witness's statement or a commitment; the
 *   record of an abandoned child; the proof of surrogacy);
 * - art. 16(2): registered immediately once the papers are complete — "within the working day received"; paper
 *   received after 15:00 counts from the next working day (Decree 61/2018 art. 18), which the calendar applies:
 *   amount 0 working days is the calendar's "within the working day in progress";
 * - art. 11(1): no fee for a birth registered on time (within 60 days of the birth, art. 15(1)).
 * The amounts a province charges are set by its People's Council (Circular 85/2019/TT-BTC); the amounts below
 * are illustrative demo values, labelled so, not Cao Bằng's.
 */
import type { EditProcedureInput } from './edit-procedure.js';
import { BIRTH_REGISTRATION_FORM } from './forms/civil-status.js';
import type { FeeInput } from './publish-procedure.js';

export const BIRTH_REGISTRATION = '1.001193';

const SAME_DAY =
  'Ngay trong ngày tiếp nhận hồ sơ; nhận sau 15 giờ mà không giải quyết được ngay thì trả kết quả trong ngày làm việc tiếp theo';

export function birthRegistrationEdit(url: string | null): Omit<EditProcedureInput, 'baseVersionNo'> {
  const form = url
    ? { templateUrl: url, templateName: 'Tờ khai đăng ký khai sinh (mẫu trên Cổng Dịch vụ công quốc gia)' }
    : { templateUrl: null, templateName: null };
  return {
    legalBasis: {
      number: '60/2014/QH13',
      date: '2014-11-20',
      text: 'Luật Hộ tịch 2014, Điều 16 (thủ tục đăng ký khai sinh), Điều 11 khoản 1 (miễn lệ phí). Phiên bản do dữ liệu demo ghi lại: bản xuất của Cổng chỉ ghi thời hạn "1" không có đơn vị.',
    },
    changes: {
      durations: [
        { channel: 'online', amount: 0, unit: 'working_days', text: SAME_DAY },
        { channel: 'in_person', amount: 0, unit: 'working_days', text: SAME_DAY },
        { channel: 'post', amount: 0, unit: 'working_days', text: SAME_DAY },
      ],
      durationText: `Trực tuyến: ${SAME_DAY}; Trực tiếp: ${SAME_DAY}; Dịch vụ bưu chính: ${SAME_DAY}`,
      onlineLevel: 'full',
      declarationForm: BIRTH_REGISTRATION_FORM,
      documents: [
        { name: 'Tờ khai đăng ký khai sinh theo mẫu', copies: '01 bản chính', required: true, ...form },
        {
          name: 'Giấy chứng sinh',
          copies: '01 bản chính',
          required: true,
          templateUrl: null,
          templateName: null,
        },
        {
          name: 'Văn bản của người làm chứng xác nhận về việc sinh, hoặc giấy cam đoan về việc sinh (khi không có giấy chứng sinh)',
          copies: '01 bản chính',
          required: false,
          templateUrl: null,
          templateName: null,
        },
        {
          name: 'Biên bản xác nhận việc trẻ bị bỏ rơi do cơ quan có thẩm quyền lập (khai sinh cho trẻ bị bỏ rơi)',
          copies: '01 bản chính',
          required: false,
          templateUrl: null,
          templateName: null,
        },
        {
          name: 'Văn bản chứng minh việc mang thai hộ (khai sinh cho trẻ sinh ra do mang thai hộ)',
          copies: '01 bản chính',
          required: false,
          templateUrl: null,
          templateName: null,
        },
      ],
      fees: [
        {
          channel: null,
          kind: 'free',
          amountDong: null,
          note: 'Miễn lệ phí đăng ký khai sinh đúng hạn (Luật Hộ tịch 2014, Điều 11 khoản 1)',
        },
      ],
    },
  };
}

const DEMO =
  'Mức thu minh họa cho bản demo, không phải mức thu chính thức của tỉnh (HĐND tỉnh quyết định theo Thông tư 85/2019/TT-BTC)';

export const BIRTH_REGISTRATION_FEES: FeeInput[] = [
  {
    kind: 'exemption',
    name: 'Miễn lệ phí đăng ký khai sinh đúng hạn',
    note: 'Khai sinh trong 60 ngày kể từ ngày sinh (Luật Hộ tịch 2014, Điều 15 khoản 1)',
    basis: 'Luật Hộ tịch 2014, Điều 11 khoản 1',
  },
  {
    kind: 'fixed',
    name: 'Lệ phí đăng ký khai sinh quá hạn',
    amountDong: 5_000,
    per: 'mỗi việc',
    basis: DEMO,
  },
  {
    kind: 'table',
    name: 'Phí cấp bản sao trích lục khai sinh',
    rows: [
      { label: 'Bản giấy, mỗi bản', amountDong: 8_000 },
      { label: 'Bản điện tử, mỗi bản', amountDong: 4_000 },
    ],
    per: 'mỗi bản',
    basis: DEMO,
  },
];
