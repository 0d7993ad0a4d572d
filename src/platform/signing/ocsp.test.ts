import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { createSigningService, keyEncryptionKey, parseCertificate } from './index.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING, type OutsideCa } from './testing/openssl-ca.js';

const details = { reason: 'Phê duyệt', location: 'Cao Bằng' };

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** An `openssl ca` index line (V valid, R revoked) for `openssl ocsp -index`. */
function indexLine(pem: string, revoked: boolean): string {
  const cert = parseCertificate(pem);
  const at = (d: Date) => `${d.toISOString().replace(/[-:T]/g, '').slice(2, 14)}Z`;
  const serial = cert.serialNumber.toUpperCase();
  return [
    revoked ? 'R' : 'V',
    at(cert.notAfter),
    revoked ? at(new Date(Date.now() - 3600_000)) : '',
    serial,
    'unknown',
    '/CN=x',
  ].join('\t');
}

describe('a revoked certificate cannot sign: OCSP asked before each signature (issue 19 §2)', () => {
  let db: TestDatabase;
  let ca: OutsideCa | undefined;
  let responder: ChildProcess | undefined;
  let url = '';
  before(async () => {
    db = await createTestDatabase('empty');
    if (!hasOpenssl()) return;
    ca = createOutsideCa();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const good = ca.issueSigner('good', '/C=VN/CN=Chu Văn Tốt', 'pw', 365, url);
    const bad = ca.issueSigner('bad', '/C=VN/CN=Hà Văn Thu Hồi', 'pw', 365, url);
    writeFileSync(
      ca.file('index.txt'),
      `${indexLine(good.certPem, false)}\n${indexLine(bad.certPem, true)}\n`,
    );
    responder = spawn(
      'openssl',
      [
        'ocsp',
        '-index',
        'index.txt',
        '-port',
        String(port),
        '-rsigner',
        'root.pem',
        '-rkey',
        'root.key',
        '-CA',
        'root.pem',
      ],
      { cwd: ca.dir, stdio: 'ignore' },
    );
    await new Promise((resolve) => setTimeout(resolve, 800));
  });
  after(async () => {
    responder?.kill();
    ca?.cleanup();
    await db.drop();
  });

  it('signs with a good certificate and refuses a revoked one', async (t) => {
    if (!ca) return t.skip(OPENSSL_MISSING);
    const signing = createSigningService(keyEncryptionKey(randomBytes(32)));
    const pdf = await renderPdf({ size: 'A5', title: 'Thử' }, (d) => d.title('Thử'));
    for (const name of ['good', 'bad']) {
      const { readFileSync } = await import('node:fs');
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
