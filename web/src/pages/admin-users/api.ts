/** The identity API as the users page uses it: accounts, their versions and their role grants. */
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Role } from '../../api/types';

export type AccountKind = 'official' | 'citizen';
export type AccountStatus = 'active' | 'disabled';

export type Grant = {
  id: string;
  role: Role;
  unitCode: string;
  provinceCode: string;
  unitName: string;
  validFrom: string;
};

export type Account = {
  id: string;
  username: string;
  displayName: string;
  kind: AccountKind;
  email: string | null;
  phone: string | null;
  status: AccountStatus;
  version: number;
  lockedUntil: string | null;
  mustChangePassword: boolean;
  homeUnitCode: string;
  homeUnitName: string;
  roles: Grant[];
};

export type AccountPage = { items: Account[]; total: number; page: number; pageSize: number };

export type AccountFilters = { q: string; kind: AccountKind | ''; page: number; pageSize: number };

export type NewAccount = {
  username: string;
  displayName: string;
  kind: AccountKind;
  password: string;
  email?: string;
  phone?: string;
  roles: Array<{ role: Role; unitCode: string }>;
  homeUnitCode?: string;
};

export type AccountChange = {
  version: number;
  displayName?: string;
  email?: string | null;
  phone?: string | null;
  status?: AccountStatus;
  password?: string;
  unlock?: true;
};

const accountsKey = ['identity', 'users'] as const;
const accountKey = (id: string) => [...accountsKey, 'one', id] as const;

export function useAccounts(filters: AccountFilters) {
  const params = new URLSearchParams({ page: String(filters.page), pageSize: String(filters.pageSize) });
  if (filters.q) params.set('q', filters.q);
  if (filters.kind) params.set('kind', filters.kind);
  return useQuery({
    queryKey: [...accountsKey, 'list', filters],
    queryFn: ({ signal }) => api.get<AccountPage>(`/users?${params}`, signal),
    placeholderData: keepPreviousData,
  });
}

export function useAccount(id: string, initial?: Account) {
  return useQuery({
    queryKey: accountKey(id),
    queryFn: ({ signal }) => api.get<Account>(`/users/${encodeURIComponent(id)}`, signal),
    initialData: initial,
    initialDataUpdatedAt: 0, // still fetch the latest version when the drawer opens
  });
}

/** Is the account locked out of signing in right now? */
export function isLocked(account: Pick<Account, 'lockedUntil'>, now: Date = new Date()): boolean {
  return account.lockedUntil !== null && new Date(account.lockedUntil) > now;
}

/** After any change: the answer is the account as it is now; lists are refetched. */
function useAccountWrite<T>(write: (input: T) => Promise<Account>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (account) => {
      queryClient.setQueryData(accountKey(account.id), account);
      void queryClient.invalidateQueries({ queryKey: [...accountsKey, 'list'] });
    },
  });
}

export function useCreateAccount() {
  return useAccountWrite((input: NewAccount) => api.post<Account>('/users', input));
}

export function useChangeAccount(id: string) {
  return useAccountWrite((change: AccountChange) =>
    api.patch<Account>(`/users/${encodeURIComponent(id)}`, change),
  );
}

export function useGrantRole(id: string) {
  return useAccountWrite((grant: { role: Role; unitCode: string }) =>
    api.post<Account>(`/users/${encodeURIComponent(id)}/roles`, grant),
  );
}

export function useRevokeRole(id: string) {
  return useAccountWrite((grantId: string) =>
    api.delete<Account>(`/users/${encodeURIComponent(id)}/roles/${encodeURIComponent(grantId)}`),
  );
}

/** Replace the cached account with the one a 409 answer carried (the "reload" of a version conflict). */
export function useAdoptAccount() {
  const queryClient = useQueryClient();
  return (account: Account) => {
    queryClient.setQueryData(accountKey(account.id), account);
    void queryClient.invalidateQueries({ queryKey: [...accountsKey, 'list'] });
  };
}

/** The current account a 409 problem carries, if it carries one. */
export function conflictCurrent(error: unknown): Account | null {
  if (typeof error !== 'object' || error === null) return null;
  const { status, current } = error as { status?: unknown; current?: unknown };
  if (status !== 409 || typeof current !== 'object' || current === null) return null;
  const account = current as Partial<Account>;
  return typeof account.id === 'string' && typeof account.version === 'number' ? (account as Account) : null;
}

/**
 * Reset an account's second factors and recovery codes (a lost phone or key; issue 20 §2). The server ends the
 * account's sessions too; the account itself is unchanged, so only the list is refetched.
 */
export function useResetSecondFactor(id: string) {
  return useMutation({
    mutationFn: () => api.post<void>(`/users/${encodeURIComponent(id)}/second-factor/reset`),
  });
}
