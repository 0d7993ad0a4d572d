import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { createSigningService, keyEncryptionKey } from './index.js';
import { freePort, startOcspResponder } from './testing/ocsp-responder.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING, type OutsideCa } from './testing/openssl-ca.js';

const details = { reason: 'Phê duyệt', location: 'Cao Bằng' };

describe('a revoked certificate cannot sign: OCSP asked before each signature (issue 19 §2)', () => {
  let db: TestDatabase;
  let ca: OutsideCa | undefined;
  let responder: { stop(): void } | undefined;
  before(async () => {
    db = await createTestDatabase('empty');
    if (!hasOpenssl()) return;
    ca = createOutsideCa();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const good = ca.issueSigner('good', '/C=VN/CN=Chu Văn Tốt', 'pw', 365, url);
    const bad = ca.issueSigner('bad', '/C=VN/CN=Hà Văn Thu Hồi', 'pw', 365, url);
    responder = await startOcspResponder(ca, port, [
      { pem: good.certPem, revoked: false },
      { pem: bad.certPem, revoked: true },
    ]);
  });
  after(async () => {
    responder?.stop();
    ca?.cleanup();
    await db.drop();
  });

  it('signs with a good certificate and refuses a revoked one', async (t) => {
    if (!ca) return t.skip(OPENSSL_MISSING);
    const signing = createSigningService(keyEncryptionKey(randomBytes(32)));
    const pdf = await renderPdf({ size: 'A5', title: 'Thử' }, (d) => d.title('Thử'));
    for (const name of ['good', 'bad']) {
      await signing.importPkcs12(db.db, {
        signerId: name,
        kind: 'official',
        provinceCode: null,
        pkcs12: readFileSync(ca.file(`${name}.p12`)),
        password: 'pw',
      });
    }
    const good = await signing.signPdf(db.db, 'good', pdf, details);
    assert.ok(good.ok, JSON.stringify(!good.ok && good.error));
    const bad = await signing.signPdf(db.db, 'bad', pdf, details);
    assert.equal(!bad.ok && bad.error.kind, 'conflict');
    assert.match(!bad.ok && 'detail' in bad.error ? (bad.error.detail ?? '') : '', /revoked/);
  });
});
