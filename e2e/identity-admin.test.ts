import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/** Issue 20, the administrator's side in the browser: reset a second factor, the role rules, identity providers. */
describe('sign-in security administered in the browser', { skip: skipWithoutChromium }, () => {
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

  const toEnglish = async (page: Page) => {
    await page.getByTestId('language-switch').click();
    await page.locator('html[lang="en"]').waitFor();
  };

  /** The error Ant Design shows under a form field. */
  const fieldError = async (page: Page, testId: string) => {
    const item = page.locator('.ant-form-item').filter({ has: page.getByTestId(testId) });
    const error = item.locator('.ant-form-item-explain-error');
    await error.first().waitFor();
    return (await error.first().textContent())?.trim() ?? '';
  };

  const stageAfterPassword = async (username: string) =>
    (
      await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: DEMO_PASSWORD },
        remoteAddress: '10.2.2.2',
      })
    ).json().stage as string;

  it('an administrator resets a leader’s second factor; the leader’s sessions end and they enrol again', async () => {
    const leader = await t.signIn('lanhdao.xa');
    const admin = await t.signIn('admin');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/users?q=lanhdao.xa',
      headers: admin.headers,
    });
    const account = (list.json().items as Array<{ id: string; username: string }>).find(
      (u) => u.username === 'lanhdao.xa',
    )!;
    assert.equal(
      await stageAfterPassword('lanhdao.xa'),
      'second_factor',
      'before: the enrolled factor is asked',
    );

    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.goto(`${t.url}/admin/users?q=lanhdao.xa&user=${account.id}`);
    await page.getByTestId('user-drawer').waitFor();
    await page.getByTestId('user-reset-2fa').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /mọi phiên đăng nhập của tài khoản sẽ kết thúc/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-reset-confirm-vi');
    await page.getByTestId('user-reset-2fa-ok').click();
    await page.getByTestId('user-reset-2fa-done').waitFor();
    assert.match(
      (await page.getByTestId('user-reset-2fa-done').textContent()) ?? '',
      /Đã đặt lại xác thực hai lớp của .+; các phiên đăng nhập của tài khoản đã kết thúc\./,
    );
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-reset-done-vi');

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: leader.headers });
    assert.equal(me.statusCode, 401, 'the leader’s session ended');
    assert.equal(await stageAfterPassword('lanhdao.xa'), 'enrol', 'the leader enrols a new factor');

    // In English, the confirmation says the same in English; cancelling sends nothing.
    await page.keyboard.press('Escape');
    await page.getByTestId('user-drawer').waitFor({ state: 'hidden' });
    await toEnglish(page);
    await page.goto(`${t.url}/admin/users?q=lanhdao.xa&user=${account.id}`);
    await page.getByTestId('user-drawer').waitFor();
    await page.getByTestId('user-reset-2fa').click();
    await page
      .locator('.ant-modal-confirm')
      .getByText('all of its sessions end now', { exact: false })
      .waitFor();
    await screenshot(page, 'identity-admin-reset-confirm-en');
    await page.locator('.ant-modal-confirm').getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });

  it('a national administrator sets the roles that require a second factor, with validation and confirmation', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.goto(`${t.url}/admin/sign-in`);
    await page.getByTestId('rules-form').waitFor();
    assert.equal(
      (await page.getByTestId('page-sign-in-security').textContent())?.trim(),
      'Quản trị đăng nhập',
    );
    const specialist = page.getByTestId('rules-roles').getByLabel('Chuyên viên');
    assert.equal(await specialist.isChecked(), false);
    assert.equal(await page.getByTestId('rules-roles').getByLabel('Lãnh đạo tỉnh').isChecked(), true);

    await page.getByTestId('rules-minutes').fill('0');
    await page.getByTestId('rules-save').click();
    assert.equal(await fieldError(page, 'rules-minutes'), 'Nhập số phút nguyên từ 1 đến 1.440.');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-rules-invalid-vi');

    await specialist.check();
    await page.getByTestId('rules-minutes').fill('5');
    await page.getByTestId('rules-save').click();
    const dialog = page.locator('.ant-modal-confirm');
    await dialog.waitFor();
    assert.match((await dialog.textContent()) ?? '', /Chuyên viên.*5 phút gần nhất/);
    await screenshot(page, 'identity-admin-rules-confirm-vi');
    await page.getByTestId('rules-confirm-ok').click();
    await page.getByText('Đã lưu quy định xác thực hai lớp.').waitFor();

    const admin = await t.signIn('admin');
    const policy = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/identity/second-factor-policy',
        headers: admin.headers,
      })
    ).json() as { roles: Array<{ role: string; required: boolean }>; stepUpMinutes: number };
    assert.equal(policy.stepUpMinutes, 5);
    assert.deepEqual(
      policy.roles
        .filter((r) => r.required)
        .map((r) => r.role)
        .sort(),
      ['provincial_leader', 'specialist', 'unit_leader'],
    );

    await toEnglish(page);
    await page.getByTestId('rules-minutes').fill('2000');
    await page.getByTestId('rules-save').click();
    assert.equal(await fieldError(page, 'rules-minutes'), 'Enter a whole number of minutes from 1 to 1,440.');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-rules-en');
    await context.close();

    // A provincial administrator sees the rules in force, read-only, and why.
    const provincial = await signedIn(browser, t.url!, 'quantri.tinh');
    await provincial.page.goto(`${t.url}/admin/sign-in`);
    await provincial.page.getByTestId('sign-in-security-national-only').waitFor();
    assert.equal(await provincial.page.getByTestId('rules-minutes').isDisabled(), true);
    assert.equal(await provincial.page.getByTestId('rules-save').count(), 0);
    assert.equal(await provincial.page.getByTestId('provider-add').count(), 0);
    assert.deepEqual(await seriousViolations(provincial.page), []);
    await screenshot(provincial.page, 'identity-admin-rules-provincial-vi');
    await provincial.context.close();
  });

  it('a national administrator adds an OpenID Connect provider, with errors on the fields', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.goto(`${t.url}/admin/sign-in`);
    await page.getByTestId('provider-add').click();
    await page.getByTestId('provider-drawer').waitFor();
    await page.getByTestId('provider-slug').fill('VNeID');
    await page.getByTestId('provider-issuer').fill('sso.example.gov.vn');
    await page.getByTestId('provider-save').click();
    assert.equal(
      await fieldError(page, 'provider-slug'),
      'Mã gồm chữ thường không dấu, số và dấu gạch ngang, 2–32 ký tự, không bắt đầu bằng dấu gạch.',
    );
    assert.equal(await fieldError(page, 'provider-issuer'), 'Nhập địa chỉ đầy đủ bắt đầu bằng https://.');
    assert.equal(await fieldError(page, 'provider-clientId'), 'Vui lòng nhập mã ứng dụng.');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-provider-invalid-vi');

    await page.getByTestId('provider-slug').fill('vneid');
    await page.getByTestId('provider-displayName').fill('VNeID');
    await page.getByTestId('provider-issuer').fill('https://sso.example.gov.vn');
    await page.getByTestId('provider-clientId').fill('tinhso-demo');
    await page.getByTestId('provider-clientSecret').fill('bí mật của ứng dụng');
    await page.getByTestId('provider-claimPersonalId').fill('so_dinh_danh');
    await page.getByTestId('provider-save').click();
    await page.getByText('Đã lưu nhà cung cấp VNeID.').waitFor();
    await page.getByTestId('provider-edit-vneid').waitFor();
    assert.match(
      (await page.getByTestId('providers-table').textContent()) ?? '',
      /https:\/\/sso\.example\.gov\.vn/,
    );
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-provider-added-vi');

    const admin = await t.signIn('admin');
    const saved = (
      await t.app.inject({ method: 'GET', url: '/api/v1/identity/providers', headers: admin.headers })
    ).json().items as Array<Record<string, unknown>>;
    const vneid = saved.find((p) => p.slug === 'vneid')!;
    assert.equal(vneid.claimPersonalId, 'so_dinh_danh');
    assert.equal(vneid.hasClientSecret, true);
    assert.equal(vneid.clientSecret, undefined, 'the secret is never sent back');

    // Changing it in English: the secret is write-only, left empty it is kept.
    await toEnglish(page);
    await page.getByTestId('provider-edit-vneid').click();
    await page.getByTestId('provider-drawer').waitFor();
    assert.equal(await page.getByTestId('provider-clientSecret').inputValue(), '');
    await page.getByText('A secret is set (not shown).', { exact: false }).waitFor();
    await page.getByTestId('provider-displayName').fill('VNeID (national)');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'identity-admin-provider-edit-en');
    await page.getByTestId('provider-save').click();
    await page.getByText('Provider VNeID (national) saved.').waitFor();
    const again = (
      await t.app.inject({ method: 'GET', url: '/api/v1/identity/providers', headers: admin.headers })
    ).json().items as Array<Record<string, unknown>>;
    assert.equal(again.find((p) => p.slug === 'vneid')!.hasClientSecret, true);
    await screenshot(page, 'identity-admin-providers-en');
    await context.close();
  });
});
