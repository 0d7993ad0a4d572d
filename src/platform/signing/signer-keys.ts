import { sign } from 'node:crypto';
import type { Executor } from '../database/connection.js';
import { type Certificate, commonNameOf, fromPkcs8, parseCertificate } from './certificates.js';
import { type KeyEncryptionKey, unseal } from './key-encryption-key.js';
import { activeRow, loadAuthority, type SignerView, view } from './key-store.js';

/** A signer's key in force, ready for one signature, wherever the key is kept (issue 19 §1, ADR 0019). */
export interface SignerKey extends SignerView {
  certificate: Certificate;
  /** The certificates a verifier needs to reach a trust anchor: intermediates and the root. */
  chain: Certificate[];
  /** RSASSA-PKCS1-v1_5 with SHA-256 over the given bytes; the private key itself never leaves this closure. */
  sign(data: Buffer): Promise<Buffer>;
}

const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
export const parseChain = (pem: string | null): Certificate[] =>
  (pem?.match(PEM_BLOCK) ?? []).map((block) => parseCertificate(block));

/** The signer's key in force: decrypted for one signature, or opened on its token. */
export async function loadSignerKey(
  db: Executor,
  kek: KeyEncryptionKey,
  signerId: string,
): Promise<SignerKey | undefined> {
  const row = await activeRow(db, signerId);
  if (!row) return undefined;
  const certificate = parseCertificate(row.certificatePem);
  const base = { ...view(row), commonName: commonNameOf(certificate) || row.commonName, certificate };
  const secret = unseal(kek, row.encryptedKey, `signer:${row.id}`, row.kekId);
  switch (row.source) {
    case 'installation': {
      const authority = await loadAuthority(db, kek);
      if (!authority) throw new Error('a signer exists without the installation authority');
      const privateKey = fromPkcs8(secret);
      return {
        ...base,
        chain: [authority.certificate],
        sign: async (data) => sign('sha256', data, privateKey),
      };
    }
    case 'pkcs12': {
      const privateKey = fromPkcs8(secret);
      return {
        ...base,
        chain: parseChain(row.chainPem),
        sign: async (data) => sign('sha256', data, privateKey),
      };
    }
    case 'pkcs11': {
      const { tokenSigner } = await import('./pkcs11.js');
      return {
        ...base,
        chain: parseChain(row.chainPem),
        sign: tokenSigner({
          module: row.pkcs11Module!,
          token: row.pkcs11Token!,
          keyId: row.pkcs11KeyId!,
          pin: secret.toString('utf8'),
        }),
      };
    }
  }
}
