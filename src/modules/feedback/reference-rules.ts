/**
 * The legal time limits shipped with tinhso (RULES.md §5 and §2), loaded into `feedback.deadline_rules` at start
 * (idempotent: a row already there, or changed by an administrator, is kept). Each row cites its source and
 * the RULES.md confidence label; an administrator adds a later version with `tinhso feedback rules set`.
 */
import type { CaseKind, RuleUnit, Variant } from './model.js';

export interface ReferenceRule {
  kind: CaseKind;
  step: string;
  variant: Variant;
  amount: number;
  unit: RuleUnit;
  maxCount?: number;
  effectiveFrom: string;
  effectiveTo?: string;
  source: string;
  confidence: 'H' | 'M' | 'L' | '?';
}

/** Law on Complaints 02/2011/QH13 took effect on 1/7/2012. */
const COMPLAINTS_LAW = '2012-07-01';
/** Law on Denunciations 25/2018/QH14 took effect on 1/1/2019. */
const DENUNCIATIONS_LAW = '2019-01-01';
/** Decision 766/QĐ-TTg of 23/6/2022 (the portal's sub-indicator 5.2 measures PAKN against it). */
const DECISION_766 = '2022-06-23';
/** Decree 155/2026/NĐ-CP amends Decree 124/2020 art. 16 from 1/7/2026. */
const DECREE_155 = '2026-07-01';

const pakn = (step: string, amount: number, source: string): ReferenceRule => ({
  kind: 'pakn',
  step,
  variant: 'normal',
  amount,
  unit: 'working_days',
  effectiveFrom: DECISION_766,
  source,
  confidence: 'H',
});

const complaint = (
  step: string,
  variant: Variant,
  amount: number,
  source: string,
  confidence: ReferenceRule['confidence'] = 'H',
): ReferenceRule => ({
  kind: 'complaint',
  step,
  variant,
  amount,
  unit: 'calendar_days',
  effectiveFrom: COMPLAINTS_LAW,
  source,
  confidence,
});

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  // PAKN: the national portal's on-time rule (Decision 766, sub-indicator 5.2) and Decree 20/2008 art. 9.
  pakn('refuse', 2, 'QĐ 766/QĐ-TTg, chỉ số 5.2: từ chối tiếp nhận trong 2 ngày làm việc'),
  pakn('supplement', 5, 'QĐ 766/QĐ-TTg, chỉ số 5.2: yêu cầu bổ sung lần đầu trong 5 ngày làm việc'),
  pakn(
    'process',
    15,
    'QĐ 766/QĐ-TTg, chỉ số 5.2: xử lý trong 15 ngày làm việc kể từ khi tiếp nhận hoặc chuyển',
  ),
  pakn('publish', 2, 'QĐ 766/QĐ-TTg, chỉ số 5.2: công khai kết quả trong 2 ngày làm việc'),
  {
    ...pakn(
      'transfer',
      5,
      'Nghị định 20/2008/NĐ-CP Điều 9: chuyển cơ quan có thẩm quyền trong 5 ngày làm việc',
    ),
    effectiveFrom: '2008-02-14',
  },

  // Complaints (Law on Complaints 2011): calendar days under Civil Code 2015 art. 147–148.
  {
    ...complaint('accept', 'normal', 10, 'Luật Khiếu nại 2011 Điều 27: thụ lý trong 10 ngày kể từ ngày nhận'),
    effectiveTo: DECREE_155,
  },
  {
    kind: 'complaint',
    step: 'accept',
    variant: 'normal',
    amount: 7,
    unit: 'working_days',
    effectiveFrom: DECREE_155,
    source: 'Nghị định 124/2020 Điều 16 sửa bởi Nghị định 155/2026/NĐ-CP: thụ lý trong 7 ngày làm việc',
    confidence: 'M',
  },
  complaint('resolve', 'normal', 30, 'Luật Khiếu nại 2011 Điều 28: giải quyết lần đầu không quá 30 ngày'),
  complaint('resolve', 'complex', 45, 'Luật Khiếu nại 2011 Điều 28: vụ việc phức tạp không quá 45 ngày'),
  complaint('resolve', 'remote', 45, 'Luật Khiếu nại 2011 Điều 28: vùng sâu, vùng xa không quá 45 ngày'),
  complaint(
    'resolve',
    'remote_complex',
    60,
    'Luật Khiếu nại 2011 Điều 28: vùng sâu, vùng xa, phức tạp 60 ngày',
  ),
  complaint(
    'resolve_second',
    'normal',
    45,
    'Luật Khiếu nại 2011 Điều 37: giải quyết lần hai không quá 45 ngày',
  ),
  complaint(
    'resolve_second',
    'complex',
    60,
    'Luật Khiếu nại 2011 Điều 37: vụ việc phức tạp không quá 60 ngày',
  ),
  complaint(
    'resolve_second',
    'remote',
    60,
    'Luật Khiếu nại 2011 Điều 37: vùng sâu, vùng xa không quá 60 ngày',
  ),
  complaint(
    'resolve_second',
    'remote_complex',
    70,
    'Luật Khiếu nại 2011 Điều 37: vùng sâu, vùng xa, phức tạp 70 ngày',
  ),
  complaint('second_filing', 'normal', 30, 'Luật Khiếu nại 2011 Điều 33: khiếu nại lần hai trong 30 ngày'),
  complaint('second_filing', 'remote', 45, 'Luật Khiếu nại 2011 Điều 33: vùng sâu, vùng xa 45 ngày'),
  complaint('limitation', 'normal', 90, 'Luật Khiếu nại 2011 Điều 9: thời hiệu 90 ngày'),

  // Denunciations (Law on Denunciations 2018).
  {
    kind: 'denunciation',
    step: 'register',
    variant: 'normal',
    amount: 7,
    unit: 'working_days',
    effectiveFrom: DENUNCIATIONS_LAW,
    source: 'Luật Tố cáo 2018 Điều 24(1): vào sổ, phân loại, kiểm tra điều kiện thụ lý trong 7 ngày làm việc',
    confidence: 'H',
  },
  {
    kind: 'denunciation',
    step: 'register',
    variant: 'multi_place',
    amount: 10,
    unit: 'working_days',
    effectiveFrom: DENUNCIATIONS_LAW,
    source: 'Luật Tố cáo 2018 Điều 24(1): kiểm tra, xác minh ở nhiều địa điểm, không quá 10 ngày làm việc',
    confidence: 'H',
  },
  {
    kind: 'denunciation',
    step: 'transfer',
    variant: 'normal',
    amount: 5,
    unit: 'working_days',
    effectiveFrom: DENUNCIATIONS_LAW,
    source: 'Luật Tố cáo 2018 Điều 24(2): chuyển đơn không thuộc thẩm quyền trong 5 ngày làm việc',
    confidence: 'H',
  },
  {
    kind: 'denunciation',
    step: 'resolve',
    variant: 'normal',
    amount: 30,
    unit: 'calendar_days',
    effectiveFrom: DENUNCIATIONS_LAW,
    source: 'Luật Tố cáo 2018 Điều 30(1): giải quyết không quá 30 ngày kể từ ngày thụ lý',
    confidence: 'H',
  },
  {
    kind: 'denunciation',
    step: 'extension',
    variant: 'normal',
    amount: 30,
    unit: 'calendar_days',
    maxCount: 2,
    effectiveFrom: DENUNCIATIONS_LAW,
    source:
      'Luật Tố cáo 2018 Điều 30(1): gia hạn một lần (phức tạp) hoặc hai lần (đặc biệt phức tạp), mỗi lần ≤ 30 ngày',
    confidence: 'H',
  },
];
