/** The disasters API as the disaster pages use it (shapes of src/modules/disasters/route-schemas.ts). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';

export type Hazard =
  | 'storm'
  | 'tropical_depression'
  | 'heavy_rain'
  | 'flood'
  | 'flash_flood'
  | 'inundation'
  | 'landslide'
  | 'whirlwind_hail';
export type Group =
  | 'people'
  | 'houses'
  | 'education'
  | 'health'
  | 'agriculture'
  | 'livestock'
  | 'irrigation'
  | 'transport';

export type Indicator = {
  code: string;
  group: Group;
  decimals: number;
  unit: { vi: string; en: string };
  vi: string;
  en: string;
};
export type Catalogue = {
  groups: Array<{ code: Group; letter: string }>;
  indicators: Indicator[];
  hazards: Hazard[];
};

export type Figures = { values: Record<string, number>; estimatedValue: string };
export type Report = Figures & {
  id: string;
  unitCode: string;
  revision: number;
  reportedOn: string;
  initial: boolean;
  note: string | null;
  reportedBy: string;
  createdAt: string;
};

export type EventSummary = {
  id: string;
  provinceCode: string;
  code: string;
  name: string;
  hazards: Hazard[];
  form: string;
  startedOn: string;
  endedOn: string | null;
  summaryDueOn: string | null;
  communes: number;
  version: number;
};

export type EventDetail = EventSummary & {
  description: string | null;
  steering: boolean;
  reportable: string[];
  lines: Array<{ unitCode: string; name: string; nameEn: string | null; latest: Report | null }>;
  total: Figures & { communesReported: number; initialCommunes: number };
  byDay: Array<Figures & { day: string; communesReported: number; reportsThatDay: number }>;
};

export type DueState = 'on_track' | 'due_soon' | 'overdue' | 'awaiting_review' | 'done_on_time' | 'done_late';
export type Recovery = Array<{
  id: string;
  number: string;
  issuedOn: string;
  title: string;
  stats: { tasks: number; open: number; overdue: number; awaitingReview: number; completed: number };
  tasks: Array<{
    id: string;
    code: string;
    title: string;
    status: string;
    progressPercent: number;
    deadline: string;
    dueState: DueState;
    leadAgency: { id: string; name: string; nameEn: string | null };
  }>;
}>;

export type Scenario = {
  id: string;
  unitCode: string;
  unitName: string;
  hazard: Hazard;
  title: string;
  householdsAtRisk: number;
  peopleAtRisk: number;
  evacuationSites: string;
  forces: string;
  supplies: string;
  approvedOn: string | null;
  version: number;
};

export type DamageInput = {
  unitCode: string;
  revises: number;
  reportedOn: string;
  figures: Record<string, number>;
  estimatedValue: string;
  initial: boolean;
  note: string | null;
};

export function useDisasterCatalogue() {
  return useQuery({
    queryKey: ['disasters', 'catalogue'],
    queryFn: ({ signal }) => api.get<Catalogue>('/disasters/catalogue', signal),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useEvents(provinceCode: string) {
  return useQuery({
    queryKey: ['disasters', 'events', provinceCode],
    queryFn: ({ signal }) =>
      api.get<EventSummary[]>(`/disasters/events?provinceCode=${provinceCode}`, signal),
  });
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: ['disasters', 'event', id],
    queryFn: ({ signal }) => api.get<EventDetail>(`/disasters/events/${id}`, signal),
  });
}

export function useRecovery(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['disasters', 'recovery', id],
    queryFn: ({ signal }) => api.get<Recovery>(`/disasters/events/${id}/recovery`, signal),
    enabled,
  });
}

export function useScenarios(provinceCode: string) {
  return useQuery({
    queryKey: ['disasters', 'scenarios', provinceCode],
    queryFn: ({ signal }) => api.get<Scenario[]>(`/disasters/scenarios?provinceCode=${provinceCode}`, signal),
  });
}

export function useReportDamage(eventId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: DamageInput) =>
      api.post<{ id: string; revision: number }>(`/disasters/events/${eventId}/reports`, input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['disasters'] }),
  });
}

export const eventExport = (id: string, table: 'communes' | 'days', format: 'xlsx' | 'csv', lang: string) =>
  `${API_BASE}/disasters/events/${id}/export.${format}?table=${table}&lang=${lang}`;

export type Abilities = {
  steer: boolean;
  communes: Array<{ code: string; name: string; nameEn: string | null }>;
};

/** What the reader may do here (the server's policy, asked once): which forms to offer. */
export function useAbilities(provinceCode: string) {
  return useQuery({
    queryKey: ['disasters', 'abilities', provinceCode],
    queryFn: ({ signal }) => api.get<Abilities>(`/disasters/abilities?provinceCode=${provinceCode}`, signal),
  });
}

export type EventInput = {
  provinceCode: string;
  code: string;
  name: string;
  hazards: Hazard[];
  startedOn: string;
  endedOn: string | null;
  description: string | null;
  communes: string[];
};

export type RecoveryInput = {
  issuerName: string;
  number: string;
  issuedOn: string;
  tasks: Array<{ title: string; content: string; leadAgencyId: string; deadline: string }>;
};

export type ScenarioInput = Omit<Scenario, 'id' | 'unitName' | 'version'>;

function useDisasterChange<I, O>(send: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => client.invalidateQueries({ queryKey: ['disasters'] }),
  });
}

export const useDeclareEvent = () =>
  useDisasterChange((input: EventInput) => api.post<{ id: string }>('/disasters/events', input));

export const useRaiseRecovery = (eventId: string) =>
  useDisasterChange((input: RecoveryInput) =>
    api.post<{ id: string; number: string }>(`/disasters/events/${eventId}/recovery`, input),
  );

export const useAddScenario = () =>
  useDisasterChange((input: ScenarioInput) =>
    api.post<{ id: string; version: number }>('/disasters/scenarios', input),
  );
