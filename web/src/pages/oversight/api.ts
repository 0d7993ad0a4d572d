/** The oversight API as the pages use it: tasks, conclusions, views, notices, and each step of a task. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';

export const TASK_STATUSES = ['assigned', 'in_progress', 'completion_reported', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
export const DUE_STATES = [
  'on_track',
  'due_soon',
  'overdue',
  'awaiting_review',
  'done_on_time',
  'done_late',
] as const;
export type DueState = (typeof DUE_STATES)[number];
export type Priority = 'normal' | 'high' | 'urgent';
export type ConclusionKind = 'conclusion_notice' | 'directive';
export type Audience = 'agency' | 'agency_head' | 'issuer';
export const LINK_KINDS = ['dossier', 'feedback', 'target', 'investment_project'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export type Agency = { id: string; name: string; nameEn: string | null; unitCode: string; kind: string };

export type TaskSummary = {
  id: string;
  code: string;
  seq: number;
  title: string;
  priority: Priority;
  status: TaskStatus;
  progressPercent: number;
  deadline: string;
  originalDeadline: string;
  conclusion: {
    id: string;
    number: string;
    kind: ConclusionKind;
    title: string;
    issuedOn: string;
    issuerUnitCode: string;
    issuerName: string;
  };
  leadAgency: Agency;
  dueState: DueState;
  workingDaysLeft: number | null;
  workingDaysLate: number | null;
  lastReportedAt: string | null;
  completionReportedOn: string | null;
  neverReported: boolean;
  pendingExtension: boolean;
  escalation: { step: string; audience: Audience; firedOn: string } | null;
  version: number;
};

export type Attachment = { name: string; reference: string; fileId?: string };

export type TaskDetail = TaskSummary & {
  provinceCode: string;
  content: string;
  expectedOutput: string | null;
  deadlineWorkingDays: number | null;
  acceptedAt: string | null;
  confirmedAt: string | null;
  coordinators: Agency[];
  reports: Array<{
    id: string;
    kind: 'progress' | 'completion';
    percent: number;
    text: string;
    attachments: Attachment[];
    reporterName: string;
    reportedAt: string;
    review: 'confirmed' | 'reopened' | null;
    reviewNote: string | null;
    reviewerName: string | null;
    reviewedAt: string | null;
  }>;
  extensions: Array<{
    id: string;
    previousDeadline: string;
    requestedDeadline: string;
    reason: string;
    status: 'pending' | 'granted' | 'refused';
    requesterName: string;
    requestedAt: string;
    grantedDeadline: string | null;
    decisionNote: string | null;
    deciderName: string | null;
    decidedAt: string | null;
  }>;
  escalations: Array<{
    id: string;
    step: string;
    audience: Audience;
    deadline: string;
    workingDaysFromDeadline: number;
    firedOn: string;
  }>;
  links: Array<{
    id: string;
    kind: LinkKind;
    reference: string;
    note: string | null;
    createdBy: string;
    createdAt: string;
    resolution: LinkResolution;
  }>;
  can: Record<
    'accept' | 'report' | 'requestExtension' | 'reportCompletion' | 'decideExtension' | 'review' | 'link',
    boolean
  >;
};

/** What the owning module says of a linked record (the server asks it through its public API). */
export type LinkResolution =
  | {
      state: 'resolved';
      label: string;
      status: string | null;
      date: string | null;
      overdue: boolean;
      progress: number | null;
      atRisk: boolean;
      path: string | null;
    }
  | { state: 'not_found' }
  | { state: 'unresolved'; reason: 'module_not_available' | 'lookup_failed' };

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

export type TaskList = Page<TaskSummary> & {
  today: string;
  counts: { byStatus: Record<TaskStatus, number>; byDueState: Record<DueState, number> };
};

export type TaskFilters = {
  view: 'agency' | 'issued';
  status: TaskStatus | '';
  dueState: DueState | '';
  q: string;
  escalation: '' | 'issuer';
  neverReported: boolean;
  conclusionId: string;
  page: number;
  pageSize: number;
};

