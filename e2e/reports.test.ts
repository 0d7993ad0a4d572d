import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import {
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  signedIn,
  skipWithoutChromium,
} from './browser.js';

/**
 * Issue 7 §3–4 in Chromium: the public transparency page of province 04 and of a commune works without an account
 * (figures, a chart read as its table, a CSV download whose numbers are the page's), and a provincial leader drills
 * down province → commune → procedure → dossier list and reads the Decision 766 scorecard. Every page is checked
 * with axe, for one h1 and for no sideways scroll, at 1280 px and 360 px.
 */
describe('service performance pages in the browser (issue 7)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  const PERIOD = String(new Date().getUTCFullYear() - 1);

  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
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

  /** Wait until the figures shown are those of the address (not the previous query's, kept while loading). */
  async function settled(page: Page, of: { unit?: string; procedure?: string } = {}) {
    const unit = of.unit ? `[data-unit="${of.unit}"]` : '';
    const procedure = of.procedure === undefined ? '' : `[data-procedure="${of.procedure}"]`;
    await page.locator(`[data-testid="report-figures"][aria-busy="false"]${unit}${procedure}`).waitFor();
  }

  /** The page's figure as a number: "1.492" → 1492, "96,8 %" → 96.8. */
  async function shown(page: Page, key: string): Promise<number> {
    const text = (await page.getByTestId(`figure-${key}-value`).textContent()) ?? '';
    return Number(
      text
        .replace(/[\s\u00a0%]/g, '')
        .replace(/\./g, '')
        .replace(',', '.'),
    );
  }

  async function csvOf(page: Page): Promise<Record<string, string>> {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-service-csv').click(),
    ]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    const keys = lines[0]!;
    return Object.fromEntries(keys.map((k, i) => [k, lines[1]![i]!]));
  }

  for (const width of [360, 1280])
    it(`shows province 04's figures to a visitor at ${width} px, a chart as a table, and a CSV equal to the page`, async () => {
      const context = await openContext(browser, {
        viewport: { width, height: 900 },
        locale: 'vi-VN',
        acceptDownloads: true,
      });
      const page = await context.newPage();
      await page.goto(`${t.url}/login`);
      await page.getByTestId('login-public-report').click();
      await page.waitForURL(/\/public\/reports\/04$/);
      await page.goto(`${t.url}/public/reports/04?period=${PERIOD}`);
      await settled(page, { unit: '04' });
      assert.match((await page.getByTestId('page-public-report').textContent()) ?? '', /Cao Bằng/);
      const received = await shown(page, 'received');
      assert.ok(received > 0, 'the province received dossiers in the period');
      await page.getByTestId('ranking-table').waitFor();
      assert.ok(
        (await page.getByTestId('ranking-table').locator('tbody tr').count()) > 10,
        'communes ranked',
      );
      await check(page, `reports-public-04-${width}`);

      // The monthly chart read as a table: its months add up to the figure received.
      await page.getByTestId('chart-received-view').getByText('Bảng').click();
      const rows = page.getByTestId('chart-received-table').locator('tbody tr');
      await rows.first().waitFor();
      let sum = 0;
      for (const row of await rows.all()) {
        const cells = await row.locator('td').allTextContents();
        for (const cell of cells.slice(1)) sum += Number(cell.replace(/\./g, '')) || 0;
      }
      assert.equal(sum, received, 'the chart table adds up to the dossiers received');
      await check(page, `reports-public-04-table-${width}`);

      const csv = await csvOf(page);
      assert.equal(Number(csv.received), received);
      assert.equal(Number(csv.resolved), await shown(page, 'resolved'));
      for (const [column, key] of [
        ['on_time_rate', 'onTimeRate'],
        ['online_rate', 'onlineRate'],
        ['postal_return_rate', 'postalReturnRate'],
        ['ratings_without_zero_rate', 'satisfactionRate'],
      ] as const)
        assert.equal(Math.round(Number(csv[column]) * 1000) / 10, await shown(page, key), column);
      const body = (await page.locator('main').textContent()) ?? '';
      const people = await t.db.pool.query<{ name: string }>(
        `select applicant_name as name from dossiers.dossiers where province_code = '04' and applicant_name is not null limit 200`,
      );
      for (const { name } of people.rows) assert.ok(!body.includes(name), `no personal data: ${name}`);
      await context.close();
    });

  it('shows a commune its own figures with its place in the ranking, without an account', async () => {
    const context = await openContext(browser, {
      viewport: { width: 360, height: 900 },
      locale: 'vi-VN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${t.url}/public/reports/04?period=${PERIOD}`);
    await page.getByTestId('ranking-01273').click();
    await page.waitForURL(/\/public\/reports\/01273/);
    await settled(page, { unit: '01273' });
    assert.match((await page.getByTestId('page-public-report').textContent()) ?? '', /Thục Phán/);
    assert.equal(await page.getByTestId('ranking-01273').getAttribute('aria-current'), 'page');
    const csv = await csvOf(page);
    assert.equal(csv.unit_code, '01273');
    assert.equal(Number(csv.received), await shown(page, 'received'));
    await check(page, 'reports-public-commune-360');
    await context.close();
  });

  it('takes the provincial leader from the province to a commune, a procedure and its dossiers, and the 766 scorecard', async () => {
    const { context, page } = await signedIn(browser, `${t.url}`, 'lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    await page.getByTestId('report-figures').waitFor();
    await page.getByTestId('scorecard-total').waitFor();
    assert.match((await page.getByTestId('scorecard-total').textContent()) ?? '', /\/ \d+ điểm/);
    assert.ok(
      (await page.locator('[data-testid^="scorecard-nodata-"]').count()) > 0,
      'what tinhso cannot know reads "no data"',
    );
    assert.match((await page.getByTestId('scorecard-rating').textContent()) ?? '', /Xếp loại|Chưa xếp loại/);
    await check(page, 'reports-dashboard-province');

    await page.getByTestId('breakdown-units-01273').click();
    await page.waitForURL(/unit=01273/);
    await settled(page, { unit: '01273', procedure: '' });
    await page.getByTestId('report-trail').getByText('Phường Thục Phán').waitFor();
    const procedure = page.locator('[data-testid^="breakdown-procedures-"][data-testid*="."]').first();
    await procedure.waitFor();
    const code = ((await procedure.getAttribute('data-testid')) ?? '').replace('breakdown-procedures-', '');
    await procedure.click();
    await settled(page, { unit: '01273', procedure: code });
    const received = await shown(page, 'received');
    assert.ok(received > 0);
    await page.getByTestId('drill-received').click();
    await page.getByTestId('drill-table').waitFor();
    assert.equal(
      await page.getByTestId('drill-dossier').count(),
      Math.min(received, 20),
      'the list holds the dossiers behind the figure',
    );
    assert.equal(
      await page.getByTestId('report-trail').locator('li').count(),
      4,
      'province › commune › procedure › list',
    );
    await check(page, 'reports-dashboard-drill');
    const href = (await page.getByTestId('drill-dossier').first().getAttribute('href')) ?? '';
    assert.match(href, /^\/dossiers\/[0-9a-f-]{36}$/);
    await context.close();

    const phone = await signedIn(browser, `${t.url}`, 'lanhdao.tinh', 360);
    await phone.page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}&unit=01273`);
    await phone.page.getByTestId('scorecard-total').waitFor();
    await check(phone.page, 'reports-dashboard-360');
    await phone.context.close();
  });
});
