import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

// biome-ignore lint/suspicious/noExplicitAny: API payloads are read loosely
type Json = Record<string, any>;

/**
 * Issue 21 §1–2, the changes in the browser: a commune corrects its facilities and the province its quota; the
 * command declares a storm, a commune reports then revises its damage and the province total follows; the
 * command raises a recovery task through oversight. In vi and en, axe clean.
 */
describe('communes change their staffing and report a storm in Chromium (issue 21)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  const open = new Set<BrowserContext>();
  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });
  afterEach(async () => {
    await Promise.all([...open].map((context) => context.close()));
    open.clear();
  });

  async function as(username: string): Promise<Page> {
    const { context, page } = await signedIn(browser, t.url!, username, 1280);
    open.add(context);
    return page;
  }

  async function axeClean(page: Page) {
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    assert.deepEqual(await seriousViolations(page), []);
  }

  async function inEnglish(page: Page) {
    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.reload();
  }

  /** The text of one cell of the (first) row holding the given button. */
  const cell = (page: Page, table: string, testId: string, column: number) =>
    page
      .getByTestId(table)
      .locator('tbody tr')
      .filter({ has: page.getByTestId(testId) })
      .first()
      .locator('td')
      .nth(column)
      .textContent();

  it('a commune officer corrects a facility (no quota form: quotas are the province’s); the province corrects the quota', async () => {
    const page = await as('chuyenvien');
    await page.goto(`${t.url}/dashboard/staffing`);
    await page.getByTestId('staffing-facilities').waitFor();
    assert.equal(await page.getByTestId('quota-add').count(), 0, 'a commune is not offered the quota form');
    assert.equal(await page.locator('[data-testid^="quota-edit-"]').count(), 0);
    await page.getByTestId('facility-edit-computers').click();
    await page.getByTestId('facility-quantity').fill('');
    await page.getByTestId('facility-save').click();
    await page.getByText('Vui lòng nhập Số lượng hiện có.').waitFor();
    await axeClean(page);
    await screenshot(page, 'communes-edit-facility-error-vi');
    await page.getByTestId('facility-quantity').fill('31');
    await page.getByTestId('facility-note').fill('Bổ sung 6 bộ máy tính sau sáp nhập');
    await page.getByTestId('facility-save').click();
    await page.getByText('Máy tính: 31 bộ', { exact: false }).waitFor();
    await screenshot(page, 'communes-edit-facility-confirm-vi');
    await page.getByTestId('facility-confirm').click();
    await page.getByText(/Đã ghi nhận, có hiệu lực từ \d\d\/\d\d\/\d{4}\./).waitFor();
    await page.getByTestId('facility-form').waitFor({ state: 'detached' });
    assert.equal(await cell(page, 'staffing-facilities', 'facility-edit-computers', 2), '31', 'on hand');
    await axeClean(page);
    await screenshot(page, 'communes-edit-facility-vi');
    await inEnglish(page);
    await page.getByText('Headquarters, rooms and equipment').waitFor();
    await page.getByText(/Posts are approved by the Department of Home Affairs/).waitFor();
    await page.getByTestId('facility-edit-computers').click();
    await page.getByTestId('facility-form').getByText('Quantity on hand (sets)').waitFor();
    await axeClean(page);
    await screenshot(page, 'communes-edit-facility-form-en');

    const province = await as('lanhdao.tinh');
    await province.goto(`${t.url}/dashboard/staffing?unit=01273`);
    await province.getByTestId('quota-edit-digital_transformation').first().click();
    await province.getByTestId('quota-posts').fill('3');
    await province.getByTestId('quota-decision').fill('QĐ 512/QĐ-UBND');
    await province.getByTestId('quota-save').click();
    await province.getByText(/3 biên chế, từ ngày/).waitFor();
    await province.getByTestId('quota-confirm').click();
    await province.getByText(/Đã ghi nhận/).waitFor();
    await province.getByTestId('quota-form').waitFor({ state: 'detached' });
    assert.equal(await cell(province, 'staffing-positions', 'quota-edit-digital_transformation', 2), '3');
    await axeClean(province);
    await screenshot(province, 'communes-edit-quota-vi');
    await inEnglish(province);
    await province.getByTestId('quota-edit-digital_transformation').first().click();
    await province.getByTestId('quota-form').getByText('Posts approved (people)').waitFor();
    await axeClean(province);
    await screenshot(province, 'communes-edit-quota-form-en');
  });

  it('the command declares a storm; a commune reports, then revises, and the province total follows; a recovery task is raised', async () => {
    const command = await as('lanhdao.tinh');
    await command.goto(`${t.url}/dashboard/disasters`);
    await command.getByTestId('event-add').click();
    await command.getByTestId('event-code').fill('BAO-2026-15');
    await command.getByTestId('event-name').fill('Bão số 15');
    await command.getByTestId('event-hazards').click();
    await command.getByTitle('Bão', { exact: true }).click();
    await command.keyboard.press('Escape');
    await command.getByTestId('event-communes').click();
    await command.keyboard.type('Thục Phán');
    await command.keyboard.press('Enter');
    await command.keyboard.press('Escape');
    await axeClean(command);
    await screenshot(command, 'communes-edit-declare-vi');
    await command.getByTestId('event-save').click();
    await command.getByText(/BAO-2026-15 · Bão số 15: 1 xã, phường/).waitFor();
    await command.getByTestId('event-confirm').click();
    await command.getByTestId('disaster-event').getByText('BAO-2026-15 · Bão số 15').waitFor();
    const events = (
      await t.call('GET', '/disasters/events?provinceCode=04', await t.signIn('lanhdao.tinh'))
    ).json() as Json[];
    const storm = events.find((e) => e.code === 'BAO-2026-15')!;
    assert.equal(storm.communes, 1);

    const officer = await as('chuyenvien');
    await officer.goto(`${t.url}/dashboard/disasters?event=${storm.id}`);
    await officer.getByTestId('disaster-report-01273').click();
    await officer.getByTestId('damage-houses_damaged').fill('12');
    await officer.getByTestId('damage-value').fill('250000000');
    await officer.getByTestId('damage-save').click();
    await officer.getByText('Đã gửi báo cáo lần 1.').waitFor();
    await officer.getByTestId('disaster-report-01273').filter({ hasText: 'lần 2' }).click();
    await officer.getByTestId('damage-houses_damaged').fill('19');
    await officer.getByTestId('damage-initial').uncheck();
    await officer.getByTestId('damage-save').click();
    await officer.getByText('Đã gửi báo cáo lần 2.').waitFor();
    await axeClean(officer);
    await screenshot(officer, 'communes-edit-damage-revised-vi');

    await command.reload();
    const total = command.getByTestId('disaster-total');
    await total.getByText('19', { exact: true }).waitFor();
    assert.match((await total.textContent()) ?? '', /1\/1 xã/);
    assert.match(
      (await command.getByTestId('disaster-total-value').textContent()) ?? '',
      /^250\.000\.000 đồng$/,
    );
    await axeClean(command);
    await screenshot(command, 'communes-edit-total-vi');

    await command.getByTestId('recovery-add').click();
    await command.getByTestId('recovery-number').fill('15/CĐ-UBND');
    await command.getByTestId('recovery-task').fill('Sửa chữa nhà bị hư hại ở Thục Phán');
    await command.getByTestId('recovery-content').fill('Hỗ trợ vật liệu, huy động dân quân giúp 19 hộ.');
    await command.getByTestId('recovery-lead').click();
    await command.keyboard.type('Sở Xây dựng');
    await command.keyboard.press('Enter');
    await command.getByTestId('recovery-deadline').click();
    await command.keyboard.type('31/12/2026');
    await command.keyboard.press('Enter');
    await axeClean(command);
    await screenshot(command, 'communes-edit-recovery-form-vi');
    await command.getByTestId('recovery-save').click();
    await command.getByText(/15\/CĐ-UBND: «Sửa chữa nhà bị hư hại ở Thục Phán»/).waitFor();
    await command.getByTestId('recovery-confirm').click();
    await command
      .getByTestId('disaster-recovery')
      .getByText(/Sửa chữa nhà bị hư hại ở Thục Phán/)
      .waitFor();
    await axeClean(command);
    await screenshot(command, 'communes-edit-recovery-vi');
    await inEnglish(command);
    await command.getByText('Province damage total').waitFor();
    await command
      .getByTestId('disaster-recovery')
      .getByText(/Sửa chữa nhà/)
      .waitFor();
    assert.match(
      (await command.getByTestId('disaster-total-value').textContent()) ?? '',
      /^250,000,000 VND$/,
    );
    await axeClean(command);
    await screenshot(command, 'communes-edit-recovery-en');
  });
});
