import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
import { SAMPLE_BIRTH_DECLARATION } from '../src/modules/procedures/index.js';
import { findAgencyOfUnit } from '../src/modules/units/index.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  SCREENSHOTS,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Issue 16 §3: the commune chair refuses a birth registration the officer found ineligible — writes the reasons
 * and the provision, previews the exact written refusal (Phiếu từ chối giải quyết hồ sơ, Decree 61 art. 19),
 * confirms, and the refusal is numbered and signed; the applicant downloads it (pdfsig valid). In vi and en,
 * axe-clean at each step.
 */
describe('the chair refuses a dossier with a signed written refusal the applicant downloads (issue 16 §3)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  let citizen: Session;
  let clerk: Session;
  let officer: Session;
  // The signed refusals and their first page rendered, kept beside the screenshots to look at.
  const dir = path.join(SCREENSHOTS, '..', 'refusal');

  before(async () => {
    mkdirSync(dir, { recursive: true });
    t = await startTestApp({ listen: true, config: { keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY } });
    browser = await launchBrowser();
    [citizen, clerk, officer] = (await Promise.all(
      ['congdan', 'motcua', 'chuyenvien'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session];
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const api = (method: 'GET' | 'POST', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  async function page(language: 'vi' | 'en', username: string): Promise<Page> {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await context.addInitScript((lang) => window.localStorage.setItem('tinhso.lang', lang), language);
    const p = await context.newPage();
    await p.goto(`${t.url}/login`);
    await p.getByLabel(language === 'vi' ? 'Tên đăng nhập' : 'Username').fill(username);
    await p.getByLabel(language === 'vi' ? 'Mật khẩu' : 'Password').fill(DEMO_PASSWORD);
    await p.getByTestId('login-submit').click();
    await afterPassword(p, username);
    return p;
  }

  async function checked(p: Page, name: string) {
    await p.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(p), [], `axe-clean: ${name}`);
    await screenshot(p, name);
  }

  /** A birth registration received at the commune and forwarded by the officer to the chair's decision. */
  async function atDecision(): Promise<string> {
    const boundary = 'xxBOUNDARYxx';
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/uploads',
      headers: { ...citizen.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        samplePdf(),
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    const fileId = uploaded.json().fileId;
    const centreId = (await findAgencyOfUnit(t.db.db, '01273', 'pas_centre'))!.id;
    const submitted = (
      await api('POST', '/dossiers', citizen, {
        procedureCode: '1.001193',
        receivingAgencyId: centreId,
        applicant: { name: 'Nguyễn Thị Hoa', email: 'hoa@example.vn' },
        declaration: SAMPLE_BIRTH_DECLARATION,
        resultMethod: 'online',
        documents: [
          { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
          { name: 'Giấy chứng sinh', fileId },
        ],
      })
    ).json();
    await api('POST', `/dossiers/${submitted.id}/reception`, clerk, {
      version: submitted.version,
      decision: { kind: 'complete' },
    });
    const view = (await api('GET', `/dossiers/${submitted.id}`, officer)).json();
    const forwarded = await api('POST', `/dossiers/${view.id}/actions`, officer, {
      version: view.version,
      action: { type: 'forward', note: 'Đề nghị từ chối: giấy chứng sinh không hợp lệ' },
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    return view.id;
  }

  const WORDS = {
    vi: {
      required: /Hãy nhập thông tin cho trường Lý do từ chối giải quyết/,
      refused: 'Từ chối giải quyết',
    },
    en: { required: /Please enter Reasons for refusing/, refused: 'Refused' },
  };

  for (const language of ['vi', 'en'] as const)
    it(`the chair writes the reasons, previews the written refusal, signs it; the applicant downloads it (${language})`, async () => {
      const id = await atDecision();
      const p = await page(language, 'lanhdao.xa');
      await p.goto(`${t.url}/dossiers/${id}`);
      await p.getByTestId('action-refuse').click();
      await p.getByTestId('field-reasons').waitFor();
      await checked(p, `refusal-dialog-${language}`);

      // Bad input: no reasons → the field says so in the reader's language; nothing is sent.
      await p.getByTestId('refusal-preview').click();
      await p.getByText(WORDS[language].required).first().waitFor();
      await p.getByTestId('action-confirm').click();
      assert.equal(
        (await api('GET', `/dossiers/${id}`, officer)).json().status,
        'processing',
        'not refused without reasons',
      );

      await p
        .getByTestId('field-reasons')
        .fill(
          'Giấy chứng sinh không do cơ sở y tế cấp\nNgười đi đăng ký không phải cha, mẹ hoặc người thân thích của trẻ',
        );
      await p.getByTestId('field-legal-basis').fill('Điều 16 Luật Hộ tịch 60/2014/QH13');
      const popup = p.context().waitForEvent('page');
      await p.getByTestId('refusal-preview').click();
      await (await popup).close();
      // What the chair opens: the PDF the server rendered from the reasons typed now.
      const href = (await p.getByTestId('refusal-preview-link').getAttribute('href')) ?? '';
      const bytes = await p.evaluate(async (url) => {
        const buffer = new Uint8Array(await (await fetch(url)).arrayBuffer());
        let binary = '';
        for (const b of buffer) binary += String.fromCharCode(b);
        return btoa(binary);
      }, href);
      const previewText = execFileSync('pdftotext', ['-', '-'], {
        input: Buffer.from(bytes, 'base64'),
      }).toString();
      assert.match(previewText, /PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ/);
      assert.match(previewText, /1\. Giấy chứng sinh không do cơ sở y tế cấp/);
      assert.match(previewText, /Điều 16 Luật Hộ tịch/);
      assert.match(previewText, /BẢN XEM TRƯỚC/);
      await checked(p, `refusal-preview-${language}`);

      await p.getByTestId('action-confirm').click();
      const document = p.getByTestId('dossier-documents').getByText('PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ');
      await document.waitFor();
      await checked(p, `refusal-signed-${language}`);
      await p.context().close();

      // The applicant sees the refusal and downloads the signed written refusal.
      const c = await page(language, 'congdan');
      await c.goto(`${t.url}/dossiers/${id}`);
      await c.getByTestId('dossier-documents').getByText('PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ').waitFor();
      await c.getByText(WORDS[language].refused).first().waitFor();
      await checked(c, `refusal-applicant-${language}`);
      const link = c.getByTestId('dossier-documents').locator('a[data-testid^="document-result-"]');
      const downloaded = await c.request.get(`${t.url}${await link.getAttribute('href')}`);
      assert.equal(downloaded.status(), 200);
      const file = path.join(dir, `tu-choi-${language}.pdf`);
      writeFileSync(file, await downloaded.body());
      assert.match(execFileSync('pdfsig', [file]).toString(), /Signature is Valid/);
      const text = execFileSync('pdftotext', [file, '-']).toString();
      assert.match(text, /2\. Người đi đăng ký không phải cha, mẹ/);
      assert.match(text, /ĐÃ KÝ SỐ/);
      assert.match(text, /\/TCGQ/);
      execFileSync('pdftoppm', ['-png', '-r', '150', file, path.join(dir, `page-${language}`)]);

      // Anyone verifies it: the QR code (under the signature, on whichever page) opens the verification page.
      const pages = readdirSync(dir).filter((f) => f.startsWith(`page-${language}-`));
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
      await c.goto(`${t.url}/verify${address.search}`);
      const verdict = c.getByTestId('register-verdict');
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      await verdict.getByText('PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ').waitFor();
      await checked(c, `refusal-verify-${language}`);
      await c.context().close();
    });
});
