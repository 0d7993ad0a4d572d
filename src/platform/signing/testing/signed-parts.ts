import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The last signature of a PDF: its CMS (DER, padding removed) and the bytes it signs (the two byte ranges). */
export function lastSignature(pdf: Buffer): { cms: Buffer; signedBytes: Buffer } {
  const s = pdf.toString('latin1');
  const ranges = [...s.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const [, a, b, c, d] = ranges[ranges.length - 1]!.map(Number) as number[];
  const hex = s.slice(b! + 1, c! - 1);
  const padded = Buffer.from(hex, 'hex');
  // DER definite length (X.690 §8.1.3): 30 82 hh ll for anything this size.
  const length =
    padded[1]! < 0x80
      ? 2 + padded[1]!
      : 2 +
        (padded[1]! & 0x7f) +
        padded.subarray(2, 2 + (padded[1]! & 0x7f)).reduce((n, x) => n * 256 + x, 0);
  return {
    cms: padded.subarray(0, length),
    signedBytes: Buffer.concat([pdf.subarray(a!, b!), pdf.subarray(c!, c! + d!)]),
  };
}

/**
 * `openssl cms -verify` on the extracted CMS and signed bytes: an independent second verifier (issue 19 §2). With
 * `caPem`, the chain is checked to it; the result is openssl's own words ("Verification successful").
 */
export function opensslCmsVerify(pdf: Buffer, caPem: string): { ok: boolean; output: string } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-cms-'));
  try {
    const { cms, signedBytes } = lastSignature(pdf);
    writeFileSync(path.join(dir, 'sig.der'), cms);
    writeFileSync(path.join(dir, 'content.bin'), signedBytes);
    writeFileSync(path.join(dir, 'ca.pem'), caPem);
    const run = spawnSync(
      'openssl',
      [
        'cms',
        '-verify',
        '-binary',
        '-inform',
        'DER',
        '-in',
        'sig.der',
        '-content',
        'content.bin',
        '-CAfile',
        'ca.pem',
        '-purpose',
        'any',
        '-out',
        '/dev/null',
      ],
      { cwd: dir, encoding: 'utf8' },
    );
    return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
