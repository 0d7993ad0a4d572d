/** The targets API calls of the planning office's forms: resolutions and targets, created and changed. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { MeasuredIndicator, Resolution, Target, TargetKind } from './api';

export type ResolutionBody = {
  body: Resolution['body'];
  issuerName: string;
  number: string;
  title: string;
  issuedOn: string;
  term: string | null;
  fromYear: number;
  toYear: number;
  reportDueWorkingDays: number;
  note: string | null;
};

export type TargetBody = {
  parentId: string | null;
  label: string;
  indicatorKey: string;
  indicator: string;
  unitOfMeasure: string;
  measure: Target['measure'];
  accumulates: boolean;
  kind: TargetKind;
  planLow: string | null;
  planHigh: string | null;
  strict: boolean;
  tolerance: string | null;
  preferred: Target['preferred'];
  unitCodes: string[];
  scopeLabel: string | null;
  responsibleUnitCode: string;
  responsibleAgencyName: string;
  note: string | null;
  measuredBy: MeasuredIndicator | null;
  measuredUnitCode: string | null;
  measuredLevel: Target['measuredLevel'];
};

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['targets'] });
}

export function useSaveResolution(existing: Resolution | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (input: ResolutionBody & { provinceCode: string }) => {
      if (!existing) return api.post<Resolution>('/targets/resolutions', input);
      const { provinceCode: _p, ...body } = input;
      return api.put<Resolution>(`/targets/resolutions/${encodeURIComponent(existing.id)}`, {
        ...body,
        version: existing.version,
      });
    },
    onSuccess: refresh,
  });
}

export function useSaveTarget(resolutionId: string, existing: Target | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: TargetBody) =>
      existing
        ? api.put<Target>(`/targets/targets/${encodeURIComponent(existing.id)}`, {
            ...body,
            position: existing.position,
            version: existing.version,
          })
        : api.post<Target>(`/targets/resolutions/${encodeURIComponent(resolutionId)}/targets`, body),
    onSuccess: refresh,
  });
}
