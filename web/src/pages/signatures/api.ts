/** The signatures API: officials' signing keys in force, and the trust anchors administrators install. */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client';

export type KeySource = 'installation' | 'pkcs12' | 'pkcs11';

export type Signer = {
  id: string;
  signerId: string;
  provinceCode: string | null;
  source: KeySource;
  commonName: string;
  organization: string | null;
  title: string | null;
  issuer: string;
  serial: string;
  notBefore: string;
  notAfter: string;
};

export type TrustAnchor = {
  id: string;
  name: string;
  subject: string;
  fingerprint: string;
  notAfter: string;
  createdAt: string;
};

export function useSigners() {
  return useQuery({
    queryKey: ['signatures', 'signers'],
    queryFn: ({ signal }) => api.get<Signer[]>('/signatures/signers', signal),
  });
}

export function useTrustAnchors() {
  return useQuery({
    queryKey: ['signatures', 'anchors'],
    queryFn: ({ signal }) => api.get<TrustAnchor[]>('/signatures/trust-anchors', signal),
  });
}

export function useInstallAnchor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { name?: string; certificate: string }) =>
      api.post<{ anchor: TrustAnchor; created: boolean }>('/signatures/trust-anchors', input),
    onSuccess: () => client.invalidateQueries({ queryKey: ['signatures', 'anchors'] }),
  });
}

export function useRemoveAnchor() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete<TrustAnchor>(`/signatures/trust-anchors/${id}`),
    onSuccess: () => client.invalidateQueries({ queryKey: ['signatures', 'anchors'] }),
  });
}

export type Pkcs12Import = { signerId: string; pkcs12: string; password: string };
export type TokenRegistration = {
  signerId: string;
  module: string;
  token: string;
  keyId: string;
  pin: string;
};

/** Make an official's key in force: a PKCS#12 from an outside CA, or a key on a PKCS#11 token (issue 19 §1). */
export function useSetSignerKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (
      input: ({ method: 'pkcs12' } & Pkcs12Import) | ({ method: 'pkcs11' } & TokenRegistration),
    ) => {
      const { method, signerId, ...body } = input;
      const path = `/signatures/signers/${encodeURIComponent(signerId)}/${method === 'pkcs12' ? 'pkcs12' : 'token'}`;
      return api.post<Signer>(path, body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: ['signatures', 'signers'] }),
  });
}

/** One signature of a checked PDF, with the verdict in both languages (issue 19 §4). */
export type SignatureCheck = {
  signerName: string;
  organization: string | null;
  title: string | null;
  valid: boolean;
  chainStatus: string;
  installationCa: boolean;
  timestampedAt: string | null;
  coversWholeDocument: boolean;
  onlyValidationDataAfter: boolean;
  ltv: boolean;
  messages: { vi: string[]; en: string[] };
};

/** Check a PDF's signatures; open to everyone (the public verification page). */
export function useVerifyPdf() {
  return useMutation({
    mutationFn: (pdfBase64: string) => api.post<SignatureCheck[]>('/signatures/verify', { pdf: pdfBase64 }),
  });
}
