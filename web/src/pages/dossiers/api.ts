/** The dossiers API (issue 6): queues, one dossier, actions, reception, online application, tracking, rating. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, api } from '../../api/client';
import { binary, formData, ok, typedApi } from '../../api/typed';
import type { DeclarationFormDef } from '../eforms/types';

export type Status =
  | 'submitted'
  | 'reception_supplement'
  | 'rejected'
  | 'processing'
  | 'consulting'
  | 'supplement_requested'
  | 'done'
  | 'returned'
  | 'refused'
  | 'stopped'
  | 'withdrawn';

export type ListItem = {
  id: string;
  code: string | null;
  submissionRef: string | null;
  status: Status;
  statusLabel: string;
  channel: string;
  procedureCode: string;
  procedureName: string;
  applicantName: string;
  submittedAt: string;
  receivedAt: string | null;
  dueAt: string | null;
  currentStep: number | null;
  currentRole: string | null;
  stepSince: string | null;
  version: number;
};

export type Page = { items: ListItem[]; total: number; page: number; pageSize: number };

export type Step = {
  seq: number;
  stepPosition: number;
  stepName: string;
  role: string | null;
  agencyName: string | null;
  receivedAt: string;
  receivedBy: string;
  givenAt: string | null;
  givenBy: string | null;
  action: string | null;
  deadlineAt: string | null;
  timeliness: 'early' | 'on_time' | 'late' | null;
  note: string | null;
};

export type Dossier = {
  id: string;
  provinceCode: string;
  code: string | null;
  /** Given at submission; with the secret it opens public tracking before the code exists (issue 15 §3). */
  submissionRef: string | null;
  status: Status;
  statusLabel: string;
  channel: 'in_person' | 'online' | 'post';
  procedure: { code: string; versionNo: number; name: string; field: string };
  receivingAgency: { id: string; name: string } | null;
  competentAgency: { id: string; name: string } | null;
  applicant: { name: string; idNumber?: string; phone?: string; email?: string; address?: string };
  /** Contact and declared content sent (the reader handles the dossier). */
  personalData: boolean;
  declared: Record<string, string>;
  isApplicant: boolean;
  declaration: { data: Record<string, unknown>; form: DeclarationFormDef } | null;
  submittedAt: string;
  receivedAt: string | null;
  appointmentAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  outcome: string | null;
  timeliness: string | null;
  supplementCount: number;
  extended: boolean;
  resultMethod: string;
  postalTrackingNumber: string | null;
  eResult: boolean;
  feeTotalDong: number;
  paidAt: string | null;
  version: number;
  currentStep: {
    position: number;
    name: string;
    role: string | null;
    agencyName: string | null;
    since: string | null;
    deadline: string | null;
  } | null;
  clock: {
    state: string;
    due: string;
    remainingMinutes: number;
    indicator: string;
    portalOnTime: boolean;
  } | null;
  controlSlip: Step[];
  history: Array<{
    seq: number;
    type: string;
    at: string;
    status: Status;
    statusLabel: string;
    actorLabel: string;
    payload: Record<string, unknown> | null;
    /** The papers to add, the reasons of a refusal or a stop (the same lines the public tracking shows). */
    details: string[];
  }>;
  documents: Array<{
    position: number;
    name: string;
    kind: string;
    fileName: string | null;
    hasFile: boolean;
    addedAt: string;
  }>;
  consultations: Array<{
    id: string;
    agencyName: string | null;
    content: string;
    deadlineAt: string;
    answeredAt: string | null;
    answer: string | null;
  }>;
  rating: { scores: number[]; ratedAt: string } | null;
  actions: string[];
  trackingSecret?: string | null;
};

export type Outcome = {
  id: string;
  code: string | null;
  status: string;
  version: number;
  trackingSecret: string | null;
};

export type Tracking = {
  code: string | null;
  submissionRef: string | null;
  procedureName: string;
  receivingAgency: string | null;
  status: Status;
  statusLabel: string;
  receivedAt: string | null;
  appointmentAt: string | null;
  dueAt: string | null;
  finishedAt: string | null;
  returnedAt: string | null;
  extended: boolean;
  resultMethod: string;
  postalTrackingNumber: string | null;
  history: Array<{ at: string; status: Status; statusLabel: string; type: string; details: string[] }>;
  canRate: boolean;
};

export type Decision =
  | { kind: 'complete' }
  | { kind: 'incomplete'; missing: string[] }
  | { kind: 'refused'; reasons: string[] };

export const QUEUES = ['new', 'due_soon', 'overdue', 'supplement', 'consultations', 'all'] as const;
export type Queue = (typeof QUEUES)[number];

export function useQueue(queue: Queue, page: number, q: string) {
  const params = new URLSearchParams({ queue, page: String(page), pageSize: '20' });
  if (q) params.set('q', q);
  return useQuery({
    queryKey: ['dossiers', 'queue', queue, page, q],
    queryFn: ({ signal }) => api.get<Page>(`/dossiers/queue?${params}`, signal),
  });
}

