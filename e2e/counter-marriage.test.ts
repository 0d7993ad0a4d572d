import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';
import { fillMarriageDeclaration } from './eforms-fill.js';
import { englishWordsIn, vietnameseIn } from './language.js';

/**
 * Issue 15 §8(b) walked: a walk-in couple registers their marriage at a commune counter; a required paper is
 * missing, so the clerk prints the supplement request (Form 02); the paper comes later, the dossier is received
 * and Form 01 printed. Issue 15 §2 walked: marriage registration (1.000894) used to fail at the counter with an English message
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

  /** The text of a PDF the page links to, as pdftotext reads it (Vietnamese, from the embedded font). */
  async function pdfText(page: Page, href: string): Promise<string> {
    const response = await page.request.get(new URL(href, t.url).toString());
    assert.equal(response.status(), 200, `${href}: ${response.status()}`);
    assert.match(response.headers()['content-type'] ?? '', /application\/pdf/);
    const dir = mkdtempSync(path.join(tmpdir(), 'tinhso-form-'));
    const file = path.join(dir, 'form.pdf');
    writeFileSync(file, await response.body());
    return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  }

  async function settle(page: Page, name: string, text?: string, dialogOpen = false) {
    if (!dialogOpen) await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    if (text !== undefined) assert.deepEqual(englishWordsIn(text), [], `${name}: no English on the page`);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: ${name}`);
    await screenshot(page, name);
  }

  it('journey (b): a walk-in couple lacks a paper, Form 02 is printed, the paper comes later, Form 01 (issue 15 §4, §8b)', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'motcua');
    // "Lưu và in phiếu" opens the form in a new tab; the test reads the same form through its link.
    // (axe opens blank pages of its own in the same context: only the forms are counted.)
    const opened: Page[] = [];
    context.on('page', (popup) => opened.push(popup));
    const formOpened = (no: string) => opened.some((p) => p.url().includes(`/forms/${no}`));
    await page.goto(`${t.url}/counter/receive`);
    await page.getByTestId('counter-procedure').click();
    await page.keyboard.type('1.000894');
    await page.locator('.ant-select-item-option', { hasText: 'đăng ký kết hôn' }).first().click();
    await page.getByTestId('counter-centre').click();
    await page.keyboard.type('Thục Phán');
    await page.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
    await page.getByTestId('counter-name').fill('Lục Văn Hùng');
    await page.getByTestId('counter-id-number').fill('004095001234');
    await page.getByTestId('counter-phone').fill('0912345678');
    await page.getByTestId('counter-address').fill('Tổ 5, phường Thục Phán, tỉnh Cao Bằng');
    // The paper declaration keyed in as the procedure's e-form (issue 16), checked in the browser with the schema
    // the server checks; "Tiếp tục" comes back to the counter form with the declaration shown as a readable form.
    await page.getByTestId('counter-declare').click();
    await fillMarriageDeclaration(page, 'counter-declaration');
    await settle(page, 'counter-b-eform', await page.locator('main').innerText());
    await page.getByTestId('counter-declaration-submit').click();
    await page.getByTestId('counter-declare').waitFor();
    assert.equal(
      new URL(page.url()).search,
      '',
      'the e-form stays on the counter page, nothing sent as a query',
    );
    assert.equal(
      await page.getByTestId('counter-name').inputValue(),
      'Lục Văn Hùng',
      'nothing typed is lost',
    );
    const keyed = await page.getByTestId('declaration-view').innerText();
    assert.match(keyed, /Đàm Thị Ngọc/);
    assert.match(keyed, /08\/03\/1997/, 'dates as dd/mm/yyyy');

    // The checklist: the declaration form handed in and scanned; the identity papers forgotten at home.
    const checklist = page.getByTestId('paper-checklist');
    await checklist.waitFor();
    const listed = await checklist.innerText();
    assert.match(listed, /Tờ khai đăng ký kết hôn theo mẫu/);
    assert.match(listed, /01 bản chính/, 'original or copy, and how many');
    assert.match(listed, /Bắt buộc/);
    await page
      .getByTestId('paper-0')
      .locator('input[type=file]')
      .setInputFiles({ name: 'to-khai-ket-hon.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await page.getByTestId('paper-scanned-0').waitFor();
    assert.equal(await page.getByTestId('paper-received-0').isChecked(), true, 'a scanned paper is received');
    assert.equal(await page.getByTestId('paper-received-1').isChecked(), false);
    const missing = page.getByTestId('counter-missing');
    await missing.waitFor();
    assert.match(await missing.innerText(), /Giấy tờ tùy thân của hai bên nam, nữ/);
    assert.match(
      await page.getByTestId('counter-detail').inputValue(),
      /^Giấy tờ tùy thân của hai bên nam, nữ/,
    );
    assert.equal(
      await page.getByTestId('counter-decision').locator('input[value="complete"]').isDisabled(),
      true,
      'no receipt while a required paper is missing',
    );
    await settle(page, 'counter-b-checklist', await page.locator('main').innerText());

    // "Lưu và in phiếu": the supplement request (Form 02) listing the missing paper.
    await page.getByTestId('counter-submit').click();
    const print = page.getByTestId('receipt-print');
    await print.waitFor();
    assert.equal(await print.getAttribute('data-form'), '02');
    assert.equal(await page.getByTestId('receipt-secret').count(), 0, 'no code or secret before reception');
    const form02 = await pdfText(page, (await print.getAttribute('href'))!);
    assert.match(form02, /PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ|Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ/i);
    assert.match(form02, /Giấy tờ tùy thân/);
    assert.match(form02, /Lục Văn Hùng/);
    await page.waitForTimeout(500);
    assert.ok(formOpened('02'), `Form 02 opened to print (${opened.map((p) => p.url()).join(', ')})`);
    await settle(page, 'counter-b-form02', await page.locator('main').innerText());

    // The dossier page: the officials handling it see who applied, how to reach them and what was declared.
    await page.getByTestId('receipt-open').click();
    await page.getByTestId('page-dossier').waitFor();
    const applicant = await page.getByTestId('dossier-applicant').innerText();
    assert.match(applicant, /0912345678/);
    assert.match(applicant, /004095001234/);
    assert.match(applicant, /Tổ 5, phường Thục Phán/);
    assert.match(
      await page.locator('main').innerText(),
      /Đàm Thị Ngọc/,
      'the declaration keyed in at the counter, as a readable form',
    );
    await settle(page, 'counter-b-dossier-supplement', await page.locator('main').innerText());

    // The couple comes back with their identity papers: supplied with a scan, then received — Form 01.
    await page.getByTestId('action-resubmit').click();
    await page.getByTestId('field-missing').waitFor();
    assert.match(await page.getByTestId('field-missing').inputValue(), /Giấy tờ tùy thân/);
    await page
      .getByTestId('supply-files')
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'can-cuoc-hai-ben.pdf', mimeType: 'application/pdf', buffer: samplePdf() });
    await page.getByTestId('supply-uploaded-0').waitFor();
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('action-resubmit').waitFor({ state: 'detached' });
    await page.getByTestId('action-receive').click();
    const question = await page.getByTestId('action-question').innerText();
    assert.match(question, /Xác nhận: Tiếp nhận/);
    await settle(page, 'counter-b-receive-confirm', await page.locator('.ant-modal').innerText(), true);
    await page.getByTestId('action-confirm').click();
    const receipt = page.getByTestId('receipt-secret');
    await receipt.waitFor();
    const code = (await receipt.getAttribute('data-code')) ?? '';
    const secret = (await receipt.getAttribute('data-secret')) ?? '';
    assert.match(code, /-\d{6}-\d{4}$/, 'a dossier code (RULES.md §1.4)');
    const documents = await page.getByTestId('dossier-documents').innerText();
    assert.match(documents, /Giấy tờ tùy thân[^\n]*Tải về/, 'the supplied scan kept with the dossier');
    const form01 = await pdfText(
      page,
      (await page.getByTestId('receipt').locator('a').first().getAttribute('href'))!,
    );
    assert.match(form01, new RegExp(code));
    assert.match(form01, /Lục Văn Hùng/);
    assert.ok(secret.length > 0);
    await settle(page, 'counter-b-received', await page.locator('main').innerText());
    await context.close();
  });

  it('the counter reads in English under the switch, with no Vietnamese of its own', async () => {
    const { context, page } = await signedIn(browser, t.url!, 'motcua');
    await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
    await page.goto(`${t.url}/counter/receive`);
    await page.getByTestId('counter-procedure').click();
    await page.keyboard.type('1.000894');
    await page.locator('.ant-select-item-option', { hasText: '1.000894' }).first().click();
    await page.getByTestId('paper-checklist').waitFor();
    // The procedure's own names stay as the catalogue gives them; the interface around them is English.
    const labels = await page
      .locator('main h1, main h2, main h3, main label, main legend, main .ant-alert')
      .allInnerTexts();
    const own = labels
      .join('\n')
      .split('\n')
      .filter((line) => !/kết hôn|giấy|tờ khai|trích lục|bản chính|bản sao|xuất trình|Thục Phán/i.test(line));
    assert.deepEqual(vietnameseIn(own.join('\n')), [], 'no Vietnamese in the English counter');
    assert.match(await page.getByTestId('counter-missing').innerText(), /Required papers missing/);
    await page.keyboard.press('Escape');
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], 'axe-clean: the English counter');
    await screenshot(page, 'counter-b-checklist-en');

    // The e-form keyed in under English: its fields are the official template's, the controls around them English.
    await page.getByTestId('counter-name').fill('Lục Văn Hùng');
    assert.equal(await page.getByTestId('counter-declare').innerText(), 'Key in the declaration');
    await page.getByTestId('counter-declare').click();
    await fillMarriageDeclaration(page, 'counter-declaration');
    assert.equal(await page.getByTestId('counter-declaration-submit').innerText(), 'Continue');
    await page.getByTestId('counter-declaration-submit').click();
    await page.getByTestId('counter-declare').waitFor();
    assert.equal(await page.getByTestId('counter-declare').innerText(), 'Edit the declaration');
    assert.equal(new URL(page.url()).search, '', 'the e-form stays on the counter page');
    assert.equal(await page.getByTestId('counter-name').inputValue(), 'Lục Văn Hùng');
    assert.match(await page.getByTestId('declaration-view').innerText(), /Đàm Thị Ngọc/);
    await page.mouse.move(0, 0);
    assert.deepEqual(await seriousViolations(page), [], 'axe-clean: the e-form keyed in, English');
    await screenshot(page, 'counter-b-eform-keyed-en');
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
