/** Types shared by the calendar's data, rules and working-day arithmetic. */
import type { IsoDate } from './dates.js';

/**
 * Why a day is off:
 * - `holiday` — Ngày nghỉ lễ, tết: a statutory holiday (Labour Code 2019 art. 112(1), including the Tết days
 *   the yearly notice fixes) or another day off by law (Culture Day, Resolution 28/2026/QH16);
 * - `compensatory` — Ngày nghỉ bù: the next working day off because a holiday fell on a weekly rest day
 *   (art. 111(3));
 * - `swapped` — Ngày nghỉ hoán đổi: a weekday off in exchange for a Saturday worked (yearly notice);
 * - `local` — a day off the province declares for itself.
 */
export type DayOffKind = 'holiday' | 'compensatory' | 'swapped' | 'local';

export interface DayOff {
  readonly date: IsoDate;
  /** As published, in Vietnamese. */
  readonly name: string;
  /** The rule or notice behind it, e.g. `Labour Code 2019 art. 112(1)(a)` or `8726/VPCP-KGVX (26/11/2024)`. */
  readonly source: string;
  readonly kind: DayOffKind;
  /** True when not read in an official notice: derived by rule, or reported but unverified. */
  readonly provisional: boolean;
}

/** Ngày làm bù — a weekly rest day (a Saturday) worked in exchange for a weekday off. */
export interface MakeUpWorkday {
  readonly date: IsoDate;
  readonly name: string;
  readonly source: string;
  readonly provisional: boolean;
}

/** A notice that fixed part of a year's schedule (notices.csv). */
export interface NoticeRef {
  readonly year: number;
  /** e.g. `6150/TB-BLĐTBXH`; null when the number was not recorded. */
  readonly notice: string | null;
  readonly issued: IsoDate | null;
  readonly issuer: string;
  /** What it fixed, in Vietnamese. */
  readonly covers: string;
  readonly reportedBy: string;
  /** RULES.md confidence label: H, M, L or ?. */
  readonly confidence: string;
}

/** One year's schedule as the government published it: every day off and every make-up working Saturday. */
export interface YearSchedule {
  readonly year: number;
  readonly daysOff: readonly DayOff[];
  readonly makeUpWorkdays: readonly MakeUpWorkday[];
  readonly notices: readonly NoticeRef[];
}
