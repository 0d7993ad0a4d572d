import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { renderPdf } from '../platform/pdf/index.js';
import { createSigningService, keyEncryptionKey } from '../platform/signing/index.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING } from '../platform/signing/testing/openssl-ca.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { runCli } from './run-cli.js';

/** Issue 6 §4 "verifiable by standard tools": the root to trust, and a check anyone can run on a PDF. */
describe('tinhso signing (CLI contract)', () => {
  let db: TestDatabase;
  let dir: string;
  const kek = randomBytes(32).toString('base64');
  before(async () => {
    db = await createTestDatabase('empty');
    dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-sign-cli-'));
  });
  after(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.drop();
  });
  const cli = (...args: string[]) => runCli(args, { DATABASE_URL: db.url, TINHSO_KEY_ENCRYPTION_KEY: kek });

  it('says the CA does not exist before the first signature', async () => {
    const run = await cli('signing', 'ca-certificate');
    assert.equal(run.code, 2);
    assert.match(run.stderr, /made on first use/);
  });

  it('prints the root to trust, and verifies a signed PDF — and reports a changed one invalid (exit 3)', async () => {
    const signing = createSigningService(keyEncryptionKey(Buffer.from(kek, 'base64')));
    await signing.enrolSigner(db.db, {
      signerId: 'u1',
      kind: 'official',
      provinceCode: '04',
      commonName: 'Lê Thị Mai',
    });
    const pdf = await renderPdf({ size: 'A5', title: 'Kết quả' }, (d) => d.title('Giấy phép'));
    const signed = await signing.signPdf(db.db, 'u1', pdf, { reason: 'Ký duyệt', location: 'Cao Bằng' });
    assert.ok(signed.ok);
    const file = path.join(dir, 'signed.pdf');
    writeFileSync(file, signed.value);

    const ca = await cli('signing', 'ca-certificate');
    assert.equal(ca.code, 0, ca.stderr);
    assert.match(ca.stdout, /^-----BEGIN CERTIFICATE-----/);

    const ok = await cli('signing', 'verify', file, '--json');
    assert.equal(ok.code, 0, ok.stderr);
    const [check] = JSON.parse(ok.stdout);
    assert.deepEqual([check.signerName, check.valid, check.certificateTrusted], ['Lê Thị Mai', true, true]);

    const altered = Buffer.from(signed.value);
    const at = altered.indexOf('/Title');
    altered[at + 1] = 'X'.charCodeAt(0);
    const changed = path.join(dir, 'changed.pdf');
    writeFileSync(changed, altered);
    const bad = await cli('signing', 'verify', changed);
    assert.equal(bad.code, 3);
    assert.match(bad.stdout, /Lê Thị Mai: INVALID/);
  });

  it('imports an official’s PKCS#12 and installs the outside root as a trust anchor, audited; verify says so in words', async (t) => {
    if (!hasOpenssl()) return t.skip(OPENSSL_MISSING);
    const ca = createOutsideCa();
    try {
      const { p12 } = ca.issueSigner('p', '/C=VN/O=Sở Nội vụ/title=Giám đốc/CN=Lục Văn Phúc', 'pw-2026');
      writeFileSync(path.join(dir, 'phuc.p12'), p12);
      writeFileSync(path.join(dir, 'root.pem'), ca.rootPem);
      const userId = '01970000-0000-7000-8000-0000000000f1';
      const noPassword = await cli('signing', 'signer', 'import-p12', userId, path.join(dir, 'phuc.p12'));
      assert.equal(noPassword.code, 2, 'the password comes from the environment only');
      const imported = await runCli(['signing', 'signer', 'import-p12', userId, path.join(dir, 'phuc.p12')], {
        DATABASE_URL: db.url,
        TINHSO_KEY_ENCRYPTION_KEY: kek,
        TINHSO_P12_PASSWORD: 'pw-2026',
      });
      assert.equal(imported.code, 0, imported.stderr);
      assert.match(imported.stdout, /pkcs12 +Lục Văn Phúc, Giám đốc — Sở Nội vụ/);
      const anchor = await cli(
        'signing',
        'anchor',
        'add',
        path.join(dir, 'root.pem'),
        '--name',
        'Root thử nghiệm',
      );
      assert.equal(anchor.code, 0, anchor.stderr);
      assert.match(anchor.stdout, /^installed: /);

      const signing = createSigningService(keyEncryptionKey(Buffer.from(kek, 'base64')));
      const pdf = await renderPdf({ size: 'A5', title: 'Kết quả' }, (d) => d.title('Quyết định'));
      const signed = await signing.signPdf(db.db, userId, pdf, { reason: 'Ký duyệt', location: 'Cao Bằng' });
      assert.ok(signed.ok);
      writeFileSync(path.join(dir, 'phuc.pdf'), signed.value);
      const vi = await cli('signing', 'verify', path.join(dir, 'phuc.pdf'));
      assert.equal(vi.code, 0, vi.stderr);
      assert.match(vi.stdout, /do một tổ chức chứng thực được tin cậy cấp/);
      const en = await cli('signing', 'verify', path.join(dir, 'phuc.pdf'), '--lang', 'en');
      assert.match(en.stdout, /issued by a trusted certification authority/);

      const { rows } = await db.db.execute<{ action: string }>(
        sql`select action from audit.entries where action like 'signatures.%' order by seq`,
      );
      assert.deepEqual(
        rows.map((r) => r.action),
        ['signatures.signer_imported', 'signatures.trust_anchor_installed'],
      );
    } finally {
      ca.cleanup();
    }
  });
});
