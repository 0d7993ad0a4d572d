import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import * as pkijs from 'pkijs';
import { renderPdf } from '../pdf/index.js';
import { createTestDatabase, type TestDatabase } from '../testing/database.js';
import { hasPoppler, POPPLER_MISSING, runPoppler } from '../testing/poppler.js';
import { readDss } from './dss.js';
import { createSigningService, keyEncryptionKey, parseCertificate } from './index.js';
import { parseRef, readCrossReference, readObjectDict, writeDict } from './pdf-syntax.js';
import { startLocalTsa } from './testing/local-tsa.js';
import { freePort, startOcspResponder } from './testing/ocsp-responder.js';
import { createOutsideCa, hasOpenssl, OPENSSL_MISSING, type OutsideCa } from './testing/openssl-ca.js';
import { opensslCmsVerify } from './testing/signed-parts.js';

const details = { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' };
const document = () =>
  renderPdf({ size: 'A4', title: 'Giấy phép', createdAt: new Date('2026-01-05T02:00:00Z') }, (d) =>
    d.title('Giấy phép', 'Giấy phép xây dựng').paragraph('Cấp cho ông Lục Văn Bình.'),
  );

/** The cert status an embedded DER OCSPResponse gives (0 good), read with pkijs without tinhso's own reader. */
async function embeddedStatus(der: Uint8Array, certPem: string, issuerPem: string): Promise<number> {
  const ocsp = pkijs.OCSPResponse.fromBER(new Uint8Array(der));
  assert.equal(ocsp.responseStatus.valueBlock.valueDec, 0, 'successful');
  const basic = pkijs.BasicOCSPResponse.fromBER(
    new Uint8Array(ocsp.responseBytes!.response.valueBlock.valueHexView),
  );
  const issuer = pkijs.Certificate.fromBER(parseCertificate(issuerPem).rawData);
  assert.ok(await basic.verify({ trustedCerts: [issuer] }), 'signed by the CA');
  const status = await basic.getCertificateStatus(
    pkijs.Certificate.fromBER(parseCertificate(certPem).rawData),
    issuer,
  );
  assert.ok(status.isForCertificate);
  return status.status;
}

/** An incremental update that changes the catalog (a new /Lang): a change to the document, not validation data. */
function appendCatalogChange(pdf: Buffer): Buffer {
  const s = pdf.toString('latin1');
  const xref = readCrossReference(s);
  const root = parseRef(xref.trailer.get('Root'))!;
  const catalog = readObjectDict(s, xref, root);
  catalog.set('Lang', '(en)');
  const offset = s.length;
  let out = `${s}${root.num} 0 obj\n${writeDict(catalog)}\nendobj\n`;
  const xrefAt = out.length;
  const trailer = new Map(xref.trailer);
  trailer.set('Prev', String(xref.startxref));
  out += `xref\n${root.num} 1\n${String(offset).padStart(10, '0')} 00000 n\r\ntrailer\n${writeDict(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('PAdES B-LT: the signer’s chain and OCSP answer kept in a DSS after the signature (issue 19 §2)', () => {
  let db: TestDatabase;
  let ca: OutsideCa | undefined;
  let responder: { stop(): void } | undefined;
  let tsa: Awaited<ReturnType<typeof startLocalTsa>> | undefined;
  let certPem = '';
  let p12: Buffer = Buffer.alloc(0);
  const kek = keyEncryptionKey(randomBytes(32));
  before(async () => {
    db = await createTestDatabase('empty');
    if (!hasOpenssl()) return;
    ca = createOutsideCa();
    const port = await freePort();
    const issued = ca.issueSigner(
      'binh',
      '/C=VN/O=Sở Xây dựng tỉnh Cao Bằng/title=Giám đốc/CN=Lục Văn Bình',
      'pw',
      365,
      `http://127.0.0.1:${port}`,
    );
    certPem = issued.certPem;
    p12 = issued.p12;
    // The TSA's certificate names the same responder, so its status is kept too.
    ca.tsaConfig(`http://127.0.0.1:${port}`);
    const tsaPem = readFileSync(ca.file('tsa.pem'), 'utf8');
    responder = await startOcspResponder(ca, port, [
      { pem: certPem, revoked: false },
      { pem: tsaPem, revoked: false },
    ]);
    tsa = await startLocalTsa(ca);
  });
  after(async () => {
    responder?.stop();
    await tsa?.close();
    ca?.cleanup();
    await db.drop();
  });

  it('adds a DSS by a second incremental update; the signature stays valid for pdfsig, openssl and tinhso', async (t) => {
    if (!ca || !tsa) return t.skip(OPENSSL_MISSING);
    const signing = createSigningService(kek, { tsaUrl: tsa.url });
    await signing.importPkcs12(db.db, {
      signerId: 'binh',
      kind: 'official',
      provinceCode: '04',
      pkcs12: p12,
      password: 'pw',
    });
    await signing.installTrustAnchor(db.db, { certificate: Buffer.from(ca.rootPem) });
    const signed = await signing.signPdf(db.db, 'binh', await document(), details);
    assert.ok(signed.ok, JSON.stringify(!signed.ok && signed.error));
    const text = signed.value.toString('latin1');
    assert.equal(text.match(/%%EOF/g)?.length, 3, 'the original, the signature, the DSS');
    assert.match(text, /\/DSS \d+ 0 R/);

    const dss = readDss(signed.value);
    assert.equal(dss.ocsps.length, 2, 'the signer’s OCSP answer and the TSA certificate’s');
    assert.equal(await embeddedStatus(dss.ocsps[0]!, certPem, ca.rootPem), 0, 'good');
    const tsaPem = readFileSync(ca.file('tsa.pem'), 'utf8');
    assert.equal(await embeddedStatus(dss.ocsps[1]!, tsaPem, ca.rootPem), 0, 'the TSA is good');
    assert.ok(
      dss.certs.some((der) => Buffer.from(der).equals(Buffer.from(parseCertificate(tsaPem).rawData))),
      'the TSA certificate',
    );
    const prints = dss.certs.map((der) => Buffer.from(der).toString('base64'));
    assert.ok(prints.includes(Buffer.from(parseCertificate(certPem).rawData).toString('base64')));
    assert.ok(prints.includes(Buffer.from(parseCertificate(ca.rootPem).rawData).toString('base64')));

    const [check] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(check?.valid, true);
    assert.equal(check?.chainStatus, 'trusted');
    assert.equal(check?.timestampValid, true);
    assert.equal(check?.coversWholeDocument, false, 'the DSS came after');
    assert.equal(check?.onlyValidationDataAfter, true);
    assert.equal(check?.ltv, true);

    const cms = opensslCmsVerify(signed.value, ca.rootPem);
    assert.ok(cms.ok, cms.output);
    if (!hasPoppler()) return t.skip(POPPLER_MISSING);
    const { output } = runPoppler('pdfsig', [], signed.value);
    assert.match(output, /Signature Validation: Signature is Valid/, output);
  });

  it('a change after the DSS is not validation data; a tampered DSS answer gives no LTV', async (t) => {
    if (!ca || !tsa) return t.skip(OPENSSL_MISSING);
    const signing = createSigningService(kek);
    const signed = await signing.signPdf(db.db, 'binh', await document(), details);
    assert.ok(signed.ok);
    const [plain] = await signing.verifyPdf(db.db, signed.value);
    assert.equal(plain?.ltv, true, 'B-LT without B-T');
    assert.equal(plain?.onlyValidationDataAfter, true);
    const [changed] = await signing.verifyPdf(db.db, appendCatalogChange(signed.value));
    assert.equal(changed?.valid, true, 'the signed bytes are untouched');
    assert.equal(changed?.onlyValidationDataAfter, false, 'a catalog change is not validation data');
    const dss = readDss(signed.value);
    const answer = Buffer.from(dss.ocsps[0]!).toString('latin1');
    const at = signed.value.lastIndexOf(answer, undefined, 'latin1');
    const broken = Buffer.from(signed.value);
    const flip = at + 60; // inside the signed tbsResponseData (RFC 6960 §4.2.1)
    broken[flip] = (broken[flip] ?? 0) ^ 0xff;
    const [check] = await signing.verifyPdf(db.db, broken);
    assert.equal(check?.valid, true, 'the signed bytes are untouched');
    assert.equal(check?.ltv, false, 'an answer not signed by the CA counts for nothing');
  });
});
