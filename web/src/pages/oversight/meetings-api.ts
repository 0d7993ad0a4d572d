/** The oversight API for meetings of a body (issue 8 §1): agenda, attendance, documents, approvals, minutes. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import { key, type Page } from './api';

export type BodyKind =
  | 'party_committee'
  | 'party_standing_committee'
  | 'people_council'
  | 'people_committee'
  | 'other';

export type MeetingSummary = {
  id: string;
  unitCode: string;
  bodyKind: BodyKind;
  bodyName: string;
  title: string;
  startsAt: string;
  location: string | null;
};

export type Meeting = MeetingSummary & {
  chairName: string | null;
  minutes: string | null;
  version: number;
  agenda: Array<{ position: number; title: string; presenter: string | null }>;
  participants: Array<{
    position: number;
    name: string;
    title: string | null;
    role: 'chair' | 'member' | 'secretary' | 'invited';
    attendance: 'present' | 'excused' | 'absent';
  }>;
  attendance: { present: number; excused: number; absent: number };
  documents: Array<{
    position: number;
    kind: 'report' | 'draft' | 'minutes' | 'other';
    title: string;
    reference: string | null;
    outcome: 'approved' | 'approved_with_changes' | 'rejected' | 'deferred' | null;
    outcomeNote: string | null;
    votesFor: number | null;
    votesAgainst: number | null;
    votesAbstain: number | null;
  }>;
  conclusions: Array<{ id: string; number: string; title: string; issuedOn: string }>;
  /** Whether the reader issues for the meeting's unit (records meetings, issues its conclusions). */
  isIssuer: boolean;
};

export function useMeetings(provinceCode: string, page: number, pageSize = 20) {
  return useQuery({
    queryKey: [...key, 'meetings', provinceCode, page, pageSize],
    queryFn: ({ signal }) =>
      api.get<Page<MeetingSummary>>(
        `/oversight/meetings?provinceCode=${encodeURIComponent(provinceCode)}&page=${page}&pageSize=${pageSize}`,
        signal,
      ),
    enabled: /^\d{2}$/.test(provinceCode),
    placeholderData: keepPreviousData,
  });
}

export function useMeeting(id: string) {
  return useQuery({
    queryKey: [...key, 'meeting', id],
    queryFn: ({ signal }) => api.get<Meeting>(`/oversight/meetings/${encodeURIComponent(id)}`, signal),
  });
}

/** The record a task is raised from (feedback cases are changed too, so their version goes with them). */

export type NewMeeting = {
  unitCode: string;
  bodyKind: BodyKind;
  bodyName: string;
  title: string;
  startsAt: string;
  location?: string;
  chairName?: string;
  minutes?: string;
  agenda: Array<{ title: string; presenter?: string }>;
  participants: Array<{
    name: string;
    title?: string;
    role: Meeting['participants'][number]['role'];
    attendance: Meeting['participants'][number]['attendance'];
  }>;
  documents: Array<{
    kind: Meeting['documents'][number]['kind'];
    title: string;
    reference?: string;
    outcome?: NonNullable<Meeting['documents'][number]['outcome']>;
    outcomeNote?: string;
    votesFor?: number;
    votesAgainst?: number;
    votesAbstain?: number;
  }>;
};

/** Record a meeting (the issuing leaders of its unit). */
export function useRecordMeeting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: NewMeeting) => api.post<Meeting>('/oversight/meetings', input),
    onSuccess: () => void client.invalidateQueries({ queryKey: [...key, 'meetings'] }),
  });
}
