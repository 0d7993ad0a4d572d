/** The reception API as the pages use it (issue 21 §3): the public schedule, sessions, the register, the report. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export const SESSION_KINDS = ['regular', 'ad_hoc', 'daily'] as const;
export const MODES = ['in_person', 'online'] as const;
export const CLASSIFICATIONS = ['complaint', 'denunciation', 'petition', 'feedback'] as const;
export const OUTCOMES = ['case_opened', 'referred', 'explained', 'answered', 'refused', 'pending'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];
export type Mode = (typeof MODES)[number];
export type Classification = (typeof CLASSIFICATIONS)[number];
export type Outcome = (typeof OUTCOMES)[number];

export type Slot = {
  id: string;
  unitCode: string;
  unitName: string;
  receiverName: string;
  receiverTitle: string;
  kind: SessionKind;
  mode: Mode;
  startsAt: string;
  endsAt: string;
  location: string;
  note: string | null;
  cancelled: boolean;
  cancelReason: string | null;
};

export type Entry = {
  id: string;
  unitCode: string;
  unitName: string;
  year: number;
  seq: number;
  receivedAt: string;
  session: {
    id: string;
    receiverName: string;
    receiverTitle: string;
    kind: SessionKind;
    mode: Mode;
    location: string;
  };
  classification: Classification;
  person: { fullName: string; idNumber: string | null; address: string | null } | null;
  personConfidential: boolean;
  mayRevealDenouncer: boolean;
  content: string;
  peopleCount: number;
  withinCompetence: boolean;
  outcome: Outcome;
  referredTo: string | null;
  referralNumber: string | null;
  caseId: string | null;
  caseCode: string | null;
  followUp: string | null;
};

export type Counts = {
  sessions: number;
  sessionsByKind: Record<SessionKind, number>;
  receptions: number;
  people: number;
  byClassification: Record<Classification, number>;
  byOutcome: Record<Outcome, number>;
};
export type Report = {
  period: string;
  from: string;
  to: string;
  lines: Array<Counts & { unitCode: string; unitName: string }>;
  total: Counts;
};

export type Recorded = {
  id: string;
  seq: number;
  year: number;
  caseId: string | null;
  caseCode: string | null;
};
export type CaseInput = { title: string; field: string; decisionKnownOn?: string; communeCode?: string };

const key = ['reception'] as const;

export function useSchedule(provinceCode: string, from: string, to: string) {
  return useQuery({
    queryKey: [...key, 'schedule', provinceCode, from, to],
    enabled: Boolean(provinceCode),
    queryFn: ({ signal }) =>
      api.get<{ items: Slot[] }>(
        `/reception/schedule?provinceCode=${provinceCode}&from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
        signal,
      ),
  });
}

export function useRegister(provinceCode: string, page: number) {
  return useQuery({
    queryKey: [...key, 'entries', provinceCode, page],
    enabled: Boolean(provinceCode),
    placeholderData: keepPreviousData,
    queryFn: ({ signal }) =>
      api.get<{ items: Entry[]; total: number; page: number; pageSize: number }>(
        `/reception/entries?provinceCode=${provinceCode}&page=${page}&pageSize=20`,
        signal,
      ),
  });
}

export function useReport(provinceCode: string, unitCode: string, period: string) {
  return useQuery({
    queryKey: [...key, 'report', provinceCode, unitCode, period],
    enabled: Boolean(provinceCode),
    queryFn: ({ signal }) =>
      api.get<Report>(
        `/reception/report?provinceCode=${provinceCode}${unitCode.length === 5 ? `&unitCode=${unitCode}` : ''}&period=${period}`,
        signal,
      ),
  });
}

/** A POST of the reception API; every reception query is refetched after it. */
export function useReceptionPost<T>(path: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: unknown) => api.post<T>(path, body),
    onSuccess: () => void client.invalidateQueries({ queryKey: key }),
  });
}

export function revealDenouncer(id: string) {
  return api.get<{ fullName: string; idNumber: string | null; address: string | null }>(
    `/reception/entries/${encodeURIComponent(id)}/denouncer`,
  );
}
