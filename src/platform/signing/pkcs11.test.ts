import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import { createSigningService, keyEncryptionKey, type SigningService } from './index.js';
import { createOutsideCa, hasOpenssl, type OutsideCa } from './testing/openssl-ca.js';
import { opensslCmsVerify } from './testing/signed-parts.js';

const MODULE = ['/usr/lib/softhsm/libsofthsm2.so', '/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so'].find(
  (p) => existsSync(p),
);
const SOFTHSM_MISSING = 'softhsm2 or openssl is not installed (apt-get install softhsm2 openssl)';
const details = { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' };

/** A key that never leaves a token (issue 19 §1b), on a SoftHSM2 token made for the test. */
describe('signing with a key on a PKCS#11 token (SoftHSM2)', () => {
  let db: TestDatabase;
  let signing: SigningService;
  let ca: OutsideCa | undefined;
  const token = { module: MODULE ?? '', token: 'tinhso-test', keyId: '0a1b', pin: '246810' };
  before(async () => {
    db = await createTestDatabase('empty');
    signing = createSigningService(keyEncryptionKey(randomBytes(32)));
    if (!MODULE || !hasOpenssl() || spawnSync('softhsm2-util', ['--version']).error) return;
    ca = createOutsideCa();
    // SoftHSM reads its configuration when the module is initialised, which happens on first use below.
    mkdirSync(ca.file('tokens'));
    writeFileSync(
      ca.file('softhsm2.conf'),
      `directories.tokendir = ${ca.file('tokens')}\nobjectstore.backend = file\n`,
    );
    process.env.SOFTHSM2_CONF = ca.file('softhsm2.conf');
    const util = (args: string[]) => {
      const run = spawnSync('softhsm2-util', args, { env: process.env });
      if (run.status !== 0) throw new Error(`softhsm2-util ${args.join(' ')}: ${run.stderr}`);
    };
    util(['--init-token', '--free', '--label', token.token, '--pin', token.pin, '--so-pin', '13579']);
    ca.issueSigner('hsm', '/C=VN/O=Văn phòng UBND tỉnh Cao Bằng/title=Chánh Văn phòng/CN=Đàm Văn Hải', 'x');
    util([
      '--import',
      ca.file('hsm.key'),
      '--token',
      token.token,
      '--label',
      'hai',
      '--id',
      token.keyId,
      '--pin',
      token.pin,
    ]);
  });
  after(async () => {
    ca?.cleanup();
    await db.drop();
  });

  it('signs through the token: pdfsig and openssl cms verify, and the key stays on the token', async (t) => {
    if (!ca) return t.skip(SOFTHSM_MISSING);
    const certificatePem = readFileSync(ca.file('hsm.pem'), 'utf8');
    await assert.rejects(
      signing.registerToken(db.db, {
        ...token,
        pin: '000000',
        signerId: 'hai',
        kind: 'official',
        provinceCode: '04',
        certificatePem,
      }),
      /PIN/,
    );
    await assert.rejects(
      signing.registerToken(db.db, {
        ...token,
        keyId: 'ff',
        signerId: 'hai',
        kind: 'official',
        provinceCode: '04',
        certificatePem,
      }),
      /no private key/,
    );
    const { signer } = await signing.registerToken(db.db, {
      ...token,
      signerId: 'hai',
      kind: 'official',
      provinceCode: '04',
      certificatePem,
      chainPem: ca.rootPem,
    });
    assert.equal(signer.source, 'pkcs11');
    assert.equal(signer.title, 'Chánh Văn phòng');
    const pdf = await renderPdf({ size: 'A4', title: 'Công văn' }, (d) =>
      d.title('Công văn').paragraph('Nội dung.'),
    );
    const signed = await signing.signPdf(db.db, 'hai', pdf, details);
    assert.ok(signed.ok);
    await signing.installTrustAnchor(db.db, { certificate: Buffer.from(ca.rootPem) });
    const [check] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(check?.valid, true);
    assert.equal(check?.chainStatus, 'trusted');
    const cms = opensslCmsVerify(signed.value, ca.rootPem);
    assert.ok(cms.ok, cms.output);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    assert.match(runPoppler('pdfsig', [], signed.value).output, /Signature is Valid/);
  });
});
