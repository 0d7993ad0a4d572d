import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { loadConfig } from '../config.js';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import {
  createSigningService,
  KeyDecryptionError,
  keyEncryptionKey,
  loadKeyEncryptionKey,
  parseKeyEncryptionKey,
  type SigningService,
} from './index.js';

const officialId = '01970000-0000-7000-8000-000000000001';
const agencyId = '01970000-0000-7000-8000-0000000000a1';

const decision = () =>
  renderPdf({ size: 'A4', title: 'Quyết định', createdAt: new Date('2026-01-05T02:00:00Z') }, (d) =>
    d
      .header({
        parentAgency: 'UBND tỉnh Cao Bằng',
        agency: 'Sở Xây dựng',
        number: '12/QĐ-SXD',
        place: 'Cao Bằng',
        date: '2026-01-05',
      })
      .title('Quyết định', 'Về việc cấp giấy phép xây dựng')
      .paragraph('Cấp giấy phép xây dựng cho bà Nguyễn Thị Hường.')
      .signatures([{ title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Hoàng Văn Đức' }]),
  );

const details = { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' };

/** Flip one byte inside the first signed range, in the page content (not in the signature). */
function tamper(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('stream') + 20;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

describe('PAdES signatures with keys encrypted at rest (issue 6 §4)', () => {
  let db: TestDatabase;
  let signing: SigningService;
  before(async () => {
    db = await createTestDatabase('empty');
    signing = createSigningService(keyEncryptionKey(randomBytes(32)));
  });
  after(() => db.drop());

  it('gives a signer one key, however often and however concurrently it is enrolled', async () => {
    const input = {
      signerId: officialId,
      kind: 'official' as const,
      provinceCode: '04',
      commonName: 'Hoàng Văn Đức',
      organization: 'Sở Xây dựng tỉnh Cao Bằng',
      province: 'Cao Bằng',
    };
    const results = await Promise.all([1, 2, 3].map(() => signing.enrolSigner(db.db, input)));
    assert.equal(new Set(results.map((r) => r.signer.id)).size, 1);
    assert.equal(results.filter((r) => r.created).length, 1);
    assert.equal((await signing.enrolSigner(db.db, input)).created, false);
    const { rows } = await db.db.execute(sql`select count(*)::int as n from signing.authorities`);
    assert.equal(rows[0]?.n, 1, 'one installation root');
  });

  it('keeps private keys only as AES-256-GCM ciphertext in the database', async () => {
    const { rows } = await db.db.execute<{ k: Buffer; kek: string }>(
      sql`select encrypted_key as k, kek_id as kek from signing.signers union all select encrypted_key, kek_id from signing.authorities`,
    );
    for (const row of rows) {
      assert.ok(!row.k.includes(Buffer.from('PRIVATE KEY')), 'no PEM');
      assert.notEqual(row.k[0], 0x30, 'no bare DER sequence');
      assert.match(row.kek, /^[0-9a-f]{16}$/);
    }
  });

  it('signs a PDF so that pdfsig reports the signature valid and covering the whole document', async (t) => {
    const signed = await signing.signPdf(db.db, officialId, await decision(), details);
    assert.ok(signed.ok);
    const [check] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(check?.valid, true);
    assert.equal(check?.certificateTrusted, true, 'issued by the installation root');
    assert.equal(check?.coversWholeDocument, true);
    assert.equal(check?.subFilter, 'ETSI.CAdES.detached');
    assert.equal(check?.signerName, 'Hoàng Văn Đức');
    assert.equal(check?.reason, details.reason);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], signed.value);
    assert.match(output, /Signature Validation: Signature is Valid/, output);
    assert.match(output, /Signer Certificate Common Name: Hoàng Văn Đức/, output);
    assert.match(output, /Signature Type: ETSI\.CAdES\.detached/, output);
    assert.match(output, /Total document signed/, output);
  });

  it('detects a single changed byte: pdfsig and the in-process check both report the signature invalid', async (t) => {
    const signed = await signing.signPdf(db.db, officialId, await decision(), details);
    assert.ok(signed.ok);
    const altered = tamper(signed.value);
    const [check] = await signing.verifyPdf(db.db, altered);
    assert.equal(check?.digestMatches, false);
    assert.equal(check?.valid, false);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], altered);
    assert.doesNotMatch(output, /Signature is Valid/, output);
    assert.match(output, /Digest Mismatch|Signature is Invalid/, output);
  });

  it('lets an agency countersign: both signatures stay valid, the first no longer covers the whole file', async (t) => {
    await signing.enrolSigner(db.db, {
      signerId: agencyId,
      kind: 'agency',
      provinceCode: '04',
      commonName: 'Sở Xây dựng tỉnh Cao Bằng',
    });
    const first = await signing.signPdf(db.db, officialId, await decision(), details);
    assert.ok(first.ok);
    const second = await signing.signPdf(db.db, agencyId, first.value, {
      reason: 'Đóng dấu',
      location: 'Cao Bằng',
    });
    assert.ok(second.ok);
    const checks = await signing.verifyPdf(db.db, second.value);
    assert.deepEqual(
      checks.map((c) => [c.signerName, c.valid, c.coversWholeDocument]),
      [
        ['Hoàng Văn Đức', true, false],
        ['Sở Xây dựng tỉnh Cao Bằng', true, true],
      ],
    );
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], second.value);
    assert.equal(output.match(/Signature is Valid/g)?.length, 2, output);
  });

  it('answers not found for a signer without a key, and invalid for a PDF it cannot extend', async () => {
    const unknown = await signing.signPdf(db.db, 'nobody', await decision(), details);
    assert.equal(!unknown.ok && unknown.error.kind, 'not_found');
    const xrefStream = Buffer.from(
      '%PDF-1.7\n1 0 obj\n<</Type /XRef /Size 1>>\nstream\nendstream\nendobj\nstartxref\n9\n%%EOF\n',
    );
    const refused = await signing.signPdf(db.db, officialId, xrefStream, details);
    assert.equal(!refused.ok && refused.error.kind, 'invalid');
    const junk = await signing.signPdf(db.db, officialId, Buffer.from('not a pdf'), details);
    assert.equal(!junk.ok && junk.error.kind, 'invalid');
  });

  it('refuses to use a key under another key-encryption key, and a withdrawn key', async () => {
    const other = createSigningService(keyEncryptionKey(randomBytes(32)));
    await assert.rejects(other.signPdf(db.db, officialId, await decision(), details), KeyDecryptionError);
    await signing.enrolSigner(db.db, {
      signerId: 'temp',
      kind: 'official',
      provinceCode: '04',
      commonName: 'Tạm',
    });
    assert.ok(await signing.revokeSigner(db.db, 'temp'));
    const after = await signing.signPdf(db.db, 'temp', await decision(), details);
    assert.equal(!after.ok && after.error.kind, 'not_found');
    const renewed = await signing.enrolSigner(db.db, {
      signerId: 'temp',
      kind: 'official',
      provinceCode: '04',
      commonName: 'Tạm',
    });
    assert.equal(renewed.created, true, 'a withdrawn key is replaced by a new one');
  });
});

