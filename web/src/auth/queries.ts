/** Server state for the signed-in session and the public system info, through TanStack Query. */
import { type QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../api/client';
import type { LoginInput, Session, SystemInfo } from '../api/types';

export const meQueryKey = ['auth', 'me'] as const;
export const systemInfoQueryKey = ['system', 'info'] as const;

/** The current session, or `null` when nobody is signed in (the server answered 401). */
export async function fetchMe(signal?: AbortSignal): Promise<Session | null> {
  try {
    const session = await api.get<Session>('/auth/me', signal);
    setCsrfToken(session.csrfToken);
    return session;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });
}

export function useSystemInfo() {
  return useQuery({
    queryKey: systemInfoQueryKey,
    queryFn: ({ signal }) => api.get<SystemInfo>('/system/info', signal),
    staleTime: 5 * 60_000,
  });
}

/** Sign in; on success the session is cached and every other query is refetched with the new identity. */
export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => api.post<Session>('/auth/login', input),
    meta: { ignoreUnauthorized: true }, // a 401 here is a wrong password, not an ended session
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.setQueryData(meQueryKey, session);
      void queryClient.invalidateQueries();
    },
  });
}

/** Forget everything cached for the previous user (the public system info stays). */
export function clearUserData(queryClient: QueryClient): void {
  setCsrfToken(null);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== systemInfoQueryKey[0] });
  queryClient.setQueryData(meQueryKey, null);
}

export function useLogout() {
  return useMutation({
    meta: { ignoreUnauthorized: true },
    /** Resolves with the provider's logout address when the session came from single sign-on (issue 20 §1). */
    mutationFn: async (): Promise<string | null> => {
      try {
        const answer = await api.post<{ endSessionUrl: string } | undefined>('/auth/logout');
        return answer?.endSessionUrl ?? null;
      } catch (error) {
        // An expired session is already signed out.
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
  });
}
