import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/**
 * The audit page through the generated API client (issue 23 §2): the trail, a filter sent as typed query
 * parameters, the next page by keyset, and the chain check — as a system administrator, in Vietnamese and English.
 */
describe('audit trail page in Chromium', { skip: skipWithoutChromium }, () => {
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

  it('lists the trail, filters it by action, pages on and verifies the chains', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'admin');
    await page.goto(`${t.url}/admin/audit`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-total').getByText(/trên/).waitFor(); // loaded, not "Đang tải…"
    const shown = await page.getByTestId('audit-total').innerText();
    const total = Number(/trên ([\d.]+)/.exec(shown)?.[1]?.replace(/\./g, '') ?? '0');
    assert.ok(total > 50, `the demo's trail has entries: ${shown}`);
    await page.getByTestId('audit-load-more').click();
    await page.locator('[data-testid="audit-table"] tbody tr').nth(60).waitFor();

    await page.getByTestId('audit-action').fill('auth.signed_in');
    await page.getByTestId('audit-apply').click();
    await page.waitForURL(/action=auth\.signed_in/);
    await page.getByTestId('audit-table').getByText('auth.signed_in').first().waitFor();
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="audit-table"] tbody tr'));
      return (
        rows.length > 0 && rows.every((r) => !/auth\.(signed_out|sign_in_failed)\b/.test(r.textContent ?? ''))
      );
    });
    assert.match(await page.getByTestId('audit-table').innerText(), /auth\.signed_in/);

    await page.getByTestId('audit-verify').click();
    const result = page.getByTestId('audit-verify-result');
    await result.waitFor();
    assert.equal(await result.getAttribute('data-ok'), 'true', await result.innerText());
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'audit-vi');

    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.goto(`${t.url}/admin/audit?action=auth.signed_in`);
    await page.getByTestId('audit-table').waitFor();
    await page.getByTestId('audit-verify').click();
    await page.getByTestId('audit-verify-result').waitFor();
    assert.match(await page.getByTestId('audit-verify-result').innerText(), /intact|unbroken|verified/i);
    assert.deepEqual(await seriousViolations(page), []);
    await screenshot(page, 'audit-en');
    await context.close();
  });
});
