import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { createSigningService, keyEncryptionKey } from '../src/platform/signing/index.js';
import { createOutsideCa, hasOpenssl, type OutsideCa } from '../src/platform/signing/testing/openssl-ca.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

const KEK = Buffer.alloc(32, 9);

describe('signatures administration in Chromium (issue 19 §1, §4)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  let ca: OutsideCa | undefined;
  before(async () => {
    t = await startTestApp({ listen: true, config: { keyEncryptionKey: KEK.toString('base64') } });
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
    const signers = page.getByTestId('signers-table');
    await signers.getByText('Nông Thị Lan').waitFor();
    await signers.getByText('CA cài đặt — chỉ thử nghiệm').waitFor();
    await signers.getByText('Chủ tịch, Ủy ban nhân dân xã Hưng Đạo').waitFor();
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
    await page.getByTestId('signers-table').getByText('Installation CA — trials only').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'signatures-admin-en-1280');
    await context.close();
    if (!ca) ctx.diagnostic('openssl missing: the anchor was not installed through the page');
  });
});
