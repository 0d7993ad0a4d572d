import type { Executor } from '../database/connection.js';
import { conflict, invalid, notFound, ok, type Result } from '../result.js';
import { type KeyEncryptionKey, loadKeyEncryptionKey } from './key-encryption-key.js';
import {
  authorityCertificate,
  type EnrolInput,
  enrolSigner,
  findSigner,
  loadSignerKey,
  revokeSigner,
  type SignerView,
} from './key-store.js';
import { PdfSyntaxError } from './pdf-syntax.js';
import { type SignatureDetails, signWithKey } from './sign-pdf.js';
import { type SignatureCheck, verifyPdfSignatures } from './verify-pdf.js';

export interface SigningService {
  /** Give a signer a key and certificate (idempotent: a signer with a key in force keeps it). */
  enrolSigner(db: Executor, input: EnrolInput, now?: Date): Promise<{ signer: SignerView; created: boolean }>;
  /** Withdraw a signer's key; documents signed before stay verifiable. */
  revokeSigner(db: Executor, signerId: string, now?: Date): Promise<SignerView | undefined>;
  findSigner(db: Executor, signerId: string): Promise<SignerView | undefined>;
  /**
   * Sign a PDF (PAdES B-B, ETSI.CAdES.detached) as this signer, by incremental update. Not found when the signer
   * has no key in force; invalid when the PDF cannot be signed here (compressed cross-reference, encryption).
   */
  signPdf(
    db: Executor,
    signerId: string,
    pdf: Uint8Array,
    details: SignatureDetails,
    now?: Date,
  ): Promise<Result<Buffer>>;
  /** The installation root's certificate (PEM), for verifiers to trust. */
  authorityCertificate(db: Executor): Promise<string | undefined>;
  /** Check a PDF's signatures against the installation root. */
  verifyPdf(db: Executor, pdf: Uint8Array, at?: Date): Promise<SignatureCheck[]>;
}

/**
 * The signing service of an installation, bound to its key-encryption key (ADR 0007). The key is given, not read
 * here, so that tests and tools choose theirs; an app gets it with `loadKeyEncryptionKey(config)`.
 */
export function createSigningService(kek: KeyEncryptionKey): SigningService {
  return {
    enrolSigner: (db, input, now) => enrolSigner(db, kek, input, now),
    revokeSigner: (db, signerId, now) => revokeSigner(db, signerId, now),
    findSigner: (db, signerId) => findSigner(db, signerId),
    authorityCertificate: (db) => authorityCertificate(db),
    async signPdf(db, signerId, pdf, details, now = new Date()) {
      const key = await loadSignerKey(db, kek, signerId);
      if (!key) return notFound('signing key', signerId);
      if (key.notAfter < now) {
        return conflict(
          `The signing certificate of ${key.commonName} expired on ${key.notAfter.toISOString()}.`,
        );
      }
      try {
        return ok(await signWithKey(Buffer.from(pdf), key, details, now));
      } catch (error) {
        if (error instanceof PdfSyntaxError) return invalid(`This PDF cannot be signed: ${error.message}.`);
        throw error;
      }
    },
    async verifyPdf(db, pdf, at) {
      const root = await authorityCertificate(db);
      return verifyPdfSignatures(Buffer.from(pdf), root ? [root] : [], at);
    },
  };
}

/** The service with the installation's key-encryption key (from the environment, or the data folder when embedded). */
export async function signingServiceFor(
  config: Parameters<typeof loadKeyEncryptionKey>[0],
): Promise<SigningService> {
  return createSigningService(await loadKeyEncryptionKey(config));
}
