/** The targets API as the targets page uses it: resolutions, achievement at a period, values and their review. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const PERIODS = [
  'M01',
  'M02',
  'M03',
  'M04',
  'M05',
  'M06',
  'M07',
  'M08',
  'M09',
  'M10',
  'M11',
  'M12',
  'Q1',
  'Q2',
  'Q3',
  'Q4',
  'H1',
  '9M',
  'Y',
] as const;
export type Period = (typeof PERIODS)[number];
export type TargetKind = 'range' | 'at_least' | 'at_most' | 'exact' | 'direction';
export type Verdict = 'met' | 'exceeded' | 'not_met' | 'no_baseline';
export type AchievementState = Verdict | 'not_yet_due' | 'no_value';
export type ValueStatus = 'reported' | 'returned' | 'approved' | 'locked';

export type Resolution = {
  id: string;
  provinceCode: string;
  provinceName: string;
  body: 'party_committee' | 'people_council' | 'people_committee';
  issuerName: string;
  number: string;
  title: string;
  issuedOn: string;
  term: string | null;
  fromYear: number;
  toYear: number;
  reportDueWorkingDays: number;
  note: string | null;
  version: number;
};

export type Target = {
  id: string;
  resolutionId: string;
  provinceCode: string;
  parentId: string | null;
  label: string;
  position: number;
  indicatorKey: string;
  indicator: string;
  indicatorEn: string | null;
  unitOfMeasure: string;
  measure: 'share' | 'change' | 'amount' | 'count';
  accumulates: boolean;
  kind: TargetKind;
  planLow: string | null;
  planHigh: string | null;
  strict: boolean;
  tolerance: string | null;
  preferred: 'higher' | 'lower' | 'none';
  dueYear: number;
  units: Array<{ code: string; name: string }>;
  scopeLabel: string | null;
  responsibleUnitCode: string;
  responsibleAgencyId: string | null;
  responsibleAgencyName: string;
  note: string | null;
  /** Bound to an indicator tinhso computes (issue 24 §2): values come from the records, never typed. */
  measuredBy: MeasuredIndicator | null;
  measuredUnitCode: string | null;
  measuredLevel: 'commune' | 'special_zone' | 'province_agencies' | null;
  measuredUnitName: string | null;
  method: { vi: string; en: string; source: string; sourceEn: string } | null;
  version: number;
};

export const MEASURED_INDICATORS = [
  'on_time_portal',
  'on_time_indicator',
  'online_share',
  'postal_return_share',
  'satisfaction_ratings',
  'e_result_share',
  'disbursement_rate',
  'feedback_on_time',
  'tasks_on_time',
] as const;
export type MeasuredIndicator = (typeof MEASURED_INDICATORS)[number];

/** A value computed from the records, over the days measured, with the page listing what it counts. */
export type Measured = {
  value: string | null;
  numerator: number | null;
  denominator: number | null;
  from: string;
  to: string;
  drillPath: string;
  reason: { vi: string; en: string } | null;
};

export type Value = {
  id: string;
  targetId: string;
  year: number;
  period: Period;
  revision: number;
  value: string;
  source: string;
  note: string | null;
  correctionReason: string | null;
  status: ValueStatus;
  reportedBy: string;
  reportedAt: string;
  reviewedBy: string | null;
  reviewedAt: string | null;
  reviewNote: string | null;
  lockedBy: string | null;
  lockedAt: string | null;
  version: number;
};

export type Achievement = {
  role: 'final' | 'interim' | 'baseline';
  state: AchievementState | null;
  reading: Verdict | null;
  percentOfPlan: number | null;
  trend: { previous: string; change: string; improved: boolean | null } | null;
};

export type TargetAtPeriod = Target & {
  current: Value | null;
  measured: Measured | null;
  previous: string | null;
  reportDue: string;
  achievement: Achievement;
  mayReport: boolean;
};

export type Summary = {
  year: number;
  period: Period;
  main: number;
  states: Record<AchievementState, number>;
  achieved: number;
  awaitingReview: number;
  readings: Record<Verdict, number>;
};

export type ResolutionDetail = {
  resolution: Resolution;
  year: number;
  period: Period;
  periods: Array<{ year: number; period: Period }>;
  summary: Summary;
  targets: TargetAtPeriod[];
  permissions: { plan: boolean; review: boolean };
};

export type TargetDetail = {
  resolution: Resolution;
  target: Target;
  parent: Target | null;
  children: Target[];
  history: Value[];
  periods: Array<{
    year: number;
    period: Period;
    current: Value | null;
    measured: Measured | null;
    previous: string | null;
    reportDue: string;
    achievement: Achievement;
  }>;
  permissions: { report: boolean; review: boolean; plan: boolean };
};

export type ReviewItem = Value & {
  resolutionId: string;
  resolutionNumber: string;
  targetLabel: string;
  indicator: string;
  unitOfMeasure: string;
  responsibleAgencyName: string;
};

export type ValueReport = {
  year: number;
  period: Period;
  value: string;
  source: string;
  note?: string | null;
  correctionReason?: string | null;
  version?: number;
};

const key = ['targets'] as const;

export function useResolutions() {
  return useQuery({
    queryKey: [...key, 'resolutions'],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<Resolution & { targets: number }> }>('/targets/resolutions', signal),
  });
}

export function periodQuery(year?: number, period?: Period): string {
  const params = new URLSearchParams();
  if (year) params.set('year', String(year));
  if (period) params.set('period', period);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function useResolution(id: string, year?: number, period?: Period) {
  return useQuery({
    queryKey: [...key, 'resolution', id, year ?? null, period ?? null],
    queryFn: ({ signal }) =>
      api.get<ResolutionDetail>(
        `/targets/resolutions/${encodeURIComponent(id)}${periodQuery(year, period)}`,
        signal,
      ),
    enabled: id !== '',
  });
}

export function useTarget(id: string) {
  return useQuery({
    queryKey: [...key, 'target', id],
    queryFn: ({ signal }) => api.get<TargetDetail>(`/targets/targets/${encodeURIComponent(id)}`, signal),
  });
}

export function useReviewQueue(provinceCode: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'review', provinceCode],
    queryFn: ({ signal }) =>
      api.get<{ items: ReviewItem[] }>(
        `/targets/review-queue?provinceCode=${encodeURIComponent(provinceCode)}`,
        signal,
      ),
    enabled,
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useReportValue(targetId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ValueReport) =>
      api.post<Value>(`/targets/targets/${encodeURIComponent(targetId)}/values`, body),
    onSuccess: refresh,
  });
}

export function useReviewValue() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: {
      id: string;
      action: 'approve' | 'return' | 'lock';
      version: number;
      note?: string;
    }) =>
      api.post<Value>(`/targets/values/${encodeURIComponent(input.id)}/review`, {
        action: input.action,
        version: input.version,
        ...(input.note ? { note: input.note } : {}),
      }),
    onSuccess: refresh,
  });
}

export function useLockPeriod(resolutionId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { year: number; period: Period }) =>
      api.post<{ locked: number; waiting: number }>(
        `/targets/resolutions/${encodeURIComponent(resolutionId)}/lock`,
        input,
      ),
    onSuccess: refresh,
  });
}
