import type { Executor } from '../database/connection.js';
import { newId } from '../ids.js';
import { certificateColumns, certificatePem, parseCertificate } from './certificates.js';
import { type KeyEncryptionKey, seal } from './key-encryption-key.js';
import { revokeSigner, type SignerView, view } from './key-store.js';
import { TokenError, type TokenKeyRef, tokenCertificate, tokenSigner } from './pkcs11.js';
import { type SignerKind, signers } from './schema.js';
import { parseChain } from './signer-keys.js';

export interface RegisterTokenInput extends TokenKeyRef {
  signerId: string;
  kind: SignerKind;
  provinceCode: string | null;
  /** The signer's certificate (PEM) when the token does not hold it beside the key. */
  certificatePem?: string;
  /** The issuing chain (PEM, intermediates then root), from the CA. */
  chainPem?: string;
}

/**
 * Make a key on a PKCS#11 token the signer's key in force (issue 19 §1b). Only the module path, token label, key
 * id and the PIN (sealed under the key-encryption key) are stored; before anything is stored, the token signs a
 * probe and the signature is checked against the certificate, so a wrong key id or PIN is refused at once.
 */
export async function registerTokenSigner(
  db: Executor,
  kek: KeyEncryptionKey,
  input: RegisterTokenInput,
  now = new Date(),
): Promise<{ signer: SignerView; replaced?: SignerView }> {
  const der = input.certificatePem ?? tokenCertificate(input);
  if (!der)
    throw new TokenError(
      'the token holds no certificate for this key: give the certificate file',
      'no_certificate',
    );
  const certificate = parseCertificate(der);
  if (certificate.notAfter < now) throw new TokenError('the certificate has expired', 'certificate_expired');
  const probe = Buffer.from(`tinhso token probe ${now.toISOString()}`);
  const signature = await tokenSigner(input)(probe);
  const { createPublicKey, verify } = await import('node:crypto');
  const publicKey = createPublicKey({
    key: Buffer.from(certificate.publicKey.rawData),
    format: 'der',
    type: 'spki',
  });
  if (!verify('sha256', probe, publicKey, signature))
    throw new TokenError('the key on the token does not match the certificate', 'key_mismatch');
  const replaced = await revokeSigner(db, input.signerId, now);
  const id = newId();
  const [row] = await db
    .insert(signers)
    .values({
      id,
      signerId: input.signerId,
      kind: input.kind,
      provinceCode: input.provinceCode,
      source: 'pkcs11',
      ...certificateColumns(certificate),
      chainPem:
        parseChain(input.chainPem ?? null)
          .map(certificatePem)
          .join('') || null,
      encryptedKey: seal(kek, Buffer.from(input.pin, 'utf8'), `signer:${id}`),
      kekId: kek.id,
      pkcs11Module: input.module,
      pkcs11Token: input.token,
      pkcs11KeyId: input.keyId.toLowerCase(),
      createdAt: now,
    })
    .returning();
  return { signer: view(row!), ...(replaced ? { replaced } : {}) };
}
