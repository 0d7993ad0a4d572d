import { crc32, deflateSync } from 'node:zlib';

/**
 * A QR Code encoder (ISO/IEC 18004:2015), error correction level M, for the payment codes: numeric, alphanumeric
 * or byte (UTF-8) mode, the smallest version that fits, the mask with the lowest penalty (§7.8.3). Written here
 * so that a VietQR image needs no dependency; checked in the tests against an independent implementation and,
 * where installed, a real decoder (zbarimg).
 */

/** §7.5.1, Table 9: error correction codewords per block and number of blocks, level M, versions 1–40. */
const ECC_PER_BLOCK = [
  -1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28,
  28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
];
const BLOCKS = [
  -1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28,
  29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
];
/** Format information bits for level M (§7.9.1, Table 12: M = 00). */
const LEVEL_M_BITS = 0;

type Mode = { indicator: number; countBits: [number, number, number] };
const NUMERIC: Mode = { indicator: 0x1, countBits: [10, 12, 14] };
const ALPHANUMERIC: Mode = { indicator: 0x2, countBits: [9, 11, 13] };
const BYTE: Mode = { indicator: 0x4, countBits: [8, 16, 16] };
const ALPHANUMERIC_SET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';

export class QrCode {
  /** modules[y][x]: true is dark. */
  constructor(
    readonly version: number,
    readonly size: number,
    readonly modules: boolean[][],
    readonly mask: number,
  ) {}
}

function pushBits(bits: number[], value: number, length: number): void {
  for (let i = length - 1; i >= 0; i--) bits.push((value >>> i) & 1);
}

function segmentBits(text: string): { mode: Mode; count: number; data: number[] } {
  const data: number[] = [];
  if (/^\d*$/.test(text)) {
    for (let i = 0; i < text.length; i += 3) {
      const chunk = text.slice(i, i + 3);
      pushBits(data, Number(chunk), chunk.length * 3 + 1);
    }
    return { mode: NUMERIC, count: text.length, data };
  }
  if ([...text].every((c) => ALPHANUMERIC_SET.includes(c))) {
    for (let i = 0; i < text.length; i += 2) {
      const a = ALPHANUMERIC_SET.indexOf(text[i]!);
      if (i + 1 < text.length) pushBits(data, a * 45 + ALPHANUMERIC_SET.indexOf(text[i + 1]!), 11);
      else pushBits(data, a, 6);
    }
    return { mode: ALPHANUMERIC, count: text.length, data };
  }
  const bytes = Buffer.from(text, 'utf8');
  for (const b of bytes) pushBits(data, b, 8);
  return { mode: BYTE, count: bytes.length, data };
}

function rawDataModules(version: number): number {
  let result = (16 * version + 128) * version + 64;
  if (version >= 2) {
    const align = Math.floor(version / 7) + 2;
    result -= (25 * align - 10) * align - 55;
    if (version >= 7) result -= 36;
  }
  return result;
}

const dataCodewords = (version: number) =>
  Math.floor(rawDataModules(version) / 8) - ECC_PER_BLOCK[version]! * BLOCKS[version]!;

function gfMultiply(x: number, y: number): number {
  let z = 0;
  for (let i = 7; i >= 0; i--) {
    z = (z << 1) ^ ((z >>> 7) * 0x11d);
    z ^= ((y >>> i) & 1) * x;
  }
  return z & 0xff;
}

/** Reed–Solomon remainder over GF(2⁸) with the primitive polynomial 0x11D (§7.5.2). */
function reedSolomon(data: number[], degree: number): number[] {
  const divisor = new Array<number>(degree).fill(0);
  divisor[degree - 1] = 1;
  let root = 1;
  for (let i = 0; i < degree; i++) {
    for (let j = 0; j < degree; j++) {
      divisor[j] = gfMultiply(divisor[j]!, root);
      if (j + 1 < degree) divisor[j] = divisor[j]! ^ divisor[j + 1]!;
    }
    root = gfMultiply(root, 0x02);
  }
  const result = new Array<number>(degree).fill(0);
  for (const b of data) {
    const factor = b ^ result.shift()!;
    result.push(0);
    for (let i = 0; i < degree; i++) result[i] = result[i]! ^ gfMultiply(divisor[i]!, factor);
  }
  return result;
}

/** Split into blocks, add error correction, interleave (§7.6). */
function withErrorCorrection(data: number[], version: number): number[] {
  const blocks = BLOCKS[version]!;
  const eccLength = ECC_PER_BLOCK[version]!;
  const raw = Math.floor(rawDataModules(version) / 8);
  const shortBlocks = blocks - (raw % blocks);
  const shortLength = Math.floor(raw / blocks);
  const all: number[][] = [];
  for (let i = 0, k = 0; i < blocks; i++) {
    const dat = data.slice(k, k + shortLength - eccLength + (i < shortBlocks ? 0 : 1));
    k += dat.length;
    const ecc = reedSolomon(dat, eccLength);
    if (i < shortBlocks) dat.push(-1); // a gap, so short and long blocks interleave by column
    all.push([...dat, ...ecc]);
  }
  const result: number[] = [];
  for (let i = 0; i < all[0]!.length; i++) {
    for (const block of all) if (block[i] !== -1 && block[i] !== undefined) result.push(block[i]!);
  }
  return result;
}