export function useMyDossiers(page: number) {
  return useQuery({
    queryKey: ['dossiers', 'mine', page],
    queryFn: ({ signal }) => api.get<Page>(`/dossiers/mine?page=${page}&pageSize=20`, signal),
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: ['dossiers', 'one', id],
    queryFn: ({ signal }) => api.get<Dossier>(`/dossiers/${id}`, signal),
  });
}

export function useAct(id: string) {
  const client = useQueryClient();
  return useMutation({
    // The answer is the new state and version (issue 17 §4): the dossier shown is read again.
    mutationFn: (input: { version: number; action: Record<string, unknown> }) =>
      api.post<Outcome>(`/dossiers/${id}/actions`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['dossiers'] }),
  });
}

export function useReception(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number; decision: Decision }) =>
      api.post<Outcome>(`/dossiers/${id}/reception`, input),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['dossiers'] }),
  });
}

/**
 * Counter registration with an Idempotency-Key: a retry after a lost answer gets the same dossier (and a new
 * tracking secret, the lost one being void), never a second one (issue 6 §6).
 */
export function useRegister() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: Record<string, unknown>; key: string }) =>
      api.post<Outcome>('/dossiers/counter', body, { 'idempotency-key': key }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['dossiers'] }),
  });
}

/** The agencies of a province (its departments and centres): whom an officer may consult (Decree 61 art. 19). */
export function useProvinceAgencies(provinceCode: string) {
  return useQuery({
    queryKey: ['units', 'detail', provinceCode, 'agencies'],
    queryFn: ({ signal }) =>
      api.get<{ agencies: Array<{ id: string; kind: string; name: string }> }>(
        `/units/${encodeURIComponent(provinceCode)}`,
        signal,
      ),
    staleTime: 10 * 60_000,
  });
}

/** The VietQR code to pay the dossier's unpaid fee, asked for only when shown. */
export function usePaymentCode(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['dossiers', 'payment-code', id],
    enabled,
    queryFn: ({ signal }) =>
      api.get<{ amountDong: number; reference: string; payload: string; svg: string; demoAccount: boolean }>(
        `/dossiers/${id}/payment-code`,
        signal,
      ),
  });
}

export function useTrack() {
  return useMutation({
    mutationFn: (input: { code: string; secret: string }) => api.post<Tracking>('/dossiers/track', input),
  });
}

export function useRateByCode() {
  return useMutation({
    mutationFn: (input: { code: string; secret: string; scores: number[] }) =>
      api.post<{ rated: true }>('/dossiers/track/rating', input),
  });
}

export type CatalogueItem = {
  code: string;
  name: string;
  field: string;
  levels: string[];
  onlineLevel: string | null;
};
export type CatalogueEntry = {
  procedure: {
    code: string;
    name: string;
    documents: Array<{ name: string; required: boolean; copies: string | null }>;
    durationText: string;
    declarationForm?: DeclarationFormDef | null;
  };
  publication: { receiving: { agencies: Array<{ id: string; name: string }> } };
};

export function useCatalogue(province: string, q: string) {
  const params = new URLSearchParams({ province, pageSize: '20' });
  if (q) params.set('q', q);
  return useQuery({
    queryKey: ['procedures', 'catalogue', province, q],
    queryFn: ({ signal }) =>
      api.get<{ items: CatalogueItem[]; total: number }>(`/procedures/catalogue?${params}`, signal),
  });
}

export function useCatalogueEntry(province: string, code: string | null) {
  return useQuery({
    queryKey: ['procedures', 'entry', province, code],
    enabled: code !== null,
    queryFn: ({ signal }) =>
      api.get<CatalogueEntry>(`/procedures/catalogue/${code}?province=${province}`, signal),
  });
}

/** Upload one file (multipart); the answer's fileId goes into the application. */
export function uploadFile(file: File): Promise<{ fileId: string; fileName: string }> {
  return ok(
    typedApi.POST('/api/v1/dossiers/uploads', { body: { file: binary(file) }, bodySerializer: formData }),
  );
}

/** The online application, with an Idempotency-Key so that a retried click never files twice (issue 6 §6). */
export function submitApplication(body: Record<string, unknown>, key: string): Promise<SubmitAnswer> {
  return api.post('/dossiers', body, { 'idempotency-key': key });
}

/** What the applicant gets at once on submission (issue 15 §3). */
export type SubmitAnswer = {
  id: string;
  status: string;
  version: number;
  submissionRef: string;
  trackingSecret: string;
};

/** One change on the citizen's own dossiers ("Thông báo"). */
export type Notice = {
  dossierId: string;
  code: string | null;
  submissionRef: string | null;
  procedureName: string;
  at: string;
  type: string;
  status: Status;
  statusLabel: string;
  details: string[];
};

export function useMyNotices() {
  return useQuery({
    queryKey: ['dossiers', 'mine', 'notices'],
    queryFn: ({ signal }) => api.get<{ items: Notice[] }>('/dossiers/mine/notices?limit=30', signal),
  });
}

export const documentUrl = (id: string, position: number) =>
  `${API_BASE}/dossiers/${id}/documents/${position}`;
export const formUrl = (id: string, form: string) => `${API_BASE}/dossiers/${id}/forms/${form}`;
