import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../src/app/testing.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import { launchBrowser, openContext, screenshot, seriousViolations, skipWithoutChromium } from './browser.js';
import { fillBirthDeclaration } from './eforms-fill.js';

/** The QR codes zbarimg reads on a PDF's first page, or undefined without pdftoppm/zbarimg. */
function qrTexts(pdf: Buffer): string[] | undefined {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-qr-'));
  try {
    writeFileSync(path.join(dir, 'form.pdf'), pdf);
    const render = spawnSync('pdftoppm', ['-r', '200', '-png', '-f', '1', '-l', '1', 'form.pdf', 'page'], {
      cwd: dir,
    });
    if (render.error) return undefined;
    const scan = spawnSync('sh', ['-c', 'zbarimg --raw -q page*.png'], { cwd: dir, encoding: 'utf8' });
    if (scan.status === 127) return undefined;
    return scan.stdout.split('\n').filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Issue 15 §8(a): the citizen's journey from the front door to tracking, and the clerk's receipt with its QR. */
describe('the front door in Chromium (issue 15 §1, §3, §8a)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  const filed = { ref: '', secret: '', dossierUrl: '' };
  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function checked(page: Page, name: string) {
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
    assert.equal(await page.locator('h1').count(), 1, `one h1 on ${name}`);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: ${name}`);
    await screenshot(page, name);
  }

  for (const [lang, words] of [
    [
      'vi',
      {
        apply: 'Nộp hồ sơ',
        signIn: 'Đăng nhập',
        user: 'Tên đăng nhập',
        pass: 'Mật khẩu',
        found: 'Đã nộp hồ sơ trực tuyến',
      },
    ],
    [
      'en',
      {
        apply: 'Apply',
        signIn: 'Sign in',
        user: 'Username',
        pass: 'Password',
        found: 'Your online application was submitted',
      },
    ],
  ] as const) {
    it(`a citizen finds birth registration on the home page, presses "${words.apply}", signs in, files with papers, sees reference and secret, and tracks publicly (${lang})`, async () => {
      const context = await openContext(browser, {
        viewport: { width: 1280, height: 900 },
        locale: lang === 'vi' ? 'vi-VN' : 'en-GB',
      });
      const page = await context.newPage();
      await page.goto(`${t.url}/`);
      await page.getByTestId('portal-home').waitFor();
      if (lang === 'en') {
        await page.getByTestId('language-switch').click();
        await page.getByText('Public service portal', { exact: false }).first().waitFor();
      }
      await page.getByTestId('portal-figures').waitFor();
      const figures = (await page.getByTestId('portal-figures').textContent()) ?? '';
      assert.match(figures, lang === 'vi' ? /\d+,\d %/ : /\d+\.\d%/, `percent in ${lang} format: ${figures}`);
      await page.getByTestId('sign-in-link').waitFor();
      await checked(page, `front-home-${lang}`);
      await page.getByTestId('portal-search').fill('1.001193');
      await page.getByTestId('portal-search').press('Enter');
      await page.waitForURL(/\/procedures\?q=1\.001193/);
      await page.locator('a[href*="/procedures/1.001193"]').first().click();
      await page.getByTestId('procedure-detail').waitFor();
      await page.getByRole('link', { name: words.apply, exact: true }).click();
      // Not signed in: to the sign-in page and back to the application of THIS procedure.
      await page.waitForURL(/\/login\?next=/);
      await page.getByLabel(words.user).fill('congdan');
      await page.getByLabel(words.pass).fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL(/\/procedures\/1\.001193\/apply/);
      await page.getByTestId('apply-fixed-procedure').waitFor();
      assert.ok(((await page.getByTestId('apply-fixed-procedure').textContent()) ?? '').includes('1.001193'));
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('apply-centre').click();
      await page.keyboard.type('Thục Phán');
      await page.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
      await checked(page, `front-apply-procedure-${lang}`);
      await page.getByTestId('apply-next').click();
      await page.getByTestId('apply-email').fill('an@example.vn');
      await page.getByTestId('apply-phone').fill('0912345678');
      await page.getByTestId('apply-next').click();
      // Birth registration has its e-form (issue 16): the declaration, then the papers.
      await fillBirthDeclaration(page, 'apply-declaration');
      await page.getByTestId('apply-declaration-submit').click();
      const inputs = page.locator('[data-testid=apply-wizard] input[type=file]');
      const count = await inputs.count();
      for (let i = 0; i < Math.min(count, 2); i++) {
        await inputs
          .nth(i)
          .setInputFiles({ name: `giay-to-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: samplePdf() });
        await page
          .getByText(`giay-to-${i + 1}.pdf`)
          .first()
          .waitFor();
      }
      await page.getByTestId('apply-next').click();
      await page.getByTestId('apply-submit').click();
      await page.getByTestId('apply-done').getByText(words.found).waitFor();
      const ref = ((await page.getByTestId('tracking-ref').textContent()) ?? '').trim();
      const secret = ((await page.getByTestId('tracking-secret').textContent()) ?? '').trim();
      assert.match(ref, /^HS-\d{6}-[A-Z0-9]{6}$/);
      assert.match(secret, /^[A-Z0-9]{10}$/);
      await checked(page, `front-apply-done-${lang}`);
      filed.ref = ref;
      filed.secret = secret;
      filed.dossierUrl =
        (await page
          .getByRole('link', { name: lang === 'vi' ? 'Xem hồ sơ' : 'Open the dossier' })
          .getAttribute('href')) ?? '';
      // Public tracking with the reference and the secret, from a browser nobody signed in to.
      const visitor = await (await openContext(browser, { viewport: { width: 390, height: 844 } })).newPage();
      await visitor.goto(`${t.url}/track`);
      await visitor.getByTestId('public-menu-button').waitFor();
      await visitor.getByTestId('track-code').fill(ref);
      await visitor.getByTestId('track-secret').fill(secret);
      await visitor.getByTestId('track-submit').click();
      await visitor.getByTestId('track-result').waitFor();
      assert.ok(((await visitor.getByTestId('track-result').textContent()) ?? '').includes(ref));
      await checked(visitor, `front-track-phone-${lang}`);
      await visitor.context().close();
      // "Hồ sơ của tôi": the new dossier and its notification.
      await page.goto(`${t.url}/my/dossiers`);
      await page.getByTestId('my-notices').getByText(ref).first().waitFor();
      await checked(page, `front-my-dossiers-${lang}`);
      await context.close();
    });
  }

  it('a clerk receives it and prints Form 01 with the code, the secret and a QR that opens tracking', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('motcua');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    await page.goto(`${t.url}${filed.dossierUrl}`);
    await page.getByTestId('page-dossier').waitFor();
    await page.getByTestId('action-receive').click();
    await page.getByTestId('action-confirm').click(); // the deliberate-action confirmation (issue 15 §5)
    const receipt = page.getByTestId('receipt-secret');
    await receipt.waitFor();
    const code = (await receipt.getAttribute('data-code')) ?? '';
    assert.equal(
      await receipt.getAttribute('data-secret'),
      filed.secret,
      'the secret the citizen holds stays',
    );
    await screenshot(page, 'front-clerk-received');
    const id = filed.dossierUrl.split('/').pop();
    const pdf = await page.request.get(`${t.url}/api/v1/dossiers/${id}/forms/01`);
    assert.equal(pdf.status(), 200);
    const bytes = Buffer.from(await pdf.body());
    const texts = qrTexts(bytes);
    if (texts) {
      const link = texts.find((x) => x.includes('/track?'));
      assert.ok(link, `Form 01 carries a tracking QR: ${texts.join(' | ')}`);
      // The QR opens public tracking with both codes filled in, and it finds the dossier.
      const visitor = await (
        await openContext(browser, { viewport: { width: 1280, height: 900 } })
      ).newPage();
      await visitor.goto(link.replace(/^https?:\/\/[^/]+/, t.url ?? ''));
      await visitor.getByTestId('track-result').waitFor();
      assert.ok(((await visitor.getByTestId('track-result').textContent()) ?? '').includes(code));
      await screenshot(visitor, 'front-track-from-qr');
      await visitor.context().close();
    }
    const dir = mkdtempSync(path.join(os.tmpdir(), 'tinhso-f01-'));
    writeFileSync(path.join(dir, 'f.pdf'), bytes);
    // A picture of the printed receipt to look at (test-results/screenshots/front-form-01-1.png).
    spawnSync(
      'pdftoppm',
      [
        '-r',
        '80',
        '-png',
        '-f',
        '1',
        '-l',
        '1',
        'f.pdf',
        path.resolve('test-results/screenshots/front-form-01'),
      ],
      { cwd: dir },
    );
    rmSync(dir, { recursive: true, force: true });
    await context.close();
  });
});
