import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/**
 * Issue 24 §1 in Chromium: a provincial leader asks the dashboard for the commune level of province 04 — one
 * choice, the summed figures, the list of the level's communes — and downloads a CSV whose total row is the
 * page's, keyed apart from the province-level agencies; in Vietnamese and in English, checked with axe.
 */
describe('service figures by level in the browser (issue 24 §1)', { skip: skipWithoutChromium }, () => {
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
    await screenshot(page, name);
  }

  /** One CSV line's cells (RFC 4180: a quoted cell may hold commas). */
  const csvCells = (line: string) =>
    [...line.matchAll(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g)]
      .map((m) => m[1]!)
      .slice(0, -1)
      .map((c) => (c.startsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c));

  const number = (text: string) =>
    Number(
      text
        .replace(/[\s\u00a0%]/g, '')
        .replace(/[.,](?=\d{3}\b)/g, '')
        .replace(',', '.'),
    );

  for (const language of ['vi', 'en'] as const)
    it(`a provincial leader reads the commune-level on-time rate of province 04 and exports it (${language})`, async () => {
      const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
      if (language === 'en') {
        await context.setExtraHTTPHeaders({ 'accept-language': 'en' });
        await page.evaluate(() => localStorage.setItem('tinhso.lang', 'en'));
      }
      await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
      await page.locator('[data-testid="report-figures"][aria-busy="false"][data-unit="04"]').waitFor();
      await page.getByTestId('report-level').click();
      const option =
        language === 'vi'
          ? /Cấp xã \(xã, phường, đặc khu\) \(\d+ đơn vị\)/
          : /All communes, wards and special zones \(\d+ units\)/;
      await page.getByRole('option', { name: option }).click();
      await page.waitForURL(/level=commune/);
      await page.locator('[data-testid="report-figures"][aria-busy="false"][data-level="commune"]').waitFor();
      await page
        .getByTestId('report-trail')
        .getByText(language === 'vi' ? 'Cấp xã' : 'Communes')
        .waitFor();
      const caption =
        (await page.getByTestId('report-figures').locator('caption').first().textContent()) ?? '';
      assert.match(caption, language === 'vi' ? /Cao Bằng — Cấp xã/ : /Cao Bằng — All communes/);
      const api = await page.evaluate(async (period) => {
        const r = await fetch(`/api/v1/reports/service?unit=04&period=${period}&level=commune`);
        return r.json();
      }, PERIOD);
      await page.getByTestId('breakdown-units').waitFor();
      assert.ok(api.units.length > 50, 'the level lists every commune of Cao Bằng');
      assert.equal(
        await page.getByTestId('breakdown-units').locator('tbody tr').count(),
        Math.min(10, api.units.length),
        'the communes of the level, a page at a time',
      );
      assert.match(
        (await page.getByTestId('breakdown-units').locator('h2').textContent()) ?? '',
        language === 'vi' ? /Các đơn vị của cấp: Cấp xã/ : /Units of the level: All communes/,
      );
      const shown = number((await page.getByTestId('figure-onTimeRate-value').textContent()) ?? '');
      assert.equal(shown, Math.round(api.onTimeRate * 1000) / 10, 'the page shows the level’s rate');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('export-service-csv').click(),
      ]);
      const lines = readFileSync((await download.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .map(csvCells);
      const keys = lines[0]!;
      const total = Object.fromEntries(keys.map((k, i) => [k, lines[1]![i]!]));
      assert.equal(total.row_key, 'total:04:commune');
      assert.equal(Math.round(Number(total.on_time_rate) * 1000) / 10, shown, 'the CSV is the page');
      assert.equal(Number(total.received), api.received);
      await check(page, `reports-level-commune-${language}`);
      await context.close();
    });
});
