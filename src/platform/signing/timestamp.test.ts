import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import { createSigningService, keyEncryptionKey } from './index.js';
import { startLocalTsa } from './testing/local-tsa.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING, type OutsideCa } from './testing/openssl-ca.js';
import { opensslCmsVerify } from './testing/signed-parts.js';

const details = { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' };
const document = () =>
  renderPdf({ size: 'A4', title: 'Giấy phép', createdAt: new Date('2026-01-05T02:00:00Z') }, (d) =>
    d.title('Giấy phép', 'Giấy phép xây dựng').paragraph('Cấp cho bà Hà Thị Lan.'),
  );

describe('PAdES B-T: an RFC 3161 timestamp from the configured TSA (issue 19 §2)', () => {
  let db: TestDatabase;
  let ca: OutsideCa | undefined;
  let tsa: Awaited<ReturnType<typeof startLocalTsa>> | undefined;
  const kek = keyEncryptionKey(randomBytes(32));
  before(async () => {
    db = await createTestDatabase('empty');
    if (!hasOpenssl()) return;
    ca = createOutsideCa();
    tsa = await startLocalTsa(ca);
  });
  after(async () => {
    await tsa?.close();
    ca?.cleanup();
    await db.drop();
  });

  it('embeds a token over the signature value that the TSA signed; pdfsig and openssl cms still verify', async (t) => {
    if (!ca || !tsa) return t.skip(OPENSSL_MISSING);
    const signing = createSigningService(kek, { tsaUrl: tsa.url });
    const { p12 } = ca.issueSigner('lan', '/C=VN/O=UBND xã Hưng Đạo/title=Chủ tịch/CN=Nông Thị Lan', 'pw');
    await signing.importPkcs12(db.db, {
      signerId: 'lan',
      kind: 'official',
      provinceCode: '04',
      pkcs12: p12,
      password: 'pw',
    });
    await signing.installTrustAnchor(db.db, { certificate: Buffer.from(ca.rootPem) });
    const before = Date.now();
    const signed = await signing.signPdf(db.db, 'lan', await document(), details);
    assert.ok(signed.ok, JSON.stringify(!signed.ok && signed.error));
    assert.equal(tsa.requests(), 1);
    const [check] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(check?.timestampValid, true);
    assert.ok(check?.timestampedAt, 'the time the TSA vouches for');
    assert.ok(Math.abs(check.timestampedAt.getTime() - before) < 60_000);
    assert.equal(check?.valid, true);
    assert.equal(check?.chainStatus, 'trusted');

    const cms = opensslCmsVerify(signed.value, ca.rootPem);
    assert.ok(cms.ok, cms.output);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], signed.value);
    assert.match(output, /Signature Validation: Signature is Valid/, output);
  });

  it('refuses to sign when the TSA does not answer, rather than issue a signature without its timestamp', async () => {
    const signing = createSigningService(kek, { tsaUrl: 'http://127.0.0.1:9/tsa' });
    await signing.enrolSigner(db.db, {
      signerId: 'x',
      kind: 'official',
      provinceCode: '04',
      commonName: 'Vi Văn X',
    });
    const signed = await signing.signPdf(db.db, 'x', await document(), details);
    assert.equal(!signed.ok && signed.error.kind, 'conflict');
  });
});
