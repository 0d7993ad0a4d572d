/**
 * From bucket counts to the published figures (pure): every indicator as numerator ÷ denominator with its rate
 * computed when read (null when nothing was counted), and the satisfaction scores and bands of Circular 01/2018.
 */
import type { Counts } from './measures.js';

export interface ChannelCounts {
  online: number;
  in_person: number;
  post: number;
}

export interface Figures {
  received: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPost: number;
  resolved: number;
  approved: number;
  /** Received − resolved up to the period's last day (null where not computed). */
  inProgress: number | null;
  early: number;
  onTime: number;
  late: number;
  earlyIndicator: number;
  onTimeIndicator: number;
  lateIndicator: number;
  returned: number;
  returnedPost: number;
  eResult: number;
  feeBearing: number;
  paidOnline: number;
  rated: number;
  satisfied: number;
  resolutionMinutes: number;
  /** Portal rule (RULES.md §1.5): (early + on time) ÷ measured. */
  onTimeRate: number | null;
  /** Circular 01/2018 indicator 1: (early + on time) ÷ measured. */
  onTimeRateIndicator: number | null;
  onlineRate: number | null;
  counterRate: number | null;
  postRate: number | null;
  postalReturnRate: number | null;
  eResultRate: number | null;
  paidOnlineRate: number | null;
  satisfactionRate: number | null;
  averageResolutionDays: number | null;
}

export const ratio = (n: number, d: number): number | null => (d > 0 ? n / d : null);

export function figuresOf(c: Counts, channels: ChannelCounts, inProgress: number | null): Figures {
  const measuredPortal = c.early_portal + c.on_time_portal + c.late_portal;
  const measuredIndicator = c.early_indicator + c.on_time_indicator + c.late_indicator;
  return {
    received: c.received,
    receivedOnline: channels.online,
    receivedInPerson: channels.in_person,
    receivedPost: channels.post,
    resolved: c.resolved,
    approved: c.approved,
    inProgress,
    early: c.early_portal,
    onTime: c.on_time_portal,
    late: c.late_portal,
    earlyIndicator: c.early_indicator,
    onTimeIndicator: c.on_time_indicator,
    lateIndicator: c.late_indicator,
    returned: c.returned,
    returnedPost: c.returned_post,
    eResult: c.e_result,
    feeBearing: c.fee_bearing,
    paidOnline: c.paid_online,
    rated: c.rated,
    satisfied: c.satisfied,
    resolutionMinutes: c.resolution_minutes,
    onTimeRate: ratio(c.early_portal + c.on_time_portal, measuredPortal),
    onTimeRateIndicator: ratio(c.early_indicator + c.on_time_indicator, measuredIndicator),
    onlineRate: ratio(channels.online, c.received),
    counterRate: ratio(channels.in_person, c.received),
    postRate: ratio(channels.post, c.received),
    postalReturnRate: ratio(c.returned_post, c.returned),
    eResultRate: ratio(c.e_result, c.approved),
    paidOnlineRate: ratio(c.paid_online, c.fee_bearing),
    satisfactionRate: ratio(c.satisfied, c.rated),
    averageResolutionDays: c.resolved > 0 ? c.resolution_minutes / c.resolved / 1440 : null,
  };
}

/** An indicator as published: what is counted over what, and the dossiers behind it (drill-down measure). */
export interface Indicator {
  key: string;
  numerator: number;
  denominator: number | null;
  /** numerator ÷ denominator (a fraction 0–1; days for averageResolutionDays); a count when no denominator. */
  value: number | null;
  drill: DrillMeasure | null;
}

export const DRILL_MEASURES = [
  'received',
  'received_online',
  'received_in_person',
  'received_post',
  'resolved',
  'in_progress',
  'early_or_on_time',
  'early',
  'on_time',
  'late',
  'early_or_on_time_indicator',
  'early_indicator',
  'on_time_indicator',
  'late_indicator',
  'returned_post',
  'e_result',
  'paid_online',
  'rated',
  'unsatisfied',
] as const;
export type DrillMeasure = (typeof DRILL_MEASURES)[number];

