import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type App, buildServer } from '../http/server.js';
import { quietLogger } from '../logging.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { readFile, receiveUpload, registerUploads, storeFile, unwrapUpload } from './index.js';
import { sampleDocx, samplePdf, zipBombDocx } from './test-fixtures.js';

/** A multipart/form-data body with one file part (and optional text fields). */
function multipart(
  file: { name: string; type: string; bytes: Buffer } | undefined,
  fields: Record<string, string> = {},
) {
  const boundary = '----tinhso-test-boundary';
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.bytes,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(parts),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('multipart upload helper for Fastify routes (issue 6 §6)', () => {
  let db: TestDatabase;
  let app: App;
  before(async () => {
    db = await createTestDatabase('empty');
    app = await buildServer({
      database: db,
      logger: quietLogger(),
      version: 'test',
      trustProxy: false,
      authenticate: async () => {},
      registerRoutes: async (api) => {
        await api.register(async (scope) => {
          await registerUploads(scope, { maxBytes: 64 * 1024 });
          scope.post('/uploads', async (request, reply) => {
            const upload = unwrapUpload(await receiveUpload(request, { maxBytes: 64 * 1024 }));
            const stored = await db.db.transaction((tx) =>
              storeFile(tx, upload.bytes, { maxBytes: 64 * 1024 }),
            );
            if (!stored.ok) throw new Error('checked above');
            return reply
              .status(201)
              .send({ ...stored.value, filename: upload.filename, fields: upload.fields });
          });
        });
        api.post('/elsewhere', async () => ({ ok: true }));
      },
    });
    await app.ready();
  });
  after(async () => {
    await app.close();
    await db.drop();
  });

  it('stores an uploaded DOCX whatever type and name the client claimed, keeping the name for display', async () => {
    const body = multipart(
      { name: 'Đơn đề nghị.png', type: 'image/png', bytes: sampleDocx() },
      { note: 'Bản sao' },
    );
    const response = await app.inject({ method: 'POST', url: '/api/v1/uploads', ...body });
    assert.equal(response.statusCode, 201, response.body);
    const json = response.json();
    assert.equal(json.mediaType, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal(json.filename, 'Đơn đề nghị.png', 'the name is kept');
    assert.deepEqual(json.fields, { note: 'Bản sao' });
    assert.ok((await readFile(db.db, json.sha256)).ok);
  });

  it('answers 415 problem+json for a file of another type, even named .pdf', async () => {
    const body = multipart({
      name: 'invoice.pdf',
      type: 'application/pdf',
      bytes: Buffer.from('MZ\x90\x00 not a pdf'),
    });
    const response = await app.inject({ method: 'POST', url: '/api/v1/uploads', ...body });
    assert.equal(response.statusCode, 415);
    assert.match(String(response.headers['content-type']), /application\/problem\+json/);
    assert.match(response.json().detail, /^Chỉ nhận tệp PDF, JPEG, PNG và DOCX\.$/);
  });

  it('refuses a file name with a path, a control character or over 255 bytes, naming file.name (issue 18 §6)', async () => {
    for (const [name, reason] of [
      ['..\\..\\Đơn đề nghị.pdf', 'name_invalid'],
      ['../etc/passwd.pdf', 'name_invalid'],
      ['a\u0007b.pdf', 'name_invalid'],
      [`${'Đ'.repeat(127)}.pdf`, 'name_too_long'],
    ] as const) {
      const body = multipart({ name, type: 'application/pdf', bytes: samplePdf() });
      const response = await app.inject({ method: 'POST', url: '/api/v1/uploads', ...body });
      assert.equal(response.statusCode, 400, `${name}: ${response.body}`);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      const [error] = response.json().errors;
      assert.deepEqual([error.field, error.code], ['file.name', reason], name);
      assert.match(error.message, /^Tên tệp /, 'told in Vietnamese by default (issue 15 §2)');
    }
    const longest = multipart({
      name: `${'Đ'.repeat(125)}.pdf`,
      type: 'application/pdf',
      bytes: samplePdf(),
    });
    const accepted = await app.inject({ method: 'POST', url: '/api/v1/uploads', ...longest });
    assert.equal(accepted.statusCode, 201, 'a name of 254 bytes is accepted');
  });

  it('answers 415 for a file that starts %PDF- and goes on as HTML, and 413 for a zip bomb DOCX (issue 18 §6)', async () => {
    const html = Buffer.from('%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>');
    const fake = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      ...multipart({ name: 'scan.pdf', type: 'application/pdf', bytes: html }),
    });
    assert.equal(fake.statusCode, 415, fake.body);
    assert.deepEqual(fake.json().errors, [
      {
        field: 'file',
        message: 'Tệp bị hỏng hoặc không đúng định dạng như phần đầu tệp cho biết, không mở được.',
        code: 'damaged',
      },
    ]);
    const bomb = zipBombDocx(40 * 1024 * 1024);
    assert.ok(bomb.length < 64 * 1024, 'the bomb itself is small');
    const exploded = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      ...multipart({ name: 'don.docx', type: 'application/msword', bytes: bomb }),
    });
    assert.equal(exploded.statusCode, 413, exploded.body);
    assert.deepEqual(
      exploded.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['file', 'expands_too_much']],
    );
  });

  it('answers 413 for a file over the limit', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(70 * 1024)]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      ...multipart({ name: 'scan.pdf', type: 'application/pdf', bytes: big }),
    });
    assert.equal(response.statusCode, 413, response.body);
    assert.equal(response.json().errors[0].code, 'too_large');
    assert.match(response.json().detail, /^Tệp lớn hơn 0,1 MiB, dung lượng tối đa được nhận\.$/);
  });

  it('answers 400 for a form without a file, and 415 for a JSON body', async () => {
    const empty = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      ...multipart(undefined, { a: 'b' }),
    });
    assert.equal(empty.statusCode, 400);
    const json = await app.inject({ method: 'POST', url: '/api/v1/uploads', payload: { file: 'x' } });
    assert.equal(json.statusCode, 415);
  });

  it('answers 400 for a text field with a NUL character, which PostgreSQL text cannot hold', async () => {
    const body = multipart(
      { name: 'a.pdf', type: 'application/pdf', bytes: samplePdf() },
      { note: 'a\u0000b' },
    );
    const response = await app.inject({ method: 'POST', url: '/api/v1/uploads', ...body });
    assert.equal(response.statusCode, 400);
    assert.equal(response.json().errors[0].code, 'invalid_field');
  });

  it('refuses a second file in the same request with a 4xx problem, never a 500', async () => {
    const one = multipart({ name: 'a.pdf', type: 'application/pdf', bytes: samplePdf() });
    const boundary = '----tinhso-test-boundary';
    const extra = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file2"; filename="b.pdf"\r\n\r\n%PDF-1.4\r\n`,
    );
    const payload = Buffer.concat([
      one.payload.subarray(0, one.payload.length - `--${boundary}--\r\n`.length),
      extra,
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/uploads',
      payload,
      headers: one.headers,
    });
    assert.ok(
      response.statusCode >= 400 && response.statusCode < 500,
      `${response.statusCode} ${response.body}`,
    );
  });

  it('keeps multipart bodies out of routes that did not ask for them', async () => {
    const body = multipart({ name: 'a.pdf', type: 'application/pdf', bytes: samplePdf() });
    const response = await app.inject({ method: 'POST', url: '/api/v1/elsewhere', ...body });
    assert.equal(response.statusCode, 415);
  });
});
