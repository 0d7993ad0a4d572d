import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { type Session, startTestApp, type TestApp } from '../src/app/testing.js';
import {
  launchBrowser,
  openContext,
  signedIn as openSignedIn,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';

/**
 * Issue 18 in Chromium, vi and en: a provincial leader reads a denunciation in the queue and its drawer without
 * any trace of the denouncer (the timeline names "the denouncer (kept confidential)"); the ward's leader who
 * assigned it may open the identity; a visitor follows a PAKN with the tracking key typed into the form, never
 * sent in a URL. Every page axe-checked and photographed.
 */
describe('the denouncer kept confidential, the tracking key kept out of URLs (issue 18)', {
  skip: skipWithoutChromium,
}, () => {
  let t: TestApp;
  let browser: Browser;
  let citizen: Session;
  let wardLeader: Session;
  let caseId = '';
  let caseCode = '';
  const NAME = 'Khổng Thị Diệu Huyền';
  const fold = (text: string) =>
    text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
  const leaks = (text: string) =>
    ['khong thi dieu huyen', '004196052738', 'so 17 ngo 42'].filter((s) =>
      fold(text).replace(/\s+/g, ' ').includes(s),
    );
  const call = (session: Session | undefined, method: 'GET' | 'POST', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  before(async () => {
    t = await startTestApp({ listen: true });
    browser = await launchBrowser();
    [citizen, wardLeader] = await Promise.all([t.signIn('congdan'), t.signIn('lanhdao.xa')]);
    const filed = await call(citizen, 'POST', '/feedback/cases', {
      provinceCode: '04',
      kind: 'denunciation',
      field: 'staff_conduct',
      title: `Tố cáo cán bộ địa chính — ${NAME}`,
      content: `Tôi là khong thi dieu huyen, CCCD 0041 9605 2738, trú tại số 17 ngõ 42 Đề Thám. Cán bộ đòi tiền.`,
      communeCode: '01273',
      person: { fullName: NAME, idNumber: '004196052738', address: 'Số 17 ngõ 42 Đề Thám, phường Thục Phán' },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    caseId = filed.json().id;
    caseCode = filed.json().code;
    const specialistId = (await call(await t.signIn('chuyenvien'), 'GET', '/auth/me')).json().user.id;
    const assigned = await call(wardLeader, 'POST', `/feedback/cases/${caseId}/assign`, {
      version: 1,
      userIds: [specialistId],
    });
    assert.equal(assigned.statusCode, 200, assigned.body);
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function check(page: Page, name: string) {
    assert.deepEqual(await seriousViolations(page), [], name);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${name}: no horizontal scroll (overflow ${overflow})`);
    await screenshot(page, name);
  }

  it('shows a provincial leader the denunciation in the queue and its drawer without the denouncer, in vi and en', async () => {
    const { context, page } = await openSignedIn(browser, t.url!, 'lanhdao.tinh');
    for (const [lang, intake] of [
      ['vi', 'Người tố cáo (giữ bí mật)'],
      ['en', 'The denouncer (kept confidential)'],
    ] as const) {
      await page.goto(`${t.url}/work/feedback?kind=denunciation`);
      await page.getByTestId('page-feedback-queue').waitFor();
      if (lang === 'en') {
        await page.getByTestId('language-switch').click();
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await page.getByTestId(`queue-case-${caseCode}`).first().waitFor();
      assert.deepEqual(leaks((await page.locator('main').textContent()) ?? ''), [], `queue ${lang}`);
      await check(page, `feedback-denunciation-queue-${lang}`);
      await page.goto(`${t.url}/work/feedback?case=${caseId}`);
      const drawer = page.getByTestId(`case-${caseCode}`);
      await drawer.waitFor();
      await drawer.getByText(intake).first().waitFor();
      assert.deepEqual(leaks((await page.locator('body').textContent()) ?? ''), [], `drawer ${lang}`);
      assert.equal(await page.getByTestId('reveal-denouncer').count(), 0);
      await check(page, `feedback-denunciation-drawer-${lang}`);
    }
    await context.close();
  });

  it('lets the ward’s leader who assigned the case open the denouncer’s identity', async () => {
    const { context, page } = await openSignedIn(browser, t.url!, 'lanhdao.xa');
    await page.goto(`${t.url}/work/feedback?case=${caseId}`);
    await page.getByTestId(`case-${caseCode}`).waitFor();
    await page.getByTestId('reveal-denouncer').click();
    await page.getByText(NAME).first().waitFor();
    await check(page, 'feedback-denunciation-revealed');
    await context.close();
  });

  it('follows a PAKN with the key typed into the form, never in a URL; an old link shows the form', async () => {
    const filed = await call(undefined, 'POST', '/feedback/cases', {
      provinceCode: '04',
      kind: 'pakn',
      field: 'environment',
      title: 'Rác thải tồn đọng đầu bản',
      content: 'Điểm tập kết rác nhiều ngày không được thu gom.',
      communeCode: '01273',
    });
    const { code, trackingKey } = filed.json();
    for (const [lang, locale, found] of [
      ['vi', 'vi-VN', 'Tra cứu'],
      ['en', 'vi-VN', 'Find'],
    ] as const) {
      const context = await openContext(browser, { viewport: { width: 360, height: 900 }, locale });
      const page = await context.newPage();
      const withKey: string[] = [];
      page.on('request', (r) => {
        if (r.url().includes(trackingKey) && r.url().includes('/api/')) withKey.push(r.url());
      });
      await page.goto(`${t.url}/public/feedback/track?code=${code}&key=${encodeURIComponent(trackingKey)}`);
      await page.getByTestId('page-feedback-track').waitFor();
      if (lang === 'en') await page.getByTestId('language-switch').click();
      await page.waitForURL((url) => !url.search.includes('key='));
      assert.equal(await page.getByTestId('track-code').inputValue(), code);
      assert.equal(await page.getByTestId('track-key').inputValue(), '', 'an old link’s key is not used');
      await page.getByTestId('track-key').fill(trackingKey);
      await page.getByRole('button', { name: found }).click();
      await page.getByText(code).first().waitFor();
      assert.ok(!page.url().includes(trackingKey));
      assert.deepEqual(withKey, [], 'no API request carries the key in its URL');
      await check(page, `feedback-track-${lang}-360`);
      await context.close();
    }
  });
});
