import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD, startTestApp, TEST_KEY_ENCRYPTION_KEY, type TestApp } from '../src/app/testing.js';
import { findSlowCommuneProcedure } from '../src/modules/dossiers/test-support.js';
import { SAMPLE_BIRTH_DECLARATION } from '../src/modules/procedures/index.js';
import { samplePdf } from '../src/platform/files/test-fixtures.js';
import {
  afterPassword,
  launchBrowser,
  openContext,
  screenshot,
  seriousViolations,
  skipWithoutChromium,
} from './browser.js';
import { fillBirthDeclaration } from './eforms-fill.js';

/** A real one-page PDF: uploads are parsed (issue 18 §6). */
const PDF = samplePdf();

describe('the dossier path in Chromium (issue 6 §8)', { skip: skipWithoutChromium }, () => {
  let t: TestApp;
  let browser: Browser;
  let dossierUrl = '';
  let slowCode = '';
  const online = { code: '', secret: '' };
  before(async () => {
    t = await startTestApp({
      listen: true,
      config: { keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY },
    });
    browser = await launchBrowser();
    slowCode = (await findSlowCommuneProcedure(t.db.db)) ?? '';
    assert.ok(slowCode, 'the demo publishes a commune procedure of at least 5 working days');
  });
  after(async () => {
    await browser?.close();
    await t?.close();
  });

  async function as(username: string, width = 1280): Promise<Page> {
    const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
    const page = await context.newPage();
    await page.goto(`${t.url}/login`);
    await page.getByLabel('Tên đăng nhập').fill(username);
    await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await afterPassword(page, username);
    return page;
  }

  /** A visitor who is not signed in. */
  async function visitor(width = 1280): Promise<Page> {
    const context = await openContext(browser, { viewport: { width, height: 900 }, locale: 'vi-VN' });
    return context.newPage();
  }

  async function checked(page: Page, name: string) {
    await page.keyboard.press('Escape'); // close any open drop-down first
    await page.mouse.move(0, 0); // no hover colours under a pointer left where a button was
    // Let transitions (buttons fading in after a re-render) end before measuring contrast.
    await page
      .waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
      .catch(async () => {
        const running = await page.evaluate(() =>
          document
            .getAnimations()
            .filter((a) => a.playState === 'running')
            .map(
              (a) =>
                `${(a as CSSAnimation).animationName} on ${(a.effect as KeyframeEffect | null)?.target?.className}`,
            ),
        );
        throw new Error(`animations still running on ${name}: ${running.join('; ')}`);
      });
    assert.equal(await page.locator('h1').count(), 1, `one h1 on ${name}`);
    assert.deepEqual(await seriousViolations(page), [], `axe-clean: ${name}`);
    await screenshot(page, name);
  }

  /** Press an action; those without fields are confirmed at once in their dialog (issue 15 §5). */
  async function act(page: Page, action: string) {
    await page.getByTestId(`action-${action}`).click();
    if (['forward', 'approve', 'receive', 'reissue_tracking_secret'].includes(action))
      await page.getByTestId('action-confirm').click();
  }

  it('a citizen applies online with uploads (the step-by-step form)', async () => {
    const page = await as('congdan');
    await page.goto(`${t.url}/my/dossiers`);
    await page.getByTestId('page-myDossiers').waitFor();
    await page.getByTestId('apply-start').click();
    await page.getByTestId('apply-procedure').click();
    await page.keyboard.type('1.001193');
    await page.locator('.ant-select-item-option', { hasText: '1.001193' }).first().click();
    await page.getByTestId('apply-centre').click();
    await page.keyboard.type('Thục Phán');
    await page.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
    await checked(page, 'dossiers-apply-procedure');
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-name').fill('Nguyễn Văn An');
    await page.getByTestId('apply-email').fill('an@example.vn');
    await page.getByTestId('apply-next').click();
    // eforms (issue 16): birth registration's declaration e-form.
    await fillBirthDeclaration(page, 'apply-declaration');
    await page.getByTestId('apply-declaration-submit').click();
    const inputs = page.locator('[data-testid=apply-wizard] input[type=file]');
    const count = await inputs.count();
    // A file that starts %PDF- and goes on as HTML is refused, and told in Vietnamese (issue 18 §6).
    await inputs.nth(0).setInputFiles({
      name: 'gia-mao.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n<html><script>alert(1)</script></html>'),
    });
    await page.getByTestId('problem').getByText('Tệp bị hỏng hoặc không đúng định dạng').waitFor();
    await checked(page, 'dossiers-apply-upload-refused');
    for (let i = 0; i < Math.min(count, 2); i++) {
      await inputs
        .nth(i)
        .setInputFiles({ name: `giay-to-${i + 1}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page
        .getByText(`giay-to-${i + 1}.pdf`)
        .first()
        .waitFor();
    }
    await checked(page, 'dossiers-apply-documents');
    await page.getByTestId('apply-next').click();
    await page.getByTestId('apply-submit').click();
    await page.getByTestId('apply-done').waitFor();
    await page.getByTestId('my-dossiers').locator('a').first().waitFor();
    await checked(page, 'dossiers-my-dossiers');
    dossierUrl = (await page.getByTestId('my-dossiers').locator('a').first().getAttribute('href')) ?? '';
    assert.match(dossierUrl, /^\/dossiers\//);
    await page.context().close();
  });

  it('the clerk receives it: code, appointment and the tracking secret (form 01)', async () => {
    const page = await as('motcua');
    await page.goto(`${t.url}/counter/receive`);
    await page.getByTestId('counter-waiting').locator(`a[href="${dossierUrl}"]`).waitFor();
    await checked(page, 'dossiers-counter');
    await page.goto(`${t.url}${dossierUrl}`);
    await page.getByTestId('page-dossier').waitFor();
    await act(page, 'receive');
    const receipt = page.getByTestId('receipt-secret');
    await receipt.waitFor();
    online.code = (await receipt.getAttribute('data-code')) ?? '';
    online.secret = (await receipt.getAttribute('data-secret')) ?? '';
    assert.ok(online.code && online.secret, 'the receipt shows the code and the tracking secret');
    await checked(page, 'dossiers-received');
    await page.context().close();
  });

  it('the officer forwards it and the leader approves and signs the result', async () => {
    const officer = await as('chuyenvien');
    await officer.goto(`${t.url}/work/queue`);
    await officer.getByTestId('queue-table').locator(`a[href="${dossierUrl}"]`).waitFor();
    await checked(officer, 'dossiers-work-queue');
    await officer.goto(`${t.url}${dossierUrl}`);
    await act(officer, 'forward');
    await officer.getByTestId('action-forward').waitFor({ state: 'detached' });
    await checked(officer, 'dossiers-forwarded');
    await officer.context().close();
    const leader = await as('lanhdao.xa');
    await leader.goto(`${t.url}${dossierUrl}`);
    await act(leader, 'approve');
    await leader
      .getByTestId('control-slip')
      .getByText('Đúng hạn')
      .or(leader.getByTestId('control-slip').getByText('Trước hạn'))
      .first()
      .waitFor();
    await checked(leader, 'dossiers-approved');
    await leader.context().close();
  });

  it('the citizen downloads the signed result and rates the service (Circular 01/2018)', async () => {
    const page = await as('congdan', 360);
    await page.goto(`${t.url}${dossierUrl}`);
    const link = page.locator('a[data-testid^="document-result-"]');
    await link.waitFor();
    const response = await page.request.get(`${t.url}${await link.getAttribute('href')}`);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    const pdf = await response.body();
    assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
    assert.ok(pdf.includes('/ETSI.CAdES.detached'), 'a PAdES signature');
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('rated').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at 360 px (overflow ${overflow})`);
    await checked(page, 'dossiers-rated-360');
    await page.context().close();
  });

  it('anyone follows the online dossier by code and secret, without an account (Circular 22/2019 art. 4)', async () => {
    const page = await visitor();
    await page.goto(`${t.url}/track`);
    await page.getByTestId('page-trackDossier').waitFor();
    await checked(page, 'dossiers-track-form');
    await page.getByTestId('track-code').fill(online.code);
    await page.getByTestId('track-secret').fill('SAIMATRACUU');
    await page.getByTestId('track-submit').click();
    await page.getByTestId('track-not-found').waitFor();
    await page.getByTestId('track-secret').fill(online.secret);
    await page.getByTestId('track-submit').click();
    const history = page.getByTestId('track-history');
    await history.waitFor();
    for (const status of ['Đã tiếp nhận', 'Chuyển xử lý', 'Đã xử lý xong', 'Đã trả kết quả'])
      await history.getByText(status, { exact: true }).first().waitFor();
    assert.notEqual(await page.getByTestId('track-appointment').textContent(), '—', 'the appointment date');
    assert.equal(await page.getByTestId('rate-submit').count(), 0, 'already rated by the applicant');
    await checked(page, 'dossiers-track-online');
    await page.context().close();
  });

  it('a counter dossier: supplement, extension (form 04), consultation, approval, return, public rating', async () => {
    const clerk = await as('motcua');
    await clerk.goto(`${t.url}/counter/receive`);
    await clerk.getByTestId('counter-procedure').click();
    await clerk.keyboard.type(slowCode);
    await clerk.locator('.ant-select-item-option', { hasText: slowCode }).first().click();
    await clerk.getByTestId('counter-centre').click();
    await clerk.keyboard.type('Thục Phán');
    await clerk.locator('.ant-select-item-option', { hasText: 'Thục Phán' }).first().click();
    await clerk.getByTestId('counter-name').fill('Bế Thị Hoa');
    await clerk.getByTestId('counter-submit').click();
    const receipt = clerk.getByTestId('receipt-secret');
    await receipt.waitFor();
    const counter = {
      code: (await receipt.getAttribute('data-code')) ?? '',
      secret: (await receipt.getAttribute('data-secret')) ?? '',
    };
    await checked(clerk, 'dossiers-counter-receipt');
    await clerk.getByTestId('receipt-open').click();
    await clerk.getByTestId('page-dossier').waitFor();
    const url = new URL(clerk.url()).pathname;

    const officer = await as('chuyenvien');
    await officer.goto(`${t.url}${url}`);
    await act(officer, 'request_supplement');
    await officer.getByTestId('field-missing').fill('Bản sao giấy chứng sinh');
    await officer.getByTestId('action-confirm').click();
    await officer.getByTestId('action-request_supplement').waitFor({ state: 'detached' });
    await checked(officer, 'dossiers-supplement-requested');

    await clerk.reload();
    await act(clerk, 'provide_supplement');
    await clerk.getByTestId('field-missing').fill('Bản sao giấy chứng sinh');
    await clerk.getByTestId('action-confirm').click();
    await clerk.getByTestId('action-provide_supplement').waitFor({ state: 'detached' });

    // Processing again, the clock restarted (art. 19(4)): the officer apologises and extends once (Form 04).
    await officer.reload();
    const due = (await (await officer.request.get(`${t.url}/api/v1${url}`)).json()).dueAt as string;
    const later = new Date(new Date(due).getTime() + 10 * 86_400_000);
    const typed = `${String(later.getUTCDate()).padStart(2, '0')}/${String(later.getUTCMonth() + 1).padStart(2, '0')}/${later.getUTCFullYear()}`;
    await act(officer, 'extend');
    await officer.getByLabel('Ngày hẹn mới').fill(typed);
    await officer.getByLabel('Ngày hẹn mới').press('Enter');
    await officer.getByTestId('field-reason').fill('Cần xác minh thêm thông tin tại địa phương');
    await officer.getByTestId('action-confirm').click();
    await officer.getByTestId('action-extend').waitFor({ state: 'detached' });
    await officer.getByTestId('dossier-forms').getByText('Văn bản xin lỗi, gia hạn (04)').waitFor();
    await officer.getByTestId('dossier-forms').getByText('Phiếu kiểm soát (06)').waitFor();
    await checked(officer, 'dossiers-extended');

    // Consult another agency with its own deadline; the consulted agency answers (Decree 61 art. 19).
    await act(officer, 'consult');
    await officer.getByLabel('Cơ quan được lấy ý kiến').click();
    await officer.keyboard.type('Sở Tư pháp');
    await officer.locator('.ant-select-item-option', { hasText: 'Sở Tư pháp' }).first().click();
    await officer.getByTestId('field-agency').getByText('Sở Tư pháp').waitFor();
    await officer.getByTestId('field-content').fill('Xin ý kiến về giấy tờ hộ tịch của người nộp');
    await officer.getByTestId('action-confirm').click();
    const consulted = officer.getByTestId('dossier-consultations').getByText('Sở Tư pháp');
    await consulted.or(officer.getByTestId('action-error')).first().waitFor();
    assert.equal(await officer.getByTestId('action-error').count(), 0, await officer.content());
    await consulted.waitFor();
    await checked(officer, 'dossiers-consulting');
    const justice = await as('tuphap.chuyenvien');
    await justice.goto(`${t.url}${url}`);
    await act(justice, 'answer_consultation');
    await justice.getByTestId('field-answer').fill('Giấy tờ hợp lệ, đồng ý');
    await justice.getByTestId('action-confirm').click();
    await justice
      .getByTestId('dossier-consultations')
      .getByText('Giấy tờ hợp lệ, đồng ý', { exact: false })
      .waitFor();
    await checked(justice, 'dossiers-consultation-answered');
    await justice.context().close();

    await officer.reload();
    await act(officer, 'forward');
    await officer.getByTestId('action-forward').waitFor({ state: 'detached' });
    await officer.context().close();
    const leader = await as('lanhdao.xa');
    await leader.goto(`${t.url}${url}`);
    await act(leader, 'approve');
    await leader.getByTestId('action-approve').waitFor({ state: 'detached' });
    await leader.locator('a[data-testid^="document-result-"]').waitFor();
    await leader.context().close();
    await clerk.reload();
    await act(clerk, 'return_result');
    await clerk.getByTestId('action-confirm').click();
    await clerk.getByTestId('action-return_result').waitFor({ state: 'detached' });
    await checked(clerk, 'dossiers-counter-returned');
    await clerk.context().close();

    // The applicant has no account: the code and secret of the receipt show every status, then the rating.
    const page = await visitor(360);
    await page.goto(`${t.url}/track?code=${encodeURIComponent(counter.code)}`);
    await page.getByTestId('track-secret').fill(counter.secret);
    await page.getByTestId('track-submit').click();
    const history = page.getByTestId('track-history');
    await history.waitFor();
    for (const status of [
      'Đã tiếp nhận',
      'Yêu cầu bổ sung hồ sơ',
      'Đã nhận hồ sơ bổ sung',
      'Xin lỗi và gia hạn',
      'Lấy ý kiến cơ quan liên quan',
      'Đã xử lý xong',
      'Đã trả kết quả',
    ])
      await history.getByText(status, { exact: true }).first().waitFor();
    await history.getByText('Bản sao giấy chứng sinh').waitFor();
    await page.getByTestId('rate-submit').click();
    await page.getByTestId('rated').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `no horizontal scroll at 360 px (overflow ${overflow})`);
    await checked(page, 'dossiers-track-rated-360');
    await page.context().close();
  });
  /** A dossier set up through the API as a signed-in demo user (what the browser steps then continue). */
  async function post(username: string, url: string, payload: object) {
    const session = await t.signIn(username);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: session.headers,
      payload,
    });
    assert.ok(response.statusCode < 300, `${url}: ${response.statusCode} ${response.body}`);
    return response.json();
  }

  it('the clerk shows the VietQR code of an unpaid fee, reissues a lost tracking secret and records the payment', async () => {
    const session = await t.signIn('motcua');
    const units = await t.app.inject({ method: 'GET', url: '/api/v1/units/01273', headers: session.headers });
    const centre = units.json().agencies.find((a: { kind: string }) => a.kind === 'pas_centre');
    assert.ok(centre, units.body);
    const made = await post('motcua', '/dossiers/counter', {
      procedureCode: '1.001193',
      receivingAgencyId: centre.id,
      channel: 'in_person',
      applicant: { name: 'Triệu Văn Minh' },
      documents: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu' }, { name: 'Giấy chứng sinh' }],
      resultMethod: 'counter',
      decision: { kind: 'complete', fees: [{ name: 'Lệ phí cấp bản sao trích lục', amountDong: 8000 }] },
    });
    const clerk = await as('motcua');
    await clerk.goto(`${t.url}/dossiers/${made.id}`);
    await clerk.getByTestId('page-dossier').waitFor();
    await clerk.getByTestId('payment-code-show').click();
    const qr = clerk.getByTestId('payment-code');
    await qr.waitFor();
    const alt = (await qr.locator('img').getAttribute('alt')) ?? '';
    assert.match(alt, /8\.000/, 'the code says the amount');
    assert.ok(alt.includes(made.code), 'and the transfer content: the dossier code');
    await checked(clerk, 'dossiers-payment-code');

    // The applicant lost the receipt: a new secret, shown once; the old one no longer opens the dossier.
    await act(clerk, 'reissue_tracking_secret');
    const receipt = clerk.getByTestId('receipt-secret');
    await receipt.waitFor();
    const secret = (await receipt.getAttribute('data-secret')) ?? '';
    assert.ok(secret && secret !== made.trackingSecret, 'a new secret');
    await clerk.getByText('Cấp lại mã tra cứu', { exact: true }).last().waitFor();
    await checked(clerk, 'dossiers-secret-reissued');
    const track = (s: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/dossiers/track',
        payload: { code: made.code, secret: s },
      });
    assert.equal((await track(made.trackingSecret)).statusCode, 404);
    assert.equal((await track(secret)).statusCode, 200);

    await act(clerk, 'record_payment');
    await clerk.getByTestId('action-confirm').click();
    await clerk.getByTestId('action-record_payment').waitFor({ state: 'detached' });
    assert.equal(await clerk.getByTestId('payment-code-show').count(), 0, 'nothing left to pay');
    await checked(clerk, 'dossiers-paid');
    await clerk.context().close();
  });

  it('the citizen resubmits an online application the centre found incomplete (Form 02)', async () => {
    const session = await t.signIn('congdan');
    const boundary = 'xxBOUNDARYxx';
    const uploaded = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/uploads',
      headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="to-khai.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        PDF,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
    assert.equal(uploaded.statusCode, 201, uploaded.body);
    const units = await t.app.inject({ method: 'GET', url: '/api/v1/units/01273', headers: session.headers });
    const centre = units.json().agencies.find((a: { kind: string }) => a.kind === 'pas_centre');
    const submitted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers',
      headers: session.headers,
      payload: {
        procedureCode: '1.001193',
        receivingAgencyId: centre.id,
        applicant: { name: 'Nguyễn Văn An' },
        declaration: SAMPLE_BIRTH_DECLARATION,
        resultMethod: 'online',
        documents: [
          { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId: uploaded.json().fileId },
          { name: 'Giấy chứng sinh', fileId: uploaded.json().fileId },
        ],
      },
    });
    assert.equal(submitted.statusCode, 201, submitted.body);
    const { id, version } = submitted.json();
    await post('motcua', `/dossiers/${id}/reception`, {
      version,
      decision: { kind: 'incomplete', missing: ['Giấy chứng sinh bản chụp rõ nét'] },
    });

    const citizen = await as('congdan', 360);
    await citizen.goto(`${t.url}/dossiers/${id}`);
    await citizen.getByTestId('page-dossier').waitFor();
    await citizen.getByText('Giấy chứng sinh bản chụp rõ nét').first().waitFor();
    await checked(citizen, 'dossiers-reception-supplement-360');
    await act(citizen, 'resubmit');
    // The papers asked for are prefilled; each gets its scan.
    assert.equal(await citizen.getByTestId('field-missing').inputValue(), 'Giấy chứng sinh bản chụp rõ nét');
    await citizen
      .getByTestId('supply-files')
      .locator('input[type=file]')
      .first()
      .setInputFiles({ name: 'giay-chung-sinh-ro-net.pdf', mimeType: 'application/pdf', buffer: PDF });
    await citizen.getByTestId('supply-uploaded-0').waitFor();
    assert.deepEqual(await seriousViolations(citizen), [], 'axe-clean: the resubmission dialog');
    await screenshot(citizen, 'dossiers-resubmit-form-360');
    await citizen.getByTestId('action-confirm').click();
    await citizen.getByTestId('action-resubmit').waitFor({ state: 'detached' });
    await citizen.getByText('Đã nộp bổ sung').first().waitFor();
    const scan = citizen
      .getByTestId('dossier-documents')
      .locator('li', { hasText: 'bản chụp rõ nét' })
      .locator('a');
    await scan.waitFor();
    const download = await citizen.request.get(`${t.url}${await scan.getAttribute('href')}`);
    assert.equal(download.status(), 200, 'the supplied scan is kept with the dossier');
    assert.equal((await download.body()).subarray(0, 5).toString(), '%PDF-');
    await checked(citizen, 'dossiers-resubmitted-360');
    await citizen.context().close();

    // Back in the centre's queue of new dossiers, to be received.
    const clerk = await as('motcua');
    await clerk.goto(`${t.url}/dossiers/${id}`);
    await clerk.getByTestId('action-receive').waitFor();
    await clerk.context().close();
  });
});
