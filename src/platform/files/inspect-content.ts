import { PDFDocument } from '@cantoo/pdf-lib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { MEDIA_TYPES, type MediaType } from './detect-type.js';
import { inspectZip, OFFICE_ZIP_LIMITS } from './zip-entries.js';

/**
 * Whether a file really is what its magic bytes say (issue 18 §6): a file that starts `%PDF-` and goes on as
 * HTML is not a PDF, and an office document that would expand a hundredfold is a bomb. Each type is parsed by
 * a parser of that type — PDF by pdf-lib's object parser, PNG by pngjs (every chunk's CRC, the image data
 * inflated), JPEG by jpeg-js (every scan decoded), DOCX by its ZIP directory within OFFICE_ZIP_LIMITS — each
 * bounded so that a hostile file costs no more than an honest one of the same size.
 */
export type ContentRefusal = 'damaged' | 'expands_too_much' | 'too_many_pixels';

/** A scan of an A4 page at 600 dpi is 35 megapixels; nothing a citizen uploads needs more than 50. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** jpeg-js keeps decoded pixels in memory; this bounds it (4 bytes a pixel at MAX_IMAGE_PIXELS, and slack). */
const MAX_DECODE_MEMORY_MB = 256;

export async function inspectContent(
  bytes: Uint8Array,
  type: MediaType,
): Promise<ContentRefusal | undefined> {
  switch (type) {
    case MEDIA_TYPES.pdf:
      return (await isPdf(bytes)) ? undefined : 'damaged';
    case MEDIA_TYPES.png:
      return inspectPng(bytes);
    case MEDIA_TYPES.jpeg:
      return inspectJpeg(bytes);
    case MEDIA_TYPES.docx: {
      const refusal = inspectZip(bytes, OFFICE_ZIP_LIMITS, ['word/document.xml', '[Content_Types].xml']);
      return refusal === 'too_many_entries'
        ? 'expands_too_much'
        : refusal === 'malformed'
          ? 'damaged'
          : refusal;
    }
  }
}

/**
 * A PDF has a document catalogue reachable from its trailer and at least one page (ISO 32000-1 §7.7.2, §7.7.3).
 * Encrypted PDFs (owner-password restrictions are common on scans) are accepted: their structure is still
 * readable, and the content is never rendered here.
 */
async function isPdf(bytes: Uint8Array): Promise<boolean> {
  try {
    const document = await PDFDocument.load(bytes, {
      ignoreEncryption: true,
      updateMetadata: false,
      throwOnInvalidObject: false,
    });
    return document.getPageCount() > 0;
  } catch {
    return false;
  }
}

/** The width and height in the IHDR chunk, which the PNG signature is always followed by (ISO/IEC 15948 §11.2.2). */
function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  if (bytes.length < 33) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return undefined;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

function inspectPng(bytes: Uint8Array): ContentRefusal | undefined {
  const size = pngSize(bytes);
  if (!size) return 'damaged';
  // Checked before decoding: a tiny PNG can declare a 100,000 × 100,000 canvas (a decompression bomb).
  if (size.width * size.height > MAX_IMAGE_PIXELS) return 'too_many_pixels';
  try {
    PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return undefined;
  } catch {
    return 'damaged';
  }
}

function inspectJpeg(bytes: Uint8Array): ContentRefusal | undefined {
  try {
    jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: false,
      maxResolutionInMP: MAX_IMAGE_PIXELS / 1_000_000,
      maxMemoryUsageInMB: MAX_DECODE_MEMORY_MB,
    });
    return undefined;
  } catch (error) {
    return /maxResolutionInMP|maxMemoryUsageInMB/.test((error as Error).message)
      ? 'too_many_pixels'
      : 'damaged';
  }
}
