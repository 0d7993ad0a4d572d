import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, TEST_KEY_ENCRYPTION_KEY, type TestApp } from '../src/app/testing.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import { renderPdf } from '../src/platform/pdf/index.js';
import { createSigningService, keyEncryptionKey } from '../src/platform/signing/index.js';
import { createOutsideCa, hasOpenssl, type OutsideCa } from '../src/platform/signing/testing/openssl-ca.js';
import {
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  signedIn,
  skipWithoutChromium,
} from './browser.js';

// The template's key: the demo's signing keys (issued e-results, issue 16 §5) are sealed under it.
const KEK = Buffer.from(TEST_KEY_ENCRYPTION_KEY, 'base64');

describe('signatures administration in Chromium (issue 19 §1, §4)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  let ca: OutsideCa | undefined;
  before(async () => {
    t = await startTestApp({ listen: true, config: { keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY } });
    browser = await launchBrowser();
    if (hasOpenssl()) ca = createOutsideCa();
    await createSigningService(keyEncryptionKey(KEK)).enrolSigner(t.db.db, {
      signerId: '01970000-0000-7000-8000-0000000000d1',
      kind: 'official',
      provinceCode: null,
      commonName: 'Nông Thị Lan',
      organization: 'Ủy ban nhân dân xã Hưng Đạo',
      title: 'Chủ tịch',
    });
  });
  after(async () => {
    ca?.cleanup();
    await browser?.close();
    await t?.close();
  });

  it('an administrator sees each official’s key source, demo CA flagged, and installs a trusted root, in vi and en', async (ctx) => {
    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.getByTestId('home-system_admin').waitFor();
    await page.locator('main').getByRole('link', { name: 'Chữ ký số' }).first().click();
    await page.getByTestId('page-signatures').waitFor();
    // The demo's commune chairs hold installation keys of their own now (their issued e-results, issue 16 §5).
    const signers = page.getByTestId('signers-table');
    await signers.getByText('Nông Thị Lan').first().waitFor();
    await signers.getByText('CA cài đặt — chỉ thử nghiệm').first().waitFor();
    await signers.getByText('Chủ tịch, Ủy ban nhân dân xã Hưng Đạo').first().waitFor();
    if (ca) {
      await page.getByLabel('Tên gợi nhớ (không bắt buộc)').fill('Root thử nghiệm');
      await page.getByLabel('Chứng thư gốc (định dạng PEM)').fill(ca.rootPem);
      await page.getByTestId('anchor-install').click();
      await page.getByTestId('anchors-table').getByText('Root thử nghiệm').waitFor();
    }
    await page.getByTestId('anchor-install').click();
    await page.getByText('Dán nội dung chứng thư gốc.').waitFor();
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-admin-vi-1280');

    await page.getByTestId('language-switch').click();
    await page.getByTestId('page-signatures').getByText('Digital signatures').waitFor();
    await page.getByTestId('signers-table').getByText('Installation CA — trials only').first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-admin-en-1280');
    await context.close();
    if (!ca) ctx.diagnostic('openssl missing: the anchor was not installed through the page');
  });
  it('an administrator imports an official’s PKCS#12 from the page, confirms the replacement, in vi and en', async (ctx) => {
    if (!ca) return ctx.skip('openssl missing: no PKCS#12 to import');
    await createSigningService(keyEncryptionKey(KEK)).installTrustAnchor(t.db.db, {
      certificate: Buffer.from(ca.rootPem),
    });
    const first = ca.issueSigner(
      'lanhdao-1',
      '/C=VN/O=Ủy ban nhân dân tỉnh Cao Bằng/title=Phó Chủ tịch/CN=Lãnh Đạo Tỉnh Một',
      'mat-khau-p12',
    );
    const second = ca.issueSigner(
      'lanhdao-2',
      '/C=VN/O=Ủy ban nhân dân tỉnh Cao Bằng/title=Chủ tịch/CN=Lãnh Đạo Tỉnh Hai',
      'mat-khau-p12',
    );
    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.goto(`${t.url}/admin/signatures`);
    await page.getByTestId('page-signatures').waitFor();
    const form = page.getByTestId('signer-key-form');
    const chooseOfficial = async (label: string) => {
      await form.getByLabel(label).click();
      await form.getByLabel(label).fill('lanhdao');
      await page.locator('.ant-select-item-option', { hasText: '(lanhdao.tinh)' }).first().click();
    };
    const p12File = (name: string, p12: Buffer) => ({ name, mimeType: 'application/x-pkcs12', buffer: p12 });

    // Empty form: every missing field is named in Vietnamese.
    await page.getByTestId('signer-key-submit').click();
    await form.getByText('Chọn cán bộ.').waitFor();
    await form.getByText('Chọn tệp PKCS#12.').waitFor();
    await form.getByText('Nhập mật khẩu của tệp PKCS#12.').waitFor();

    // A token: a key id that is not hex is named before sending; a library that does not load, after.
    await chooseOfficial('Cán bộ');
    await form.getByText('Token/HSM (PKCS#11)').click();
    await form.getByLabel('Đường dẫn thư viện PKCS#11').fill('/khong-co/libpkcs11.so');
    await form.getByLabel('Nhãn token hoặc số khe (slot)').fill('tinhso');
    await form.getByLabel('Mã khóa (CKA_ID, dạng hex)').fill('zz');
    await page.getByTestId('signer-key-submit').click();
    await form.getByText('Nhập mã PIN.').waitFor();
    await form.getByText(/^Mã khóa phải là chuỗi hex/).waitFor();
    await form.getByLabel('Mã khóa (CKA_ID, dạng hex)').fill('01');
    await form.getByLabel('Mã PIN của token').fill('1234');
    await page.getByTestId('signer-key-submit').click();
    await form.getByText('Không nạp được thư viện PKCS#11 ở đường dẫn này.').waitFor();
    assert.equal(await form.getByLabel('Mã PIN của token').inputValue(), '', 'the PIN is not kept');
    assert.equal(
      await page.getByText('cannot be loaded').count(),
      0,
      'no English server detail in Vietnamese',
    );
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-token-error-vi-1280');
    await form.getByText('Tệp PKCS#12 (.p12, .pfx)').click();

    // A wrong password: the server refuses, and the file field says why in Vietnamese; nothing is set.
    await form.locator('input[type=file]').setInputFiles(p12File('lanhdao.p12', first.p12));
    await form.getByLabel('Mật khẩu của tệp PKCS#12').fill('sai-mat-khau');
    await page.getByTestId('signer-key-submit').click();
    await form
      .getByText('Tệp PKCS#12 không dùng được: sai mật khẩu, tệp hỏng, hoặc chứng thư không dùng để ký được.')
      .waitFor();
    await page.getByTestId('signer-key-error').getByText('Không nhập được tệp PKCS#12').waitFor();
    assert.equal(
      await form.getByLabel('Mật khẩu của tệp PKCS#12').inputValue(),
      '',
      'the password is not kept',
    );
    assert.equal(await page.getByText('sai-mat-khau').count(), 0, 'the password is never shown');

    await form.getByLabel('Mật khẩu của tệp PKCS#12').fill('mat-khau-p12');
    await page.getByTestId('signer-key-submit').click();
    await page.getByTestId('signer-key-saved').waitFor();
    await page.getByTestId('signers-table').getByText('Lãnh Đạo Tỉnh Một').waitFor();
    await page.getByTestId('signers-table').getByText('Chứng thư số nhập từ tệp PKCS#12').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-import-pkcs12-vi-1280');

    // In English, a second certificate for the same official: the replacement is confirmed first.
    await page.getByTestId('language-switch').click();
    await page.getByTestId('page-signatures').getByText('Digital signatures').waitFor();
    await chooseOfficial('Official');
    await form.locator('input[type=file]').setInputFiles(p12File('lanhdao-2.p12', second.p12));
    await form.getByLabel('Password of the PKCS#12 file').fill('mat-khau-p12');
    await page.getByTestId('signer-key-submit').click();
    const dialog = page.getByRole('dialog', { name: 'Replace the signing key in force?' });
    await dialog.waitFor();
    await dialog.getByText(/signs with the certificate “Lãnh Đạo Tỉnh Một”/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-import-replace-en-1280');
    await dialog.getByRole('button', { name: 'Replace key' }).click();
    await page.getByTestId('signer-key-saved').waitFor();
    await page.getByTestId('signers-table').getByText('Lãnh Đạo Tỉnh Hai').waitFor();
    assert.equal(await page.getByTestId('signers-table').getByText('Lãnh Đạo Tỉnh Một').count(), 0);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-import-pkcs12-en-1280');
    await context.close();
  });
  it('anyone checks a signed document on the public page: intact, who signed, demo CA flagged; a changed byte is caught, in vi and en', async () => {
    const signed = await createSigningService(keyEncryptionKey(KEK)).signPdf(
      t.db.db,
      '01970000-0000-7000-8000-0000000000d1',
      await renderPdf(
        { size: 'A4', title: 'Giấy xác nhận', createdAt: new Date('2026-12-01T02:00:00Z') },
        (d) => d.title('Giấy xác nhận', 'Thử kiểm tra chữ ký số').paragraph('Văn bản thử.'),
      ),
      { reason: 'Phê duyệt kết quả giải quyết hồ sơ', location: 'Cao Bằng' },
    );
    assert.ok(signed.ok, JSON.stringify(signed));
    const pdf = signed.value;
    // One byte flipped in the page content, inside the signed range.
    const changed = Buffer.from(pdf);
    const at = changed.indexOf('stream') + 20;
    changed[at] = (changed[at] ?? 0) ^ 0x01;
    const context = await openContext(browser);
    const page = await context.newPage();
    await page.goto(`${t.url}/verify`);
    await page.getByTestId('page-verify').getByText('Kiểm tra văn bản điện tử').first().waitFor();
    const input = page.getByTestId('page-verify').locator('input[type=file]');
    await input.setInputFiles({ name: 'ket-qua.pdf', mimeType: 'application/pdf', buffer: pdf });
    const result = page.getByTestId('verify-result');
    await result.getByText('Chữ ký hợp lệ, văn bản còn nguyên vẹn').waitFor();
    await result.getByText('Nông Thị Lan').waitFor();
    await result.getByText('Chủ tịch, Ủy ban nhân dân xã Hưng Đạo').waitFor();
    await result.getByText('CA cài đặt — chỉ thử nghiệm').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'verify-intact-vi');

    await input.setInputFiles({ name: 'ket-qua-sua.pdf', mimeType: 'application/pdf', buffer: changed });
    await result.getByText('Chữ ký không hợp lệ hoặc văn bản đã bị thay đổi sau khi ký').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'verify-changed-vi');

    await page.getByTestId('language-switch').click();
    await page.getByTestId('page-verify').getByText('Verify an electronic document').first().waitFor();
    await input.setInputFiles({ name: 'result.pdf', mimeType: 'application/pdf', buffer: pdf });
    await result.getByText('Valid signature: the document is intact').waitFor();
    await result.getByText('Installation CA — trials only').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'verify-intact-en');

    await input.setInputFiles({ name: 'plain.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await page.getByTestId('verify-unsigned').waitFor();
    await context.close();
  });
});
