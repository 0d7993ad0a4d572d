import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../src/app/testing.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

const ROLES: Array<[username: string, role: string]> = [
  ['admin', 'system_admin'],
  ['lanhdao.tinh', 'provincial_leader'],
  ['lanhdao.xa', 'unit_leader'],
  ['chuyenvien', 'specialist'],
  ['motcua', 'counter_clerk'],
  ['congdan', 'citizen'],
];

describe('web shell in Chromium (issue 2 §7)', { skip: skipWithoutChromium }, () => {
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

  async function signIn(page: Page, username: string) {
    // A visitor at / gets the public portal (issue 15 §1); its "Đăng nhập" leads to the sign-in page.
    await page.goto(`${t.url}/`);
    await page.getByRole('link', { name: 'Đăng nhập' }).first().click();
    await page.waitForURL(/\/login/);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await afterPassword(page, username);
  }

  for (const [username, role] of ROLES) {
    it(`signs in as ${username} and shows the ${role} home, axe-clean, at 1280 px and 360 px`, async () => {
      for (const width of [1280, 360]) {
        const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
        const page = await context.newPage();
        await signIn(page, username);
        const heading = page.getByTestId(`home-${role}`);
        await heading.waitFor();
        assert.equal(await page.locator('h1').count(), 1);
        assert.deepEqual(await seriousViolations(page), []);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `no horizontal scroll at ${width} px (overflow ${overflow})`);
        await screenshot(page, `home-${role}-${width}`);
        await context.close();
      }
    });
  }

  it('shows the sign-in page in Vietnamese by default with the demo logins, and switches every string to English', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByTestId('login-heading').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    assert.equal((await page.getByTestId('login-heading').textContent())?.trim(), 'Đăng nhập');
    await page.getByTestId('demo-logins').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'login-vi');
    await page.getByTestId('language-switch').click();
    await page.getByLabel('Username').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    assert.equal((await page.getByTestId('login-heading').textContent())?.trim(), 'Sign in');
    await screenshot(page, 'login-en');
    await page.getByLabel('Username').fill('motcua');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByTestId('login-submit').click();
    const error = page.getByTestId('login-error');
    await error.waitFor();
    assert.match((await error.textContent()) ?? '', /username or password/i);
    assert.deepEqual(await seriousViolations(page), []);
    await context.close();
  });

  it('signs out from the account menu and returns to the sign-in page', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page, 'motcua');
    await page.getByTestId('home-counter_clerk').waitFor();
    await page.getByTestId('user-menu').click();
    await page.getByTestId('sign-out').click();
    await page.waitForURL(/\/login/);
    // Signed out, a page of the work area asks for the sign-in again (the home page is the public portal).
    await page.goto(`${t.url}/counter/receive`);
    await page.waitForURL(/\/login\?next=/);
    await context.close();
  });
});
