/**
 * Thang điểm 766 — the scoring of the Decision 766 scorecard (RULES.md §2): with a threshold, ratio ≥ threshold
 * → full points, else ratio × max ÷ threshold [H]; without one, ratio × max [L]. The rating bands' cut-offs are
 * not published [?]: they apply to the total as a share of the points tinhso could score, and are data here.
 */

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
