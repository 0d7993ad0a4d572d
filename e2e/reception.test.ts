import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Session, startTestApp, type TestApp } from '../src/app/testing.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import {
  launchBrowser,
  openContext,
  signedIn as openSignedIn,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Citizen reception and outside conclusions in Chromium (issue 21 §3–4): anyone reads the leaders' reception
 * schedule without signing in; the ward's chair records her reception session, enters a citizen's complaint
 * and turns it into a complaint case; the province's leader reads the follow-up of outside conclusions by
 * source (notice 581 among them); a department's official uploads evidence to a State Audit task and cites it.
 * Each page axe-checked and photographed, in Vietnamese and English.
 */
describe('citizen reception and outside conclusions in Chromium (issue 21)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  let leader: Session;
  let justice: Session;

  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
    [leader, justice] = await Promise.all([t.signIn('lanhdao.tinh'), t.signIn('tuphap.chuyenvien')]);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  const call = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  async function check(page: Page, name: string) {
    await page.locator('.ant-form-show-help-item-leave').first().waitFor({ state: 'detached' });
    assert.deepEqual(await seriousViolations(page), [], name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: no horizontal scroll (overflow ${overflow})`);
    await screenshot(page, name);
  }

  async function english(page: Page) {
    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.reload();
  }

  it('shows anyone the published reception schedule, without signing in, in Vietnamese and English', async () => {
    const context = await openContext(browser, { viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/public/reception`);
    await page.getByTestId('page-reception-schedule').waitFor();
    await page.getByTestId('schedule-slot').first().waitFor();
    const text = await page.getByTestId('schedule-days').innerText();
    assert.match(text, /Hoàng Văn Thạch/);
    assert.match(text, /Chủ tịch UBND tỉnh/);
    assert.match(text, /Nông Thị Lan/);
    assert.match(text, /\d{2}\/\d{2}\/\d{4}/, 'days as dd/mm/yyyy');
    await check(page, 'reception-public-vi');
    await english(page);
    await page.getByRole('heading', { name: 'Citizen reception schedule' }).waitFor();
    assert.match(await page.getByTestId('schedule-days').innerText(), /Scheduled · In person|Scheduled/);
    await check(page, 'reception-public-en');
    await context.close();
  });

  it('lets the ward’s chair record her session, enter a complaint and turn it into a complaint case', async () => {
    const { context, page } = await openSignedIn(browser, t.url!, 'lanhdao.xa');
    await page.goto(`${t.url}/work/reception`);
    await page.getByTestId('page-reception').waitFor();
    await page.getByTestId('new-session').click();
    await page.getByTestId('session-form').waitFor();
    await page.getByTestId('session-title').fill('Chủ tịch UBND phường Thục Phán');
    await page.getByTestId('session-location').fill('Trụ sở UBND phường Thục Phán');
    await check(page, 'reception-session-vi');
    await page.getByTestId('session-submit').click();
    await page.getByTestId('entry-form').waitFor();
    await page.getByTestId('entry-name').fill('Đàm Văn Lực');
    await page.getByTestId('entry-id').fill('004082003456');
    await page.getByTestId('entry-address').fill('Tổ 8, phường Thục Phán');
    await page
      .getByTestId('entry-content')
      .fill('Khiếu nại quyết định xử phạt vi phạm hành chính về trật tự xây dựng.');
    await check(page, 'reception-entry-vi');
    await page.getByTestId('entry-submit').click();
    await page.getByTestId('reception-drawer').waitFor({ state: 'hidden' });
    const row = page.getByTestId('register-table').locator('tr', { hasText: 'Đàm Văn Lực' });
    await row.waitFor();
    assert.match(await row.innerText(), /Chưa có kết quả/);
    await row.getByRole('button', { name: 'Chuyển thành vụ việc' }).click();
    await page.getByTestId('open-case-form').waitFor();
    await page.getByTestId('case-title').fill('Khiếu nại quyết định xử phạt về trật tự xây dựng');
    await page.getByTestId('case-field').click();
    await page.locator('.ant-select-item-option[title="Xây dựng, đô thị"]').click();
    const known = new Date(Date.now() + 7 * 3600_000 - 10 * 86_400_000).toISOString().slice(0, 10);
    await page.getByTestId('case-decision-known').click();
    await page.keyboard.type(`${known.slice(8, 10)}/${known.slice(5, 7)}/${known.slice(0, 4)}`);
    // Enter in the date field would submit the form; close the picker's panel by leaving the field instead.
    await page.getByTestId('case-title').click();
    await page
      .locator('.ant-picker-dropdown:not(.ant-picker-dropdown-hidden)')
      .waitFor({ state: 'detached' });
    await check(page, 'reception-open-case-vi');
    await page.getByTestId('open-case-submit').click();
    const link = row.getByTestId('entry-case');
    await link.waitFor();
    const code = await link.innerText();
    assert.match(code, /^KN-04-\d{6}-\d{4}$/);
    assert.match(await row.innerText(), /Thụ lý thành vụ việc/);
    await check(page, 'reception-register-vi');
    // The case is in the feedback module, with its legal time limit, and the trail says who entered it.
    const cases = await call(leader, 'GET', `/feedback/cases?q=${encodeURIComponent(code)}`);
    assert.equal(cases.statusCode, 200, cases.body);
    await page.getByTestId('reception-tab-report').click();
    await page.getByTestId('reception-report').waitFor();
    await page.getByTestId('reception-report').getByText('Tổng cộng').waitFor();
    await check(page, 'reception-report-vi');
    await english(page);
    await page.getByTestId('reception-report').getByText('Total').waitFor();
    await check(page, 'reception-report-en');
    await page.getByTestId('reception-tab-register').click();
    await page.getByTestId('register-table').getByText('Became a case').first().waitFor();
    await check(page, 'reception-register-en');
    await context.close();
  });

  it('shows the province’s leader the follow-up of outside conclusions by source, and lets an agency cite uploaded evidence', async () => {
    const agencies = (await call(leader, 'GET', '/oversight/agencies/04')).json().items as Array<{
      id: string;
      name: string;
    }>;
    const issued = await call(leader, 'POST', '/oversight/conclusions', {
      issuerUnitCode: '04',
      issuerName: 'Kiểm toán nhà nước khu vực X',
      source: 'state_audit',
      kind: 'conclusion_notice',
      number: '88/TB-KTNN',
      issuedOn: new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10),
      title: 'Thông báo kết quả kiểm toán công tác xây dựng văn bản',
      tasks: [
        {
          title: 'Chấn chỉnh thẩm định văn bản quy phạm pháp luật',
          content: 'Thực hiện kiến nghị của Kiểm toán nhà nước.',
          leadAgencyId: agencies.find((a) => a.name === 'Sở Tư pháp')!.id,
          deadlineWorkingDays: 30,
        },
      ],
    });
    assert.equal(issued.statusCode, 201, issued.body);
    const taskId = issued.json().tasks[0].id;
    assert.equal(
      (await call(justice, 'POST', `/oversight/tasks/${taskId}/accept`, { version: 1 })).statusCode,
      200,
    );

    const { context, page } = await openSignedIn(browser, t.url!, 'lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/oversight?tab=conclusions`);
    const followUp = page.getByTestId('follow-up-table');
    await followUp.getByText('Ủy ban kiểm tra của Đảng').waitFor();
    const party = await followUp.locator('tr', { hasText: 'Ủy ban kiểm tra của Đảng' }).innerText();
    assert.match(party.replace(/\s+/g, ' '), /Ủy ban kiểm tra của Đảng 1 3 0 1 1 1/);
    await page.getByTestId('conclusion-source-filter').click();
    await page.locator('.ant-select-item-option[title="Mọi nguồn bên ngoài"]').click();
    await page.getByTestId('conclusions-table').getByText('581-TB/UBKTTW').waitFor();
    await check(page, 'oversight-outside-vi');
    await english(page);
    await page.getByTestId('follow-up-table').getByText('Party inspection commission').waitFor();
    await check(page, 'oversight-outside-en');
    await context.close();

    const agency = await openSignedIn(browser, t.url!, 'tuphap.chuyenvien');
    await agency.page.goto(`${t.url}/unit/tasks?task=${taskId}`);
    await agency.page.getByTestId('task-progress-form').waitFor();
    await agency.page
      .getByTestId('task-progress-form')
      .locator('input[type=file]')
      .setInputFiles({ name: 'Bao-cao-kien-nghi.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await agency.page.getByTestId('task-progress-file-list').getByText('Bao-cao-kien-nghi.pdf').waitFor();
    await agency.page.getByTestId('task-progress-percent').fill('30');
    await agency.page.getByTestId('task-progress-text').fill('Đã dự thảo quy trình thẩm định.');
    await check(agency.page, 'oversight-upload-vi');
    assert.ok(!(await agency.page.content()).includes('sẽ có sau'), 'no placeholder text');
    await agency.page.getByTestId('task-progress-submit').click();
    const history = agency.page.getByTestId('task-history');
    const fileLink = history.getByRole('link', { name: 'Bao-cao-kien-nghi.pdf' });
    await fileLink.waitFor();
    const href = await fileLink.getAttribute('href');
    const download = await call(justice, 'GET', href!.replace('/api/v1', ''));
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePdf());
    await check(agency.page, 'oversight-upload-done-vi');
    await english(agency.page);
    await agency.page
      .getByTestId('task-history')
      .getByRole('link', { name: 'Bao-cao-kien-nghi.pdf' })
      .waitFor();
    await check(agency.page, 'oversight-upload-done-en');
    await agency.context.close();
  });
});
