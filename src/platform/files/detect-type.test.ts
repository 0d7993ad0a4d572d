import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { detectMediaType, MEDIA_TYPES } from './detect-type.js';
import { checkUpload } from './store-file.js';
import { sampleDocx, sampleJpeg, samplePdf, samplePng, zipOf } from './test-fixtures.js';
import { zipEntryNames } from './zip-entries.js';

describe('upload type detection by magic bytes (issue 6 §6: PDF, JPEG, PNG, DOCX)', () => {
  it('recognises each accepted type from its first bytes', () => {
    assert.equal(detectMediaType(samplePdf()), MEDIA_TYPES.pdf);
    assert.equal(detectMediaType(sampleJpeg()), MEDIA_TYPES.jpeg);
    assert.equal(detectMediaType(samplePng()), MEDIA_TYPES.png);
    assert.equal(detectMediaType(sampleDocx()), MEDIA_TYPES.docx);
  });

  it('recognises a DOCX only by a word/document.xml entry in the ZIP central directory', () => {
    assert.equal(
      detectMediaType(zipOf({ 'xl/workbook.xml': '<workbook/>' })),
      undefined,
      'an XLSX is not a DOCX',
    );
    assert.equal(detectMediaType(zipOf({ 'readme.txt': 'hello' })), undefined, 'a plain ZIP is refused');
    assert.equal(
      detectMediaType(zipOf({ 'word/document.xml': '<w/>' }, 'a comment after the directory')),
      MEDIA_TYPES.docx,
      'an archive comment does not hide the directory',
    );
  });

  it('refuses a macro-enabled document renamed to .docx (word/vbaProject.bin)', () => {
    const docm = zipOf({ 'word/document.xml': '<w/>', 'word/vbaProject.bin': 'macro' });
    assert.equal(detectMediaType(docm), undefined);
  });

  it('ignores what a file claims to be: a script named .pdf is refused', async () => {
    const result = await checkUpload(Buffer.from('<script>alert(1)</script>'));
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.reason, 'unsupported_type');
  });

  it('refuses a truncated PNG signature and an empty file', async () => {
    assert.equal(detectMediaType(samplePng().subarray(0, 4)), undefined);
    const empty = await checkUpload(Buffer.alloc(0));
    assert.equal(!empty.ok && empty.error.reason, 'empty');
  });

  it('refuses a file over the limit with the limit in the message', async () => {
    const result = await checkUpload(Buffer.concat([samplePdf(), Buffer.alloc(2 * 1024 * 1024)]), {
      maxBytes: 1024 * 1024,
    });
    assert.equal(result.ok, false);
    if (result.ok) return;
    assert.equal(result.error.kind, 'invalid');
    assert.equal(result.error.reason, 'too_large');
    assert.match(result.error.detail, /at most 1 MiB/);
  });

  it('reads ZIP entry names and survives hostile archives without throwing', () => {
    assert.deepEqual(zipEntryNames(zipOf({ 'a.txt': 'a', 'thư mục/b.xml': 'b' })), [
      'a.txt',
      'thư mục/b.xml',
    ]);
    const broken = zipOf({ 'word/document.xml': '<w/>' });
    broken.writeUInt32LE(0xfffffff0, broken.length - 6); // central directory offset far past the end
    assert.equal(zipEntryNames(broken), undefined);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const withHeader = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...bytes]);
        detectMediaType(withHeader);
        zipEntryNames(bytes);
      }),
    );
    const docx = sampleDocx();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(docx.length - 1), fc.nat(255)), { maxLength: 8 }), (edits) => {
        const mutated = Buffer.from(docx);
        for (const [at, value] of edits) mutated[at] = value;
        const names = zipEntryNames(mutated);
        assert.ok(names === undefined || Array.isArray(names));
        detectMediaType(mutated);
      }),
    );
  });
});
