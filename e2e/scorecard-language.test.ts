import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
import { englishWordsIn, vietnameseIn } from './language.js';

/**
 * Issue 15 §6, §7 and §8(c) walked: the provincial leader reads the Decision 766 scorecard in Vietnamese, then
 * in English, and finds no word of the other language, indicator 2.2 in days, the score on 100, and Vietnamese
 * (or English) number formats. A citizen on a 360 px phone sees catalogue results on the first screen.
 */
describe('the leader’s scorecard in one language at a time (issue 15 §6, §7)', {
  skip: skipWithoutChromium,
}, () => {
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

  async function settle(page: Page, name: string) {
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    assert.equal(await page.locator('h1').count(), 1, `${name}: one h1`);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: ${name}`);
    await screenshot(page, name);
  }

  /** The text a person reads as the interface: the scorecard, the method, the headings and the filters. */
  async function interfaceText(page: Page): Promise<string> {
    const parts = await page
      .locator('h1, [data-testid="scorecard"], [data-testid="report-method"], label, th')
      .allInnerTexts();
    return parts.join('\n');
  }

  it('reads the scorecard in Vietnamese: no English, 2.2 in days, the score on 100, Vietnamese numbers', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
    await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    await page.getByTestId('scorecard-total').waitFor();
    await page.getByTestId('report-method').waitFor();
    const text = await interfaceText(page);
    assert.deepEqual(englishWordsIn(text), [], 'no English word in the Vietnamese scorecard');
    assert.match(await page.getByTestId('scorecard-days-2.2').innerText(), /^Bình quân \d+,\d ngày/);
    assert.match(await page.getByTestId('scorecard-on100').innerText(), /thang 100 điểm: \d+,\d điểm/);
    assert.match(text, /\d+,\d %/, 'shares as "75,1 %"');
    assert.doesNotMatch(text, /\d+\.\d\s?%/, 'never "75.1 %"');
    assert.match(await page.getByTestId('scorecard-nodata-help').innerText(), /Không có số liệu/);
    assert.match(await page.getByTestId('report-period').innerText(), new RegExp(`Năm ${PERIOD}`));
    await settle(page, 'scorecard-vi');
    // The PDF the page links to: the administrative report, every label, formula and note in Vietnamese.
    const link = page.getByTestId('export-index766-pdf');
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, t.url).toString());
    assert.equal(response.status(), 200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tinhso-766-')), 'scorecard.pdf');
    writeFileSync(file, await response.body());
    const pdf = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    assert.match(pdf, /Bộ chỉ số 766/);
    assert.match(pdf, /quy về thang 100: \d+,\d điểm/);
    assert.deepEqual(englishWordsIn(pdf), [], 'no English word in the scorecard PDF');
    await context.close();
  });

  it('reads the same scorecard in English: no Vietnamese, 2.2 in days, English numbers', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    await page.getByTestId('scorecard-total').waitFor();
    await page.getByTestId('report-method').waitFor();
    const text = await interfaceText(page);
    assert.deepEqual(vietnameseIn(text), [], 'no Vietnamese in the English scorecard');
    assert.match(await page.getByTestId('scorecard-days-2.2').innerText(), /^Average \d+\.\d days/);
    assert.match(await page.getByTestId('scorecard-on100').innerText(), /scale of 100: \d+\.\d points/);
    assert.match(text, /\d+\.\d%/, 'shares as "75.1%"');
    await settle(page, 'scorecard-en');
    await context.close();
  });

  it('links the English scorecard PDF from the English page', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    await page.getByTestId('scorecard-total').waitFor();
    // The PDF the English page links to: the same scorecard, every label, formula and note in English.
    const link = page.getByTestId('export-index766-pdf');
    assert.equal(await link.innerText(), '766 scorecard (PDF)');
    const response = await page.request.get(new URL((await link.getAttribute('href'))!, t.url).toString());
    assert.equal(response.status(), 200);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'tinhso-766-')), 'scorecard-en.pdf');
    writeFileSync(file, await response.body());
    const pdf = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    assert.match(pdf, /Decision 766 scorecard/);
    assert.match(pdf, /\d+\.\d on a scale of 100/);
    // The unit's own name stays as the province writes it; nothing else is Vietnamese.
    assert.deepEqual(vietnameseIn(pdf.replace(/Tỉnh Cao Bằng|TỈNH CAO BẰNG|Cao Bằng|766\/QĐ-TTg/g, '')), []);
    await context.close();
  });

  /** The walk of issue 24 §5a: the administrator switches the 2.1 / 5.4 rule and the scorecard follows. */
  async function switchRule(language: 'vi' | 'en', to: 'period_end' | 'resolved_only') {
    const { context, page } = await signedIn(browser, t.url!, 'quantri.tinh');
    if (language === 'en') await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    const rule = page.getByTestId('scorecard-rule');
    await rule.waitFor();
    const before = (await page.getByTestId('scorecard-value-2.1').innerText()).trim();
    const beforeRule = await rule.getAttribute('data-rule');
    assert.notEqual(beforeRule, to);
    await page.getByTestId('scorecard-rule-change').click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await dialog.locator(`input[value="${to}"]`).check();
    const what = await page.getByTestId('scorecard-rule-what').innerText();
    // The dialog stays open (no Escape): axe and the photograph of the confirmation itself.
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: the ${language} confirmation`);
    await screenshot(page, `scorecard-rule-confirm-${language}`);
    await page.getByTestId('scorecard-rule-ok').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator(`[data-testid="scorecard-rule"][data-rule="${to}"]`).waitFor();
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="scorecard-value-2.1"]')?.textContent?.trim() !== old,
      before,
    );
    const after = (await page.getByTestId('scorecard-value-2.1').innerText()).trim();
    const name = await page.getByTestId('scorecard-rule-name').innerText();
    const source = await page.getByTestId('scorecard-rule-source').innerText();
    await settle(page, `scorecard-rule-${to}-${language}`);
    const text = await interfaceText(page);
    await context.close();
    return { before, after, what, name, source, text };
  }

  it('shows the written formula in force (dossiers in progress at the period’s end counted), and lets the provincial administrator choose the narrower reading; 2.1 says so (issue 24 §5a)', async () => {
    const leader = await signedIn(browser, t.url!, 'lanhdao.tinh');
    await leader.page.goto(`${t.url}/dashboard/service-performance?period=${PERIOD}`);
    await leader.page.getByTestId('scorecard-rule').waitFor();
    assert.match(
      await leader.page.getByTestId('scorecard-rule-name').innerText(),
      /Tính cả hồ sơ đang giải quyết, lấy ngày cuối kỳ làm ngày kết thúc/,
    );
    assert.match(
      await leader.page.getByTestId('scorecard-rule-source').innerText(),
      /Mô tả công thức tính chỉ số 766/,
    );
    assert.equal(
      await leader.page.getByTestId('scorecard-rule-change').count(),
      0,
      'a leader reads, never changes',
    );
    await leader.context.close();
    const r = await switchRule('vi', 'resolved_only');
    assert.match(
      r.what,
      /Từ “Tính cả hồ sơ đang giải quyết, lấy ngày cuối kỳ làm ngày kết thúc” chuyển sang “Chỉ tính hồ sơ đã giải quyết trong kỳ”/,
    );
    assert.match(r.name, /Đang áp dụng: Chỉ tính hồ sơ đã giải quyết trong kỳ/);
    assert.match(r.source, /Quyết định 766\/QĐ-TTg/);
    const [n0, d0] = r.before
      .split(' = ')[0]!
      .split(' / ')
      .map((x) => Number(x.replace(/\./g, '')));
    const [n1, d1] = r.after
      .split(' = ')[0]!
      .split(' / ')
      .map((x) => Number(x.replace(/\./g, '')));
    assert.ok(d1! < d0! && n1! <= n0!, `in-progress dossiers leave 2.1: ${r.before} → ${r.after}`);
    assert.match(r.after, /^[\d.]+ \/ [\d.]+ = \d+,\d %$/, 'Vietnamese numbers');
    assert.deepEqual(englishWordsIn(r.text), [], 'no English word');
  });

  it('lets the administrator go back to the written formula in English, and 2.1 follows', async () => {
    const r = await switchRule('en', 'period_end');
    assert.match(
      r.what,
      /^From “Only dossiers resolved in the period” to “Dossiers in progress counted, the period’s last day as their end”/,
    );
    assert.match(r.name, /In force: Dossiers in progress counted, the period’s last day as their end/);
    assert.match(r.source, /national portal/);
    assert.match(r.after, /^[\d,]+ \/ [\d,]+ = \d+\.\d%$/, 'English numbers');
    assert.deepEqual(vietnameseIn(r.text.replace(/766\/QĐ-TTg|Tỉnh Cao Bằng/g, '')), [], 'no Vietnamese');
  });

  it('shows catalogue results on a 360 px phone’s first screen, with the filters folded', async () => {
    const context = await openContext(browser, { viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/procedures`);
    const first = page.getByTestId('procedures-results').locator('li').first();
    await first.waitFor();
    const box = await first.boundingBox();
    assert.ok(box && box.y + 40 < 740, `the first result starts on the first screen (at ${box?.y} px)`);
    assert.equal(await page.locator('#procedures-filters').isVisible(), false, 'filters folded');
    const toggle = page.getByTestId('procedures-filters-toggle');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    await settle(page, 'catalogue-phone');
    await toggle.click();
    await page.locator('#procedures-filters').waitFor({ state: 'visible' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    await settle(page, 'catalogue-phone-filters');
    await context.close();
  });
});
