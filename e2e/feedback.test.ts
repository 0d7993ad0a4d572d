import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, type Session, startTestApp, type TestApp } from '../src/app/testing.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Issue 10 in Chromium: a citizen files a PAKN on the public portal without an account, the province answers and
 * publishes it, and the citizen reads the published answer (personal data removed) and, signed in, rates it.
 * Every page is checked with axe and at 360 px.
 */
describe('citizen feedback in the browser (issue 10)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  let leader: Session;
  let code = '';
  const PHONE = '0912 777 888';
  const answerText =
    'Văn phòng Ủy ban nhân dân tỉnh đã đề nghị bộ phận một cửa khai thác dữ liệu dân cư thay cho bản sao.';

  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
    leader = await t.signIn('lanhdao.tinh');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, name: string) {
    assert.equal(await page.locator('h1').count(), 1, `${name}: one h1`);
    assert.deepEqual(await seriousViolations(page), [], name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: no horizontal scroll (overflow ${overflow})`);
    await screenshot(page, name);
  }

  const api = (method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: leader.headers, ...(payload ? { payload } : {}) });

  it('lets a visitor without an account file a PAKN and keep its code and tracking key', async () => {
    const context = await openContext(browser, { viewport: { width: 360, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/public/feedback/new`);
    await page.getByTestId('page-feedback-submit').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await check(page, 'feedback-submit-360');
    await page.getByTestId('language-switch').click();
    await page.getByText('Send feedback', { exact: true }).first().waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'en');
    await page.getByTestId('language-switch').click();
    await page.getByTestId('page-feedback-submit').getByText('Gửi phản ánh, kiến nghị').waitFor();
    await page
      .getByTestId('feedback-title')
      .fill('Đề nghị bỏ yêu cầu nộp bản sao giấy tờ đã có trong cơ sở dữ liệu');
    await page
      .getByTestId('feedback-content')
      .fill(`Thủ tục đăng ký hộ kinh doanh vẫn yêu cầu bản sao căn cước. Liên hệ tôi: ${PHONE}.`);
    await page.getByLabel('Họ và tên').fill('Triệu Văn Sơn');
    await page.getByTestId('feedback-send').click();
    const done = page.getByTestId('feedback-done-code');
    await done.waitFor();
    code = ((await done.textContent()) ?? '').replace(/^.*:\s*/, '').trim();
    assert.match(code, /^PA-04-\d{6}-\d{4}$/);
    assert.match((await page.getByTestId('feedback-done').textContent()) ?? '', /Mã tra cứu/);
    await check(page, 'feedback-submitted-360');
    await context.close();
  });

  it('shows the published answer without personal data, and lets a signed-in citizen rate it', async () => {
    const found = (await api('GET', `/feedback/cases?q=${code}`)).json().items[0];
    assert.ok(found, 'the provincial leader sees the case in the queue');
    let version = (await api('GET', `/feedback/cases/${found.id}`)).json().case.version;
    for (const [step, body] of [
      ['classify', {}],
      ['answer', { answer: answerText }],
      ['publish', {}],
    ] as const) {
      const response = await api('POST', `/feedback/cases/${found.id}/${step}`, { version, ...body });
      assert.equal(response.statusCode, 200, `${step}: ${response.body}`);
      version = response.json().changed.version;
    }

    for (const width of [1280, 360]) {
      const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
      const page = await context.newPage();
      await page.goto(`${t.url}/public/feedback?q=${code}`);
      await page.getByTestId('page-feedback-answers').waitFor();
      await page.getByTestId(`answer-${code}`).click();
      await page.getByTestId(`published-${code}`).waitFor();
      assert.equal((await page.getByTestId('published-answer-text').textContent())?.trim(), answerText);
      const body = (await page.locator('main').textContent()) ?? '';
      assert.ok(
        !body.includes(PHONE) && !body.includes('Triệu Văn Sơn'),
        'no personal data on the public page',
      );
      await check(page, `feedback-answer-${width}`);
      await context.close();
    }

    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/login?next=${encodeURIComponent(`/public/feedback/answers/${code}`)}`);
    await page.getByLabel('Tên đăng nhập').fill('congdan');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId(`published-${code}`).waitFor();
    await page.getByTestId('rate-like').click();
    await page.getByText('Hài lòng (1)').waitFor();
    assert.equal(await page.getByTestId('rate-like').getAttribute('aria-pressed'), 'true');
    await check(page, 'feedback-answer-rated');
    await context.close();
  });

  it('shows officials their queue and leaders the report, axe-clean', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill('lanhdao.tinh');
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await afterPassword(page, 'lanhdao.tinh');
    await page.getByTestId('home-provincial_leader').waitFor();
    await page.goto(`${t.url}/work/feedback`);
    await page.getByTestId('page-feedback-queue').waitFor();
    await page.locator('[data-testid^="queue-case-"]').first().waitFor();
    await check(page, 'feedback-queue');
    await page.goto(`${t.url}/dashboard/feedback`);
    await page.getByTestId('report-766').waitFor();
    assert.match((await page.getByTestId('report-total').textContent()) ?? '', /\d+/);
    await check(page, 'feedback-report');
    await context.close();
  });
});
