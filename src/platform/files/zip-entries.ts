/**
 * The entry names of a ZIP archive, read from its central directory (APPNOTE.TXT 6.3.10, §4.3.12 and §4.3.16).
 * Only what type detection needs: no decompression, no dependency. Returns undefined for anything that is not a
 * well-formed single-disk, non-ZIP64 archive — a DOCX of at most a few MiB is never ZIP64.
 */
const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const EOCD_MIN_SIZE = 22;
/** The EOCD record ends with a comment of at most 65,535 bytes. */
const MAX_COMMENT = 0xffff;
/** No office document has this many parts; a bound keeps a hostile archive from costing much. */
const MAX_ENTRIES = 10_000;

export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < EOCD_MIN_SIZE) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  if (eocd === undefined) return undefined;
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const entriesOnDisk = view.getUint16(eocd + 8, true);
  const entries = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  // Multi-disk and ZIP64 archives (0xFFFF / 0xFFFFFFFF markers) are refused, not guessed at.
  if (disk !== 0 || cdDisk !== 0 || entriesOnDisk !== entries) return undefined;
  if (entries === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) return undefined;
  if (entries > MAX_ENTRIES || cdOffset + cdSize > eocd) return undefined;

  const names: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: false });
  let at = cdOffset;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL_HEADER_SIGNATURE) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > eocd) return undefined;
    names.push(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at = next;
  }
  return names;
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
