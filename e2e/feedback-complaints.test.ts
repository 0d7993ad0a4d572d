import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Session, startTestApp, type TestApp } from '../src/app/testing.js';
import {
  launchBrowser,
  signedIn as openSignedIn,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Complaints in Chromium (issue 10; Law on Complaints art. 10, 11a, 33): the ward's leader suspends a complaint's
 * resolution and resumes it by decision; the complainant withdraws a complaint from their own page and files a
 * second-level complaint naming the first; the leaders' report shows its charts, each readable as a table.
 * Every page axe-checked.
 */
describe('complaints and the feedback report in Chromium (issue 10)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  let citizen: Session;
  let wardLeader: Session;
  const complaint = {
    provinceCode: '04',
    kind: 'complaint',
    field: 'land',
    title: 'Khiếu nại quyết định thu hồi đất nông nghiệp',
    content: 'Tôi khiếu nại quyết định thu hồi đất vì chưa được bồi thường đúng quy định.',
    communeCode: '01273',
    decisionKnownOn: new Date(Date.now() + 7 * 3600_000 - 5 * 86_400_000).toISOString().slice(0, 10),
    person: { fullName: 'Hoàng Thị Mai', idNumber: '004190012345', address: 'Phường Thục Phán, Cao Bằng' },
  };
  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });
  /** A complaint filed by the demo citizen and accepted by the ward's leader: its id, code and version. */
  const acceptedComplaint = async () => {
    const filed = await call(citizen, 'POST', '/feedback/cases', complaint);
    assert.equal(filed.statusCode, 201, filed.body);
    const { id, code } = filed.json();
    const accepted = await call(wardLeader, 'POST', `/feedback/cases/${id}/accept`, { version: 1 });
    assert.equal(accepted.statusCode, 200, accepted.body);
    return { id, code, version: accepted.json().changed.version as number };
  };

  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
    [citizen, wardLeader] = await Promise.all([t.signIn('congdan'), t.signIn('lanhdao.xa')]);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const signedIn = (username: string, width = 1280) => openSignedIn(browser, t.url!, username, width);

  async function check(page: Page, name: string) {
    // Axe checks the page as the user then sees it: a help message still fading out is not yet gone.
    await page.locator('.ant-form-show-help-item-leave').first().waitFor({ state: 'detached' });
    assert.deepEqual(await seriousViolations(page), [], name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: no horizontal scroll (overflow ${overflow})`);
    await screenshot(page, name);
  }

  it('lets the ward’s leader suspend a complaint’s resolution by decision, stopping its time, and resume it', async () => {
    const c = await acceptedComplaint();
    const { context, page } = await signedIn('lanhdao.xa');
    await page.goto(`${t.url}/work/feedback?case=${c.id}`);
    const drawer = page.getByTestId(`case-${c.code}`);
    await drawer.waitFor();
    await page.getByTestId('case-action-suspend').click();
    await page.getByTestId('case-decision-number').fill('12/QĐ-UBND');
    await page.getByTestId('case-reason').fill('Chờ kết quả trưng cầu giám định.');
    await check(page, 'feedback-suspend-form-1280');
    await page.getByTestId('case-step-save').click();
    await drawer.getByText('Tạm đình chỉ giải quyết').first().waitFor();
    await drawer.getByText('Tạm dừng tính thời hạn').waitFor();
    await check(page, 'feedback-suspended-1280');

    await page.getByTestId('case-action-resume').click();
    await page.getByTestId('case-decision-number').fill('15/QĐ-UBND');
    await page.getByTestId('case-reason').fill('Đã có kết quả giám định.');
    await page.getByTestId('case-step-save').click();
    // Running again: it can be suspended anew, its time runs, the timeline records the decision.
    await page.getByTestId('case-action-suspend').waitFor();
    assert.equal(await drawer.getByText('Tạm dừng tính thời hạn').count(), 0);
    await drawer.getByText('Tiếp tục giải quyết').first().waitFor();
    await context.close();
  });

  it('lets the complainant withdraw their complaint in writing from their own page (art. 10)', async () => {
    const c = await acceptedComplaint();
    const { context, page } = await signedIn('congdan', 360);
    await page.goto(`${t.url}/feedback`);
    await page.getByTestId(`my-case-${c.code}`).click();
    await page.getByTestId('own-withdraw').click();
    await page.getByTestId('own-withdraw-reason').fill('Đã được giải thích và đồng ý với quyết định.');
    await check(page, 'feedback-withdraw-360');
    await page.getByTestId('own-withdraw-send').click();
    await page.getByTestId(`own-case-${c.code}`).getByText('Đã rút').first().waitFor();
    const read = await call(wardLeader, 'GET', `/feedback/cases/${c.id}`);
    assert.equal(read.json().case.status, 'withdrawn');
    await context.close();
  });

  it('lets the complainant file a second-level complaint naming the first, once it was decided (art. 33)', async () => {
    const first = await acceptedComplaint();
    const answered = await call(wardLeader, 'POST', `/feedback/cases/${first.id}/answer`, {
      version: first.version,
      answer: 'Giữ nguyên quyết định thu hồi đất.',
      decisionNumber: '88/QĐ-UBND',
    });
    assert.equal(answered.statusCode, 200, answered.body);

    const { context, page } = await signedIn('congdan');
    await page.goto(`${t.url}/public/feedback/new`);
    await page.getByTestId('feedback-form').getByText('Khiếu nại', { exact: true }).click();
    await page.getByTestId('feedback-title').fill('Khiếu nại lần hai quyết định thu hồi đất');
    await page
      .getByTestId('feedback-content')
      .fill('Tôi không đồng ý với quyết định giải quyết khiếu nại lần đầu.');
    const known = page.getByLabel('Ngày nhận hoặc biết quyết định, hành vi bị khiếu nại');
    await known.click();
    await known.fill(complaint.decisionKnownOn.split('-').reverse().join('/'));
    await known.press('Enter');
    await page.getByTestId('feedback-second-level').check();
    await page.getByTestId('feedback-previous-code').fill(first.code.toLowerCase());
    await page.getByLabel('Họ và tên').fill('Hoàng Thị Mai');
    await page.getByLabel('Số định danh cá nhân (CCCD)').fill('004190012345');
    await page.getByLabel('Địa chỉ liên hệ').fill('Phường Thục Phán, Cao Bằng');
    await check(page, 'feedback-second-complaint-1280');
    await page.getByTestId('feedback-send').click();
    const done = page.getByTestId('feedback-done-code');
    await done.waitFor();
    const code = ((await done.textContent()) ?? '').replace(/^.*:\s*/, '').trim();
    const list = (await call(citizen, 'GET', '/feedback/my-cases')).json();
    const second = list.items.find((x: { code: string }) => x.code === code);
    assert.ok(second, `${code} among the citizen's cases`);
    const official = await t.signIn('lanhdao.tinh');
    const view = (await call(official, 'GET', `/feedback/cases/${second.id}`)).json().case;
    assert.equal(view.level, 2);
    assert.equal(view.previousCaseCode, first.code);
    await context.close();
  });

  it('draws the report’s figures as charts, each readable as a table, at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const { context, page } = await signedIn('lanhdao.tinh', width);
      await page.goto(`${t.url}/dashboard/feedback`);
      await page.getByTestId('chart-month-chart').locator('svg').first().waitFor();
      await page.getByTestId('chart-kind-chart').locator('svg').first().waitFor();
      await check(page, `feedback-report-charts-${width}`);
      await page.getByTestId('chart-month-view').getByText('Bảng').click();
      const table = page.getByTestId('chart-month-table');
      await table.locator('tbody tr').first().waitFor();
      await page.getByTestId('chart-ontime-view').getByText('Bảng').click();
      await page.getByTestId('chart-ontime-table').getByText('Khiếu nại').waitFor();
      await check(page, `feedback-report-tables-${width}`);
      await context.close();
    }
  });
});
