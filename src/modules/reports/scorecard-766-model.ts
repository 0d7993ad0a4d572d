/**
 * The shape of the Decision 766 scorecard's definition (scorecard-766.ts holds the data, scoring-766.ts the
 * arithmetic; RULES.md §2).
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

/** The note of a sub-indicator tinhso cannot know (`source: 'none'`). */
export const NOT_KNOWN =
  'tinhso không lưu số liệu này: số liệu được ghi nhận trên hệ thống quốc gia (CSDLQG, Cổng DVCQG).';
export const NOT_KNOWN_EN =
  'tinhso does not hold this: it is recorded on the national systems (CSDLQG / the portal).';
