/**
 * The reports API as the pages use it (issue 7): the service figures of a unit (signed in or public), the figures
 * per procedure, the dossiers behind a figure in keyset pages, the Decision 766 scorecard, and export addresses.
 * Shapes follow src/modules/reports/route-schemas.ts.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';
import type { Success } from '../../api/typed';

export const CHANNELS = ['online', 'in_person', 'post'] as const;
export type Channel = (typeof CHANNELS)[number];
export type ExportFormat = 'xlsx' | 'pdf' | 'csv';

export type Figures = {
  received: number;
  receivedOnline: number;
  receivedInPerson: number;
  receivedPost: number;
  resolved: number;
  approved: number;
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
  onTimeRate: number | null;
  onTimeRateIndicator: number | null;
  onlineRate: number | null;
  counterRate: number | null;
  postRate: number | null;
  postalReturnRate: number | null;
  eResultRate: number | null;
  paidOnlineRate: number | null;
  satisfactionRate: number | null;
  averageResolutionDays: number | null;
};

export type ReportPeriod = {
  label: string;
  kind: 'year' | 'quarter' | 'month' | 'custom';
  from: string;
  to: string;
  months: string[];
  wholeMonths: boolean;
};

export type Indicator = {
  key: string;
  numerator: number;
  denominator: number | null;
  value: number | null;
  drill: string | null;
};

export type MethodLine = { key: string; vi: string; en: string; source: string; sourceEn: string };

export type UnitRow = Figures & {
  rowKey: string;
  unitCode: string;
  unitName: string;
  level: 'province' | 'commune';
};

/** A level of a province (issue 24 §1): all its communes, its special zones, its province-level agencies. */
export const UNIT_LEVELS = ['commune', 'special_zone', 'province_agencies'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];
export type ScopeLevel = {
  key: UnitLevel;
  units: Array<{ code: string; name: string; nameEn: string | null; type: string }>;
} | null;
export type AgencyRow = Figures & { agencyId: string; agencyName: string; unitCode: string };

export type ServiceReport = Figures & {
  unit: string;
  unitName: string;
  provinceCode: string;
  level: 'province' | 'commune';
  scopeLevel: ScopeLevel;
  levels: Array<{ key: UnitLevel; units: number }>;
  rowKey: string;
  period: ReportPeriod;
  filters: {
    agencyId: string | null;
    procedureCode: string | null;
    field: string | null;
    channel: string | null;
  };
  indicators: Indicator[];
  satisfaction: {
    rated: number;
    averages: Array<number | null>;
    agencyScore: number | null;
    agencyBand: string | null;
    staffScore: number | null;
    staffBand: string | null;
  };
  months: Array<Figures & { month: string }>;
  units: UnitRow[];
  agencyRows: AgencyRow[];
  method: MethodLine[];
  measuredAt: string;
};

export type ProcedureRow = Figures & { procedureCode: string; procedureName: string; field: string };

export type DrillDossier = {
  id: string;
  code: string | null;
  procedureCode: string;
  procedureName: string;
  channel: string;
  status: string;
  outcome: string | null;
  receivedAt: string | null;
  appointmentAt: string | null;
  finishedAt: string | null;
  unitCode: string;
};

export type SubIndicator = {
  code: string;
  portalCode: string;
  name: string;
  nameEn: string;
  maxPoints: number;
  threshold: number | null;
  formula: string;
  formulaEn: string;
  /** ratio: a share shown as a percent; days: an average in days (2.2). */
  display: 'ratio' | 'days';
  source: string;
  note?: string;
  noteEn?: string;
  hasData: boolean;
  numerator: number | null;
  denominator: number | null;
  ratio: number | null;
  points: number | null;
  reason: string | null;
  reasonEn: string | null;
};

