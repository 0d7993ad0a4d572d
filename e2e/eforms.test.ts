import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import {
  DEMO_PASSWORD,
  type Session,
  startTestApp,
  TEST_KEY_ENCRYPTION_KEY,
  type TestApp,
} from '../src/app/testing.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';
import { fillBirthDeclaration } from './eforms-fill.js';

/**
 * Issue 16 §7: a mother registers her child's birth online in the e-form and receives a birth certificate that
 * anyone can verify — pdfsig says the signature is valid, the QR code decodes to the verification page, which
 * says the document is intact; the same file with one byte changed is not. Axe-clean in vi and en.
 */
describe('birth registration from the e-form to the verified certificate (issue 16 §7)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  const dir = mkdtempSync(path.join(tmpdir(), 'eforms-'));

  before(async () => {
    t = await startTestApp({
      listen: true,
      config: { keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY },
    });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function page(language: 'vi' | 'en', username?: string): Promise<Page> {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await context.addInitScript((lang) => window.localStorage.setItem('tinhso.lang', lang), language);
    const p = await context.newPage();
    if (username) {
      await p.goto(`${t.url}/login`);
      await p.getByLabel('Tên đăng nhập').fill(username);
      await p.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
      await p.getByTestId('login-submit').click();
      await afterPassword(p, username);
    }
    return p;
  }

  async function checked(p: Page, name: string) {
    await p.mouse.move(0, 0);
    await p.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    assert.deepEqual(await seriousViolations(p), [], `axe-clean: ${name}`);
    await screenshot(p, name);
  }

  const api = (method: 'GET' | 'POST', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  let pdf: Buffer = Buffer.alloc(0);
  let verifyAddress = '';

  it('a citizen fills the birth-registration e-form in the wizard (pre-filled, refused field by field, reviewed)', async () => {
    const p = await page('vi', 'congdan');
    await p.goto(`${t.url}/my/dossiers`);
    await p.getByTestId('apply-start').click();
    await p.getByTestId('apply-procedure').click();
    await p.keyboard.type('1.001193');
    await p.locator('.ant-select-item-option', { hasText: '1.001193' }).first().click();
    await p.getByTestId('apply-centre').click();
    await p.keyboard.type('Thục Phán');
    await p.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
    await p.getByTestId('apply-next').click();
    await p.getByTestId('apply-name').fill('Nguyễn Thị Hoa');
    await p.getByTestId('apply-email').fill('hoa@example.vn');
    await p.getByTestId('apply-next').click();
    await p.getByTestId('apply-declaration').waitFor();
    assert.equal(
      await p.locator('#apply-declaration_requester_fullName').inputValue(),
      'Nguyễn Thị Hoa',
      'pre-filled',
    );
    await p.getByTestId('apply-declaration-submit').click();
    await p.getByText('“Người được khai sinh › Họ, chữ đệm, tên” là bắt buộc.').first().waitFor();
    await checked(p, 'eforms-wizard-errors-vi');
    await fillBirthDeclaration(p, 'apply-declaration');
    await checked(p, 'eforms-wizard-declaration-vi');
    await p.getByTestId('apply-declaration-submit').click();
    const inputs = p.locator('[data-testid=apply-wizard] input[type=file]');
    for (let i = 0; i < 2; i++) {
      await inputs
        .nth(i)
        .setInputFiles({ name: `giay-to-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: samplePdf() });
      await p
        .getByText(`giay-to-${i + 1}.pdf`)
        .first()
        .waitFor();
    }
    await p.getByTestId('apply-next').click();
    await p.getByTestId('apply-declaration-review').getByText('Nguyễn Minh Khôi').waitFor();
    await p.getByTestId('apply-declaration-review').getByText('20/11/2026').waitFor();
    await checked(p, 'eforms-wizard-review-vi');
    await p.getByTestId('apply-submit').click();
    await p.getByTestId('apply-done').waitFor();
    await p.context().close();
  });

  it('the commune receives, the officer forwards, the chair previews and signs: the certificate carries its number, stamp and QR', async () => {
    const [citizen, clerk, officer, leader] = await Promise.all(
      ['congdan', 'motcua', 'chuyenvien', 'lanhdao.xa'].map((u) => t.signIn(u)),
    );
    const mine = (await api('GET', '/dossiers/mine', citizen!)).json();
    const id = mine.items.find(
      (d: { procedureCode?: string; status: string }) => d.status === 'submitted',
    ).id;
    let view = (await api('GET', `/dossiers/${id}`, clerk!)).json();
    assert.equal(view.declaration.data.child.fullName, 'Nguyễn Minh Khôi');
    view = (
      await api('POST', `/dossiers/${id}/reception`, clerk!, {
        version: view.version,
        decision: { kind: 'complete' },
      })
    ).json();
    view = (await api('GET', `/dossiers/${id}`, officer!)).json();
    await api('POST', `/dossiers/${id}/actions`, officer!, {
      version: view.version,
      action: { type: 'forward' },
    });
    view = (await api('GET', `/dossiers/${id}`, officer!)).json();

    // The chair sees the declaration as a form and previews the certificate before signing.
    const p = await page('vi', 'lanhdao.xa');
    await p.goto(`${t.url}/dossiers/${id}`);
    await p
      .getByTestId('declaration-view')
      .getByText('Người được khai sinh', { exact: true })
      .first()
      .waitFor();
    await p.getByTestId('result-preview').waitFor();
    await checked(p, 'eforms-dossier-declaration-vi');
    const preview = await p.request.get(
      `${t.url}${await p.getByTestId('result-preview').getAttribute('href')}`,
    );
    assert.equal(preview.status(), 200);
    const previewText = execFileSync('pdftotext', ['-', '-'], { input: await preview.body() }).toString();
    assert.match(previewText, /GIẤY KHAI SINH/);
    assert.match(previewText, /BẢN XEM TRƯỚC/);
    await p.context().close();

    const approved = await api('POST', `/dossiers/${id}/actions`, leader!, {
      version: view.version,
      action: { type: 'approve' },
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const result = (await api('GET', `/dossiers/${id}`, leader!))
      .json()
      .documents.find((d: { kind: string }) => d.kind === 'result');
    pdf = Buffer.from(
      (await api('GET', `/dossiers/${id}/documents/${result.position}`, citizen!)).rawPayload,
    );
    const file = path.join(dir, 'giay-khai-sinh.pdf');
    writeFileSync(file, pdf);
    assert.match(execFileSync('pdfsig', [file]).toString(), /Signature is Valid/);
    execFileSync('pdftoppm', ['-png', '-r', '150', file, path.join(dir, 'page')]);
    // The QR code sits under the signature, on whichever page that falls.
    const pages = readdirSync(dir).filter((f) => /^page-\d+\.png$/.test(f));
    const decoded =
      pages
        .map((f) => {
          try {
            return execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, f)])
              .toString()
              .trim();
          } catch {
            return '';
          }
        })
        .find(Boolean) ?? '';
    const address = new URL(decoded);
    assert.equal(address.pathname, '/verify');
    assert.ok(address.searchParams.get('n') && address.searchParams.get('c'), decoded);
    verifyAddress = `${t.url}/verify${address.search}`;
  });

  for (const language of ['vi', 'en'] as const) {
    it(`the QR code opens the verification page, which says the certificate is intact (${language})`, async () => {
      const p = await page(language);
      await p.goto(verifyAddress);
      const verdict = p.getByTestId('register-verdict');
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      await verdict
        .getByText(language === 'vi' ? 'Văn bản còn nguyên vẹn' : 'The document is intact', { exact: false })
        .waitFor();
      await verdict.getByText('GIẤY KHAI SINH').waitFor();
      await checked(p, `eforms-verify-valid-${language}`);
      await p.context().close();
    });
  }

  it('a certificate with one byte changed is reported as changed', async () => {
    const p = await page('vi');
    await p.goto(`${t.url}/verify`);
    const tampered = Buffer.from(pdf);
    tampered[400] = tampered[400]! ^ 1;
    await p
      .locator('input[type=file]')
      .setInputFiles({ name: 'giay-khai-sinh.pdf', mimeType: 'application/pdf', buffer: tampered });
    const verdict = p.getByTestId('register-verdict');
    await verdict.waitFor();
    assert.equal(await verdict.getAttribute('data-intact'), 'false');
    await p.getByTestId('verify-result').waitFor();
    await checked(p, 'eforms-verify-tampered-vi');
    await p.context().close();
  });
});