function alignmentPositions(version: number, size: number): number[] {
  if (version === 1) return [];
  const count = Math.floor(version / 7) + 2;
  const step = version === 32 ? 26 : Math.ceil((version * 4 + 4) / (count * 2 - 2)) * 2;
  const result = [6];
  for (let pos = size - 7; result.length < count; pos -= step) result.splice(1, 0, pos);
  return result;
}

const MASKS: Array<(x: number, y: number) => boolean> = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

class Matrix {
  readonly modules: boolean[][];
  readonly reserved: boolean[][];
  constructor(readonly size: number) {
    this.modules = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
    this.reserved = Array.from({ length: size }, () => new Array<boolean>(size).fill(false));
  }
  fn(x: number, y: number, dark: boolean): void {
    this.modules[y]![x] = dark;
    this.reserved[y]![x] = true;
  }
}

function drawFunctionPatterns(m: Matrix, version: number): void {
  const { size } = m;
  for (let i = 0; i < size; i++) {
    m.fn(6, i, i % 2 === 0);
    m.fn(i, 6, i % 2 === 0);
  }
  for (const [cx, cy] of [
    [3, 3],
    [size - 4, 3],
    [3, size - 4],
  ] as const) {
    for (let dy = -4; dy <= 4; dy++) {
      for (let dx = -4; dx <= 4; dx++) {
        const d = Math.max(Math.abs(dx), Math.abs(dy));
        const x = cx + dx;
        const y = cy + dy;
        if (x >= 0 && x < size && y >= 0 && y < size) m.fn(x, y, d !== 2 && d !== 4);
      }
    }
  }
  const align = alignmentPositions(version, size);
  const last = align.length - 1;
  for (const [i, ax] of align.entries()) {
    for (const [j, ay] of align.entries()) {
      if ((i === 0 && j === 0) || (i === 0 && j === last) || (i === last && j === 0)) continue;
      for (let dy = -2; dy <= 2; dy++)
        for (let dx = -2; dx <= 2; dx++) m.fn(ax + dx, ay + dy, Math.max(Math.abs(dx), Math.abs(dy)) !== 1);
    }
  }
  drawFormatBits(m, 0);
  if (version >= 7) {
    let rem = version;
    for (let i = 0; i < 12; i++) rem = (rem << 1) ^ ((rem >>> 11) * 0x1f25);
    const bits = (version << 12) | rem;
    for (let i = 0; i < 18; i++) {
      const dark = ((bits >>> i) & 1) === 1;
      const a = size - 11 + (i % 3);
      const b = Math.floor(i / 3);
      m.fn(a, b, dark);
      m.fn(b, a, dark);
    }
  }
}

/** Format information, BCH(15,5) and XOR 0x5412, in both copies, plus the dark module (§7.9). */
function drawFormatBits(m: Matrix, mask: number): void {
  const data = (LEVEL_M_BITS << 3) | mask;
  let rem = data;
  for (let i = 0; i < 10; i++) rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
  const bits = ((data << 10) | rem) ^ 0x5412;
  const bit = (i: number) => ((bits >>> i) & 1) === 1;
  const { size } = m;
  for (let i = 0; i <= 5; i++) m.fn(8, i, bit(i));
  m.fn(8, 7, bit(6));
  m.fn(8, 8, bit(7));
  m.fn(7, 8, bit(8));
  for (let i = 9; i < 15; i++) m.fn(14 - i, 8, bit(i));
  for (let i = 0; i < 8; i++) m.fn(size - 1 - i, 8, bit(i));
  for (let i = 8; i < 15; i++) m.fn(8, size - 15 + i, bit(i));
  m.fn(8, size - 8, true);
}

function drawCodewords(m: Matrix, codewords: number[]): void {
  const { size } = m;
  let i = 0;
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vert = 0; vert < size; vert++) {
      for (let j = 0; j < 2; j++) {
        const x = right - j;
        const upward = ((right + 1) & 2) === 0;
        const y = upward ? size - 1 - vert : vert;
        if (!m.reserved[y]![x] && i < codewords.length * 8) {
          m.modules[y]![x] = ((codewords[i >>> 3]! >>> (7 - (i & 7))) & 1) === 1;
          i++;
        }
      }
    }
  }
}

function applyMask(m: Matrix, mask: number): void {
  for (let y = 0; y < m.size; y++)
    for (let x = 0; x < m.size; x++)
      if (!m.reserved[y]![x] && MASKS[mask]!(x, y)) m.modules[y]![x] = !m.modules[y]![x];
}

