/** The procedures API as the pages use it: the public catalogue, and a province's publication and workflows. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { DeclarationFormDef } from '../eforms/types';

export type Channel = 'in_person' | 'online' | 'post';
export type Unit = 'working_days' | 'half_working_days' | 'working_hours' | 'calendar_days' | 'months';
export type OnlineLevel = 'full' | 'partial' | 'none' | null;
export type Duration = { channel: Channel; amount: number; unit: Unit; text: string; basis?: string };

export type CatalogueItem = {
  code: string;
  name: string;
  field: string;
  levels: string[];
  onlineLevel: OnlineLevel;
  decidingAgencyId: string | null;
  decidingAgencyKind: string;
  durations: Duration[];
};
export type CataloguePage = { items: CatalogueItem[]; total: number; page: number; pageSize: number };
export type Facets = {
  fields: Array<{ value: string; count: number }>;
  agencies: Array<{ value: string; kind: string; count: number; name: string; nameEn: string | null }>;
  levels: Array<{ value: string; count: number }>;
  online: Array<{ value: string; count: number }>;
};
export type AgencyLabel = { id: string; name: string; nameEn: string | null; kind: string };
export type DossierDocument = {
  name: string;
  copies: string | null;
  required: boolean;
  templateUrl: string | null;
  templateName: string | null;
};
export type PublishedFee = {
  kind: 'fixed' | 'table' | 'exemption';
  name: string;
  amountDong: number | null;
  per: string | null;
  note: string | null;
  basis: string | null;
  rows: Array<{ label: string; amountDong: number }>;
};
export type ProcedureVersion = {
  id: string;
  versionNo: number;
  code: string;
  name: string;
  levels: string[];
  levelsText: string;
  field: string;
  legalBasis: { number: string | null; date: string | null; text: string | null };
  competentAuthority: string | null;
  applicants: string[];
  channels: Channel[];
  durations: Duration[];
  onlineLevel: OnlineLevel;
  documents: DossierDocument[];
  declarationForm?: DeclarationFormDef | null;
  url: string | null;
  validFrom: string;
};
export type CatalogueEntry = {
  provinceCode: string;
  provinceName: string;
  procedure: ProcedureVersion;
  publication: {
    version: number;
    publishedOn: string;
    decision: { number: string; date: string | null } | null;
    decidingAgency: AgencyLabel | null;
    decidingAgencyKind: string;
    receiving: { mode: 'all_pas_centres' | 'selected'; agencies: AgencyLabel[]; count: number };
    fees: PublishedFee[];
  };
  workflow: {
    steps: Array<{
      position: number;
      name: string;
      role: string | null;
      agencyRef: string;
      agency: AgencyLabel | null;
      amount: number;
      unit: Unit;
    }>;
    totalMinutes: number;
  } | null;
};

export type CatalogueFilters = {
  province: string;
  q: string;
  field: string;
  level: string;
  agency: string;
  online: string;
  page: number;
  pageSize: number;
};

function query(params: Record<string, string | number>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== '') search.set(key, String(value));
  return search.toString();
}

export function useCatalogueProvinces() {
  return useQuery({
    queryKey: ['procedures', 'provinces'],
    queryFn: ({ signal }) =>
      api.get<{ items: Array<{ provinceCode: string; provinceName: string; count: number }> }>(
        '/procedures/catalogue/provinces',
        signal,
      ),
    staleTime: 5 * 60_000,
  });
}

export function useCatalogue(filters: CatalogueFilters) {
  return useQuery({
    queryKey: ['procedures', 'catalogue', filters],
    queryFn: ({ signal }) => api.get<CataloguePage>(`/procedures/catalogue?${query(filters)}`, signal),
    enabled: filters.province !== '',
    placeholderData: keepPreviousData,
  });
}

export function useFacets(province: string) {
  return useQuery({
    queryKey: ['procedures', 'facets', province],
    queryFn: ({ signal }) => api.get<Facets>(`/procedures/catalogue/facets?province=${province}`, signal),
    enabled: province !== '',
    staleTime: 60_000,
  });
}

export function useCatalogueEntry(province: string, code: string) {
  return useQuery({
    queryKey: ['procedures', 'entry', province, code],
    queryFn: ({ signal }) =>
      api.get<CatalogueEntry>(
        `/procedures/catalogue/${encodeURIComponent(code)}?province=${province}`,
        signal,
      ),
    enabled: province !== '' && code !== '',
    retry: false,
  });
}

/* ——— administration ——— */

