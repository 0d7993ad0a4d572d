import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';
import { englishWordsIn } from './language.js';

/**
 * Issue 16 §5 walked: the demo citizen (congdan) finds their own birth registration in "Hồ sơ của tôi", downloads
 * the birth certificate the commune chair signed, and checks it at /verify by its number and verification code,
 * as printed under the QR code. Nothing here is made for the test: it is the demo the seeder wrote.
 */
describe('the demo citizen downloads and verifies their own birth certificate (issue 16 §5)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  let number = '';
  let code = '';

  async function settle(page: Page, name: string) {
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: ${name}`);
    await screenshot(page, name);
  }

  /** The citizen's dossier whose result is a document (their birth registration), as the list API gives it. */
  async function ownCertificate(page: Page): Promise<{ id: string; code: string }> {
    for (let n = 1; n <= 5; n++) {
      const list = await page.request.get(`${t.url}/api/v1/dossiers/mine?page=${n}&pageSize=20`);
      assert.equal(list.status(), 200);
      const items = (await list.json()).items as Array<{ id: string; code: string | null }>;
      for (const item of items) {
        const view = await (await page.request.get(`${t.url}/api/v1/dossiers/${item.id}`)).json();
        if (view.eResult && view.procedure.code === '1.001193') return { id: item.id, code: item.code ?? '' };
      }
    }
    throw new Error('the demo citizen has no birth certificate');
  }

  it('"Hồ sơ của tôi" → the birth registration → the signed certificate, with its number and code', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'congdan');
    await page.goto(`${t.url}/my/dossiers`);
    await page.getByTestId('page-myDossiers').waitFor();
    const own = await ownCertificate(page);
    // Found in the list as the citizen finds it: page by page.
    const link = page.getByTestId(`dossier-link-${own.code}`);
    for (let n = 0; n < 5 && !(await link.isVisible()); n++) {
      await page.locator('.ant-pagination-next').click();
      await page.waitForTimeout(300);
    }
    await link.click();
    await page.getByTestId('page-dossier').waitFor();
    const result = page.getByTestId('dossier-documents').locator('a[data-testid^="document-result-"]');
    await result.waitFor();
    const main = await page.locator('main').innerText();
    assert.match(main, /Giấy khai sinh|GIẤY KHAI SINH/i);
    assert.deepEqual(englishWordsIn(main), [], 'no English on the citizen page');
    await settle(page, 'demo-citizen-certificate');

    const response = await page.request.get(new URL((await result.getAttribute('href'))!, t.url).toString());
    assert.equal(response.status(), 200);
    const dir = mkdtempSync(path.join(tmpdir(), 'tinhso-demo-gks-'));
    const file = path.join(dir, 'giay-khai-sinh.pdf');
    writeFileSync(file, await response.body());
    assert.match(execFileSync('pdfsig', [file]).toString(), /Signature is Valid/);
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    assert.match(text, /GIẤY KHAI SINH/);
    assert.match(text, /Minh Anh/, "the citizen's child");
    const printed = /nhập số (\d+) và mã xác minh (\S+) tại/.exec(text);
    assert.ok(printed, 'number and verification code printed under the QR code');
    [, number, code] = printed as unknown as [string, string, string];
    await context.close();
  });

  for (const language of ['vi', 'en'] as const) {
    it(`/verify by the printed number and code says the certificate is intact (${language})`, async () => {
      const { context, page } = await signedIn(browser, t.url!, 'congdan');
      if (language === 'en') await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
      await page.goto(`${t.url}/verify`);
      await page.getByTestId('verify-number').fill(number);
      await page.getByTestId('verify-code').fill(code.replace(/[.,]$/, ''));
      await page.getByTestId('verify-submit').click();
      const verdict = page.getByTestId('register-verdict');
      await verdict.waitFor();
      assert.equal(await verdict.getAttribute('data-intact'), 'true');
      const said = await verdict.innerText();
      assert.match(said, language === 'vi' ? /Văn bản còn nguyên vẹn/ : /The document is intact/);
      assert.match(said, /Nông Thị Lan/, 'signed by the commune chair who approved it');
      await settle(page, `demo-citizen-verify-${language}`);
      await context.close();
    });
  }
});
