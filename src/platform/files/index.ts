/**
 * Content-addressed file storage (issue 6 §6): uploads are size- and type-checked (PDF, JPEG, PNG, DOCX by their
 * magic bytes, then parsed as that type: issue 18 §6) and stored in PostgreSQL keyed by SHA-256 (ADR 0006).
 * Access control is the caller's: store the hash in your own records, check who may see it, then `readFile`.
 */
export { detectMediaType, EXTENSIONS, MEDIA_TYPES, type MediaType } from './detect-type.js';
export { type ContentRefusal, inspectContent, MAX_IMAGE_PIXELS } from './inspect-content.js';
export {
  checkUpload,
  DEFAULT_MAX_UPLOAD_BYTES,
  type FileContent,
  type FileRefusal,
  fileInfo,
  fileStoreStats,
  type RefusalReason,
  readFile,
  type StoredFile,
  sha256Hex,
  storeFile,
  type UploadLimits,
  verifyStoredFile,
} from './store-file.js';
export {
  checkFilename,
  cleanFilename,
  MAX_FILENAME_BYTES,
  receiveUpload,
  registerUploads,
  type Upload,
  type UploadRefusal,
  unwrapUpload,
} from './upload.js';
export { inspectZip, OFFICE_ZIP_LIMITS, type ZipLimits, zipEntries, zipEntryNames } from './zip-entries.js';
