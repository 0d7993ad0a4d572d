import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import {
  launchBrowser,
  signedIn as openSignedIn,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Oversight in Chromium, the second part (issue 8 §1, §4, §5): the provincial leader records a meeting with its
 * agenda, attendance and a draft approved unanimously, and issues a conclusion from it; downloads the Excel
 * report; turns a PAKN and an investment project at risk into tasks from their own pages; and reads each
 * linked record's state in the task. Every page axe-checked.
 */
describe('oversight in Chromium: meetings, Excel, raising tasks, links (issue 8)', {
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

  const signedIn = (username: string, width = 1280) => openSignedIn(browser, t.url!, username, width);

  async function chooseOption(page: Page, testId: string, search: string, option: string) {
    await page.getByTestId(testId).click();
    await page.keyboard.type(search);
    await page.locator(`.ant-select-item-option[title="${option}"]`).click();
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .waitFor({ state: 'detached' });
  }

  it('records a meeting with its agenda, attendance and a draft approved unanimously, then issues its conclusion', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight?tab=meetings`);
    await page.getByTestId('meeting-new').click();
    await page.getByTestId('meeting-form').waitFor();
    await page.getByTestId('meeting-body-name').fill('Ủy ban nhân dân tỉnh Cao Bằng');
    await page.getByTestId('meeting-title').fill('Phiên họp thường kỳ tháng 11 năm 2026');
    await page.getByTestId('agenda-0-title').fill('Tình hình giải ngân vốn đầu tư công');
    await page.getByTestId('participant-0-name').fill('Lê Hải Hòa');
    await page.getByTestId('participant-add').click();
    await page.getByTestId('participant-1-name').fill('Nông Thanh Tùng');
    await page.getByTestId('participant-1-attendance').click();
    await page.locator('.ant-select-item-option[title="Vắng có lý do"]').click();
    await page.getByTestId('document-add').click();
    await page.getByTestId('document-0-title').fill('Dự thảo Kế hoạch đẩy nhanh giải ngân');
    await page.getByTestId('document-0-outcome').click();
    await page.locator('.ant-select-item-option[title="Thông qua"]').click();
    await page.getByTestId('document-0-note').fill('Biểu quyết nhất trí thông qua');
    await page
      .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')
      .waitFor({ state: 'detached' });
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-meeting-form-1280');
    await page.getByTestId('meeting-submit').click();

    const drawer = page.getByTestId('meeting-drawer');
    await drawer.getByText('1 có mặt, 1 vắng có lý do, 0 vắng').waitFor();
    await drawer.getByText('Biểu quyết nhất trí thông qua').waitFor();
    await page.getByTestId('meeting-issue').click();
    await page.getByTestId('issue-from-meeting').waitFor();
    await page.getByTestId('issue-number').fill('E2E-20/TB-UBND');
    await page.getByTestId('issue-title').fill('Thông báo kết luận phiên họp tháng 11');
    await page.getByTestId('issue-task-0-title').fill('Đẩy nhanh giải ngân');
    await page.getByTestId('issue-task-0-content').fill('Rà soát dự án chậm giải ngân, báo cáo kết quả.');
    await chooseOption(page, 'issue-task-0-lead', 'Tài chính', 'Sở Tài chính');
    await page.getByTestId('issue-task-0').getByText('Số ngày làm việc').click();
    await page.getByTestId('issue-task-0-working-days').fill('20');
    await page.getByTestId('issue-submit').click();
    await page.getByTestId('issue-confirm').click();
    await drawer.getByRole('link', { name: /E2E-20\/TB-UBND/ }).waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-meeting-recorded-1280');
    await context.close();
  });

  it('offers the Excel report for the next meeting beside the CSV and PDF files', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight`);
    const link = page.getByTestId('export-xlsx');
    await link.waitFor();
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, t.url).toString());
    assert.equal(response.status(), 200);
    assert.equal(
      response.headers()['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    assert.equal((await response.body()).subarray(0, 2).toString('latin1'), 'PK', 'an Office Open XML file');
    await context.close();
  });

  it('turns a PAKN into a task from the case, and shows the case’s state in the task', async () => {
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/work/feedback?kind=pakn`);
    await page.getByTestId('feedback-queue').waitFor();
    await page.locator('[data-testid^="queue-case-PA-"]').first().click();
    await page.getByTestId('case-action-oversight').click();
    await page.getByTestId('raise-form').waitFor();
    await page.getByTestId('raise-number').fill('E2E-21/UBND-TH');
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-raise-from-feedback-1280');
    await page.getByTestId('raise-submit').click();
    await page.waitForURL(/\/dashboard\/oversight\?task=/);
    const link = page.getByTestId('link-feedback');
    await link.waitFor();
    assert.match((await link.textContent()) ?? '', /PA-04-/);
    await page.getByTestId('link-feedback-status').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-task-linked-feedback-1280');
    await context.close();
  });

  it('turns an investment project at risk into a task for its owner from the at-risk list', async () => {
    // A project on the list's first page whose owner is an agency (a project board is not one).
    const leader = await t.signIn('lanhdao.tinh');
    const atRisk = (
      await t.app.inject({
        method: 'GET',
        url: '/api/v1/investment/at-risk?provinceCode=04',
        headers: leader.headers,
      })
    ).json();
    const project = atRisk.items
      .slice(0, 10)
      .find((p: { ownerAgencyId: string | null }) => p.ownerAgencyId) as { code: string; name: string };
    assert.ok(project, 'the demo has a project at risk owned by an agency');
    const { context, page } = await signedIn('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/investment`);
    await page.getByTestId('investment-at-risk').waitFor();
    await page.getByTestId(`raise-project-${project.code}`).click();
    await page.getByTestId('raise-form').waitFor();
    await page.getByTestId('raise-number').fill('E2E-22/UBND-KT');
    assert.deepEqual(await seriousViolations(page), []);
    await page.getByTestId('raise-submit').click();
    await page.waitForURL(/\/dashboard\/oversight\?task=/);
    const link = page.getByTestId('link-investment_project');
    await link.waitFor();
    assert.ok(((await link.textContent()) ?? '').includes(project.code));
    await page.getByTestId('task-drawer').getByText('Chậm giải ngân').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'oversight-task-linked-project-1280');
    await context.close();
  });
});
