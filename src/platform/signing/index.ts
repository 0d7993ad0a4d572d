/**
 * PAdES signatures for documents the province issues (issue 6 §4, issue 19): per signer, a key from the demo
 * installation CA, a certificate and key imported from an outside CA's PKCS#12, or a key on a PKCS#11 token
 * (ADR 0019); CMS by pkijs, certificates by @peculiar/x509; RFC 3161 timestamps (PAdES B-T) from a configured
 * TSA; verification against trust anchors an administrator installs.
 */

export { type Certificate, parseCertificate } from './certificates.js';
export { type ImportPkcs12Input, Pkcs12Error, type Pkcs12Refusal } from './import-pkcs12.js';
export {
  KeyDecryptionError,
  type KeyEncryptionKey,
  keyEncryptionKey,
  loadKeyEncryptionKey,
  parseKeyEncryptionKey,
} from './key-encryption-key.js';
export { authorityCertificate, type EnrolInput, type SignerView } from './key-store.js';
export { PdfSyntaxError } from './pdf-syntax.js';
export type { TokenRefusal } from './pkcs11.js';
export type { RegisterTokenInput } from './register-token.js';
export { KEY_SOURCES, type KeySource, SIGNER_KINDS, type SignerKind } from './schema.js';
export type { SignatureDetails } from './sign-pdf.js';
export {
  createSigningService,
  type DocumentCheck,
  type SigningOptions,
  type SigningService,
  signingServiceFor,
} from './signing-service.js';
export { TimestampError } from './timestamp.js';
export {
  readAnchorCertificate,
  TrustAnchorError,
  type TrustAnchorRefusal,
  type TrustAnchorView,
} from './trust-anchors.js';
export { CHAIN_STATUSES, type ChainStatus } from './trust-chain.js';
export { type SignatureCheck, verifyPdfSignatures } from './verify-pdf.js';
