/** The staffing API as the staffing pages use it (shapes of src/modules/staffing/route-schemas.ts). */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';

export type Shortfall = 'vacancies' | 'qualification' | 'facilities';
export const SHORTFALLS: Shortfall[] = ['vacancies', 'qualification', 'facilities'];

export type Totals = {
  quota: number;
  inPost: number;
  vacancies: number;
  belowQualification: number;
  untrained: number;
  facilitiesShort: number;
};

export type ProvinceView = {
  provinceCode: string;
  provinceName: string;
  at: string;
  communes: Array<{
    unitCode: string;
    name: string;
    nameEn: string | null;
    type: string;
    totals: Totals;
    shortfalls: Shortfall[];
  }>;
  totals: Totals & { communes: number; below: number };
};

export type CommuneView = {
  unitCode: string;
  provinceCode: string;
  name: string;
  nameEn: string | null;
  at: string;
  totals: Totals;
  shortfalls: Shortfall[];
  positions: Array<{
    agencyId: string;
    agencyName: string;
    agencyNameEn: string | null;
    jobPosition: string;
    quota: number;
    inPost: number;
    vacancies: number;
    surplus: number;
    belowQualification: number;
    untrained: number;
    decisionRef: string | null;
  }>;
  staff: Array<{
    personId: string;
    fullName: string;
    agencyId: string;
    jobPosition: string;
    qualification: 'doctorate' | 'master' | 'university' | 'college' | 'intermediate' | 'none';
    fieldOfStudy: string | null;
    trainings: Array<'state_management' | 'political_theory' | 'digital_skills'>;
    positionId: string | null;
    validFrom: string;
  }>;
  accountsNotOnRoster: Array<{ positionId: string; userId: string; agencyName: string; title: string }>;
  agencies: Array<{ id: string; name: string; nameEn: string | null }>;
  may: { approve: boolean; keep: boolean };
  facilities: Array<{
    item: string;
    required: number;
    quantity: number;
    condition: 'good' | 'degraded' | 'unusable' | null;
    shortfall: number;
    note: string | null;
    validFrom: string | null;
  }>;
};

type Named = { code: string; vi: string; en: string };
export type Qualification = CommuneView['staff'][number]['qualification'];
export type Training = CommuneView['staff'][number]['trainings'][number];
export type Condition = 'good' | 'degraded' | 'unusable';
export const QUALIFICATIONS: Qualification[] = [
  'doctorate',
  'master',
  'university',
  'college',
  'intermediate',
  'none',
];
export const TRAININGS: Training[] = ['state_management', 'political_theory', 'digital_skills'];
export const CONDITIONS: Condition[] = ['good', 'degraded', 'unusable'];

export type Catalogue = {
  jobPositions: Named[];
  facilityItems: Array<Named & { unit: { vi: string; en: string } }>;
};

export type ProvinceFilter = {
  provinceCode: string;
  at: string;
  belowOnly: boolean;
  shortfall: Shortfall | '';
};

function provinceQuery(f: ProvinceFilter): string {
  const q = new URLSearchParams({ provinceCode: f.provinceCode, at: f.at });
  if (f.belowOnly) q.set('belowOnly', 'true');
  if (f.shortfall) q.set('shortfall', f.shortfall);
  return q.toString();
}

export function useProvinceStaffing(f: ProvinceFilter) {
  return useQuery({
    queryKey: ['staffing', 'province', f],
    queryFn: ({ signal }) => api.get<ProvinceView>(`/staffing/province?${provinceQuery(f)}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useCommuneStaffing(unitCode: string, at: string) {
  return useQuery({
    queryKey: ['staffing', 'commune', unitCode, at],
    queryFn: ({ signal }) => api.get<CommuneView>(`/staffing/communes/${unitCode}?at=${at}`, signal),
  });
}

export function useStaffingCatalogue() {
  return useQuery({
    queryKey: ['staffing', 'catalogue'],
    queryFn: ({ signal }) => api.get<Catalogue>('/staffing/catalogue', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export const provinceExport = (f: ProvinceFilter, format: 'xlsx' | 'csv', lang: string) =>
  `${API_BASE}/staffing/province/export.${format}?${provinceQuery(f)}&lang=${lang}`;

export const communeExport = (unitCode: string, at: string, format: 'xlsx' | 'csv', lang: string) =>
  `${API_BASE}/staffing/communes/${unitCode}/export.${format}?at=${at}&lang=${lang}`;

type Saved = { id: string; validFrom: string };
export type QuotaInput = {
  agencyId: string;
  jobPosition: string;
  posts: number;
  decisionRef: string | null;
  validFrom: string;
};
export type FacilityInput = {
  item: string;
  quantity: number;
  condition: Condition;
  note: string | null;
  validFrom: string;
};
export type StaffInput = {
  agencyId: string;
  fullName: string;
  jobPosition: string;
  qualification: Qualification;
  fieldOfStudy: string | null;
  trainings: Training[];
  positionId: string | null;
  validFrom: string;
};

/** A change to a commune's staffing: every staffing view is read again (the province list counts it too). */
function useStaffingChange<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['staffing'] }),
  });
}

export const useSetQuota = (unitCode: string) =>
  useStaffingChange((input: QuotaInput) => api.put<Saved>(`/staffing/communes/${unitCode}/quotas`, input));

export const useSetFacility = (unitCode: string) =>
  useStaffingChange((input: FacilityInput) =>
    api.put<Saved>(`/staffing/communes/${unitCode}/facilities`, input),
  );

/** Take on an official (no person yet) or change one's particulars from a date. */
export const useSaveStaff = (unitCode: string, personId: string | null) =>
  useStaffingChange((input: StaffInput) =>
    personId
      ? api.put<Saved>(`/staffing/staff/${personId}`, input)
      : api.post<Saved>(`/staffing/communes/${unitCode}/staff`, input),
  );

export const useEndStaff = (personId: string) =>
  useStaffingChange((input: { validTo: string; reason?: string }) =>
    api.post<{ personId: string; validTo: string }>(`/staffing/staff/${personId}/leave`, input),
  );
