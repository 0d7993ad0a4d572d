/**
 * The vocabulary of the feedback module: the three kinds of submission, each under its own law, their statuses,
 * channels, fields and the legal steps whose deadlines are watched. Pure constants and types.
 */

/**
 * - `pakn` — Phản ánh, kiến nghị: feedback and recommendations on administrative regulations and on the handling
 *   of dossiers (Decree 20/2008/NĐ-CP; the portal's on-time rule, Decision 766/QĐ-TTg sub-indicator 5.2);
 * - `complaint` — Khiếu nại (Law on Complaints 02/2011/QH13 as amended);
 * - `denunciation` — Tố cáo (Law on Denunciations 25/2018/QH14); the denouncer's identity is confidential (art. 47).
 */
export const CASE_KINDS = ['pakn', 'complaint', 'denunciation'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/** Prefix of the human case code: PA (phản ánh, kiến nghị), KN (khiếu nại), TC (tố cáo). */
export const CODE_PREFIX: Record<CaseKind, string> = { pakn: 'PA', complaint: 'KN', denunciation: 'TC' };

/** How it arrived: the citizen portal, a counter (or the citizen-reception office), Open311, or by post. */
export const CHANNELS = ['portal', 'counter', 'open311', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * - `received` — Đã tiếp nhận, vào sổ;
 * - `supplement_requested` — Yêu cầu bổ sung thông tin (PAKN);
 * - `processing` — Đang xử lý (PAKN) / Đã thụ lý, đang giải quyết (complaint, denunciation);
 * - `answered` — Đã xử lý, chờ công khai (PAKN) / Đã ban hành quyết định giải quyết / kết luận (closed);
 * - `published` — Đã công khai kết quả (PAKN, Decree 20/2008 art. 14);
 * - `refused` — Từ chối tiếp nhận / Không thụ lý;
 * - `transferred_out` — Chuyển đơn đến cơ quan có thẩm quyền ngoài hệ thống (Law on Denunciations art. 24);
 * - `withdrawn` — Rút đơn (Law on Complaints art. 10; Law on Denunciations art. 33);
 * - `suspended` — Tạm đình chỉ việc giải quyết khiếu nại: the resolution waits (its time does not run) until a
 *   decision to resume (Law on Complaints art. 11a added by Law 136/2025, from 1/7/2026; Decree 155/2026 — the
 *   time limit continues from the decision to resume) [M];
 * - `terminated` — Đình chỉ việc giải quyết khiếu nại: the resolution ends without a decision on the merits
 *   (same article) [M].
 */
export const STATUSES = [
  'received',
  'supplement_requested',
  'processing',
  'answered',
  'published',
  'refused',
  'transferred_out',
  'withdrawn',
  'suspended',
  'terminated',
] as const;
export type CaseStatus = (typeof STATUSES)[number];

/** Statuses in which the case still needs work (a suspended complaint waits to be resumed or terminated). */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'received',
  'supplement_requested',
  'processing',
  'suspended',
];

/** A case is closed for the citizen (Open311 `closed`) once answered, refused, transferred out or withdrawn. */
export function isClosedStatus(kind: CaseKind, status: CaseStatus): boolean {
  if (status === 'answered') return kind !== 'pakn';
  return !OPEN_STATUSES.includes(status);
}

/**
 * Lĩnh vực — the field a submission concerns. Each is also an Open311 service (service_code), and each has a
 * default competent department of the province (route.ts).
 */
export const FIELDS = [
  'administrative_procedure',
  'land',
  'environment',
  'construction',
  'transport',
  'health',
  'education',
  'justice',
  'finance',
  'labour_social',
  'industry_trade',
  'culture_tourism',
  'ethnic_religion',
  'staff_conduct',
  'other',
] as const;
export type Field = (typeof FIELDS)[number];

/** Decree 20/2008 art. 9: a PAKN is about an administrative regulation, or about conduct (delay, harassment). */
export const SUBJECTS = ['regulation', 'conduct'] as const;
export type Subject = (typeof SUBJECTS)[number];

/** The legal steps whose deadlines are watched, per kind. */
export const STEPS = {
  pakn: ['refuse', 'supplement', 'transfer', 'process', 'publish'],
  complaint: ['accept', 'resolve', 'resolve_second', 'second_filing', 'limitation'],
  denunciation: ['register', 'transfer', 'resolve', 'extension'],
} as const satisfies Record<CaseKind, readonly string[]>;
export type Step = (typeof STEPS)[CaseKind][number];

/**
 * Rule variants: complaints — complex (phức tạp), remote (vùng sâu, vùng xa đi lại khó khăn), both;
 * denunciations — checks at several places (xác minh ở nhiều địa điểm, Law on Denunciations art. 24(1)).
 */
export const VARIANTS = ['normal', 'complex', 'remote', 'remote_complex', 'multi_place'] as const;
export type Variant = (typeof VARIANTS)[number];

/** Units a legal deadline is counted in (the calendar module's arithmetic). */
export const RULE_UNITS = ['working_days', 'calendar_days'] as const;
export type RuleUnit = (typeof RULE_UNITS)[number];

/** Ratings of a published PAKN answer (Decision 766 sub-indicator 5.3). */
export const VOTES = ['like', 'dislike'] as const;
export type Vote = (typeof VOTES)[number];

/** Grades of a denunciation that allow extensions (Law on Denunciations art. 30(1)): 1 or 2 extensions. */
export const EXTENSION_GRADES = ['complex', 'especially_complex'] as const;
export type ExtensionGrade = (typeof EXTENSION_GRADES)[number];

/** The link kind other modules (oversight) store to point at a case: `{ kind: 'feedback', id }`. */
export const FEEDBACK_LINK_KIND = 'feedback' as const;
