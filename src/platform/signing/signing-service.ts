import type { Executor } from '../database/connection.js';
import { conflict, invalid, notFound, ok, type Result } from '../result.js';
import { parseCertificate } from './certificates.js';
import { type ImportPkcs12Input, importPkcs12Signer } from './import-pkcs12.js';
import { type KeyEncryptionKey, loadKeyEncryptionKey } from './key-encryption-key.js';
import {
  authorityCertificate,
  type EnrolInput,
  enrolSigner,
  findSigner,
  listSigners,
  revokeSigner,
  type SignerView,
} from './key-store.js';
import { addLongTermData } from './long-term.js';
import { ocspCheck, ocspUrlOf } from './ocsp.js';
import { PdfSyntaxError } from './pdf-syntax.js';
import type { RegisterTokenInput } from './register-token.js';
import { type SignatureDetails, signWithKey } from './sign-pdf.js';
import { loadSignerKey } from './signer-keys.js';
import { TimestampError, tsaClient } from './timestamp.js';
import {
  installTrustAnchor,
  listTrustAnchors,
  removeTrustAnchor,
  type TrustAnchorView,
  trustAnchorPems,
} from './trust-anchors.js';
import { fingerprint, type SignatureCheck, verifyPdfSignatures } from './verify-pdf.js';

/** What a verification says, per signature, plus whether its chain ends at the demo installation CA. */
export type DocumentCheck = SignatureCheck & { installationCa: boolean };

export interface SigningService {
  /**
   * Give a signer an installation-CA key and certificate naming the given subject (demos, ADR 0019); a signer with
   * a key in force keeps it, unless it is an installation certificate naming another agency or title.
   */
  enrolSigner(
    db: Executor,
    input: EnrolInput,
    now?: Date,
  ): Promise<{ signer: SignerView; created: boolean; replaced?: SignerView }>;
  /** Make a PKCS#12 certificate and key from an outside CA the signer's key in force (issue 19 §1a). */
  importPkcs12(
    db: Executor,
    input: ImportPkcs12Input,
    now?: Date,
  ): Promise<{ signer: SignerView; replaced?: SignerView }>;
  /** Make a key on a PKCS#11 token or HSM the signer's key in force (issue 19 §1b). */
  registerToken(
    db: Executor,
    input: RegisterTokenInput,
    now?: Date,
  ): Promise<{ signer: SignerView; replaced?: SignerView }>;
  /** Withdraw a signer's key; documents signed before stay verifiable. */
  revokeSigner(db: Executor, signerId: string, now?: Date): Promise<SignerView | undefined>;
  findSigner(db: Executor, signerId: string): Promise<SignerView | undefined>;
  /** Every signer with a key in force. */
  listSigners(db: Executor): Promise<SignerView[]>;
  /**
   * Sign a PDF (PAdES B-B, or B-T with the configured TSA; ETSI.CAdES.detached) as this signer, by incremental
   * update; then B-LT (a second update with a DSS) when the signer's CA answered an OCSP request. Not found when the signer has no key in force; conflict when its certificate is not valid now or the
   * TSA does not answer; invalid when the PDF cannot be signed here (compressed cross-reference, encryption).
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
  installTrustAnchor(
    db: Executor,
    input: { name?: string; certificate: Buffer },
    now?: Date,
  ): Promise<{ anchor: TrustAnchorView; created: boolean }>;
  listTrustAnchors(db: Executor): Promise<TrustAnchorView[]>;
  removeTrustAnchor(db: Executor, id: string, now?: Date): Promise<TrustAnchorView | undefined>;
  /** Check a PDF's signatures against the installed trust anchors and the installation root. */
  verifyPdf(db: Executor, pdf: Uint8Array, at?: Date): Promise<DocumentCheck[]>;
}

export interface SigningOptions {
  /** RFC 3161 TSA for PAdES B-T (config `TINHSO_TSA_URL`); without it signatures are B-B. */
  tsaUrl?: string | undefined;
}

/**
 * The signing service of an installation, bound to its key-encryption key (ADR 0007) and its TSA (ADR 0019). The
 * key is given, not read here, so that tests and tools choose theirs; an app gets it with `signingServiceFor`.
 */
