import { inflateRawSync } from 'node:zlib';

/**
 * The entries of a ZIP archive, read from its central directory (APPNOTE.TXT 6.3.10, §4.3.12 and §4.3.16), and a
 * bounded look at what they would expand to (issue 18 §6: a DOCX that expands to 200 MiB was accepted). Nothing
 * is inflated beyond a small, declared-size budget. Returns undefined for anything that is not a well-formed
 * single-disk, non-ZIP64 archive — a DOCX of at most a few MiB is never ZIP64.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_MIN_SIZE = 22;
/** The EOCD record ends with a comment of at most 65,535 bytes. */
const MAX_COMMENT = 0xffff;
/** No office document has this many parts; a bound keeps a hostile archive from costing much. */
const MAX_ENTRIES = 10_000;
const STORED = 0;
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (APPNOTE §4.4.5); anything else is refused by `inspectZip`. */
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  if (bytes.length < EOCD_MIN_SIZE) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return undefined;
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // Multi-disk and ZIP64 archives (0xFFFF / 0xFFFFFFFF markers) are refused, not guessed at.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== count) return undefined;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return undefined;
  if (count > MAX_ENTRIES || cdOffset + cdSize > eocd) return undefined;

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) return undefined;
    entries.push({
      name: decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
    });
    at = next;
  }
  return entries;
}

/** The entry names of a ZIP archive (see `zipEntries`). */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  return zipEntries(bytes)?.map((e) => e.name);
}

export interface ZipLimits {
  maxEntries: number;
  /** The most all entries may declare together, uncompressed. */
  maxTotalUncompressed: number;
  /** The most an entry of over 1 MiB, or the whole archive, may expand relative to its compressed size. */
  maxRatio: number;
}

/**
 * Limits for an office document a citizen uploads: a real DOCX of 10 MiB (mostly JPEG and PNG, which do not
 * compress) expands to little more; its XML compresses 5–20 times. 64 MiB and a ratio of 100 leave room for
 * any honest document and refuse a bomb (42.zip-style entries expand a thousand times and more).
 */
export const OFFICE_ZIP_LIMITS: ZipLimits = {
  maxEntries: 2_000,
  maxTotalUncompressed: 64 * 1024 * 1024,
  maxRatio: 100,
};

export type ZipRefusal = 'malformed' | 'too_many_entries' | 'expands_too_much';

const RATIO_FLOOR = 1024 * 1024;

/**
 * Whether an archive stays within the limits, judged from its central directory; then the entries named in
 * `verify` (the parts a type check relies on) are inflated with their declared size as the hard ceiling, so a
 * directory that understates a size is caught too.
 */
export function inspectZip(
  bytes: Uint8Array,
  limits: ZipLimits,
  verify: readonly string[] = [],
): ZipRefusal | undefined {
  const entries = zipEntries(bytes);
  if (!entries) return 'malformed';
  if (entries.length > limits.maxEntries) return 'too_many_entries';
  let total = 0;
  let compressed = 0;
  for (const entry of entries) {
    if (entry.method !== STORED && entry.method !== DEFLATED) return 'malformed';
    total += entry.uncompressedSize;
    compressed += entry.compressedSize;
    const ratio = entry.uncompressedSize / Math.max(entry.compressedSize, 1);
    if (entry.uncompressedSize > RATIO_FLOOR && ratio > limits.maxRatio) return 'expands_too_much';
  }
  if (total > limits.maxTotalUncompressed) return 'expands_too_much';
  if (total > RATIO_FLOOR && total / Math.max(compressed, 1) > limits.maxRatio) return 'expands_too_much';
  const wanted = new Set(verify.map((n) => n.toLowerCase()));
  for (const entry of entries) {
    if (!wanted.has(entry.name.toLowerCase())) continue;
    const actual = inflatedSize(bytes, entry);
    if (actual === 'too_large') return 'expands_too_much';
    if (actual === undefined) return 'malformed';
  }
  return undefined;
}

/** The entry's real uncompressed size, inflating at most its declared size plus one byte. */
function inflatedSize(bytes: Uint8Array, entry: ZipEntry): number | 'too_large' | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_HEADER_SIGNATURE) return undefined;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return undefined;
  const data = bytes.subarray(start, end);
  if (entry.method === STORED) return data.length === entry.uncompressedSize ? data.length : undefined;
  try {
    const out = inflateRawSync(data, { maxOutputLength: entry.uncompressedSize + 1 });
    return out.length === entry.uncompressedSize ? out.length : undefined;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return 'too_large';
    return undefined;
  }
}

function findEndOfCentralDirectory(view: DataView): number | undefined {
  const last = view.byteLength - EOCD_MIN_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    // The record is real only if its comment length reaches exactly to the end of the file.
    if (at + EOCD_MIN_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return undefined;
}
