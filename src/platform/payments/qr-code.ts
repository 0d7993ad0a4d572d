import { PNG } from 'pngjs';
import QRCode from 'qrcode';

/**
 * QR codes (ISO/IEC 18004:2015) for the payment codes, from the maintained `qrcode` package (issue 19 §5:
 * libraries, not hand-written plumbing), at error correction level M with the smallest version that fits and the
 * mask of lowest penalty (§7.8.3). This file only adapts its matrix to the shape the PDF writer draws, and writes
 * an SVG with an accessible name and a PNG (pngjs, the package `qrcode` itself renders with).
 */
export class QrCode {
  /** modules[y][x]: true is dark. */
  constructor(
    readonly version: number,
    readonly size: number,
    readonly modules: boolean[][],
    readonly mask: number,
  ) {}
}

type Mode = 'numeric' | 'alphanumeric' | 'byte';
const ALPHANUMERIC_SET = /^[0-9A-Z $%*+\-./:]*$/;

/**
 * One segment in the densest single mode that holds the whole text (§7.4): the codes stay the same, module for
 * module, as those of other encoders that do not split text into mixed segments, which the tests check.
 */
function modeOf(text: string): Mode {
  if (/^\d*$/.test(text)) return 'numeric';
  if (ALPHANUMERIC_SET.test(text)) return 'alphanumeric';
  return 'byte';
}

/** Encode text at level M; `mask` fixes the mask (0–7) instead of choosing the lowest penalty. */
export function encodeQr(text: string, options: { mask?: number } = {}): QrCode {
  const mode = modeOf(text);
  // Byte mode takes the UTF-8 bytes (§7.4.5 with ECI-less UTF-8, as banking apps and zbar read it).
  const data = mode === 'byte' ? new Uint8ClampedArray(Buffer.from(text, 'utf8')) : text;
  const code = QRCode.create([{ data, mode } as QRCode.QRCodeSegment], {
    errorCorrectionLevel: 'M',
    ...(options.mask === undefined ? {} : { maskPattern: options.mask as QRCode.QRCodeMaskPattern }),
  });
  const size = code.modules.size;
  const modules = Array.from({ length: size }, (_, y) =>
    Array.from({ length: size }, (_, x) => code.modules.get(y, x) === 1),
  );
  return new QrCode(code.version, size, modules, code.maskPattern ?? options.mask ?? 0);
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

/** A greyscale PNG of the code with its quiet zone. */
export function qrPng(qr: QrCode, pixelsPerModule = 6): Buffer {
  const n = (qr.size + 8) * pixelsPerModule;
  const png = new PNG({ width: n, height: n, colorType: 0, inputColorType: 0, inputHasAlpha: false });
  const pixels = Buffer.alloc(n * n, 0xff);
  for (let py = 0; py < n; py++) {
    const y = Math.floor(py / pixelsPerModule) - 4;
    for (let px = 0; px < n; px++) {
      if (qr.modules[y]?.[Math.floor(px / pixelsPerModule) - 4]) pixels[py * n + px] = 0;
    }
  }
  png.data = pixels;
  return PNG.sync.write(png, { colorType: 0, inputColorType: 0, inputHasAlpha: false });
}
