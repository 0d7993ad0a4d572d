import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { PDFDocument } from '@cantoo/pdf-lib';
import { PNG } from 'pngjs';
import { MEDIA_TYPES } from './detect-type.js';
import { inspectContent } from './inspect-content.js';
import { checkUpload } from './store-file.js';
import { sampleDocx, sampleJpeg, samplePdf, samplePng, zipBombDocx, zipOf } from './test-fixtures.js';
import { inspectZip, OFFICE_ZIP_LIMITS } from './zip-entries.js';

/** A real PNG of the given size, encoded by pngjs. */
function png(width: number, height: number): Buffer {
  const image = new PNG({ width, height });
  image.data.fill(0x7f);
  return PNG.sync.write(image);
}

describe('uploads are checked by parsing them, not by their first bytes alone (issue 18 §6)', () => {
  it('accepts a real PDF, PNG, JPEG and DOCX', async () => {
    const generated = await PDFDocument.create();
    generated.addPage();
    const pdfLib = Buffer.from(await generated.save());
    for (const [bytes, type] of [
      [samplePdf(), MEDIA_TYPES.pdf],
      [pdfLib, MEDIA_TYPES.pdf],
      [samplePng(), MEDIA_TYPES.png],
      [png(40, 30), MEDIA_TYPES.png],
      [sampleJpeg(), MEDIA_TYPES.jpeg],
      [sampleDocx(), MEDIA_TYPES.docx],
    ] as const) {
      assert.equal(await inspectContent(bytes, type), undefined, type);
      const checked = await checkUpload(bytes);
      assert.ok(checked.ok && checked.value === type, type);
    }
  });

  it('refuses a file that starts %PDF- and goes on as HTML, and a PDF cut in half', async () => {
    const html = Buffer.from('%PDF-1.7\n<html><script>fetch("/api/v1/auth/me")</script></html>');
    const checked = await checkUpload(html);
    assert.equal(!checked.ok && checked.error.reason, 'damaged');
    assert.deepEqual(!checked.ok && checked.error.errors?.map((e) => [e.field, e.code]), [
      ['file', 'damaged'],
    ]);
    assert.equal(await inspectContent(Buffer.from('%PDF-1.4\n%%EOF\n'), MEDIA_TYPES.pdf), 'damaged');
    const pdf = samplePdf();
    assert.equal(await inspectContent(pdf.subarray(0, 60), MEDIA_TYPES.pdf), 'damaged');
  });

  it('refuses a truncated PNG, a PNG with a broken checksum, and a tiny PNG declaring a huge canvas', async () => {
    const whole = png(64, 64);
    assert.equal(await inspectContent(whole.subarray(0, whole.length - 20), MEDIA_TYPES.png), 'damaged');
    const flipped = Buffer.from(whole);
    flipped.writeUInt8(flipped.readUInt8(40) ^ 0xff, 40); // inside the IDAT chunk: its CRC no longer matches
    assert.equal(await inspectContent(flipped, MEDIA_TYPES.png), 'damaged');
    const huge = Buffer.from(whole);
    huge.writeUInt32BE(100_000, 16);
    huge.writeUInt32BE(100_000, 20);
    assert.equal(await inspectContent(huge, MEDIA_TYPES.png), 'too_many_pixels');
  });

  it('refuses a JPEG that is only a header, or cut before its image data', async () => {
    const header = Buffer.concat([
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]),
      Buffer.from('JFIF\0'),
      Buffer.alloc(32),
    ]);
    assert.equal(await inspectContent(header, MEDIA_TYPES.jpeg), 'damaged');
    const jpeg = sampleJpeg();
    assert.equal(await inspectContent(jpeg.subarray(0, 200), MEDIA_TYPES.jpeg), 'damaged');
  });

  it('refuses a DOCX that expands to 200 MiB, without inflating it', async () => {
    const bomb = zipBombDocx(200 * 1024 * 1024);
    assert.ok(bomb.length < 1024 * 1024, `${bomb.length} bytes on the wire`);
    const started = process.hrtime.bigint();
    const checked = await checkUpload(bomb);
    assert.equal(!checked.ok && checked.error.reason, 'expands_too_much');
    assert.ok(process.hrtime.bigint() - started < 1_000_000_000n, 'judged from the directory, fast');
  });

  it('catches a directory that understates how far a part expands, and archives with too many entries', async () => {
    const bomb = zipBombDocx(5 * 1024 * 1024);
    // Rewrite the central directory's sizes of word/document.xml to claim 1 KiB: inflating stops at 1 KiB + 1.
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), 0);
    const second = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), central + 4);
    bomb.writeUInt32LE(1024, second + 24);
    assert.equal(inspectZip(bomb, OFFICE_ZIP_LIMITS, ['word/document.xml']), 'expands_too_much');
    const many = zipOf(
      Object.fromEntries(Array.from({ length: 2001 }, (_, i) => [`word/p${i}.xml`, '<p/>'])),
    );
    assert.equal(inspectZip(many, OFFICE_ZIP_LIMITS), 'too_many_entries');
    const entries = { 'word/document.xml': '<w:document/>', ...{ 'word/media/a.bin': 'x' } };
    assert.equal(inspectZip(zipOf(entries), OFFICE_ZIP_LIMITS, ['word/document.xml']), undefined);
  });
});