export type Scorecard = {
  unit: string;
  unitName: string;
  scopeLevel: ScopeLevel;
  period: ReportPeriod;
  total: number;
  max: number;
  fullMax: number;
  share: number | null;
  rating: { name: string; nameEn: string } | null;
  groups: Array<{
    key: string;
    name: string;
    nameEn: string;
    points: number;
    max: number;
    fullMax: number;
    items: SubIndicator[];
  }>;
  inProgressRule: InProgressRuleView;
  pendingAtEnd: { onTime: number; late: number };
  method: MethodLine[];
  measuredAt: string;
};

/** Which dossiers 2.1 and 5.4 count (issue 24 §5a), as the server's OpenAPI document types it. */
export type InProgressRuleView = Success<'/api/v1/reports/settings/in-progress-rule', 'get'>;

/** What a report is about: a unit, a period (label or days) and the dashboard's filters. */
export type ReportFilter = {
  unit: string;
  level?: UnitLevel | undefined;
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: string | undefined;
  procedureCode?: string | undefined;
  field?: string | undefined;
  channel?: string | undefined;
};

export function queryString(values: Record<string, string | number | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(values))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  return q.toString();
}

const periodOnly = (f: ReportFilter) => (f.period ? { period: f.period } : { from: f.from, to: f.to });

const hasPeriod = (f: ReportFilter) => Boolean(f.period || (f.from && f.to));

export function useServiceReport(filter: ReportFilter | null) {
  return useQuery({
    queryKey: ['reports', 'service', filter],
    queryFn: ({ signal }) => api.get<ServiceReport>(`/reports/service?${queryString({ ...filter })}`, signal),
    enabled: filter !== null && hasPeriod(filter),
    placeholderData: keepPreviousData,
  });
}

/** The public figures: unit, period and channel only (no agency, procedure or field). */
export function usePublicReport(unit: string | null, period: string) {
  return useQuery({
    queryKey: ['reports', 'public', unit, period],
    queryFn: ({ signal }) =>
      api.get<ServiceReport>(`/public/reports/service?${queryString({ unit, period })}`, signal),
    enabled: unit !== null,
    placeholderData: keepPreviousData,
  });
}

export function useProcedureRows(filter: ReportFilter | null) {
  return useQuery({
    queryKey: ['reports', 'procedures', filter],
    queryFn: ({ signal }) =>
      api.get<{ total: number; items: ProcedureRow[] }>(
        `/reports/service/procedures?${queryString({ ...filter, limit: 500 })}`,
        signal,
      ),
    enabled: filter !== null && hasPeriod(filter),
    placeholderData: keepPreviousData,
  });
}

export function useDrillPage(filter: ReportFilter | null, measure: string | null, after: string | null) {
  return useQuery({
    queryKey: ['reports', 'dossiers', filter, measure, after],
    queryFn: ({ signal }) =>
      api.get<{ measure: string; items: DrillDossier[]; next: string | null }>(
        `/reports/service/dossiers?${queryString({ ...filter, measure, after, pageSize: 20 })}`,
        signal,
      ),
    enabled: filter !== null && measure !== null && hasPeriod(filter),
    placeholderData: keepPreviousData,
  });
}

export function useScorecard(filter: ReportFilter | null) {
  const key = filter ? { unit: filter.unit, level: filter.level, ...periodOnly(filter) } : null;
  return useQuery({
    queryKey: ['reports', 'index766', key],
    queryFn: ({ signal }) => api.get<Scorecard>(`/reports/index766?${queryString({ ...key })}`, signal),
    enabled: key !== null && filter !== null && hasPeriod(filter),
    placeholderData: keepPreviousData,
  });
}

/** The address of a signed-in export (the dashboard's filters) or of the public one (unit and period only). */
export function exportUrl(
  filter: ReportFilter,
  format: ExportFormat,
  options: { publicView?: boolean; report?: 'service' | 'index766'; lang?: 'vi' | 'en' } = {},
): string {
  const lang = options.lang ?? 'vi';
  if (options.publicView)
    return `${API_BASE}/public/reports/export?${queryString({ unit: filter.unit, level: filter.level, ...periodOnly(filter), format, lang })}`;
  return `${API_BASE}/reports/export?${queryString({ ...filter, report: options.report, format, lang })}`;
}
