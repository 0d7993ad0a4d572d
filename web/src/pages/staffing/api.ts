/** The staffing API as the staffing pages use it (shapes of src/modules/staffing/route-schemas.ts). */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
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
