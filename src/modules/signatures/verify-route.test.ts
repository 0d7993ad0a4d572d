import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';
import { renderPdf } from '../../platform/pdf/index.js';
import { createSigningService, keyEncryptionKey } from '../../platform/signing/index.js';
import { freePort, startOcspResponder } from '../../platform/signing/testing/ocsp-responder.js';
import {
  createOutsideCa,
  hasOpenssl,
  OPENSSL_MISSING,
  type OutsideCa,
} from '../../platform/signing/testing/openssl-ca.js';

const details = { reason: 'Phê duyệt', location: 'Cao Bằng' };

describe('POST /signatures/verify says whether long-term validation data is present (issue 19 §2, §4)', () => {
  let t: TestApp;
  let ca: OutsideCa | undefined;
  let responder: { stop(): void } | undefined;
  before(async () => {
    t = await startTestApp({ from: 'empty' });
    if (!hasOpenssl()) return;
    ca = createOutsideCa();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const withOcsp = ca.issueSigner('ltv', '/C=VN/CN=Đàm Văn Lâu', 'pw', 365, url);
    ca.issueSigner('plain', '/C=VN/CN=Bế Thị Ngắn', 'pw');
    responder = await startOcspResponder(ca, port, [{ pem: withOcsp.certPem, revoked: false }]);
  });
  after(async () => {
    responder?.stop();
    ca?.cleanup();
    await t.close();
  });

  it('reports ltv and says so in Vietnamese and English; a signature without a responder has none', async (ctx) => {
    if (!ca) return ctx.skip(OPENSSL_MISSING);
    const signing = createSigningService(keyEncryptionKey(randomBytes(32)));
    await signing.installTrustAnchor(t.db.db, { certificate: Buffer.from(ca.rootPem) });
    const pdf = await renderPdf({ size: 'A5', title: 'Thử' }, (d) => d.title('Thử'));
    const verify = async (signerId: string) => {
      await signing.importPkcs12(t.db.db, {
        signerId,
        kind: 'official',
        provinceCode: null,
        pkcs12: readFileSync(ca!.file(`${signerId}.p12`)),
        password: 'pw',
      });
      const signed = await signing.signPdf(t.db.db, signerId, pdf, details);
      assert.ok(signed.ok, JSON.stringify(!signed.ok && signed.error));
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/v1/signatures/verify',
        payload: { pdf: signed.value.toString('base64') },
      });
      assert.equal(response.statusCode, 200, response.body);
      return response.json()[0];
    };
    const ltv = await verify('ltv');
    assert.equal(ltv.valid, true);
    assert.equal(ltv.ltv, true);
    assert.equal(ltv.onlyValidationDataAfter, true);
    assert.ok(ltv.messages.vi.some((l: string) => l.startsWith('Có dữ liệu kiểm tra hiệu lực lâu dài')));
    assert.ok(ltv.messages.en.some((l: string) => l.startsWith('Long-term validation data present')));
    assert.ok(!ltv.messages.en.some((l: string) => l.startsWith('Content was added')));

    const plain = await verify('plain');
    assert.equal(plain.valid, true);
    assert.equal(plain.ltv, false);
    assert.ok(
      plain.messages.vi.some((l: string) => l.startsWith('Không có dữ liệu kiểm tra hiệu lực lâu dài')),
    );
    assert.ok(plain.messages.en.some((l: string) => l.startsWith('No long-term validation data')));
  });
});