describe('the key-encryption key (mirrors the session secret: environment in server mode, data folder embedded)', () => {
  it('reads 32 bytes as hex or base64 and refuses anything else', () => {
    const key = randomBytes(32);
    assert.ok(parseKeyEncryptionKey(key.toString('hex')).key.equals(key));
    assert.ok(parseKeyEncryptionKey(key.toString('base64')).key.equals(key));
    assert.throws(() => parseKeyEncryptionKey('too-short'));
  });

  it('is required from the environment in server mode', async () => {
    const config = { ...loadConfig({}), databaseUrl: 'postgres://db/tinhso' };
    await assert.rejects(loadKeyEncryptionKey(config), /TINHSO_KEY_ENCRYPTION_KEY/);
    const given = randomBytes(32).toString('base64');
    const kek = await loadKeyEncryptionKey({ ...config, keyEncryptionKey: given });
    assert.equal(kek.key.toString('base64'), given);
  });

  it('is generated once into the data folder in embedded mode, readable by its owner only', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-kek-'));
    try {
      const config = loadConfig({ TINHSO_DATA_DIR: dir });
      const first = await loadKeyEncryptionKey(config);
      const second = await loadKeyEncryptionKey(config);
      assert.ok(first.key.equals(second.key));
      assert.equal(statSync(path.join(dir, 'key-encryption-key')).mode & 0o777, 0o600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
