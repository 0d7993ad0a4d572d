/** The audit API: the trail newest first (keyset pages through `nextBeforeSeq`), and the chain check. */
import { useInfiniteQuery, useMutation } from '@tanstack/react-query';
import { ok, type QueryOf, type Success, typedApi } from '../../api/typed';
import { vietnamDayBounds } from '../../layout/dates';

/** A page of the trail, and the chain check, as the server's OpenAPI document types them. */
export type AuditPage = Success<'/api/v1/audit/entries', 'get'>;
export type AuditEntry = AuditPage['items'][number];
export type ChainCheck = Success<'/api/v1/audit/verify', 'get'>;

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
  const query: QueryOf<'/api/v1/audit/entries', 'get'> = {
    limit: PAGE_SIZE,
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.entityId ? { entityId: filters.entityId } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.from ? { from: vietnamDayBounds(filters.from).start } : {}),
    ...(filters.to ? { to: vietnamDayBounds(filters.to).end } : {}),
  };
  return useInfiniteQuery({
    queryKey: ['audit', 'entries', filters],
    queryFn: ({ pageParam, signal }) =>
      ok(
        typedApi.GET('/api/v1/audit/entries', {
          params: { query: pageParam === null ? query : { ...query, beforeSeq: pageParam } },
          signal,
        }),
      ),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq ?? undefined,
  });
}

export function useVerifyChain() {
  return useMutation({ mutationFn: () => ok(typedApi.GET('/api/v1/audit/verify')) });
}
