/** The investment API as the investment pages use it. Money arrives as strings of whole đồng. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type Source = 'central_budget' | 'local_budget' | 'national_target_programme';
export const SOURCES: Source[] = ['central_budget', 'local_budget', 'national_target_programme'];
export type Group = 'national' | 'A' | 'B' | 'C';

export type Totals = {
  plan: string;
  paid: string;
  rate: number | null;
  planLastYear: string;
  paidLastYear: string;
  rateLastYear: number | null;
  projects: number;
};

export type CurvePoint = {
  month: number;
  planned: string;
  paid: string;
  plannedCumulative: string;
  paidCumulative: string;
  paidLastYearCumulative: string;
  rate: number | null;
  plannedRate: number | null;
  rateLastYear: number | null;
};

export type AtRisk = {
  link: { kind: 'investment_project'; id: string };
  projectId: string;
  code: string;
  name: string;
  ownerName: string;
  annualPlan: string;
  plannedToDate: string;
  paidToDate: string;
  rate: number | null;
  plannedRate: number | null;
  behindPoints: number;
};

export type Summary = {
  provinceCode: string;
  provinceName: string;
  year: number;
  asOf: string;
  asOfLastYear: string;
  total: Totals;
  bySource: Array<Totals & { source: Source }>;
  byGroup: Array<Totals & { group: Group }>;
  byOwner: Array<Totals & { ownerName: string; ownerUnitCode: string }>;
  byUnit: Array<Totals & { unitCode: string; unitName: string }>;
  curve: CurvePoint[];
  extensions: { awaiting: number; pastEndWithoutRequest: number; decidedThisYear: number };
  atRisk: { count: number; marginPoints: number };
  permissions: { plan: boolean };
};

export type Project = {
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  ownerUnitCode: string;
  ownerAgencyId: string | null;
  ownerName: string;
  unitCode: string;
  unitName: string;
  group: Group;
  totalInvestment: string;
  startDate: string;
  plannedEndDate: string;
  currentEndDate: string;
  status: 'active' | 'completed' | 'suspended';
  note: string | null;
  version: number;
};

export type ProjectRow = Project & {
  plan: string;
  paid: string;
  rate: number | null;
  rateLastYear: number | null;
  pendingExtension: boolean;
};

export type Disbursement = {
  id: string;
  projectId: string;
  planYear: number;
  source: Source;
  disbursedOn: string;
  amount: string;
  voucherNo: string | null;
  note: string | null;
  origin: 'manual' | 'import';
  enteredBy: string;
  createdAt: string;
  cancelledAt: string | null;
  cancelledBy: string | null;
  cancelReason: string | null;
};

export type Extension = {
  id: string;
  projectId: string;
  requestedOn: string;
  reason: string;
  currentEndDate: string;
  requestedEndDate: string;
  status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
  decisionRef: string | null;
  decidedOn: string | null;
  approvedEndDate: string | null;
  decisionNote: string | null;
  requestedBy: string;
  decidedBy: string | null;
  version: number;
};

export type ProjectDetail = {
  project: Project;
  year: number;
  asOf: string;
  capitalPlans: Array<{
    id: string;
    year: number;
    source: Source;
    amount: string;
    decisionRef: string | null;
  }>;
  monthlyPlan: string[] | null;
  bySource: Array<{ source: Source; plan: string; paid: string; rate: number | null }>;
  totals: { plan: string; paid: string; rate: number | null; rateLastYear: number | null };
  curve: CurvePoint[];
  disbursements: Disbursement[];
  extensions: Extension[];
  atRisk: AtRisk | null;
  link: { kind: 'investment_project'; id: string };
  permissions: { plan: boolean; owner: boolean };
};

export type ReportLine = {
  code: string;
  name: string;
  projectId: string | null;
  planBySource: Record<Source, string>;
  plan: string;
  paidInMonth: string;
  paidToDate: string;
  rate: number | null;
  rateLastYear: number | null;
};

export type MonthlyReport = {
  provinceCode: string;
  provinceName: string;
  year: number;
  month: number;
  asOf: string;
  owners: Array<{ ownerName: string; subtotal: ReportLine; projects: ReportLine[] }>;
  total: ReportLine;
};

const key = ['investment'] as const;

export function useSummary(provinceCode: string, year: number) {
  return useQuery({
    queryKey: [...key, 'summary', provinceCode, year],
    queryFn: ({ signal }) =>
      api.get<Summary>(`/investment/summary?provinceCode=${provinceCode}&year=${year}`, signal),
    enabled: /^\d{2}$/.test(provinceCode),
  });
}

export function useAtRisk(provinceCode: string, year: number) {
  return useQuery({
    queryKey: [...key, 'at-risk', provinceCode, year],
    queryFn: ({ signal }) =>
      api.get<{ marginPoints: number; items: AtRisk[] }>(
        `/investment/at-risk?provinceCode=${provinceCode}&year=${year}`,
        signal,
      ),
  });
}

export function useProjects(filter: {
  provinceCode: string;
  year: number;
  q: string;
  page: number;
  pageSize: number;
}) {
  const params = new URLSearchParams({
    provinceCode: filter.provinceCode,
    year: String(filter.year),
    page: String(filter.page),
    pageSize: String(filter.pageSize),
  });
  if (filter.q.trim()) params.set('q', filter.q.trim());
  return useQuery({
    queryKey: [...key, 'projects', filter],
    queryFn: ({ signal }) =>
      api.get<{ items: ProjectRow[]; total: number; page: number; pageSize: number; year: number }>(
        `/investment/projects?${params}`,
        signal,
      ),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string, year: number | undefined) {
  return useQuery({
    queryKey: [...key, 'project', id, year ?? null],
    queryFn: ({ signal }) =>
      api.get<ProjectDetail>(
        `/investment/projects/${encodeURIComponent(id)}${year ? `?year=${year}` : ''}`,
        signal,
      ),
  });
}

export function useMonthlyReport(provinceCode: string, year: number, month: number) {
  return useQuery({
    queryKey: [...key, 'monthly', provinceCode, year, month],
    queryFn: ({ signal }) =>
      api.get<MonthlyReport>(
        `/investment/reports/monthly?provinceCode=${provinceCode}&year=${year}&month=${month}`,
        signal,
      ),
  });
}

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: key });
}

export function useSetMonthlyPlan(projectId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { year: number; months: string[] }) =>
      api.put<{ year: number; months: string[] }>(
        `/investment/projects/${encodeURIComponent(projectId)}/monthly-plan`,
        body,
      ),
    onSuccess: refresh,
  });
}

export function useSetMargin(provinceCode: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (marginPoints: number) =>
      api.put<{ provinceCode: string; marginPoints: number }>(`/investment/settings/${provinceCode}`, {
        marginPoints,
      }),
    onSuccess: refresh,
  });
}

export type NewDisbursement = {
  planYear: number;
  source: Source;
  disbursedOn: string;
  amount: string;
  voucherNo?: string | null;
  note?: string | null;
};

export function useRecordDisbursement(projectId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: NewDisbursement) =>
      api.post<Disbursement>(`/investment/projects/${encodeURIComponent(projectId)}/disbursements`, body),
    onSuccess: refresh,
  });
}

export function useCancelDisbursement() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: { id: string; reason: string }) =>
      api.post<Disbursement>(`/investment/disbursements/${encodeURIComponent(input.id)}/cancel`, {
        reason: input.reason,
      }),
    onSuccess: refresh,
  });
}

export function useRequestExtension(projectId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { reason: string; requestedEndDate: string }) =>
      api.post<Extension>(`/investment/projects/${encodeURIComponent(projectId)}/extensions`, body),
    onSuccess: refresh,
  });
}

export function useDecideExtension() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: {
      id: string;
      decision: 'approved' | 'rejected';
      decisionRef: string;
      decidedOn: string;
      approvedEndDate?: string | null;
      version: number;
    }) => {
      const { id, ...body } = input;
      return api.post<Extension>(`/investment/extensions/${encodeURIComponent(id)}/decision`, body);
    },
    onSuccess: refresh,
  });
}
