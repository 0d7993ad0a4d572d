import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../src/app/testing.js';
import { runEscalation } from '../src/modules/oversight/index.js';
import { systemCtx } from '../src/platform/context.js';
import { quietLogger } from '../src/platform/logging.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Oversight in Chromium (issue 8 §7): the provincial leader issues a conclusion with a task for Phường Thục
 * Phán; the ward's official accepts it, reports progress and asks for an extension; the leader grants it; an
 * overdue task escalates through the ladder and reaches the leader's notices. Every page axe-checked.
 */
describe('oversight in Chromium (issue 8)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  const number = 'E2E-12/TB-UBND';
  const code = `${number}-01`;
  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signedIn(username: string, width = 1280): Promise<{ context: BrowserContext; page: Page }> {
    const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await afterPassword(page, username);
    return { context, page };
  }

  async function noHorizontalScroll(page: Page, width: number) {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at ${width} px (overflow ${overflow})`);
  }

  async function chooseOption(page: Page, testId: string, search: string, option: string) {
    await page.getByTestId(testId).click();
    await page.keyboard.type(search);
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
    // The option list closes once chosen (axe checks the page as the user then sees it).
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .waitFor({ state: 'detached' });
  }

  it('lets the provincial leader issue a conclusion with a task whose deadline is counted in working days', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight`);
    await page.getByTestId('page-oversight').waitFor();
    await page.getByTestId('tasks-table').waitFor();
    assert.equal(await page.locator('h1').count(), 1);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-dashboard-1280');

    await page.getByTestId('issue-open').click();
    await page.getByTestId('issue-form').waitFor();
    await page.getByTestId('issue-number').fill(number);
    await page.getByTestId('issue-title').fill('Thông báo kết luận kiểm tra số hóa hồ sơ');
    await page.getByTestId('issue-task-0-title').fill('Hoàn thành số hóa hồ sơ tồn đọng');
    await page
      .getByTestId('issue-task-0-content')
      .fill('Số hóa toàn bộ hồ sơ tiếp nhận trước ngày 1/7/2025.');
    await chooseOption(page, 'issue-task-0-lead', 'Thục Phán', 'Ủy ban nhân dân Phường Thục Phán');
    await page.getByTestId('issue-task-0').getByText('Số ngày làm việc').click();
    await page.getByTestId('issue-task-0-working-days').fill('10');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-issue-form-1280');
    await page.getByTestId('issue-submit').click();
    await page.getByTestId('issue-confirm').click();
    await page.getByTestId('conclusions-table').getByText(number).waitFor();
    await context.close();
  });

  it('lets the lead agency accept the task, report progress and ask for an extension, at 1280 and 360 px', async () => {
    const { context, page } = await signedIn('chuyenvien');
    await page.goto(`${t.url}/unit/tasks`);
    await page.getByTestId('page-unit-tasks').waitFor();
    await page.getByTestId(`task-open-${code}`).click();
    const drawer = page.getByTestId(`task-detail-${code}`);
    await drawer.waitFor();
    await page.getByTestId('task-accept').click();
    await page.getByTestId('task-confirm').click();
    await page.getByTestId('task-progress-form').waitFor();
    await page.getByTestId('task-progress-form').getByLabel('Tiến độ (%)').fill('30');
    await page.getByTestId('task-progress-text').fill('Đã số hóa 30% hồ sơ tồn đọng.');
    await page.getByTestId('task-progress-form').getByLabel('Tên tài liệu kèm theo').fill('Báo cáo tuần 1');
    await page
      .getByTestId('task-progress-form')
      .getByLabel('Đường dẫn hoặc số văn bản')
      .fill('https://vanban.example/bc-1');
    await page.getByTestId('task-progress-submit').click();
    await page.getByTestId('task-history').getByText('Báo cáo tiến độ 30%').waitFor();

    const date = page.getByTestId('task-extension-form').getByLabel('Gia hạn đến ngày');
    await date.click();
    await date.fill('15/01/2027');
    await date.press('Enter');
    await page.getByTestId('task-extension-reason').fill('Chờ máy quét mới được bàn giao.');
    await page.getByTestId('task-extension-submit').click();
    await drawer.getByText('Đang xin gia hạn').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-task-agency-1280');
    await context.close();

    const narrow = await signedIn('chuyenvien', 360);
    await narrow.page.goto(`${t.url}/unit/tasks`);
    await narrow.page.getByTestId('agency-tasks').waitFor();
    await narrow.page.getByTestId(`task-open-${code}`).waitFor();
    await noHorizontalScroll(narrow.page, 360);
    assert.deepEqual(await seriousViolations(narrow.page), []);
    await screenshot(narrow.page, 'oversight-unit-tasks-360');
    await narrow.context.close();
  });

  it('lets the issuing leader grant the extension from the notice of the request', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight?tab=notices`);
    const notice = page.getByTestId('notice-extension_requested').filter({ hasText: code }).first();
    await notice.getByRole('link', { name: 'Mở nhiệm vụ' }).click();
    await page.getByTestId(`task-detail-${code}`).waitFor();
    await page.getByTestId('task-decide-grant').click();
    await page.getByTestId('task-confirm').click();
    await page
      .getByTestId('task-deadline')
      .getByText(/15\/01\/2027/)
      .waitFor();
    assert.match((await page.getByTestId('task-deadline').textContent()) ?? '', /Hạn ban đầu/);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-extension-granted-1280');
    await context.close();
  });

  it('shows the October 2025 conference: attendance, the drafts approved unanimously, the conclusion issued', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight?tab=meetings`);
    await page
      .getByRole('link', { name: /Hội nghị lần thứ hai/ })
      .first()
      .click();
    const drawer = page.getByTestId('meeting-drawer');
    await drawer.getByText('9 có mặt, 1 vắng có lý do, 0 vắng').waitFor();
    assert.equal(await drawer.getByText('Biểu quyết nhất trí thông qua', { exact: true }).count(), 2);
    await drawer.getByRole('link', { name: /02-KL\/TU/ }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-meeting-1280');
    await context.close();
  });

  it('escalates an overdue task: the agency head is notified, then the task is listed to the issuing leader', async () => {
    const day = (offset: number) =>
      new Date(Date.now() + 7 * 3600_000 + offset * 86_400_000).toISOString().slice(0, 10);
    const leader = await t.signIn('lanhdao.tinh');
    const agencies = (
      await t.app.inject({ method: 'GET', url: '/api/v1/oversight/agencies/04', headers: leader.headers })
    ).json().items;
    const ward = agencies.find((a: { name: string }) => a.name === 'Ủy ban nhân dân Phường Thục Phán');
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/oversight/conclusions',
      headers: leader.headers,
      payload: {
        issuerUnitCode: '04',
        issuerName: 'Ủy ban nhân dân tỉnh',
        kind: 'directive',
        number: 'E2E-13/CT-UBND',
        issuedOn: day(-60),
        title: 'Chỉ thị rà soát hồ sơ đất đai',
        tasks: [
          {
            title: 'Rà soát hồ sơ đất đai tồn đọng',
            content: 'Rà soát và báo cáo.',
            leadAgencyId: ward.id,
            deadline: day(-30),
          },
        ],
      },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const run = await runEscalation(systemCtx(t.db.db, 'oversight-escalate', quietLogger()), {
      provinceCode: '04',
    });
    const steps = run.fired.filter((f) => f.code === 'E2E-13/CT-UBND-01').map((f) => f.step);
    assert.deepEqual(
      steps,
      ['agency_head', 'issuer'],
      'a month overdue: both later steps, no reminder of a past deadline',
    );

    const head = await signedIn('lanhdao.xa');
    await head.page.goto(`${t.url}/unit/tasks`);
    await head.page
      .getByTestId('unit-notices')
      .getByText(/Quá hạn: E2E-13\/CT-UBND-01/)
      .waitFor();
    assert.deepEqual(await seriousViolations(head.page), []);
    await screenshot(head.page, 'oversight-escalation-agency-head-1280');
    await head.context.close();

    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight?escalated=1`);
    await page.getByTestId('task-open-E2E-13/CT-UBND-01').click();
    const history = page.getByTestId('task-history');
    await history.getByText(/Đã báo lãnh đạo giao việc/).waitFor();
    await history.getByText(/Đã báo thủ trưởng cơ quan/).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-escalation-issuer-1280');
    await page.goto(`${t.url}/dashboard/oversight?tab=heatmap`);
    await page.getByTestId('heatmap-table').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-heatmap-1280');
    await context.close();
  });
});
