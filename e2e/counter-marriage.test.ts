import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';
import { englishWordsIn } from './language.js';

/**
 * Issue 15 §2 walked: marriage registration (1.000894) used to fail at the counter with an English message
 * because the national catalogue gives it no processing time in a unit; the demo province now sets it from the
 * Law on Civil Status and publishes it, so a commune clerk receives a walk-in couple and prints the receipt.
 */
describe('a walk-in marriage registration at a commune counter (issue 15 §2)', {
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

  it('a clerk registers the couple’s marriage registration and gets a receipt, all in Vietnamese', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'motcua');
    await page.goto(`${t.url}/counter/receive`);
    await page.getByTestId('counter-procedure').click();
    await page.keyboard.type('1.000894');
    await page.locator('.ant-select-item-option', { hasText: 'đăng ký kết hôn' }).first().click();
    await page.getByTestId('counter-centre').click();
    await page.keyboard.type('Thục Phán');
    await page.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
    await page.getByTestId('counter-name').fill('Lục Văn Hùng và Đàm Thị Ngọc');
    await page.getByTestId('counter-submit').click();
    const receipt = page.getByTestId('receipt-secret');
    await receipt.waitFor();
    const code = (await receipt.getAttribute('data-code')) ?? '';
    assert.match(code, /-\d{6}-\d{4}$/, 'a dossier code on the receipt (RULES.md §1.4)');
    assert.equal(await page.getByTestId('register-error').count(), 0, 'no refusal');
    const text = await page.locator('body').innerText();
    assert.match(text, /Đã tiếp nhận|tiếp nhận/i);
    assert.deepEqual(englishWordsIn(text), [], 'no English on the Vietnamese page');
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], 'axe-clean: counter receipt');
    await screenshot(page, 'counter-marriage-receipt');
    await page.getByTestId('receipt-open').click();
    await page.getByTestId('page-dossier').waitFor();
    const dossier = await page.locator('body').innerText();
    assert.match(dossier, /kết hôn/);
    assert.deepEqual(englishWordsIn(dossier), [], 'no English on the dossier page');
    assert.deepEqual(await seriousViolations(page), [], 'axe-clean: the dossier');
    await screenshot(page, 'counter-marriage-dossier');
    await context.close();
  });

  it('the provincial leader finds a procedure that needs a processing time and sets it with its legal basis', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
    await page.goto(`${t.url}/admin/procedures?processingTime=missing`);
    await page.getByTestId('page-procedure-admin').waitFor();
    const tag = page.getByTestId('needs-processing-time').first();
    await tag.waitFor();
    assert.equal(await tag.innerText(), 'Cần thời hạn giải quyết');
    await page.getByTestId('procedure-admin-table').locator('tbody a').first().click();
    const form = page.getByTestId('processing-time-form');
    await form.waitFor();
    assert.equal(await page.getByTestId('publication-save').count(), 0, 'not publishable without a time');
    await page.getByTestId('processing-time-amount').fill('5');
    await page.getByTestId('processing-time-basis').fill('123/QĐ-UBND');
    await page.getByTestId('processing-time-save').click();
    await page.getByTestId('publication-save').waitFor();
    await page.getByTestId('processing-time-saved').waitFor();
    const drawer = await page.getByTestId('procedure-editor').innerText();
    assert.match(drawer, /5 ngày làm việc/);
    assert.deepEqual(englishWordsIn(drawer), [], 'no English in the editor');
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], 'axe-clean: the processing time set');
    await screenshot(page, 'procedure-admin-processing-time');
    await context.close();
  });
});
