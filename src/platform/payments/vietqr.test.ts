import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'node:test';
import { formatDong, renderPdf } from '../pdf/index.js';
import { decodeVietQr, encodeQr, feePaymentCode, qrPng } from './index.js';

const fee = {
  bankBin: '970415',
  accountNumber: '113366668888',
  amount: 1_250_000,
  reference: '000.00.12.H12-260105-0001',
};

/** zbarimg (Debian zbar-tools) reads a PNG as a phone's camera would; tests using it skip when it is absent. */
function zbar(png: Buffer): string | undefined {
  if (spawnSync('zbarimg', ['--version']).error) return undefined;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-qr-'));
  try {
    writeFileSync(path.join(dir, 'code.png'), png);
    const result = spawnSync('zbarimg', ['-q', '--raw', path.join(dir, 'code.png')], { encoding: 'utf8' });
    return result.stdout.replace(/\n$/, '');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const ZBAR_MISSING = 'zbar-tools is not installed (apt-get install zbar-tools)';

/** An independent QR implementation already in node_modules (antd's QR component), for a module-by-module check. */
function referenceEncoder() {
  try {
    const require = createRequire(import.meta.url);
    return require('@rc-component/qrcode/lib/libs/qrcodegen.js') as {
      QrCode: {
        encodeSegments(
          s: unknown,
          e: unknown,
          min: number,
          max: number,
          mask: number,
          boost: boolean,
        ): { size: number; getModule(x: number, y: number): boolean };
      };
      QrSegment: { makeSegments(text: string): unknown };
      Ecc: { MEDIUM: unknown };
    };
  } catch {
    return undefined;
  }
}

describe('VietQR fee payment codes (Decree 61/2018 art. 22: fees by bank transfer)', () => {
  it('round-trips the EMVCo fields: bank BIN, account, amount in đồng, dossier code as reference', () => {
    const code = feePaymentCode(fee);
    assert.ok(code.ok);
    const decoded = decodeVietQr(code.value.payload);
    assert.ok(decoded.ok);
    assert.deepEqual(decoded.value, {
      bankBin: '970415',
      accountNumber: '113366668888',
      amount: 1_250_000,
      reference: fee.reference,
      purpose: fee.reference,
      currency: '704',
      country: 'VN',
    });
    assert.match(code.value.payload, /^000201010212/, 'dynamic code (01 = 12): it carries the amount');
    assert.match(code.value.payload, /A000000727/, 'the NAPAS VietQR identifier');
  });

  it('detects a payload altered after it was made (CRC-16 of field 63)', () => {
    const code = feePaymentCode(fee);
    assert.ok(code.ok);
    const altered = code.value.payload.replace('5407125000', '5407925000');
    assert.equal(decodeVietQr(altered).ok, false);
  });

  it('refuses an amount that is not whole đồng above zero, and a reference banks cannot carry', () => {
    for (const wrong of [
      { amount: 0 },
      { amount: 12.5 },
      { amount: -1 },
      { reference: 'Hồ sơ có dấu' },
      { reference: 'x'.repeat(26) },
      { bankBin: '97041' },
    ]) {
      const result = feePaymentCode({ ...fee, ...wrong });
      assert.equal(result.ok, false, JSON.stringify(wrong));
    }
    assert.ok(feePaymentCode({ ...fee, amount: 2_000_000_000n }).ok, 'bigint đồng from the database');
  });

  it('draws a QR image a phone can read (zbarimg decodes the PNG to the same payload)', (t) => {
    const code = feePaymentCode(fee);
    assert.ok(code.ok);
    assert.match(
      code.value.svg,
      /^<svg [^>]*role="img" aria-label="VietQR: 1250000 đồng, 000\.00\.12\.H12-260105-0001"/,
    );
    const read = zbar(code.value.png);
    if (read === undefined) return t.skip(ZBAR_MISSING);
    assert.equal(read, code.value.payload);
  });

  it('prints the code in a PDF fee notice that still reads after printing at 150 dpi (pdftoppm, zbarimg)', async (t) => {
    const code = feePaymentCode(fee);
    assert.ok(code.ok);
    const pdf = await renderPdf({ size: 'A5', title: 'Thông báo phí' }, (d) =>
      d
        .title('Thông báo nộp phí, lệ phí')
        .field('Số tiền', formatDong(fee.amount))
        .field('Nội dung chuyển khoản', fee.reference)
        .qrCode(code.value.qr, { caption: 'Quét mã VietQR bằng ứng dụng ngân hàng để nộp phí' }),
    );
    if (spawnSync('pdftoppm', ['-v']).error) return t.skip('poppler-utils is not installed');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-qrpdf-'));
    try {
      writeFileSync(path.join(dir, 'notice.pdf'), pdf);
      spawnSync('pdftoppm', [
        '-r',
        '150',
        '-png',
        '-singlefile',
        path.join(dir, 'notice.pdf'),
        path.join(dir, 'page'),
      ]);
      const read = zbar(readFileSync(path.join(dir, 'page.png')));
      if (read === undefined) return t.skip(ZBAR_MISSING);
      assert.equal(read, code.value.payload);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('encodes byte-mode UTF-8 text and a large version correctly (zbarimg)', (t) => {
    const text = `Trung tâm Phục vụ hành chính công — ${'Đơn đề nghị '.repeat(20)}`;
    const qr = encodeQr(text);
    assert.ok(qr.version >= 10);
    const read = zbar(qrPng(qr, 4));
    if (read === undefined) return t.skip(ZBAR_MISSING);
    assert.equal(read, text);
  });

  it('matches an independent QR implementation module for module, for every mask and several versions', (t) => {
    const reference = referenceEncoder();
    if (!reference) return t.skip('@rc-component/qrcode (installed with antd) is not available');
    const code = feePaymentCode(fee);
    assert.ok(code.ok);
    const texts = [
      '01234567',
      'HELLO WORLD',
      fee.reference,
      code.value.payload,
      `Hồ sơ ${'A1'.repeat(120)}`,
      'a'.repeat(600),
    ];
    for (const text of texts) {
      for (let mask = 0; mask < 8; mask++) {
        const ours = encodeQr(text, { mask });
        const theirs: { size: number; getModule(x: number, y: number): boolean } =
          reference.QrCode.encodeSegments(
            reference.QrSegment.makeSegments(text),
            reference.Ecc.MEDIUM,
            1,
            40,
            mask,
            false,
          );
        assert.equal(ours.size, theirs.size, text);
        for (let y = 0; y < ours.size; y++)
          for (let x = 0; x < ours.size; x++)
            assert.equal(
              ours.modules[y]![x],
              theirs.getModule(x, y),
              `${text.slice(0, 20)} mask ${mask} at ${x},${y}`,
            );
      }
    }
  });
});