export function createSigningService(kek: KeyEncryptionKey, options: SigningOptions = {}): SigningService {
  const timestamp = options.tsaUrl ? tsaClient(options.tsaUrl) : undefined;
  return {
    enrolSigner: (db, input, now) => enrolSigner(db, kek, input, now),
    importPkcs12: (db, input, now) => importPkcs12Signer(db, kek, input, now),
    async registerToken(db, input, now) {
      // Loaded on use: an installation without tokens never loads the native binding.
      const { registerTokenSigner } = await import('./register-token.js');
      return registerTokenSigner(db, kek, input, now);
    },
    revokeSigner: (db, signerId, now) => revokeSigner(db, signerId, now),
    findSigner: (db, signerId) => findSigner(db, signerId),
    listSigners: (db) => listSigners(db),
    authorityCertificate: (db) => authorityCertificate(db),
    installTrustAnchor: (db, input, now) => installTrustAnchor(db, input, now),
    listTrustAnchors: (db) => listTrustAnchors(db),
    removeTrustAnchor: (db, id, now) => removeTrustAnchor(db, id, now),
    async signPdf(db, signerId, pdf, details, now = new Date()) {
      const key = await loadSignerKey(db, kek, signerId);
      if (!key) return notFound('signing key', signerId);
      // Decree 23/2025 art. 3(3): only a certificate in force at the time signs.
      if (key.notAfter < now || key.notBefore > now) {
        return conflict(
          `The signing certificate of ${key.commonName} is valid from ${key.notBefore.toISOString()} to ${key.notAfter.toISOString()}.`,
        );
      }
      // A revoked certificate cannot sign (issue 19 §2): asked of the issuer's OCSP responder when it names one.
      const issuer = key.chain[0];
      const responder = key.source !== 'installation' && issuer ? ocspUrlOf(key.certificate) : undefined;
      let signerOcsp: Buffer | undefined;
      if (responder && issuer) {
        const answer = await ocspCheck(key.certificate, issuer, responder).catch((error: Error) => error);
        if (answer instanceof Error)
          return conflict(`The certificate's revocation status is unknown: ${answer.message}.`);
        if (answer.status !== 'good')
          return conflict(`The signing certificate of ${key.commonName} is ${answer.status} (OCSP).`);
        signerOcsp = answer.response;
      }
      let timestampToken: Buffer | undefined;
      const stamp =
        timestamp &&
        (async (value: Buffer) => {
          timestampToken = await timestamp(value);
          return timestampToken;
        });
      try {
        const signed = await signWithKey(Buffer.from(pdf), key, details, now, stamp);
        // PAdES B-LT when revocation data was had (ETSI EN 319 142-1 §5.4); B-B/B-T as signed otherwise.
        const { pdf: kept } = await addLongTermData(signed, {
          certificate: key.certificate,
          chain: key.chain,
          signerOcsp,
          timestampToken,
        });
        return ok(kept);
      } catch (error) {
        if (error instanceof PdfSyntaxError) return invalid(`This PDF cannot be signed: ${error.message}.`);
        if (error instanceof TimestampError)
          return conflict(`The signature could not be timestamped: ${error.message}.`);
        throw error;
      }
    },
    async verifyPdf(db, pdf, at) {
      const root = await authorityCertificate(db);
      const anchors = await trustAnchorPems(db);
      const checks = await verifyPdfSignatures(Buffer.from(pdf), root ? [...anchors, root] : anchors, at);
      const rootPrint = root ? fingerprint(parseCertificate(root)) : undefined;
      return checks.map((check) => ({
        ...check,
        installationCa: rootPrint !== undefined && check.anchor === rootPrint,
      }));
    },
  };
}

/** The service with the installation's key-encryption key (from the environment, or the data folder when embedded). */
export async function signingServiceFor(
  config: Parameters<typeof loadKeyEncryptionKey>[0] & { tsaUrl?: string | undefined },
): Promise<SigningService> {
  return createSigningService(await loadKeyEncryptionKey(config), { tsaUrl: config.tsaUrl });
}
