/**
 * The identity API as the sign-in security page uses it (issue 20, ADR 0022): the roles that require a second
 * factor with the step-up minutes, and the OpenID Connect identity providers. National administrators only.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';
import type { Role } from '../../api/types';

export type SecondFactorPolicy = { roles: Array<{ role: Role; required: boolean }>; stepUpMinutes: number };

export type IdentityProvider = {
  id: string;
  slug: string;
  displayName: string;
  issuer: string;
  clientId: string;
  hasClientSecret: boolean;
  scopes: string;
  claimPersonalId: string;
  claimName: string;
  claimBirthDate: string;
  claimAddress: string;
  enabled: boolean;
  source: 'env' | 'admin';
};

/** What the form sends; `clientSecret` absent keeps the sealed one, empty removes it. */
export type ProviderInput = Omit<IdentityProvider, 'id' | 'hasClientSecret' | 'source'> & {
  clientSecret?: string;
};

const policyKey = ['identity', 'second-factor-policy'] as const;
const providersKey = ['identity', 'providers'] as const;

export function useSecondFactorPolicy() {
  return useQuery({
    queryKey: policyKey,
    queryFn: ({ signal }) => api.get<SecondFactorPolicy>('/identity/second-factor-policy', signal),
  });
}

export function useSetSecondFactorPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { required: Role[]; stepUpMinutes: number }) =>
      api.put<SecondFactorPolicy>('/identity/second-factor-policy', input),
    onSuccess: (policy) => queryClient.setQueryData(policyKey, policy),
  });
}

export function useIdentityProviders() {
  return useQuery({
    queryKey: providersKey,
    queryFn: ({ signal }) => api.get<{ items: IdentityProvider[] }>('/identity/providers', signal),
  });
}

export function useSaveProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ slug, ...input }: ProviderInput) =>
      api.put<IdentityProvider>(`/identity/providers/${encodeURIComponent(slug)}`, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: providersKey }),
  });
}
