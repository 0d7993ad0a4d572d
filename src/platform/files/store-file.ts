import { createHash } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Executor } from '../database/connection.js';
import type { Message } from '../http/messages.js';
import { type DomainError, fail, fieldError, notFound, ok, type Result } from '../result.js';
import { detectMediaType, type MediaType } from './detect-type.js';
import { type ContentRefusal, inspectContent } from './inspect-content.js';
import { uploadMessage as msg } from './messages.js';
import { blobs } from './schema.js';

/** Issue 6 §6 fixes no number; 10 MiB holds a scanned multi-page PDF. TINHSO_UPLOAD_MAX_BYTES changes it. */
export const DEFAULT_MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

export interface StoredFile {
  sha256: string;
  size: number;
  mediaType: MediaType;
}

export interface FileContent extends StoredFile {
  bytes: Buffer;
  createdAt: Date;
}

/** Why an upload was refused, as a machine-readable reason beside the `invalid` domain error (a 400). */
export type RefusalReason = 'empty' | 'too_large' | 'unsupported_type' | ContentRefusal;
export type FileRefusal = Extract<DomainError, { kind: 'invalid' }> & {
  reason: RefusalReason;
  maxBytes: number;
};

export interface UploadLimits {
  /** Largest accepted upload in bytes; DEFAULT_MAX_UPLOAD_BYTES when omitted. */
  maxBytes?: number;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function formatMiB(bytes: number, language: 'vi' | 'en' = 'en'): string {
  const text = (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');
  return `${language === 'vi' ? text.replace('.', ',') : text} MiB`;
}

/** A size in both languages' writing, as a message's parameters (`{sizeVi}` "0,5 MiB", `{size}` "0.5 MiB"). */
export const sizeParams = (name: string, bytes: number) => ({
  [name]: formatMiB(bytes),
  [`${name}Vi`]: formatMiB(bytes, 'vi'),
});

/**
 * An upload's refusal: the sentence in the reader's language as the detail and beside the field, the reason as
 * the field error's stable `code` (what the web acts on).
 */
export function refusal<R extends string>(
  reason: R,
  message: Message,
  maxBytes: number,
  field = 'file',
): Extract<DomainError, { kind: 'invalid' }> & { reason: R; maxBytes: number } {
  const error = fieldError(field, message, reason);
  return { kind: 'invalid', detail: error.message, localized: message, errors: [error], reason, maxBytes };
}

const CONTENT_REFUSALS: Record<ContentRefusal, Message> = {
  damaged: msg('files.damaged'),
  expands_too_much: msg('files.expandsTooMuch'),
  too_many_pixels: msg('files.tooManyPixels'),
};

/**
 * Check an upload without storing it: not empty, not over the limit, one of the accepted types by its magic
 * bytes (issue 6 §6: "size- and type-checked (PDF, JPEG, PNG, DOCX)"), and parsed as that type (issue 18 §6).
 */
export async function checkUpload(
  bytes: Uint8Array,
  limits: UploadLimits = {},
): Promise<Result<MediaType, FileRefusal>> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (bytes.length === 0) return fail(refusal('empty', msg('files.empty'), maxBytes));
  if (bytes.length > maxBytes) {
    return fail(
      refusal(
        'too_large',
        msg('files.tooLarge', { ...sizeParams('size', bytes.length), ...sizeParams('max', maxBytes) }),
        maxBytes,
      ),
    );
  }
  const mediaType = detectMediaType(bytes);
  if (!mediaType) {
    return fail(refusal('unsupported_type', msg('files.unsupportedType'), maxBytes));
  }
  const refused = await inspectContent(bytes, mediaType);
  if (refused) return fail(refusal(refused, CONTENT_REFUSALS[refused], maxBytes));
  return ok(mediaType);
}

/**
 * Store an upload in the caller's transaction, keyed by its SHA-256; the same bytes stored twice make one row.
 * Returns what the caller keeps in its own records. Access control is the caller's: nothing here serves a file.
 */
export async function storeFile(
  tx: Executor,
  bytes: Uint8Array,
  limits: UploadLimits = {},
): Promise<Result<StoredFile, FileRefusal>> {
  const checked = await checkUpload(bytes, limits);
  if (!checked.ok) return checked;
  const stored: StoredFile = { sha256: sha256Hex(bytes), size: bytes.length, mediaType: checked.value };
  const [existing] = await tx
    .select({ sha256: blobs.sha256 })
    .from(blobs)
    .where(eq(blobs.sha256, stored.sha256));
  if (!existing) {
    // Two uploads of the same bytes at once: the second insert does nothing, and both get the same key.
    await tx
      .insert(blobs)
      .values({
        ...stored,
        content: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        createdAt: new Date(),
      })
      .onConflictDoNothing();
  }
  return ok(stored);
}

/** The bytes and type of a stored file. Call it only after the caller's own access check. */
export async function readFile(db: Executor, sha256: string): Promise<Result<FileContent>> {
  const key = sha256.toLowerCase();
  if (!SHA256_HEX.test(key)) return notFound('file', sha256.slice(0, 80));
  const [row] = await db.select().from(blobs).where(eq(blobs.sha256, key));
  if (!row) return notFound('file', key);
  return ok({
    sha256: row.sha256,
    size: row.size,
    mediaType: row.mediaType as MediaType,
    bytes: row.content,
    createdAt: row.createdAt,
  });
}

/** Size and type of a stored file without reading its bytes (e.g. to list a dossier's documents). */
export async function fileInfo(db: Executor, sha256: string): Promise<StoredFile | undefined> {
  const key = sha256.toLowerCase();
  if (!SHA256_HEX.test(key)) return undefined;
  const [row] = await db
    .select({ sha256: blobs.sha256, size: blobs.size, mediaType: blobs.mediaType })
    .from(blobs)
    .where(eq(blobs.sha256, key));
  return row ? { ...row, mediaType: row.mediaType as MediaType } : undefined;
}

/** Whether the stored bytes still hash to their key (for a periodic integrity check or a restore test). */
export async function verifyStoredFile(db: Executor, sha256: string): Promise<boolean | undefined> {
  const file = await readFile(db, sha256);
  if (!file.ok) return undefined;
  return sha256Hex(file.value.bytes) === file.value.sha256;
}

/** How many files are stored and their total size, for the system page. */
export async function fileStoreStats(db: Executor): Promise<{ files: number; bytes: number }> {
  const result = await db.execute<{ files: string; bytes: string | null }>(
    sql`select count(*) as files, sum(size) as bytes from files.blobs`,
  );
  const row = result.rows[0];
  return { files: Number(row?.files ?? 0), bytes: Number(row?.bytes ?? 0) };
}
