import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { MEDIA_TYPES } from './detect-type.js';
import { fileInfo, readFile, sha256Hex, storeFile, verifyStoredFile } from './index.js';
import { sampleDocx, samplePdf, samplePng } from './test-fixtures.js';

describe('content-addressed file storage in PostgreSQL (issue 6 §6)', () => {
  let db: TestDatabase;
  before(async () => {
    db = await createTestDatabase('empty');
  });
  after(() => db.drop());

  it('stores an upload under its SHA-256 and reads the same bytes back', async () => {
    const pdf = samplePdf();
    const stored = await db.db.transaction((tx) => storeFile(tx, pdf));
    assert.ok(stored.ok);
    assert.deepEqual(stored.value, { sha256: sha256Hex(pdf), size: pdf.length, mediaType: MEDIA_TYPES.pdf });
    const read = await readFile(db.db, stored.value.sha256);
    assert.ok(read.ok);
    assert.ok(read.value.bytes.equals(pdf));
    assert.equal(read.value.mediaType, 'application/pdf');
    assert.equal(await verifyStoredFile(db.db, stored.value.sha256), true);
  });

  it('stores the same bytes once however often they are uploaded, even at the same moment', async () => {
    const docx = sampleDocx();
    const results = await Promise.all([1, 2, 3].map(() => db.db.transaction((tx) => storeFile(tx, docx))));
    assert.ok(results.every((r) => r.ok && r.value.sha256 === sha256Hex(docx)));
    const count = await db.db.execute<{ n: string }>(
      sql`select count(*) as n from files.blobs where sha256 = ${sha256Hex(docx)}`,
    );
    assert.equal(Number(count.rows[0]?.n), 1);
    assert.equal((await fileInfo(db.db, sha256Hex(docx)))?.mediaType, MEDIA_TYPES.docx);
  });

  it('stores nothing when the caller’s transaction rolls back', async () => {
    const png = samplePng();
    await assert.rejects(
      db.db.transaction(async (tx) => {
        assert.ok((await storeFile(tx, png)).ok);
        throw new Error('the dossier change failed');
      }),
    );
    const read = await readFile(db.db, sha256Hex(png));
    assert.equal(!read.ok && read.error.kind, 'not_found');
  });

  it('refuses a file over the configured size and stores nothing', async () => {
    const big = Buffer.concat([samplePdf(), Buffer.alloc(3000)]);
    const result = await storeFile(db.db, big, { maxBytes: 2048 });
    assert.equal(result.ok, false);
    assert.equal(!result.ok && result.error.reason, 'too_large');
    assert.equal(await fileInfo(db.db, sha256Hex(big)), undefined);
  });

  it('answers not found for an unknown or malformed key, without querying on junk', async () => {
    const unknown = await readFile(db.db, '0'.repeat(64));
    assert.equal(!unknown.ok && unknown.error.kind, 'not_found');
    const junk = await readFile(db.db, "'; drop table files.blobs; --");
    assert.equal(!junk.ok && junk.error.kind, 'not_found');
  });

  it('finds a file by its key in upper case too', async () => {
    const pdf = Buffer.concat([samplePdf(), Buffer.from('upper')]);
    const stored = await storeFile(db.db, pdf);
    assert.ok(stored.ok);
    assert.ok((await readFile(db.db, stored.value.sha256.toUpperCase())).ok);
  });
});
