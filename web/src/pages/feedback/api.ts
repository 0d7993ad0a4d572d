/**
 * The feedback API as the pages use it: public answers, filing and tracking, the work queue and its steps, reports.
 * Every request and answer is typed by the server's OpenAPI document (issue 23 §2); nothing here restates a view.
 */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { paths } from '../../api/openapi';
import { type BodyOf, ok, type QueryOf, type Success, typedApi } from '../../api/typed';

export type PublishedAnswer = Success<'/api/v1/feedback/answers/{code}', 'get'>;
export type CaseRead = Success<'/api/v1/feedback/cases/{id}', 'get'>;
export type CaseView = Extract<CaseRead, { as: 'official' }>['case'];
export type OwnCase = Extract<CaseRead, { as: 'submitter' }>['case'];
export type TimelineEvent = OwnCase['events'][number];
export type Deadline = CaseView['deadlines'][number];
export type DeadlineState = Deadline['state'];
export type QueueItem = Success<'/api/v1/feedback/cases', 'get'>['items'][number];
export type MyItem = Success<'/api/v1/feedback/my-cases', 'get'>['items'][number];
export type SubmitInput = BodyOf<'/api/v1/feedback/cases', 'post'>;
export type Submitted = Success<'/api/v1/feedback/cases', 'post'>;
export type Report = Success<'/api/v1/feedback/reports', 'get'>;
export type CountRow = Report['total'];
export type Kind = QueueItem['kind'];
/** Lĩnh vực — the fields a case may concern, as the filing form's schema lists them (answers carry it as text). */
export type Field = SubmitInput['field'];
export type Status = QueueItem['status'];

/** The choices the filters and the filing form offer, in the order shown; the server's types keep them honest. */
export const KINDS = ['pakn', 'complaint', 'denunciation'] as const satisfies readonly Kind[];
export const FIELDS = [
  'administrative_procedure',
  'land',
  'environment',
  'construction',
  'transport',
  'health',
  'education',
  'justice',
  'finance',
  'labour_social',
  'industry_trade',
  'culture_tourism',
  'ethnic_religion',
  'staff_conduct',
  'other',
] as const satisfies readonly Field[];
export const STATUSES = [
  'received',
  'supplement_requested',
  'processing',
  'answered',
  'published',
  'refused',
  'transferred_out',
  'withdrawn',
  'suspended',
  'terminated',
] as const satisfies readonly Status[];

/** A filter from the address bar, kept only if it is one the server knows (a hand-edited one shows everything). */
export function known<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value);
}

const key = ['feedback'] as const;

/** A filter left empty (or a switch left off) is not sent at all. */
function given<Q extends Record<string, unknown>>(params: Q): Partial<Q> {
  return Object.fromEntries(
    Object.entries(params).filter(([, v]) => v !== undefined && v !== '' && v !== false),
  ) as Partial<Q>;
}

export function usePublishedAnswers(params: {
  provinceCode?: string;
  field?: Field | undefined;
  q?: string;
  page: number;
}) {
  return useQuery({
    queryKey: [...key, 'answers', params],
    queryFn: ({ signal }) =>
      ok(
        typedApi.GET('/api/v1/feedback/answers', {
          params: { query: given({ ...params, pageSize: 10 }) },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function usePublishedAnswer(code: string) {
  return useQuery({
    queryKey: [...key, 'answer', code],
    queryFn: ({ signal }) =>
      ok(typedApi.GET('/api/v1/feedback/answers/{code}', { params: { path: { code } }, signal })),
    retry: false,
  });
}

export function useRate(code: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vote: 'like' | 'dislike') =>
      ok(
        typedApi.PUT('/api/v1/feedback/answers/{code}/rating', {
          params: { path: { code } },
          body: { vote },
        }),
      ),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'answer', code] }),
  });
}

export function useSubmit() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitInput) => ok(typedApi.POST('/api/v1/feedback/cases', { body: input })),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'mine'] }),
  });
}

/** The tracking key is a secret: it goes in the POST body, never in a URL (issue 18 §6). */
export function useTrack(code: string, trackingKey: string) {
  return useQuery({
    queryKey: [...key, 'track', code, trackingKey],
    queryFn: () => ok(typedApi.POST('/api/v1/feedback/track', { body: { code, key: trackingKey } })),
    enabled: code !== '' && trackingKey.length >= 8,
    retry: false,
    gcTime: 0,
  });
}

