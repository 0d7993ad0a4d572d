import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Message } from '../http/messages.js';
import { HttpProblem, problem } from '../http/problem.js';
import { fail, ok, type Result } from '../result.js';
import { nfc } from '../text.js';
import type { MediaType } from './detect-type.js';
import { uploadMessage as msg } from './messages.js';
import {
  checkUpload,
  DEFAULT_MAX_UPLOAD_BYTES,
  type FileRefusal,
  refusal,
  sizeParams,
  type UploadLimits,
} from './store-file.js';

/** One file received from a multipart/form-data request, checked but not yet stored. */
export interface Upload {
  bytes: Buffer;
  mediaType: MediaType;
  /** The name the client gave, cleaned for display only (never a path, never trusted for the type). */
  filename: string;
  /** The form's text fields, in order of arrival (the last value wins for a repeated name). */
  fields: Record<string, string>;
}

export type UploadRefusal =
  | FileRefusal
  | (Omit<FileRefusal, 'reason'> & {
      reason: 'not_multipart' | 'no_file' | 'invalid_field' | 'name_too_long' | 'name_invalid';
    });

/** A file name's limit in bytes of UTF-8, as most file systems (ext4, NTFS in UTF-16 units) hold one. */
export const MAX_FILENAME_BYTES = 255;

/** Limits beyond the file's own size: one file per request, a few short text fields. */
const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 4096;

/**
 * Enable multipart uploads on a Fastify scope. Register it inside your own scope, beside your upload routes,
 * so that no other module's routes accept multipart bodies:
 *
 *     await app.register(async (scope) => {
 *       await registerUploads(scope, { maxBytes: env.config.uploadMaxBytes });
 *       scope.post('/dossiers/:id/documents', async (request) => { const upload = unwrapUpload(await receiveUpload(request)); … });
 *     });
 */
export async function registerUploads(app: FastifyInstance, limits: UploadLimits = {}): Promise<void> {
  await app.register(fastifyMultipart, {
    // The name as the client sent it, so that one with a path in it is refused rather than cut (checkFilename).
    preservePath: true,
    limits: {
      fileSize: limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES,
      files: 1,
      fields: MAX_FIELDS,
      fieldSize: MAX_FIELD_BYTES,
      parts: MAX_FIELDS + 1,
      headerPairs: 100,
    },
  });
}

function refuse(
  reason: UploadRefusal['reason'],
  message: Message,
  maxBytes: number,
  field = 'file',
): UploadRefusal {
  return refusal(reason, message, maxBytes, field);
}

/**
 * Read the request's single file (and its text fields) into memory and check it: size, then type by its magic
 * bytes (issue 6 §6). The caller decides who may upload, then stores it with `storeFile(tx, upload.bytes)`.
 */
export async function receiveUpload(
  request: FastifyRequest,
  limits: UploadLimits = {},
): Promise<Result<Upload, UploadRefusal>> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_UPLOAD_BYTES;
  if (!request.isMultipart()) {
    return fail(refuse('not_multipart', msg('files.notMultipart'), maxBytes));
  }
  const fields: Record<string, string> = {};
  let file: { bytes: Buffer; filename: string } | undefined;
  for await (const part of request.parts({ limits: { fileSize: maxBytes } })) {
    if (part.type === 'field') {
      if (typeof part.value !== 'string') continue;
      // PostgreSQL text cannot hold U+0000 (as src/app/reject-nul-bytes.ts refuses it in JSON bodies).
      if (part.value.includes('\u0000') || part.fieldname.includes('\u0000')) {
        return fail(
          refuse(
            'invalid_field',
            msg('files.invalidField', { field: cleanFilename(part.fieldname) }),
            maxBytes,
          ),
        );
      }
      fields[part.fieldname] = nfc(part.value);
      continue;
    }
    const nameProblem = checkFilename(part.filename ?? '');
    if (nameProblem) {
      part.file.resume(); // drain the part so the request ends cleanly
      return fail(refuse(nameProblem.reason, nameProblem.message, maxBytes, 'file.name'));
    }
    try {
      file = { bytes: await part.toBuffer(), filename: cleanFilename(part.filename) };
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        return fail(
          refuse('too_large', msg('files.tooLargeStreamed', sizeParams('max', maxBytes)), maxBytes),
        );
      }
      throw error;
    }
  }
  if (!file) return fail(refuse('no_file', msg('files.noFile'), maxBytes));
  const checked = await checkUpload(file.bytes, { maxBytes });
  if (!checked.ok) return checked;
  return ok({ bytes: file.bytes, mediaType: checked.value, filename: file.filename, fields });
}

/**
 * Return the upload, or end the request with the fitting problem: 413 too large (or expanding too far), 415
 * wrong or damaged type, else 400.
 */
export function unwrapUpload(result: Result<Upload, UploadRefusal>): Upload {
  if (result.ok) return result.value;
  const { reason, detail, errors, localized } = result.error;
  const told = { detail, ...(errors ? { errors } : {}), ...(localized ? { localized } : {}) };
  if (reason === 'too_large' || reason === 'expands_too_much' || reason === 'too_many_pixels') {
    throw new HttpProblem(problem(413, 'file-too-large', 'File too large', told));
  }
  if (reason === 'unsupported_type' || reason === 'not_multipart' || reason === 'damaged') {
    throw new HttpProblem(problem(415, 'unsupported-file-type', 'Unsupported file type', told));
  }
  throw new HttpProblem(problem(400, 'invalid-input', 'Invalid input', told));
}

/**
 * A client's file name is refused, not silently changed, when it is longer than 255 bytes of UTF-8 or holds a
 * control character or a path separator (issue 18 §6): the name is shown to officials and used in downloads.
 */
export function checkFilename(
  name: string,
): { reason: 'name_too_long' | 'name_invalid'; message: Message } | undefined {
  if (Buffer.byteLength(nfc(name), 'utf8') > MAX_FILENAME_BYTES) {
    return { reason: 'name_too_long', message: msg('files.nameTooLong', { max: MAX_FILENAME_BYTES }) };
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
  if (/[\u0000-\u001f\u007f/\\]/.test(name)) {
    return { reason: 'name_invalid', message: msg('files.nameInvalid') };
  }
  return undefined;
}

/** The last path segment of a client's file name, NFC, without control characters, at most 255 characters. */
export function cleanFilename(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = nfc(base.replace(/[\u0000-\u001f\u007f]/g, '')).slice(0, 255);
  return cleaned || 'file';
}
