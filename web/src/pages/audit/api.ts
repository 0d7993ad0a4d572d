/** The audit API: the trail newest first (keyset pages through `nextBeforeSeq`), and the chain check. */
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { api } from '../../api/client';
import { vietnamDayBounds } from '../../layout/dates';

export type AuditEntry = {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  provinceCode: string | null;
  requestId: string;
  before: unknown;
  after: unknown;
  hash: string;
};

export type AuditPage = { items: AuditEntry[]; total: number; nextBeforeSeq: number | null };

export type ChainCheck = {
  ok: boolean;
  checked: number;
  lastSeq: number;
  /** The first broken link: its chain (a province code, `VN` or `legacy`), its place in that chain, the reason. */
  firstBroken?: { chain: string; link: number; seq: number | null; reason: string };
};

/** `from` and `to` are Vietnamese calendar dates (`YYYY-MM-DD`), both days included. */
export type AuditFilters = { entityType: string; entityId: string; action: string; from: string; to: string };

export const FILTER_KEYS = ['entityType', 'entityId', 'action', 'from', 'to'] as const;

/** What the server writes today; the filters accept any other value too. */
export const KNOWN_ACTIONS = [
  'auth.signed_in',
  'auth.signed_out',
  'auth.sign_in_failed',
  'auth.sessions_expired',
  'user.created',
  'user.updated',
  'user.read',
  'user.role_granted',
  'user.role_revoked',
  'units.agencies_created',
  'units.reference_imported',
] as const;
export const KNOWN_ENTITY_TYPES = ['user', 'session', 'agency', 'reference_data'] as const;

const PAGE_SIZE = 50;

export function useAuditEntries(filters: AuditFilters) {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.entityType) params.set('entityType', filters.entityType);
  if (filters.entityId) params.set('entityId', filters.entityId);
  if (filters.action) params.set('action', filters.action);
  if (filters.from) params.set('from', vietnamDayBounds(filters.from).start);
  if (filters.to) params.set('to', vietnamDayBounds(filters.to).end);
  return useInfiniteQuery({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam, signal }) => {
      const page = new URLSearchParams(params);
      if (pageParam !== null) page.set('beforeSeq', String(pageParam));
      return api.get<AuditPage>(`/audit/entries?${page}`, signal);
    },
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => api.get<ChainCheck>('/audit/verify') });
}
