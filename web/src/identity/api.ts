/** The identity endpoints of issue 20 the web calls: single sign-on, second factor, step-up, own sessions. */
import { startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/client';
import { meQueryKey } from '../auth/queries';

export type SsoProvider = { slug: string; displayName: string };
export type CitizenProfile = {
  personalId: string;
  fullName: string;
  birthDate: string | null;
  address: string | null;
};
export type Factor = {
  id: string;
  kind: 'totp' | 'webauthn';
  label: string;
  createdAt: string;
  lastUsedAt: string | null;
};
export type OwnFactors = { factors: Factor[]; recoveryCodesLeft: number; required: boolean };
export type TotpStart = { factorId: string; secret: string; uri: string; qrSvg: string };
export type OwnSession = {
  handle: string;
  current: boolean;
  userAgent: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  provider: string | null;
};

export function useSsoProviders() {
  return useQuery({
    queryKey: ['auth', 'sso-providers'],
    queryFn: ({ signal }) => api.get<{ items: SsoProvider[] }>('/auth/sso/providers', signal),
    staleTime: 5 * 60_000,
  });
}

export const ssoStartUrl = (slug: string) => `/api/v1/auth/sso/${encodeURIComponent(slug)}/start`;

export const ownFactorsKey = ['auth', 'second-factor'] as const;
export function useOwnFactors() {
  return useQuery({
    queryKey: ownFactorsKey,
    queryFn: ({ signal }) => api.get<OwnFactors>('/auth/second-factor', signal),
  });
}

export const ownSessionsKey = ['auth', 'sessions'] as const;
export function useOwnSessions() {
  return useQuery({
    queryKey: ownSessionsKey,
    queryFn: ({ signal }) => api.get<{ items: OwnSession[] }>('/auth/sessions', signal),
  });
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (handle: string) => api.delete<{ current: boolean }>(`/auth/sessions/${handle}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ownSessionsKey }),
  });
}

/** A code (TOTP or recovery) for this session: finishes signing in, or steps up. */
export function giveCode(code: string) {
  return api.post<{ method: string }>('/auth/second-factor/verify', { code });
}

/**
 * The browser's own part of a WebAuthn ceremony failed (cancelled, timed out, no matching key, a key registered
 * already): not the server's answer, so the page says it in the person's language instead of the browser's words.
 */
export class KeyCeremonyError extends Error {
  constructor(
    readonly step: 'create' | 'get',
    readonly alreadyRegistered: boolean,
  ) {
    super(`WebAuthn ${step} failed in the browser`);
  }
}

const ceremony = async <T>(step: 'create' | 'get', work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (caught) {
    const code = (caught as { code?: string }).code;
    throw new KeyCeremonyError(step, code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED');
  }
};

/** The browser's security key or passkey answers the server's challenge. */
export async function answerWithSecurityKey(): Promise<void> {
  const options = await api.post<Parameters<typeof startAuthentication>[0]['optionsJSON']>(
    '/auth/second-factor/webauthn/options',
  );
  const response = await ceremony('get', () => startAuthentication({ optionsJSON: options }));
  await api.post('/auth/second-factor/webauthn/verify', { response });
}

export async function registerSecurityKey(label: string): Promise<{ recoveryCodes: string[] | null }> {
  const options = await api.post<Parameters<typeof startRegistration>[0]['optionsJSON']>(
    '/auth/second-factor/webauthn/register-options',
  );
  const response = await ceremony('create', () => startRegistration({ optionsJSON: options }));
  return api.post('/auth/second-factor/webauthn/register', { response, label });
}

export const startTotp = () => api.post<TotpStart>('/auth/second-factor/totp');
export const confirmTotp = (factorId: string, code: string) =>
  api.post<{ recoveryCodes: string[] | null }>('/auth/second-factor/totp/confirm', { factorId, code });

/** After a second factor was given, the session (its stage) is read again. */
export function useRefreshSession() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}
