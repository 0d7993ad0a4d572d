/**
 * The vocabulary of citizen reception (tiếp công dân, Law 42/2013/QH13 on Citizen Reception as amended by Law
 * 136/2025/QH15; Decree 154/2026/NĐ-CP, which replaced Decree 64/2014 from 1/7/2026): pure constants and types.
 */

/**
 * - `regular` — tiếp định kỳ: the leader's scheduled day (province chair ≥1 day a month, commune chair ≥1 day a
 *   week, agency heads ≥1 day a month: Law 42/2013 art. 12(5), 15(2), 18(2); RULES.md §10.2);
 * - `ad_hoc` — tiếp đột xuất, in the cases of art. 18(3);
 * - `daily` — tiếp thường xuyên by the reception board or assigned officers on working days (art. 12(2)).
 */
export const SESSION_KINDS = ['regular', 'ad_hoc', 'daily'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

/** Tiếp trực tiếp / tiếp công dân trực tuyến (Decree 154/2026 art. 3(3)–(5), from 1/7/2026). */
export const MODES = ['in_person', 'online'] as const;
export type Mode = (typeof MODES)[number];

/** Loại đơn — Form 03/TCD column 6: khiếu nại / tố cáo / kiến nghị / phản ánh. */
export const CLASSIFICATIONS = ['complaint', 'denunciation', 'petition', 'feedback'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * What the reception came to (Form 03/TCD columns 9–12; Law 42/2013 art. 26, 28; Decree 154/2026 art. 15):
 * - `case_opened` — within competence: the petition was taken and registered as a case of the feedback module
 *   (column 11, the case code);
 * - `referred` — outside competence: the citizen was guided to the competent body (column 10, with the
 *   referral letter number);
 * - `explained` — already resolved correctly: explained, and the citizen guided to comply (art. 26(1)(c));
 * - `answered` — the leader answered on the spot (art. 18(4));
 * - `refused` — reception refused (art. 9; Decree 154/2026 art. 4);
 * - `pending` — recorded, the outcome still to be decided.
 */
export const OUTCOMES = ['case_opened', 'referred', 'explained', 'answered', 'refused', 'pending'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** The feedback module's kind a classification becomes: a petition or feedback is a PAKN. */
export function caseKindOf(classification: Classification): 'pakn' | 'complaint' | 'denunciation' {
  if (classification === 'complaint') return 'complaint';
  if (classification === 'denunciation') return 'denunciation';
  return 'pakn';
}
