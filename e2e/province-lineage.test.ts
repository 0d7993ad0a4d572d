import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startTestApp, type TestApp } from '../src/app/testing.js';
import { launchBrowser, screenshot, seriousViolations, signedIn, skipWithoutChromium } from './browser.js';

/**
 * Issue 24 §4 in Chromium: a provincial leader looks up the old province code 02 (Hà Giang) in the reference data
 * and reads that it went, whole, into Tuyên Quang (08) by Resolution 202/2025/QH15; in Vietnamese and English,
 * checked with axe.
 */
describe('province lineage in the browser (issue 24 §4)', { skip: skipWithoutChromium }, () => {
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

  for (const language of ['vi', 'en'] as const)
    it(`a leader finds Hà Giang's successor province with the resolution that made it (${language})`, async () => {
      const { context, page } = await signedIn(browser, t.url!, 'lanhdao.tinh');
      if (language === 'en') await page.evaluate(() => window.localStorage.setItem('tinhso.lang', 'en'));
      await page.goto(`${t.url}/admin/reference-data?unit=02`);
      const successors = page.getByTestId('unit-successors');
      await successors.waitFor();
      const text = (await successors.textContent()) ?? '';
      assert.match(text, /Tỉnh Tuyên Quang/);
      assert.match(text, /Nghị quyết 202\/2025\/QH15/);
      assert.match(text, language === 'vi' ? /Toàn bộ/ : /Whole/);
      assert.match(text, language === 'vi' ? /Căn cứ/ : /Legal basis/);
      assert.deepEqual(await seriousViolations(page), [], `province-lineage-${language}`);
      await screenshot(page, `province-lineage-02-${language}`);
      await context.close();
    });
});