export type AdminItem = {
  code: string;
  name: string;
  field: string;
  levels: string[];
  publication: 'published' | 'withdrawn' | null;
  workflow: 'published' | 'draft' | null;
  /** False: it cannot be published until the province sets a processing time (issue 15 §2). */
  hasProcessingTime: boolean;
};
export type Step = {
  name: string;
  role: string | null;
  agencyRef: 'receiving_centre' | 'deciding_agency' | 'agency';
  agencyId: string | null;
  amount: number;
  unit: Unit;
};
export type WorkflowCheck = {
  ok: boolean;
  totalMinutes: number;
  budgetMinutes: number | null;
  channel: string | null;
  problems: Array<{ kind: string; position?: number | null }>;
  messages: string[];
};
export type AgencyOption = {
  id: string;
  unitCode: string;
  kind: string;
  name: string;
  nameEn: string | null;
};
export type FeeDraft = {
  kind: 'fixed' | 'table' | 'exemption';
  name: string;
  amountDong?: number;
  per?: string | null;
  note?: string | null;
  basis?: string | null;
  rows?: Array<{ label: string; amountDong: number }>;
};
export type AdminView = {
  provinceCode: string;
  procedure: ProcedureVersion;
  publication: {
    version: number;
    status: 'published' | 'withdrawn';
    decidingAgencyId: string | null;
    decidingAgencyKind: string;
    receiving: { mode: 'all_pas_centres' | 'selected'; agencyIds: string[] };
    fees: PublishedFee[];
  } | null;
  workflow: { template: string; status: 'draft' | 'published'; version: number; steps: Step[] } | null;
  check: WorkflowCheck | null;
  agencies: AgencyOption[];
};
export type PublishBody = {
  version?: number;
  decidingAgencyId: string | null;
  decidingAgencyKind: string;
  receiving: { mode: 'all_pas_centres' } | { mode: 'selected'; agencyIds: string[] };
  fees: FeeDraft[];
};

const adminBase = (province: string, code: string) =>
  `/procedures/admin/${province}/publications/${encodeURIComponent(code)}`;

export function useAdminList(
  province: string,
  params: { q: string; publication: string; workflow: string; processingTime: string; page: number },
) {
  return useQuery({
    queryKey: ['procedures', 'admin', province, params],
    queryFn: ({ signal }) =>
      api.get<{ items: AdminItem[]; total: number }>(
        `/procedures/admin/${province}/publications?${query({ ...params, pageSize: 20 })}`,
        signal,
      ),
    enabled: province !== '',
    placeholderData: keepPreviousData,
  });
}

export function useAdminView(province: string, code: string) {
  return useQuery({
    queryKey: ['procedures', 'admin-view', province, code],
    queryFn: ({ signal }) => api.get<AdminView>(adminBase(province, code), signal),
  });
}

export function usePublish(province: string, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: PublishBody) => api.put<{ version: number }>(adminBase(province, code), body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['procedures'] }),
  });
}

export type ProcessingTimeBody = {
  baseVersionNo: number;
  durations: Array<{ channel: Channel; amount: number; unit: Unit; text?: string }>;
  legalBasis: { number: string; date?: string; text?: string };
};

/** Set the processing time of a procedure that has none (a new version, with the document that sets it). */
export function useSetProcessingTime(province: string, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ProcessingTimeBody) =>
      api.post<ProcedureVersion>(`${adminBase(province, code)}/processing-time`, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['procedures'] }),
  });
}

export function useWithdraw(province: string, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (version: number) => api.post(`${adminBase(province, code)}/withdraw`, { version }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['procedures'] }),
  });
}

export function useSaveWorkflow(province: string, code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: { version: number | null; template: string; steps: Step[]; publish: boolean }) =>
      api.put<{ workflow: { status: string; version: number }; check: WorkflowCheck }>(
        `${adminBase(province, code)}/workflow`,
        body,
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['procedures'] }),
  });
}

export function checkSteps(province: string, code: string, steps: Step[]): Promise<WorkflowCheck> {
  return api.post<WorkflowCheck>(`${adminBase(province, code)}/workflow/check`, { steps });
}

export function templateSteps(
  province: string,
  code: string,
  template: string,
  coordinatingAgencyId: string | null,
) {
  return api.post<{ steps: Step[] }>(`${adminBase(province, code)}/workflow/template`, {
    template,
    coordinatingAgencyId,
  });
}
