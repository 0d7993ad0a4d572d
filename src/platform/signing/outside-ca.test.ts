import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import { createSigningService, keyEncryptionKey, Pkcs12Error, type SigningService } from './index.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING, type OutsideCa } from './testing/openssl-ca.js';
import { opensslCmsVerify } from './testing/signed-parts.js';

const details = { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' };
const document = () =>
  renderPdf({ size: 'A4', title: 'Quyết định', createdAt: new Date('2026-01-05T02:00:00Z') }, (d) =>
    d.title('Quyết định', 'Về việc cấp giấy phép').paragraph('Cấp giấy phép cho ông Nông Văn Dền.'),
  );

describe('signers with certificates from an outside CA, trusted through installed anchors (issue 19 §1a, §3, §4)', () => {
  let db: TestDatabase;
  let signing: SigningService;
  let ca: OutsideCa | undefined;
  before(async () => {
    db = await createTestDatabase('empty');
    signing = createSigningService(keyEncryptionKey(randomBytes(32)));
    if (hasOpenssl()) ca = createOutsideCa();
  });
  after(async () => {
    ca?.cleanup();
    await db.drop();
  });

  it('imports a PKCS#12 with its chain; the signature is untrusted until the root is installed as an anchor', async (t) => {
    if (!ca) return t.skip(OPENSSL_MISSING);
    const { p12 } = ca.issueSigner(
      'duc',
      '/C=VN/ST=Cao Bằng/O=Sở Xây dựng tỉnh Cao Bằng/title=Phó Giám đốc/CN=Hoàng Văn Đức',
      'mat-khau-2026',
    );
    await assert.rejects(
      signing.importPkcs12(db.db, {
        signerId: 'duc',
        kind: 'official',
        provinceCode: '04',
        pkcs12: p12,
        password: 'sai',
      }),
      Pkcs12Error,
    );
    await assert.rejects(
      signing.importPkcs12(db.db, {
        signerId: 'duc',
        kind: 'official',
        provinceCode: '04',
        pkcs12: p12,
        password: 'sai mật khẩu',
      }),
      /non-ASCII/,
    );
    const { signer } = await signing.importPkcs12(db.db, {
      signerId: 'duc',
      kind: 'official',
      provinceCode: '04',
      pkcs12: p12,
      password: 'mat-khau-2026',
    });
    assert.equal(signer.source, 'pkcs12');
    assert.equal(signer.organization, 'Sở Xây dựng tỉnh Cao Bằng');
    assert.equal(signer.title, 'Phó Giám đốc');
    const signed = await signing.signPdf(db.db, 'duc', await document(), details);
    assert.ok(signed.ok);
    const [before] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(before?.valid, true);
    assert.equal(before?.chainStatus, 'untrusted', 'the outside root is not an anchor yet');
    assert.equal(before?.ltv, false, 'a certificate naming no OCSP responder gives no B-LT');
    assert.doesNotMatch(signed.value.toString('latin1'), /\/DSS/);
    assert.equal(before?.certificateTrusted, false);

    const installed = await signing.installTrustAnchor(db.db, { certificate: Buffer.from(ca.rootPem) });
    assert.equal(installed.created, true);
    const again = await signing.installTrustAnchor(db.db, { certificate: Buffer.from(ca.rootPem) });
    assert.equal(again.created, false, 'one anchor per certificate');
    const [after] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(after?.chainStatus, 'trusted');
    assert.equal(after?.installationCa, false);
    assert.equal(after?.organization, 'Sở Xây dựng tỉnh Cao Bằng');

    const cms = opensslCmsVerify(signed.value, ca.rootPem);
    assert.ok(cms.ok, cms.output);
    assert.match(cms.output, /Verification successful/);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], signed.value);
    assert.match(output, /Signature Validation: Signature is Valid/, output);
    assert.match(output, /Signer Certificate Common Name: Hoàng Văn Đức/, output);

    await signing.removeTrustAnchor(db.db, installed.anchor.id);
    const [removed] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(removed?.chainStatus, 'untrusted', 'a removed anchor no longer makes signatures trusted');
  });

  it('refuses a CA certificate as an anchor only when it is not a CA, and a PKCS#12 whose certificate cannot sign', async (t) => {
    if (!ca) return t.skip(OPENSSL_MISSING);
    const { certPem } = ca.issueSigner('leaf', '/C=VN/CN=Không phải CA', 'x');
    await assert.rejects(
      signing.installTrustAnchor(db.db, { certificate: Buffer.from(certPem) }),
      /not a CA/,
    );
    await assert.rejects(
      signing.installTrustAnchor(db.db, { certificate: Buffer.from('junk') }),
      /not an X\.509/,
    );
  });

  it('names the signer’s agency and title at signing time: a new position gives the installation signer a new certificate', async () => {
    const input = {
      signerId: 'mai',
      kind: 'official' as const,
      provinceCode: '04',
      commonName: 'Lê Thị Mai',
    };
    const first = await signing.enrolSigner(db.db, {
      ...input,
      organization: 'Sở Tư pháp',
      title: 'Phó Giám đốc',
    });
    const same = await signing.enrolSigner(db.db, {
      ...input,
      organization: 'Sở Tư pháp',
      title: 'Phó Giám đốc',
    });
    assert.equal(same.signer.id, first.signer.id, 'the same position keeps its certificate');
    const moved = await signing.enrolSigner(db.db, {
      ...input,
      organization: 'Ủy ban nhân dân tỉnh Cao Bằng',
      title: 'Phó Chủ tịch',
    });
    assert.equal(moved.created, true);
    assert.equal(moved.replaced?.id, first.signer.id);
    const signed = await signing.signPdf(db.db, 'mai', await document(), details);
    assert.ok(signed.ok);
    const [check] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(check?.organization, 'Ủy ban nhân dân tỉnh Cao Bằng');
    assert.equal(check?.title, 'Phó Chủ tịch');
    assert.equal(check?.installationCa, true, 'a demo signature says so');
    assert.equal(check?.ltv, false, 'the installation CA has no OCSP responder: no B-LT');
    assert.doesNotMatch(signed.value.toString('latin1'), /\/DSS/, 'no DSS without revocation data');
    const root = await signing.authorityCertificate(db.db);
    if (!hasOpenssl()) return;
    const cms = opensslCmsVerify(signed.value, root!);
    assert.ok(cms.ok, cms.output);
  });

  it('keeps an imported certificate when the official’s position is asked for (its CA, not tinhso, names the subject)', async (t) => {
    if (!ca) return t.skip(OPENSSL_MISSING);
    const kept = await signing.enrolSigner(db.db, {
      signerId: 'duc',
      kind: 'official',
      provinceCode: '04',
      commonName: 'Hoàng Văn Đức',
      organization: 'Sở Tài chính',
      title: 'Giám đốc',
    });
    assert.equal(kept.created, false);
    assert.equal(kept.signer.source, 'pkcs12');
  });
});
