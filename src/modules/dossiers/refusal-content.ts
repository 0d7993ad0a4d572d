/**
 * Phiếu từ chối giải quyết hồ sơ — the written refusal a dossier gets when it is refused after appraisal
 * (issue 16 §3). Decree 61/2018/NĐ-CP art. 19 (as amended by Decree 107/2021/NĐ-CP): a dossier that does not
 * qualify after appraisal is returned with a written notice stating the reasons, issued within the statutory
 * time and entered in the result section of the system (RULES.md §1.2, "Refusal after appraisal"). Circular
 * 01/2018/TT-VPCP has no form of its own for a refusal after appraisal (its Form 03 is the refusal at
 * reception, RULES.md §1.3); the written refusal follows Form 03's content — the agency, the dossier, the
 * applicant, the procedure, the reasons — and is laid out, numbered and signed as an administrative document
 * (Decree 30/2020/NĐ-CP art. 8, 15). One template for every procedure: the law sets the same refusal for all.
 */
import { formatDay } from '../../platform/formats.js';
import { vietnamToday } from '../units/index.js';
import type { DossierView } from './dossier-view.js';
import type { IssuedContent } from './result-content.js';

/** What the refusal carries besides the dossier: the reasons and the provision the official wrote. */
export interface RefusalGrounds {
  reasons: string[];
  /** The provision the dossier fails (e.g. "Điều 18 Luật Hộ tịch 60/2014/QH13"), as the official wrote it. */
  legalBasis?: string | null | undefined;
}

export const REFUSAL_TEMPLATE = {
  kind: 'refusal',
  title: 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ',
  /** Decree 30/2020 Appendix III has no abbreviation for this phiếu: "TCGQ" (từ chối giải quyết). */
  symbol: 'TCGQ',
  legalSource:
    'Phiếu từ chối giải quyết hồ sơ theo Điều 19 Nghị định 61/2018/NĐ-CP (sửa đổi, bổ sung bởi Nghị định ' +
    '107/2021/NĐ-CP); nội dung theo Mẫu số 03 Thông tư 01/2018/TT-VPCP; thể thức theo Nghị định 30/2020/NĐ-CP',
  /** Always cited: the rule under which a dossier is refused after appraisal. */
  basis: 'Điều 19 Nghị định 61/2018/NĐ-CP (sửa đổi, bổ sung bởi Nghị định 107/2021/NĐ-CP)',
} as const;

/** The refusal's reasons and basis as a refusal event recorded them (processing.ts `refuse`). */
export function groundsOf(payload: unknown): RefusalGrounds {
  const p = (payload ?? {}) as { reasons?: unknown; legalBasis?: unknown };
  const reasons = Array.isArray(p.reasons) ? p.reasons.filter((r): r is string => typeof r === 'string') : [];
  return { reasons, legalBasis: typeof p.legalBasis === 'string' ? p.legalBasis : null };
}

/** The written refusal filled from the dossier and the official's grounds. */
export function refusalContent(view: DossierView, grounds: RefusalGrounds): IssuedContent {
  const agency = view.competentAgency?.name ?? view.receivingAgency?.name ?? 'Cơ quan có thẩm quyền';
  const basis = [REFUSAL_TEMPLATE.basis, grounds.legalBasis?.trim()]
    .filter((b): b is string => Boolean(b))
    .join('; ');
  return {
    kind: REFUSAL_TEMPLATE.kind,
    title: REFUSAL_TEMPLATE.title,
    subtitle: view.procedure.name,
    symbol: REFUSAL_TEMPLATE.symbol,
    book: false,
    fields: [
      { label: 'Kính gửi', value: view.applicant.name },
      { label: 'Mã hồ sơ', value: view.code ?? '' },
      { label: 'Thủ tục hành chính', value: `${view.procedure.name} (mã ${view.procedure.code})` },
      { label: 'Ngày tiếp nhận', value: view.receivedAt ? formatDay(vietnamToday(view.receivedAt)) : '' },
    ],
    statement: `${agency} đã thẩm định hồ sơ nêu trên. Hồ sơ không đủ điều kiện giải quyết vì các lý do sau:`,
    paragraphs: [
      ...grounds.reasons.map((r, i) => `${i + 1}. ${r}`),
      `Căn cứ pháp lý: ${basis}.`,
      `${agency} trả lại hồ sơ và thông báo để ông/bà được biết.`,
    ],
    legalSource: REFUSAL_TEMPLATE.legalSource,
  };
}