/** Where a conclusion comes from (issue 21 §4): the unit's own, or an outside body. */
export const SOURCE_KINDS = [
  'own',
  'inspection',
  'state_audit',
  'party_inspection',
  'superior_directive',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type FollowUpCounts = {
  conclusions: number;
  tasks: number;
  doneOnTime: number;
  doneLate: number;
  inProgress: number;
  overdue: number;
};
export type FollowUp = {
  today: string;
  lines: Array<FollowUpCounts & { source: SourceKind }>;
  total: FollowUpCounts;
};

export function useFollowUp() {
  return useQuery({
    queryKey: [...key, 'follow-up'],
    queryFn: ({ signal }) => api.get<FollowUp>('/oversight/follow-up', signal),
  });
}

export type ConclusionSummary = {
  id: string;
  issuerUnitCode: string;
  issuerName: string;
  kind: ConclusionKind;
  source: SourceKind;
  number: string;
  issuedOn: string;
  title: string;
  version: number;
  stats: {
    tasks: number;
    open: number;
    overdue: number;
    awaitingReview: number;
    completed: number;
    neverReported: number;
  };
};

export type HeatCell = { onTime: number; late: number; overdueOpen: number; open: number };
export type HeatMap = {
  today: string;
  from: string;
  to: string;
  months: string[];
  rows: Array<{ agency: Agency; cells: HeatCell[]; total: HeatCell }>;
  totals: HeatCell[];
  total: HeatCell;
};

export type UnreportedConclusion = {
  id: string;
  number: string;
  kind: ConclusionKind;
  title: string;
  issuedOn: string;
  issuerName: string;
  tasks: number;
  neverReported: number;
  neverReportedOverdue: number;
  earliestDeadline: string;
  agencies: Agency[];
};

export type Notice = {
  id: string;
  kind:
    | 'escalation'
    | 'extension_requested'
    | 'extension_decided'
    | 'completion_reported'
    | 'completion_reviewed';
  audience: Audience;
  taskId: string;
  params: Record<string, unknown>;
  createdAt: string;
  read: boolean;
};

export type TaskInput = {
  title: string;
  content: string;
  leadAgencyId: string;
  coordinatingAgencyIds?: string[];
  deadline?: string;
  deadlineWorkingDays?: number;
  priority?: Priority;
  expectedOutput?: string;
};

export type NewConclusion = {
  issuerUnitCode: string;
  issuerName: string;
  kind: ConclusionKind;
  source: SourceKind;
  number: string;
  issuedOn: string;
  title: string;
  summary?: string;
  signerName?: string;
  meetingId?: string;
  tasks: TaskInput[];
};

/** A grant's province: its own code for a province-level grant, else the province the server sent with it. */
export function provinceOfGrant(grant: { unitCode: string } | undefined): string {
  if (!grant) return '';
  const sent = (grant as { provinceCode?: string }).provinceCode;
  return sent ?? (grant.unitCode.length === 2 ? grant.unitCode : '');
}

/** The query-key root of everything oversight (the meetings' hooks share it). */
export const key = ['oversight'] as const;

export function useTasks(filters: TaskFilters) {
  const params = new URLSearchParams({
    view: filters.view,
    page: String(filters.page),
    pageSize: String(filters.pageSize),
  });
  if (filters.status) params.set('status', filters.status);
  if (filters.dueState) params.set('dueState', filters.dueState);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.escalation) params.set('escalation', filters.escalation);
  if (filters.neverReported) params.set('neverReported', 'true');
  if (filters.conclusionId) params.set('conclusionId', filters.conclusionId);
  return useQuery({
    queryKey: [...key, 'tasks', filters],
    queryFn: ({ signal }) => api.get<TaskList>(`/oversight/tasks?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useTask(id: string) {
  return useQuery({
    queryKey: [...key, 'task', id],
    queryFn: ({ signal }) => api.get<TaskDetail>(`/oversight/tasks/${encodeURIComponent(id)}`, signal),
  });
}

export function useConclusions(page: number, pageSize: number, source = '') {
  return useQuery({
    queryKey: [...key, 'conclusions', page, pageSize, source],
    queryFn: ({ signal }) =>
      api.get<Page<ConclusionSummary>>(
        `/oversight/conclusions?page=${page}&pageSize=${pageSize}${source ? `&source=${source}` : ''}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useHeatMap(from: string, to: string) {
  const params = new URLSearchParams();
  if (from) params.set('from', from);
  if (to) params.set('to', to);
  return useQuery({
    queryKey: [...key, 'heatmap', from, to],
    queryFn: ({ signal }) => api.get<HeatMap>(`/oversight/heatmap?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUnreported(page: number, pageSize: number) {
  return useQuery({
    queryKey: [...key, 'unreported', page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<UnreportedConclusion> & { today: string }>(
        `/oversight/unreported?page=${page}&pageSize=${pageSize}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useNotices(unreadOnly: boolean, page: number, pageSize = 10) {
  return useQuery({
    queryKey: [...key, 'notices', unreadOnly, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<Notice> & { unread: number }>(
        `/oversight/notices?unread=${unreadOnly}&page=${page}&pageSize=${pageSize}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useMarkNoticeRead() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.post<{ id: string }>(`/oversight/notices/${encodeURIComponent(id)}/read`),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'notices'] }),
  });
}

export function useAgencies(provinceCode: string) {
  return useQuery({
    queryKey: [...key, 'agencies', provinceCode],
    queryFn: ({ signal }) =>
      api.get<{ items: Agency[] }>(`/oversight/agencies/${encodeURIComponent(provinceCode)}`, signal),
    enabled: /^\d{2}$/.test(provinceCode),
    staleTime: 10 * 60_000,
  });
}

export function useIssueConclusion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewConclusion) =>
      api.post<{ id: string; number: string }>('/oversight/conclusions', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}

/** One step of a task's life: the answer is the task as it now is; every list is refetched. */
export function useTaskStep(taskId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({
      path,
      body,
      method = 'POST',
    }: {
      path: string;
      body?: unknown;
      method?: 'POST' | 'DELETE';
    }) => {
      const url = `/oversight/tasks/${encodeURIComponent(taskId)}${path}`;
      return method === 'DELETE' ? api.delete<TaskDetail>(url) : api.post<TaskDetail>(url, body);
    },
    onSuccess: (task) => {
      client.setQueryData([...key, 'task', taskId], task);
      void client.invalidateQueries({ queryKey: key, predicate: (q) => q.queryKey[1] !== 'task' });
    },
  });
}

/** Adopt the task a 409 answer carried (someone changed it first). */
export function useAdoptTask(taskId: string) {
  const client = useQueryClient();
  return (current: unknown) => {
    if (typeof current === 'object' && current !== null && (current as { id?: unknown }).id === taskId)
      client.setQueryData([...key, 'task', taskId], current as TaskDetail);
  };
}

/** The address of a CSV export (a plain download link, same origin, with the session cookie). */
export function exportUrl(
  table: 'tasks' | 'agencies' | 'unreported',
  lang: string,
  range?: { from: string; to: string },
) {
  const params = new URLSearchParams({ table, lang: lang === 'en' ? 'en' : 'vi' });
  if (range?.from) params.set('from', range.from);
  if (range?.to) params.set('to', range.to);
  return `${API_BASE}/oversight/export.csv?${params}`;
}

/** The address of the PDF report for the next meeting. */
export function reportUrl(range?: { from: string; to: string }) {
  const params = new URLSearchParams();
  if (range?.from) params.set('from', range.from);
  if (range?.to) params.set('to', range.to);
  return `${API_BASE}/oversight/report.pdf${params.size ? `?${params}` : ''}`;
}

export type RaiseSource =
  | { kind: 'feedback'; id: string; version: number }
  | { kind: 'investment_project'; id: string };

export type RaiseInput = {
  source: RaiseSource;
  issuerUnitCode: string;
  issuerName: string;
  number: string;
  issuedOn: string;
  title?: string;
  note?: string;
  task: Omit<TaskInput, 'leadAgencyId'> & { leadAgencyId?: string };
};

/** A PAKN, complaint or project at risk as a directive with one task linked to it (`POST /oversight/raise`). */
export function useRaiseTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: RaiseInput) =>
      api.post<{ conclusion: { id: string; number: string }; taskId: string }>('/oversight/raise', input),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key });
      void client.invalidateQueries({ queryKey: ['feedback'] });
    },
  });
}

/** The Excel workbook for the next meeting (summary, agencies, months, tasks, never reported). */
export function xlsxUrl(lang: string, range?: { from: string; to: string }) {
  const params = new URLSearchParams({ lang: lang === 'en' ? 'en' : 'vi' });
  if (range?.from) params.set('from', range.from);
  if (range?.to) params.set('to', range.to);
  return `${API_BASE}/oversight/report.xlsx?${params}`;
}
