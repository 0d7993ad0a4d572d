/** The investment API calls of the planning office's forms: projects created and changed, capital plans set. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Group, Project, ProjectDetail, Source } from './api';

export type ProjectBody = {
  code: string;
  name: string;
  ownerUnitCode: string;
  ownerName: string;
  unitCode: string;
  group: Group;
  totalInvestment: string;
  startDate: string;
  plannedEndDate: string;
  status?: Project['status'];
  note: string | null;
};

function useRefresh() {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: ['investment'] });
}

export function useSaveProject(provinceCode: string, existing: Project | null) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: ProjectBody) =>
      existing
        ? api.put<Project>(`/investment/projects/${encodeURIComponent(existing.id)}`, {
            ...body,
            version: existing.version,
          })
        : api.post<Project>('/investment/projects', { ...body, provinceCode }),
    onSuccess: refresh,
  });
}

export function useSetCapitalPlan(projectId: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: { year: number; source: Source; amount: string; decisionRef: string | null }) =>
      api.put<ProjectDetail['capitalPlans'][number]>(
        `/investment/projects/${encodeURIComponent(projectId)}/capital-plans`,
        body,
      ),
    onSuccess: refresh,
  });
}
