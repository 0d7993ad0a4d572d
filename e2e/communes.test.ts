import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/** Issue 21 §1–2 in the browser: damage reported by a commune, the province aggregate, the staffing drill-down. */
describe('communes after the storm: disaster damage and staffing in Chromium (issue 21)', {
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

  async function as(username: string, width = 1280): Promise<Page> {
    const { context, page } = await signedIn(browser, t.url!, username, width);
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

  it('a commune officer of Thục Phán revises the ward’s flood damage; the revision shows at once, in vi and en', async () => {
    const page = await as('chuyenvien');
    await page.goto(`${t.url}/dashboard/disasters`);
    await page.getByTestId('disaster-open-TT-2025-11').click();
    const lines = page.getByTestId('disaster-lines');
    await lines.waitFor();
    assert.equal(await lines.locator('tbody tr').count(), 1, 'the officer sees the ward only');
    const button = page.getByTestId('disaster-report-01273');
    assert.match((await button.textContent()) ?? '', /lần 4/);
    await button.click();
    const flooded = page.getByTestId('damage-houses_flooded');
    const before = Number((await flooded.inputValue()).replace(/\D/g, ''));
    await flooded.fill(String(before + 25));
    await page.getByTestId('damage-injured').fill('3');
    await page.getByTestId('damage-initial').uncheck();
    await axeClean(page);
    await screenshot(page, 'communes-damage-form-vi');
    await page.getByTestId('damage-save').click();
    await page.getByText('Đã gửi báo cáo lần 4.').waitFor();
    await page.getByTestId('disaster-report-01273').filter({ hasText: 'lần 5' }).waitFor();
    const row = (await lines.locator('tbody tr').first().textContent()) ?? '';
    assert.match(row, /Đã rà soát/);
    assert.match(row, new RegExp((before + 25).toLocaleString('vi-VN').replace('.', '\\.')));
    await axeClean(page);
    await screenshot(page, 'communes-damage-commune-vi');
    await inEnglish(page);
    await page.getByTestId('disaster-report-01273').filter({ hasText: 'revision 5' }).waitFor();
    assert.match((await page.getByTestId('disaster-event').textContent()) ?? '', /Form 01\/TKTH/);
    await axeClean(page);
    await screenshot(page, 'communes-damage-commune-en');
  });

  it('the provincial command sees the aggregate of every commune, by day, and the recovery tasks from oversight', async () => {
    const page = await as('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/disasters`);
    await page
      .getByTestId('disaster-scenarios')
      .getByText('Phương án ứng phó lũ sông Bằng Giang', { exact: false })
      .waitFor();
    await page.getByTestId('disaster-open-TT-2025-11').click();
    await page.getByTestId('disaster-total').waitFor();
    assert.equal(await page.getByTestId('disaster-lines').locator('tbody tr').count(), 18);
    assert.match((await page.getByTestId('disaster-total').textContent()) ?? '', /17\/18 xã/);
    assert.match((await page.getByTestId('disaster-total-value').textContent()) ?? '', /^[\d.]+ đồng$/);
    await page.getByTestId('disaster-recovery').locator('tbody tr').nth(2).waitFor();
    assert.equal(await page.getByTestId('disaster-recovery').locator('tbody tr').count(), 3);
    assert.ok(await page.getByTestId('disaster-export-xlsx').getAttribute('href'));
    await axeClean(page);
    await screenshot(page, 'communes-disaster-province-vi');
    await inEnglish(page);
    await page.getByText('Province damage total').waitFor();
    assert.match((await page.getByTestId('disaster-total-value').textContent()) ?? '', /^[\d,]+ VND$/);
    await axeClean(page);
    await screenshot(page, 'communes-disaster-province-en');
  });

  it('the Department of Home Affairs lists communes below requirements and drills down to one, in vi and en', async () => {
    const page = await as('lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/staffing`);
    const table = page.getByTestId('staffing-communes');
    await table.waitFor();
    assert.equal(await table.locator('tbody tr').count(), 56);
    await page.getByTestId('staffing-below-only').click();
    await page.waitForURL(/below=1/);
    const below = await table.locator('tbody tr').count();
    assert.match((await page.getByTestId('staffing-below').textContent()) ?? '', new RegExp(`^${below}/56`));
    await axeClean(page);
    await screenshot(page, 'communes-staffing-province-vi');
    await page.getByTestId('staffing-open-01654').click();
    await page.getByTestId('staffing-commune').waitFor();
    assert.match((await page.getByTestId('staffing-commune').textContent()) ?? '', /Xã Hòa An/);
    assert.ok((await page.getByTestId('staffing-positions').locator('tbody tr').count()) > 20);
    await axeClean(page);
    await screenshot(page, 'communes-staffing-commune-vi');
    await inEnglish(page);
    await page.getByText('Posts by job position').waitFor();
    await axeClean(page);
    await screenshot(page, 'communes-staffing-commune-en');
    await page.getByTestId('staffing-back').click();
    await page.getByTestId('staffing-communes').waitFor();
    await screenshot(page, 'communes-staffing-province-en');
  });
});