/** The four penalty rules of §7.8.3 (N1 = 3, N2 = 3, N3 = 40, N4 = 10). */
export function penalty(modules: boolean[][]): number {
  const size = modules.length;
  let score = 0;
  const lines: boolean[][] = [];
  for (let i = 0; i < size; i++) {
    lines.push(modules[i]!);
    lines.push(modules.map((row) => row[i]!));
  }
  const finderA = [true, false, true, true, true, false, true, false, false, false, false];
  const finderB = [...finderA].reverse();
  for (const line of lines) {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && line[i] === line[i - 1]) run++;
      else {
        if (run >= 5) score += 3 + (run - 5);
        run = 1;
      }
    }
    for (let i = 0; i + 11 <= size; i++) {
      if (finderA.every((v, k) => line[i + k] === v) || finderB.every((v, k) => line[i + k] === v))
        score += 40;
    }
  }
  let dark = 0;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const c = modules[y]![x]!;
      if (c) dark++;
      if (
        x + 1 < size &&
        y + 1 < size &&
        c === modules[y]![x + 1] &&
        c === modules[y + 1]![x] &&
        c === modules[y + 1]![x + 1]
      )
        score += 3;
    }
  }
  const total = size * size;
  score += (Math.ceil(Math.abs(dark * 20 - total * 10) / total) - 1) * 10;
  return score;
}

/** Encode text at level M; `mask` fixes the mask (0–7) instead of choosing the lowest penalty. */
export function encodeQr(text: string, options: { mask?: number } = {}): QrCode {
  const segment = segmentBits(text);
  let version = 1;
  for (; version <= 40; version++) {
    const countBits = segment.mode.countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2];
    if (segment.count < 2 ** countBits && 4 + countBits + segment.data.length <= dataCodewords(version) * 8)
      break;
  }
  if (version > 40) throw new RangeError('The text is too long for a QR Code');
  const capacity = dataCodewords(version) * 8;
  const bits: number[] = [];
  pushBits(bits, segment.mode.indicator, 4);
  pushBits(bits, segment.count, segment.mode.countBits[version <= 9 ? 0 : version <= 26 ? 1 : 2]);
  bits.push(...segment.data);
  pushBits(bits, 0, Math.min(4, capacity - bits.length));
  pushBits(bits, 0, (8 - (bits.length % 8)) % 8);
  for (let pad = 0xec; bits.length < capacity; pad ^= 0xec ^ 0x11) pushBits(bits, pad, 8);
  const data: number[] = [];
  for (let i = 0; i < bits.length; i += 8) data.push(Number.parseInt(bits.slice(i, i + 8).join(''), 2));

  const size = version * 4 + 17;
  const base = new Matrix(size);
  drawFunctionPatterns(base, version);
  drawCodewords(base, withErrorCorrection(data, version));
  let best: { mask: number; modules: boolean[][]; score: number } | undefined;
  for (const mask of options.mask === undefined ? [0, 1, 2, 3, 4, 5, 6, 7] : [options.mask]) {
    const m = new Matrix(size);
    base.modules.forEach((row, y) => {
      m.modules[y] = [...row];
      m.reserved[y] = [...base.reserved[y]!];
    });
    applyMask(m, mask);
    drawFormatBits(m, mask);
    const score = options.mask === undefined ? penalty(m.modules) : 0;
    if (!best || score < best.score) best = { mask, modules: m.modules, score };
  }
  return new QrCode(version, size, best!.modules, best!.mask);
}

/** An SVG of the code with the 4-module quiet zone (§9.1); `label` becomes its accessible name. */
export function qrSvg(qr: QrCode, label: string, pixelsPerModule = 4): string {
  const n = qr.size + 8;
  const path: string[] = [];
  for (const [y, row] of qr.modules.entries()) {
    for (const [x, dark] of row.entries()) if (dark) path.push(`M${x + 4} ${y + 4}h1v1h-1z`);
  }
  const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" width="${n * pixelsPerModule}" ` +
    `height="${n * pixelsPerModule}" role="img" aria-label="${escaped}" shape-rendering="crispEdges">` +
    `<title>${escaped}</title><rect width="${n}" height="${n}" fill="#fff"/>` +
    `<path fill="#000" d="${path.join('')}"/></svg>`
  );
}

/** A greyscale PNG of the code with its quiet zone (PNG spec §11–12: IHDR, one IDAT, IEND). */
export function qrPng(qr: QrCode, pixelsPerModule = 6): Buffer {
  const n = (qr.size + 8) * pixelsPerModule;
  const rows: Buffer[] = [];
  for (let py = 0; py < n; py++) {
    const row = Buffer.alloc(n + 1, 0xff);
    row[0] = 0; // filter: none
    const y = Math.floor(py / pixelsPerModule) - 4;
    for (let px = 0; px < n; px++) {
      const x = Math.floor(px / pixelsPerModule) - 4;
      if (qr.modules[y]?.[x]) row[px + 1] = 0;
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(4);
    head.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([head, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(n, 0);
  header.writeUInt32BE(n, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
