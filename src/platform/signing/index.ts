/**
 * PAdES signatures for documents the province issues (issue 6 §4): a key per signing official or agency, kept
 * encrypted at rest (AES-256-GCM under a key-encryption key outside the database), certificates from an
 * installation root generated on first use (ADR 0007: production replaces it with a licensed CA or an HSM), and
 * signatures that `pdfsig` (poppler) reports valid and that break on any change.
 */

export {
  KeyDecryptionError,
  type KeyEncryptionKey,
  keyEncryptionKey,
  loadKeyEncryptionKey,
  parseKeyEncryptionKey,
} from './key-encryption-key.js';
export { authorityCertificate, type EnrolInput, type SignerView } from './key-store.js';
export { PdfSyntaxError } from './pdf-syntax.js';
export { SIGNER_KINDS, type SignerKind } from './schema.js';
export type { SignatureDetails } from './sign-pdf.js';
export { createSigningService, type SigningService, signingServiceFor } from './signing-service.js';
export { type SignatureCheck, verifyPdfSignatures } from './verify-pdf.js';
