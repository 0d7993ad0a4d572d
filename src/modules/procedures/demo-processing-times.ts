/**
 * Processing times the demo province sets for its common commune procedures whose national catalogue entry
 * states none in a unit (issue 15 §2), each with the document that sets it. Data, not rules: the sample export
 * (data/procedures, June 2026) gives marriage and death registration a bare "1" and the certifications
 * (chứng thực) no time at all; the times below read those figures against the legal texts:
 * - Law on Civil Status 60/2014/QH13 art. 18(2) (RULES.md §15.2): marriage registered at once when the parties
 *   are eligible; verification, when needed, ≤ 5 working days. Art. 34(2): death registered at once;
 *   verification ≤ 3 working days. The portal's "1" is read as 1 working day: the same day, or the next working
 *   day for paper received after 15:00 (Decree 61/2018 art. 18); a verification beyond it is an extension.
 * - Decree 23/2015/NĐ-CP art. 7(1): a certified copy, a signature or a translator's signature within the day
 *   received (the next working day after 15:00): 0 working days, the calendar's "within the working day in
 *   progress", as for birth registration (demo-birth-registration.ts). Art. 7(2): transactions, wills and
 *   inheritance documents ≤ 2 working days.
 * Other procedures without a time stay unpublished, listed as "needs a processing time" in the catalogue admin.
 */
import type { SetProcessingTimeInput } from './set-processing-time.js';

type DemoTime = Pick<SetProcessingTimeInput, 'legalBasis'> & {
  amount: number;
  text: string;
};

const CIVIL_STATUS_LAW = { number: '60/2014/QH13', date: '2014-11-20' };
const CERTIFICATION_DECREE = { number: '23/2015/NĐ-CP', date: '2015-02-16' };

const SAME_DAY =
  'Ngay trong ngày tiếp nhận yêu cầu; nhận sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo';
const TWO_DAYS = 'Không quá 02 ngày làm việc kể từ ngày nhận đủ hồ sơ';

const marriage: DemoTime = {
  amount: 1,
  text: '01 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc',
  legalBasis: {
    ...CIVIL_STATUS_LAW,
    text: 'Luật Hộ tịch 2014, Điều 18 khoản 2: đăng ký ngay khi đủ điều kiện; cần xác minh thì không quá 05 ngày làm việc. Cổng Dịch vụ công quốc gia ghi "1" không có đơn vị.',
  },
};
const death: DemoTime = {
  amount: 1,
  text: '01 ngày làm việc; trường hợp cần xác minh thì không quá 03 ngày làm việc',
  legalBasis: {
    ...CIVIL_STATUS_LAW,
    text: 'Luật Hộ tịch 2014, Điều 34 khoản 2: đăng ký ngay khi đủ giấy tờ; cần xác minh thì không quá 03 ngày làm việc. Cổng Dịch vụ công quốc gia ghi "1" không có đơn vị.',
  },
};
const certifySameDay: DemoTime = {
  amount: 0,
  text: SAME_DAY,
  legalBasis: {
    ...CERTIFICATION_DECREE,
    text: 'Nghị định 23/2015/NĐ-CP, Điều 7 khoản 1: chứng thực bản sao, chữ ký, chữ ký người dịch trong ngày tiếp nhận (sau 15 giờ: ngày làm việc tiếp theo).',
  },
};
const certifyTransaction: DemoTime = {
  amount: 2,
  text: TWO_DAYS,
  legalBasis: {
    ...CERTIFICATION_DECREE,
    text: 'Nghị định 23/2015/NĐ-CP, Điều 7 khoản 2: chứng thực hợp đồng, giao dịch, văn bản về di sản không quá 02 ngày làm việc.',
  },
};

/** By national procedure code: the time set, in working days, for every channel the procedure is offered on. */
export const DEMO_PROCESSING_TIMES: Record<string, DemoTime> = {
  '1.000894': marriage, // Đăng ký kết hôn
  '1.000656': death, // Đăng ký khai tử
  '2.000815': certifySameDay, // Chứng thực bản sao từ bản chính
  '2.000884': certifySameDay, // Chứng thực chữ ký
  '2.000992': certifySameDay, // Chứng thực chữ ký người dịch (cộng tác viên)
  '2.001008': certifySameDay, // Chứng thực chữ ký người dịch (không phải cộng tác viên)
  '2.000913': certifyTransaction, // Sửa đổi, bổ sung, hủy bỏ giao dịch
  '2.001035': certifyTransaction, // Giao dịch về động sản, quyền sử dụng đất, nhà ở
  '2.001016': certifyTransaction, // Văn bản từ chối nhận di sản
  '2.001019': certifyTransaction, // Di chúc
  '2.001406': certifyTransaction, // Văn bản phân chia di sản
};
