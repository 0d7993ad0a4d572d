import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/**
 * Issue 24 §2 in Chromium: the provincial leader reads Cao Bằng's 2025 targets — the commune-level on-time, the
 * online and the disbursement targets computed from the records, marked so, with their counts, method and a link
 * to the records behind them; the drawer offers no form to type over them. In Vietnamese and English, with axe.
 */
describe('targets measured from the records in the browser (issue 24 §2)', {
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

  async function check(page: Page, name: string) {
    await page.mouse.move(0, 0);
    await page.waitForFunction(() =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    );
    assert.equal(await page.locator('h1').count(), 1, `${name}: one h1`);
    assert.deepEqual(await seriousViolations(page), [], name);
    await screenshot(page, name);
  }

  for (const language of ['vi', 'en'] as const)
    it(`the provincial leader reads the targets computed from the records, read-only with their method, and follows one to its dossiers (${language})`, async () => {
      const vi = language === 'vi';
      const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
      if (!vi) {
        await context.setExtraHTTPHeaders({ 'accept-language': 'en' });
        await page.evaluate(() => localStorage.setItem('tinhso.lang', 'en'));
      }
      await page.goto(`${t.url}/dashboard/targets?year=2025&period=Y`);
      await page.getByTestId('targets-table').waitFor();
      const row = (label: string) =>
        page.getByTestId('targets-table').locator('tr', { has: page.getByTestId(`target-open-${label}`) });
      for (const label of ['5', '6', '7']) {
        const text = (await row(label).textContent()) ?? '';
        assert.match(text, vi ? /Tính từ hồ sơ/ : /From the records/, `target ${label} is marked`);
        assert.match(
          (await page.getByTestId(`target-value-${label}`).textContent()) ?? '',
          /\d/,
          `target ${label} has a value`,
        );
      }
      assert.match(
        (await row('5').textContent()) ?? '',
        vi ? /cấp xã/ : /all communes/,
        'the on-time target names the level it measures',
      );
      // The disbursement target's money in tỷ đồng, as the page speaks elsewhere, in the language's formats.
      assert.match(
        (await page.getByTestId('target-counts-7').textContent()) ?? '',
        vi
          ? /^Đã giải ngân [\d.]+(,\d{1,2})? tỷ đồng \/ kế hoạch [\d.]+(,\d{1,2})? tỷ đồng, từ \d\d\/\d\d\/2025/
          : /^Paid out VND [\d,]+(\.\d{1,2})? billion of a plan of VND [\d,]+(\.\d{1,2})? billion, \d\d\/\d\d\/2025/,
      );
      await check(page, `targets-measured-${language}`);

      await page.getByTestId('target-open-5').click();
      const drawer = page.getByTestId('target-drawer');
      await drawer.getByTestId('target-method').waitFor();
      assert.match(
        (await drawer.getByTestId('target-method').textContent()) ?? '',
        vi ? /Cổng DVCQG/ : /national portal/,
      );
      assert.equal(await drawer.getByTestId('report-form').count(), 0, 'no form to type a value');
      await drawer.getByTestId('target-no-typing').waitFor();
      await drawer.getByTestId('target-measured-periods').waitFor();
      await check(page, `targets-measured-drawer-${language}`);
      await page.getByRole('button', { name: vi ? 'Đóng' : 'Close' }).click();

      await page.getByTestId('target-drill-5').click();
      await page.waitForURL(/\/dashboard\/service-performance\?unit=04&level=commune/);
      await page
        .locator('[data-testid="report-figures"][data-unit="04"][data-level="commune"]')
        .waitFor({ state: 'attached' });
      await check(page, `targets-measured-drill-${language}`);
      await context.close();
    });

  for (const language of ['vi', 'en'] as const)
    it(`a specialist reads the same targets without a link to the service report they may not open (${language})`, async () => {
      const { context, page } = await signedIn(browser, t.url!, 'chuyenvien');
      if (language === 'en') {
        await context.setExtraHTTPHeaders({ 'accept-language': 'en' });
        await page.evaluate(() => localStorage.setItem('tinhso.lang', 'en'));
      }
      await page.goto(`${t.url}/dashboard/targets?year=2025&period=Y`);
      await page.getByTestId('targets-table').waitFor();
      await page.getByTestId('target-value-5').waitFor();
      assert.match(
        (await page.getByTestId('target-value-5').textContent()) ?? '',
        /\d/,
        'the figure is shown',
      );
      assert.equal(
        await page.getByTestId('target-drill-5').count(),
        0,
        'no link to a report that refuses them',
      );
      assert.equal(await page.getByTestId('target-drill-7').count(), 1, 'the investment dashboard is theirs');
      await check(page, `targets-measured-specialist-${language}`);
      await context.close();
    });
});
