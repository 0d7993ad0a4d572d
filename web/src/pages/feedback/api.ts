/** The feedback API as the pages use it: public answers, filing and tracking, the work queue and its steps, reports. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const KINDS = ['pakn', 'complaint', 'denunciation'] as const;
export type Kind = (typeof KINDS)[number];
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
export type Status = (typeof STATUSES)[number];
export type DeadlineState = 'running' | 'paused' | 'overdue' | 'on_time' | 'late' | 'cancelled';

export type PublishedAnswer = {
  code: string;
  field: Field;
  title: string;
  content: string;
  answer: string;
  agencyName: string;
  unitName: string;
  communeName: string | null;
  receivedAt: string;
  answeredAt: string;
  publishedAt: string;
  likes: number;
  dislikes: number;
  myVote: 'like' | 'dislike' | null;
};

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type TimelineEvent = {
  at: string;
  action: string;
  actorLabel: string;
  note: string | null;
  data: unknown;
};

export type OwnCase = {
  id: string;
  code: string;
  kind: Kind;
  status: Status;
  closed: boolean;
  field: Field;
  title: string;
  content: string;
  agencyName: string;
  receivedAt: string;
  currentDue: string | null;
  answer: string | null;
  decisionNumber: string | null;
  answeredAt: string | null;
  publishedAt: string | null;
  refusalReason: string | null;
  events: TimelineEvent[];
  version: number;
};

export type Deadline = {
  step: string;
  amount: number;
  unit: 'working_days' | 'calendar_days';
  startedAt: string;
  dueAt: string;
  doneAt: string | null;
  extensions: number;
  state: DeadlineState;
  source: string;
};

export type CaseView = {
  id: string;
  code: string;
  kind: Kind;
  channel: string;
  field: Field;
  title: string;
  content: string;
  publicTitle: string;
  publicContent: string;
  communeName: string | null;
  address: string | null;
  agency: { id: string; name: string; unitCode: string; unitName: string };
  status: Status;
  closed: boolean;
  level: number;
  receivedAt: string;
  answer: string | null;
  publicAnswer: string | null;
  decisionNumber: string | null;
  refusalReason: string | null;
  deadlines: Deadline[];
  currentDue: string | null;
  overdue: boolean;
  oversightRequestedAt: string | null;
  events: TimelineEvent[];
  assignees: Array<{ userId: string; displayName: string }>;
  assignedToMe: boolean;
  submitter: {
    fullName: string | null;
    phone: string | null;
    email: string | null;
    address: string | null;
  } | null;
  confidentialIdentity: boolean;
  mayRevealDenouncer: boolean;
  likes: number;
  dislikes: number;
  version: number;
};

export type CaseRead = { as: 'official'; case: CaseView } | { as: 'submitter'; case: OwnCase };

export type QueueItem = {
  id: string;
  code: string;
  kind: Kind;
  status: Status;
  closed: boolean;
  field: Field;
  title: string;
  unitCode: string;
  unitName: string;
  agencyName: string;
  receivedAt: string;
  currentStep: string | null;
  currentDue: string | null;
  overdue: boolean;
  assignedToMe: boolean;
};

export type MyItem = {
  id: string;
  code: string;
  kind: Kind;
  status: Status;
  closed: boolean;
  field: Field;
  title: string;
  agencyName: string;
  receivedAt: string;
  answeredAt: string | null;
};

export type Submitted = {
  id: string;
  code: string;
  kind: Kind;
  receivedAt: string;
  agency: { id: string; name: string; unitCode: string };
  firstStep: { step: string; dueAt: string };
  trackingKey: string | null;
};

export type SubmitInput = {
  provinceCode: string;
  kind: Kind;
  channel?: 'portal' | 'counter' | 'post';
  field: Field;
  title: string;
  content: string;
  communeCode?: string;
  address?: string;
  person?: { fullName?: string; idNumber?: string; phone?: string; email?: string; address?: string };
  decisionKnownOn?: string;
  /** A second-level complaint: the first complaint's code (Law on Complaints art. 33). */
  previousCaseCode?: string;
};

export type CountRow = { key: string; current: number; previous: number; change: number | null };
export type Report = {
  provinceCode: string;
  units: string[] | null;
  period: { label: string; from: string; to: string };
  previousPeriod: { label: string; from: string; to: string };
  total: CountRow;
  byKind: CountRow[];
  byField: CountRow[];
  byUnit: Array<CountRow & { unitName: string }>;
  byMonth: Array<{ month: string; pakn: number; complaint: number; denunciation: number }>;
  onTimeByKind: Array<{ kind: Kind; cases: number; late: number; onTime: number; rate: number | null }>;
  onTimeBySteps: Array<{
    kind: Kind;
    step: string;
    measured: number;
    onTime: number;
    late: number;
    rate: number | null;
  }>;
  indicators766: Array<{
    code: '5.2' | '5.3';
    portalCode: string;
    maxPoints: number;
    formula: string;
    numerator: number;
    denominator: number;
    ratio: number | null;
    points: number | null;
    parts: Record<string, number>;
  }>;
};

