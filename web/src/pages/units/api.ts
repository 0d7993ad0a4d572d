/** The public units API: provinces, communes, search, a unit's history and agencies, and lineage. */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client';

export type ProvinceRow = {
  code: string;
  name: string;
  nameEn: string | null;
  type: string;
  communes: number;
  xa: number;
  phuong: number;
  dac_khu: number;
};

export type CommuneRow = { code: string; name: string; nameEn: string | null; type: string };

export type CommuneStats = { total: number; xa: number; phuong: number; dac_khu: number };

export type CommuneList = { province: string; asOf: string; stats: CommuneStats; items: CommuneRow[] };

export type FoundUnit = {
  code: string;
  level: string;
  name: string;
  nameEn: string | null;
  type: string;
  provinceCode: string | null;
  legacy: boolean;
};

export type UnitVersion = {
  effectiveFrom: string;
  effectiveTo: string | null;
  name: string;
  nameEn: string | null;
  type: string;
  parentCode: string | null;
  source: string;
};

export type Agency = { id: string; kind: string; name: string; code: string | null };

export type UnitDetail = {
  code: string;
  level: string;
  provinceCode: string;
  versions: UnitVersion[];
  agencies: Agency[];
};

export type LineageLink = {
  oldLevel: string;
  oldCode: string | null;
  oldName: string;
  oldDistrictCode: string;
  oldProvinceCode: string;
  newCode: string;
  newName: string;
  relation: 'whole' | 'part';
  relationText: string;
  note: string | null;
  /** Resolution 202/2025/QH15 for provinces; null where the conversion table names none. */
  resolution: string | null;
};

export type Lineage = {
  code: string;
  successors: LineageLink[];
  predecessors: LineageLink[];
  legacyUnit: { code: string; level: string; name: string } | null;
};

export type UnitSearch = { q: string; asOf?: string; legacy?: boolean; limit: number; offset: number };

const unitsKey = ['units'] as const;
/** Reference data changes rarely: keep it for a while. */
const REFERENCE_STALE_MS = 10 * 60_000;

export function useProvinces(asOf: string) {
  return useQuery({
    queryKey: [...unitsKey, 'provinces', asOf],
    queryFn: ({ signal }) =>
      api.get<{ asOf: string; items: ProvinceRow[] }>(`/units/provinces?asOf=${asOf}`, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useCommunes(province: string, asOf: string) {
  return useQuery({
    queryKey: [...unitsKey, 'communes', province, asOf],
    queryFn: ({ signal }) =>
      api.get<CommuneList>(`/units/provinces/${encodeURIComponent(province)}/communes?asOf=${asOf}`, signal),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useUnitSearch(search: UnitSearch, enabled = true) {
  const params = new URLSearchParams({
    q: search.q,
    limit: String(search.limit),
    offset: String(search.offset),
    legacy: search.legacy ? 'true' : 'false',
  });
  if (search.asOf) params.set('asOf', search.asOf);
  return useQuery({
    queryKey: [...unitsKey, 'search', search],
    queryFn: ({ signal }) =>
      api.get<{ total: number; items: FoundUnit[] }>(`/units/search?${params}`, signal),
    enabled: enabled && search.q.trim() !== '',
    placeholderData: keepPreviousData,
    staleTime: REFERENCE_STALE_MS,
  });
}

/** Codes the unit endpoint accepts: a 2-digit province or a 5-digit commune. */
export function isUnitCode(code: string): boolean {
  return /^(\d{2}|\d{5})$/.test(code);
}

export function useUnitDetail(code: string) {
  return useQuery({
    queryKey: [...unitsKey, 'detail', code],
    queryFn: ({ signal }) => api.get<UnitDetail>(`/units/${encodeURIComponent(code)}`, signal),
    enabled: isUnitCode(code),
    staleTime: REFERENCE_STALE_MS,
  });
}

export function useLineage(code: string) {
  return useQuery({
    queryKey: [...unitsKey, 'lineage', code],
    queryFn: ({ signal }) => api.get<Lineage>(`/units/lineage/${encodeURIComponent(code)}`, signal),
    enabled: /^\d{2,5}$/.test(code),
    staleTime: REFERENCE_STALE_MS,
  });
}