export function indicatorsOf(f: Figures): Indicator[] {
  const measured = f.early + f.onTime + f.late;
  const measuredIndicator = f.earlyIndicator + f.onTimeIndicator + f.lateIndicator;
  const count = (key: string, n: number, drill: DrillMeasure | null): Indicator => ({
    key,
    numerator: n,
    denominator: null,
    value: n,
    drill,
  });
  const share = (key: string, n: number, d: number, drill: DrillMeasure | null): Indicator => ({
    key,
    numerator: n,
    denominator: d,
    value: ratio(n, d),
    drill,
  });
  return [
    count('received', f.received, 'received'),
    count('resolved', f.resolved, 'resolved'),
    ...(f.inProgress === null ? [] : [count('inProgress', f.inProgress, 'in_progress' as const)]),
    share('onTimeRate', f.early + f.onTime, measured, 'early_or_on_time'),
    share('earlyShare', f.early, measured, 'early'),
    share('onTimeShare', f.onTime, measured, 'on_time'),
    share('lateShare', f.late, measured, 'late'),
    share(
      'onTimeRateIndicator',
      f.earlyIndicator + f.onTimeIndicator,
      measuredIndicator,
      'early_or_on_time_indicator',
    ),
    share('earlyShareIndicator', f.earlyIndicator, measuredIndicator, 'early_indicator'),
    share('onTimeShareIndicator', f.onTimeIndicator, measuredIndicator, 'on_time_indicator'),
    share('lateShareIndicator', f.lateIndicator, measuredIndicator, 'late_indicator'),
    share('onlineRate', f.receivedOnline, f.received, 'received_online'),
    share('counterRate', f.receivedInPerson, f.received, 'received_in_person'),
    share('postRate', f.receivedPost, f.received, 'received_post'),
    share('postalReturnRate', f.returnedPost, f.returned, 'returned_post'),
    share('eResultRate', f.eResult, f.approved, 'e_result'),
    share('paidOnlineRate', f.paidOnline, f.feeBearing, 'paid_online'),
    share('satisfactionRate', f.satisfied, f.rated, 'unsatisfied'),
    {
      key: 'averageResolutionDays',
      numerator: f.resolutionMinutes / 1440,
      denominator: f.resolved,
      value: f.averageResolutionDays,
      drill: 'resolved',
    },
  ];
}

/** Circular 01/2018 art. 13–15: per-indicator scores, the agency's band, the staff band. */
export interface SatisfactionScores {
  rated: number;
  /** Σ points ÷ rated dossiers for each of the nine indicators. */
  averages: Array<number | null>;
  agencyScore: number | null;
  agencyBand: 'excellent' | 'good' | 'fair' | 'average' | 'weak' | null;
  staffScore: number | null;
  staffBand: 'full' | 'partial' | 'below' | null;
}

/** Indicators that measure the officer's own work (staff band) [L]: time, per-agency time, contacts, attitude. */
export const STAFF_INDICATORS = [1, 2, 3, 7] as const;

export function satisfactionOf(c: Counts): SatisfactionScores {
  const sums = [c.s1, c.s2, c.s3, c.s4, c.s5, c.s6, c.s7, c.s8, c.s9];
  const averages = sums.map((s) => ratio(s, c.rated));
  if (c.rated === 0)
    return { rated: 0, averages, agencyScore: null, agencyBand: null, staffScore: null, staffBand: null };
  const agencyScore = averages.reduce<number>((a, b) => a + (b ?? 0), 0);
  const staffScore = STAFF_INDICATORS.reduce<number>((a, i) => a + (averages[i - 1] ?? 0), 0);
  return {
    rated: c.rated,
    averages,
    agencyScore,
    agencyBand:
      agencyScore >= 15
        ? 'excellent'
        : agencyScore >= 12
          ? 'good'
          : agencyScore >= 9
            ? 'fair'
            : agencyScore >= 6
              ? 'average'
              : 'weak',
    staffScore,
    staffBand: staffScore >= 5 ? 'full' : staffScore >= 3.5 ? 'partial' : 'below',
  };
}