const key = ['feedback'] as const;
const query = (params: Record<string, string | number | boolean | undefined>) => {
  const search = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== '' && v !== false) search.set(k, String(v));
  return search.toString();
};

export function usePublishedAnswers(params: {
  provinceCode?: string;
  field?: string;
  q?: string;
  page: number;
}) {
  return useQuery({
    queryKey: [...key, 'answers', params],
    queryFn: ({ signal }) =>
      api.get<Page<PublishedAnswer>>(`/feedback/answers?${query({ ...params, pageSize: 10 })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function usePublishedAnswer(code: string) {
  return useQuery({
    queryKey: [...key, 'answer', code],
    queryFn: ({ signal }) =>
      api.get<PublishedAnswer>(`/feedback/answers/${encodeURIComponent(code)}`, signal),
    retry: false,
  });
}

export function useRate(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vote: 'like' | 'dislike') =>
      api.put<{ likes: number; dislikes: number; myVote: 'like' | 'dislike' }>(
        `/feedback/answers/${encodeURIComponent(code)}/rating`,
        { vote },
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'answer', code] }),
  });
}

export function useSubmit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitInput) => api.post<Submitted>('/feedback/cases', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'mine'] }),
  });
}

/** The tracking key is a secret: it goes in the POST body, never in a URL (issue 18 §6). */
export function useTrack(code: string, trackingKey: string) {
  return useQuery({
    queryKey: [...key, 'track', code, trackingKey],
    queryFn: () => api.post<OwnCase>('/feedback/track', { code, key: trackingKey }),
    enabled: code !== '' && trackingKey.length >= 8,
    retry: false,
    gcTime: 0,
  });
}

export function useMyCases(page: number) {
  return useQuery({
    queryKey: [...key, 'mine', page],
    queryFn: ({ signal }) => api.get<Page<MyItem>>(`/feedback/my-cases?page=${page}&pageSize=20`, signal),
    placeholderData: keepPreviousData,
  });
}

export type QueueFilters = {
  kind?: string;
  status?: string;
  overdue?: boolean;
  assignedToMe?: boolean;
  q?: string;
  page: number;
};

export function useQueue(filters: QueueFilters) {
  return useQuery({
    queryKey: [...key, 'queue', filters],
    queryFn: ({ signal }) =>
      api.get<Page<QueueItem>>(`/feedback/cases?${query({ ...filters, pageSize: 20 })}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | null) {
  return useQuery({
    queryKey: [...key, 'case', id],
    queryFn: ({ signal }) => api.get<CaseRead>(`/feedback/cases/${id}`, signal),
    enabled: id !== null,
  });
}

export function useAssignable(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'assignable', id],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ id: string; displayName: string }> }>(
        `/feedback/cases/${id}/assignable`,
        signal,
      ),
    enabled,
  });
}

export type StepName =
  | 'classify'
  | 'accept'
  | 'refuse'
  | 'supplement'
  | 'supplement-received'
  | 'answer'
  | 'publish'
  | 'assign'
  | 'suspend'
  | 'resume'
  | 'terminate';

export function useStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ step, body }: { step: StepName; body: Record<string, unknown> }) =>
      api.post<{ changed: { version: number }; case: CaseView | null }>(
        `/feedback/cases/${id}/${step}`,
        body,
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function useRevealDenouncer(id: string) {
  return useMutation({
    mutationFn: () =>
      api.get<{
        fullName: string;
        idNumber: string;
        phone: string | null;
        email: string | null;
        address: string | null;
      }>(`/feedback/cases/${id}/denouncer`),
  });
}

export function useReport(provinceCode: string, period: string) {
  return useQuery({
    queryKey: [...key, 'report', provinceCode, period],
    queryFn: ({ signal }) => api.get<Report>(`/feedback/reports?${query({ provinceCode, period })}`, signal),
    enabled: /^\d{2}$/.test(provinceCode),
    placeholderData: keepPreviousData,
  });
}

export function useCommunes(provinceCode: string) {
  return useQuery({
    queryKey: ['units', 'communes', provinceCode, 'today'],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ code: string; name: string }> }>(
        `/units/provinces/${provinceCode}/communes`,
        signal,
      ),
    enabled: /^\d{2}$/.test(provinceCode),
    staleTime: 10 * 60_000,
  });
}

/**
 * Rút đơn — the complainant or denouncer withdraws their own case, or a leader records a written withdrawal
 * (Law on Complaints art. 10; Law on Denunciations art. 33).
 */
export function useWithdraw(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number; reason: string }) =>
      api.post<{ id: string; code: string; status: 'withdrawn' }>(`/feedback/cases/${id}/withdraw`, body),
    onSettled: () => void client.invalidateQueries({ queryKey: key }),
  });
}