export function useMyCases(page: number) {
  return useQuery({
    queryKey: [...key, 'mine', page],
    queryFn: ({ signal }) =>
      ok(typedApi.GET('/api/v1/feedback/my-cases', { params: { query: { page, pageSize: 20 } }, signal })),
    placeholderData: keepPreviousData,
  });
}

export type QueueFilters = {
  kind?: Kind;
  status?: QueryOf<'/api/v1/feedback/cases', 'get'>['status'];
  overdue?: boolean;
  assignedToMe?: boolean;
  q?: string;
  page: number;
};

export function useQueue(filters: QueueFilters) {
  const { overdue, assignedToMe, ...rest } = filters;
  return useQuery({
    queryKey: [...key, 'queue', filters],
    queryFn: ({ signal }) =>
      ok(
        typedApi.GET('/api/v1/feedback/cases', {
          params: {
            query: given({
              ...rest,
              pageSize: 20,
              // The query string carries a switch as the word `true`; a switch left off is not sent.
              overdue: overdue ? ('true' as const) : undefined,
              assignedToMe: assignedToMe ? ('true' as const) : undefined,
            }),
          },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useCase(id: string | null) {
  return useQuery({
    queryKey: [...key, 'case', id],
    queryFn: ({ signal }) =>
      ok(typedApi.GET('/api/v1/feedback/cases/{id}', { params: { path: { id: id ?? '' } }, signal })),
    enabled: id !== null,
  });
}

export function useAssignable(id: string, enabled: boolean) {
  return useQuery({
    queryKey: [...key, 'assignable', id],
    queryFn: ({ signal }) =>
      ok(typedApi.GET('/api/v1/feedback/cases/{id}/assignable', { params: { path: { id } }, signal })),
    enabled,
  });
}

export type StepName =
  | 'classify'
  | 'accept'
  | 'refuse'
  | 'supplement'
  | 'supplement-received'
  | 'answer'
  | 'publish'
  | 'assign'
  | 'suspend'
  | 'resume'
  | 'terminate';

type StepPath = `/api/v1/feedback/cases/{id}/${StepName}` & keyof paths;
/** Every step answers alike: the new version, and the case as the official now sees it. */
export type StepAnswer = Success<'/api/v1/feedback/cases/{id}/accept', 'post'>;

export function useStep(id: string) {
  const client = useQueryClient();
  return useMutation({
    /**
     * The step's form sends what its fields hold (CaseActions names them per step); the server checks the body
     * against the step's schema and answers a 400 naming each field it refuses.
     */
    mutationFn: ({ step, body }: { step: StepName; body: { version: number } & Record<string, unknown> }) =>
      ok<StepAnswer>(
        typedApi.POST(`/api/v1/feedback/cases/{id}/${step}` as StepPath, {
          params: { path: { id } },
          body: body as never,
        }),
      ),
    onSettled: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function useRevealDenouncer(id: string) {
  return useMutation({
    mutationFn: () => ok(typedApi.GET('/api/v1/feedback/cases/{id}/denouncer', { params: { path: { id } } })),
  });
}

export function useReport(provinceCode: string, period: string) {
  return useQuery({
    queryKey: [...key, 'report', provinceCode, period],
    queryFn: ({ signal }) =>
      ok(typedApi.GET('/api/v1/feedback/reports', { params: { query: { provinceCode, period } }, signal })),
    enabled: /^\d{2}$/.test(provinceCode),
    placeholderData: keepPreviousData,
  });
}

export function useCommunes(provinceCode: string) {
  return useQuery({
    queryKey: ['units', 'communes', provinceCode, 'today'],
    queryFn: ({ signal }) =>
      ok(
        typedApi.GET('/api/v1/units/provinces/{code}/communes', {
          params: { path: { code: provinceCode } },
          signal,
        }),
      ),
    enabled: /^\d{2}$/.test(provinceCode),
    staleTime: 10 * 60_000,
  });
}

/**
 * Rút đơn — the complainant or denouncer withdraws their own case, or a leader records a written withdrawal
 * (Law on Complaints art. 10; Law on Denunciations art. 33).
 */
export function useWithdraw(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: BodyOf<'/api/v1/feedback/cases/{id}/withdraw', 'post'>) =>
      ok(typedApi.POST('/api/v1/feedback/cases/{id}/withdraw', { params: { path: { id } }, body })),
    onSettled: () => void client.invalidateQueries({ queryKey: key }),
  });
}
