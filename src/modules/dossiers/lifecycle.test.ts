import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, TEST_KEY_ENCRYPTION_KEY, type TestApp } from '../../app/testing.js';
import { samplePdf } from '../../platform/files/test-fixtures.js';
import { verifyPdfSignatures } from '../../platform/signing/index.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';
import { SAMPLE_BIRTH_DECLARATION } from '../procedures/index.js';
import { findAgencyOfUnit } from '../units/index.js';
import { findSlowCommuneProcedure } from './test-support.js';

const COMMUNE = '01273';
/** A real one-page PDF: uploads are parsed (issue 18 §6). */
const PDF = samplePdf();

describe('the one-stop lifecycle through the API (issue 6)', () => {
  let t: TestApp;
  let citizen: Session;
  let clerk: Session;
  let officer: Session;
  let leader: Session;
  let centreId: string;
  let slowCode: string;

  const call = (
    method: 'GET' | 'POST',
    url: string,
    session?: Session,
    payload?: object,
    headers: Record<string, string> = {},
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { ...(session?.headers ?? {}), ...headers },
      ...(payload ? { payload } : {}),
    });
  const act = (session: Session, id: string, version: number, action: object) =>
    call('POST', `/dossiers/${id}/actions`, session, { version, action });
  /** An action answers the new state and version (issue 17 §4); the dossier view is read again. */
  const viewAfter = async (answer: Awaited<ReturnType<typeof call>>, session: Session, id: string) => {
    assert.equal(answer.statusCode, 200, answer.body);
    const view = (await call('GET', `/dossiers/${id}`, session)).json();
    assert.equal(answer.json().version, view.version, 'the answer names the version now');
    assert.equal(answer.json().status, view.status);
    return view;
  };

  async function upload(session: Session): Promise<string> {
    const boundary = 'xxBOUNDARYxx';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="giay-chung-sinh.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      PDF,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/dossiers/uploads',
      headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json().fileId;
  }

  before(async () => {
    // The installation's own key-encryption key: the demo's leaders enrolled their signing keys under it when
    // the demo issued their communes' e-results (issue 16 §5); another key could not unseal them.
    t = await startTestApp({ config: { keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY } });
    [citizen, clerk, officer, leader] = (await Promise.all(
      ['congdan', 'motcua', 'chuyenvien', 'lanhdao.xa'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session, Session];
    centreId = (await findAgencyOfUnit(t.db.db, COMMUNE, 'pas_centre'))!.id;
    slowCode = (await findSlowCommuneProcedure(t.db.db)) ?? '';
    assert.ok(slowCode, 'the demo publishes a commune procedure of at least 5 working days');
  });
  after(() => t.close());

  const birth = (fileId: string) => ({
    procedureCode: '1.001193',
    receivingAgencyId: centreId,
    applicant: { name: 'Nguyễn Văn An', phone: '0912345678', email: 'an@example.vn' },
    declared: { 'Họ tên người được khai sinh': 'Nguyễn Minh Khôi' },
    declaration: SAMPLE_BIRTH_DECLARATION,
    resultMethod: 'online',
    documents: [
      { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
      { name: 'Giấy chứng sinh', fileId },
    ],
  });

  it('takes an online application once per Idempotency-Key; the same key with another body is 422 (issue 6 §6)', async () => {
    const fileId = await upload(citizen);
    const key = { 'idempotency-key': 'test-key-0001' };
    const first = await call('POST', '/dossiers', citizen, birth(fileId), key);
    assert.equal(first.statusCode, 201, first.body);
    const retry = await call('POST', '/dossiers', citizen, birth(fileId), key);
    assert.equal(retry.statusCode, 201, retry.body);
    assert.equal(retry.json().id, first.json().id, 'a retried submission never creates a second dossier');
    const other = await call('POST', '/dossiers', citizen, { ...birth(fileId), declared: { x: 'y' } }, key);
    assert.equal(other.statusCode, 422, other.body);
    assert.equal(other.headers['content-type'], 'application/problem+json; charset=utf-8');
  });

  it('refuses documents the applicant did not upload (issue 6 §6)', async () => {
    const response = await call('POST', '/dossiers', citizen, birth('a'.repeat(64)));
    assert.equal(response.statusCode, 400, response.body);
  });

  it('runs online → receipt → forward → approve → tracking and rating (Decree 61 art. 17–20; Circular 22/2019 art. 4)', async () => {
    const fileId = await upload(citizen);
    const submitted = (await call('POST', '/dossiers', citizen, birth(fileId))).json();
    assert.equal(submitted.status, 'submitted');
    const queue = (await call('GET', '/dossiers/queue?queue=new', clerk)).json();
    assert.ok(
      queue.items.some((i: { id: string }) => i.id === submitted.id),
      'the clerk sees it among new dossiers',
    );
    const received = await call('POST', `/dossiers/${submitted.id}/reception`, clerk, {
      version: submitted.version,
      decision: { kind: 'complete' },
    });
    assert.equal(received.statusCode, 200, received.body);
    const receipt = received.json();
    assert.match(
      receipt.code,
      /^000\.01\.\d{2}\.H11-\d{6}-\d{4}$/,
      'QCVN 102 agency code, YYMMDD, 4-digit sequence (RULES.md §1.4)',
    );
    assert.ok(receipt.trackingSecret);
    let view = (await call('GET', `/dossiers/${submitted.id}`, officer)).json();
    assert.equal(view.status, 'processing');
    assert.ok(view.appointmentAt, 'the receipt carries the appointment');
    assert.deepEqual(view.actions.includes('forward'), true);
    // Two officers act on the same version: one wins, the other gets 409 with the dossier as it is now.
    const [a, b] = await Promise.all([
      act(officer, view.id, view.version, { type: 'forward' }),
      act(officer, view.id, view.version, { type: 'forward' }),
    ]);
    const codes = [a.statusCode, b.statusCode].sort();
    assert.deepEqual(codes, [200, 409], `${a.body} ${b.body}`);
    const lost = a.statusCode === 409 ? a : b;
    assert.equal(lost.json().current.version, view.version + 1, 'the loser sees the new state');
    view = (await call('GET', `/dossiers/${submitted.id}`, leader)).json();
    assert.ok(view.actions.includes('approve'));
    const approved = await act(leader, view.id, view.version, { type: 'approve' });
    assert.equal(approved.statusCode, 200, approved.body);
    assert.equal(approved.json().status, 'returned', 'an electronic result is returned online at approval');
    // The result: a PDF signed with the leader's key, which pdfsig reports valid (issue 6 §4).
    const approvedView = await viewAfter(approved, leader, submitted.id);
    const result = approvedView.documents.find((d: { kind: string }) => d.kind === 'result');
    assert.ok(result, 'the result document is attached');
    const download = await call('GET', `/dossiers/${submitted.id}/documents/${result.position}`, citizen);
    assert.equal(download.statusCode, 200);
    assert.equal(download.headers['content-type'], 'application/pdf');
    if (hasPoppler()) {
      const checked = runPoppler('pdfsig', [], download.rawPayload);
      assert.match(checked.output, /Signature is Valid/, checked.output);
      const tampered = Buffer.from(download.rawPayload);
      tampered[200] = tampered[200]! ^ 1;
      assert.doesNotMatch(runPoppler('pdfsig', [], tampered).output, /Signature is Valid/);
      // The signature block names the leader's position that day, and the demo CA is said to be one (issue 19).
      const text = runPoppler('pdftotext', [], download.rawPayload).output;
      assert.match(text, /CHỦ TỊCH/, text);
      assert.match(text, /CA cài đặt tinhso: chỉ dùng để thử nghiệm/, text);
    }
    // The certificate names the leader's agency and title at signing time, not the first dossier's (issue 19 §3).
    const [signature] = await verifyPdfSignatures(Buffer.from(download.rawPayload));
    assert.equal(signature?.title, 'Chủ tịch');
    assert.ok(signature?.organization, 'the agency the leader serves in');
    const other = await t.signIn('motcua.hoaan');
    assert.equal(
      (await call('GET', `/dossiers/${submitted.id}/documents/${result.position}`, other)).statusCode,
      404,
      'nobody else downloads it',
    );
    const receiptForm = await call('GET', `/dossiers/${submitted.id}/forms/01`, clerk);
    assert.equal(receiptForm.statusCode, 200);
    assert.equal(receiptForm.headers['content-type'], 'application/pdf');
    const slip = approvedView.controlSlip;
    assert.ok(
      slip.length >= 3 &&
        slip.every((s: { givenAt: string | null; timeliness: string | null }) => s.givenAt && s.timeliness),
    );

    const wrong = await call('POST', '/dossiers/track', undefined, {
      code: receipt.code,
      secret: 'WRONGSECRET',
    });
    const unknown = await call('POST', '/dossiers/track', undefined, {
      code: '000.01.31.H11-990101-0001',
      secret: receipt.trackingSecret,
    });
    assert.equal(wrong.statusCode, 404);
    assert.equal(unknown.statusCode, 404);
    assert.equal(
      wrong.json().detail,
      unknown.json().detail,
      'the same answer for a wrong code or a wrong secret',
    );
    const tracked = await call('POST', '/dossiers/track', undefined, {
      code: receipt.code,
      secret: receipt.trackingSecret,
    });
    assert.equal(tracked.statusCode, 200, tracked.body);
    assert.deepEqual(
      tracked.json().history.map((h: { status: string }) => h.status),
      ['submitted', 'processing', 'processing', 'done', 'returned', 'returned'],
    );
    const rating = {
      code: receipt.code,
      secret: receipt.trackingSecret,
      scores: [2, 2, 2, 2, 1, 2, 2, 2, 2],
    };
    assert.equal((await call('POST', '/dossiers/track/rating', undefined, rating)).statusCode, 200);
    assert.equal(
      (await call('POST', '/dossiers/track/rating', undefined, rating)).statusCode,
      409,
      'rated once',
    );
  });

  it('hides a dossier from officials of another commune and from other citizens', async () => {
    const other = await t.signIn('motcua.hoaan');
    const mine = (await call('GET', '/dossiers/mine', citizen)).json();
    const id = mine.items[0].id;
    assert.equal((await call('GET', `/dossiers/${id}`, other)).statusCode, 404);
    assert.equal((await call('GET', `/dossiers/${id}`, clerk)).statusCode, 200);
  });

  it('handles a counter dossier with a supplement after appraisal and an extension (Decree 61 art. 19)', async () => {
    const registered = await call('POST', '/dossiers/counter', clerk, {
      procedureCode: slowCode,
      receivingAgencyId: centreId,
      channel: 'in_person',
      applicant: { name: 'Bế Thị Hoa', phone: '0987654321' },
      resultMethod: 'counter',
      decision: { kind: 'complete' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    let view = (await call('GET', `/dossiers/${registered.json().id}`, officer)).json();
    const firstDue = view.dueAt;
    let r = await act(officer, view.id, view.version, {
      type: 'request_supplement',
      missing: ['Bản sao sổ hộ khẩu', 'Ảnh chân dung'],
    });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'supplement_requested');
    view = await viewAfter(r, officer, view.id);
    r = await act(clerk, view.id, view.version, {
      type: 'provide_supplement',
      documents: [{ name: 'Bản sao sổ hộ khẩu' }],
    });
    view = await viewAfter(r, officer, view.id);
    assert.equal(view.status, 'processing');
    assert.ok(new Date(view.dueAt) >= new Date(firstDue), 'the clock restarted from zero (art. 19(4))');
    const later = new Date(new Date(view.dueAt).getTime() + 10 * 86_400_000).toISOString().slice(0, 10);
    r = await act(officer, view.id, view.version, {
      type: 'extend',
      newDueDate: later,
      reason: 'Cần xác minh thực địa',
    });
    view = await viewAfter(r, officer, view.id);
    assert.equal(view.extended, true);
    r = await act(officer, view.id, view.version, { type: 'extend', newDueDate: later, reason: 'again' });
    assert.equal(r.statusCode, 409, 'rescheduled only once');
    r = await act(officer, view.id, view.version, { type: 'forward' });
    view = await viewAfter(r, officer, view.id);
    assert.equal(
      (await act(officer, view.id, view.version, { type: 'approve' })).statusCode,
      403,
      'an officer does not approve',
    );
    r = await act(leader, view.id, view.version, { type: 'approve' });
    view = await viewAfter(r, officer, view.id);
    r = await act(clerk, view.id, view.version, { type: 'return_result', method: 'counter' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'returned');
    assert.equal((await viewAfter(r, clerk, view.id)).supplementCount, 1);
  });

  it('charges a fee payable by VietQR and reconciled by the clerk (Decree 61 art. 22)', async () => {
    const registered = await call('POST', '/dossiers/counter', clerk, {
      procedureCode: slowCode,
      receivingAgencyId: centreId,
      channel: 'in_person',
      applicant: { name: 'Hà Văn Sơn', phone: '0911222333' },
      resultMethod: 'counter',
      decision: { kind: 'complete', fees: [{ name: 'Lệ phí', amountDong: 50_000 }] },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const { id, code } = registered.json();
    const qr = await call('GET', `/dossiers/${id}/payment-code`, clerk);
    assert.equal(qr.statusCode, 200, qr.body);
    assert.equal(qr.json().amountDong, 50_000);
    assert.ok(qr.json().payload.includes(code), 'the dossier code is the transfer content');
    const view = (await call('GET', `/dossiers/${id}`, clerk)).json();
    const paid = await act(clerk, id, view.version, {
      type: 'record_payment',
      method: 'vietqr',
      reference: 'FT2611230001',
    });
    assert.equal(paid.statusCode, 200, paid.body);
    assert.ok((await viewAfter(paid, clerk, id)).paidAt);
    assert.equal(
      (await call('GET', `/dossiers/${id}/payment-code`, clerk)).statusCode,
      400,
      'nothing left to pay',
    );
    const notices = await t.db.pool.query('select channel, topic from notify.outbox where entity_id = $1', [
      id,
    ]);
    assert.ok(
      notices.rows.some(
        (n: { channel: string; topic: string }) => n.channel === 'sms' && n.topic === 'dossier.received',
      ),
      'the applicant is told of the receipt by SMS',
    );
  });

  it('consults another agency with its own deadline, returns a step, and lets the applicant withdraw (Decree 61 art. 19)', async () => {
    const registered = await call('POST', '/dossiers/counter', clerk, {
      procedureCode: slowCode,
      receivingAgencyId: centreId,
      channel: 'in_person',
      applicant: { name: 'Triệu Văn Tâm' },
      resultMethod: 'counter',
      decision: { kind: 'complete' },
    });
    const id = registered.json().id;
    const justice = (await call('GET', '/units/04'))
      .json()
      .agencies.find((a: { name: string }) => a.name === 'Sở Tư pháp');
    let view = (await call('GET', `/dossiers/${id}`, officer)).json();
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    let r = await act(officer, id, view.version, {
      type: 'consult',
      agencyId: justice.id,
      content: 'Xin ý kiến về hồ sơ',
      deadlineDate: deadline,
    });
    view = await viewAfter(r, officer, view.id);
    assert.equal(view.status, 'consulting');
    assert.equal(
      (await act(officer, id, view.version, { type: 'forward' })).statusCode,
      409,
      'not forwarded before the answer',
    );
    const justiceOfficer = await t.signIn('tuphap.chuyenvien');
    const asked = (await call('GET', '/dossiers/queue?queue=consultations', justiceOfficer)).json();
    assert.ok(
      asked.items.some((i: { id: string }) => i.id === id),
      'the consulted agency sees it in its queue',
    );
    r = await act(justiceOfficer, id, view.version, {
      type: 'answer_consultation',
      consultationId: view.consultations[0].id,
      answer: 'Đồng ý',
    });
    view = await viewAfter(r, officer, view.id);
    assert.equal(view.status, 'processing');
    r = await act(officer, id, view.version, { type: 'forward' });
    view = await viewAfter(r, officer, id);
    r = await act(leader, id, view.version, { type: 'return_step', note: 'Cần bổ sung ý kiến thẩm định' });
    view = await viewAfter(r, officer, view.id);
    assert.equal(
      view.controlSlip.at(-1).stepPosition,
      view.controlSlip.at(-3).stepPosition,
      'back at the appraisal step',
    );
    r = await act(clerk, id, view.version, { type: 'withdraw', reason: 'Người nộp xin rút' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().status, 'withdrawn');
    // Nothing more can be done with it; the applicant may still follow it, so a lost secret can be reissued.
    assert.deepEqual(
      (await viewAfter(r, clerk, id)).actions,
      ['reissue_tracking_secret'],
      'nothing more can be done',
    );
  });

  it('gives concurrent receipts at one centre distinct consecutive codes (RULES.md §1.4)', async () => {
    const register = () =>
      call('POST', '/dossiers/counter', clerk, {
        procedureCode: slowCode,
        receivingAgencyId: centreId,
        channel: 'in_person',
        applicant: { name: 'Lục Văn Nam' },
        resultMethod: 'counter',
        decision: { kind: 'complete' },
      });
    const responses = await Promise.all(Array.from({ length: 8 }, register));
    for (const r of responses) assert.equal(r.statusCode, 201, r.body);
    const codes = responses.map((r) => r.json().code as string);
    assert.equal(new Set(codes).size, 8);
    const numbers = codes.map((c) => Number(c.slice(-4))).sort((x, y) => x - y);
    assert.deepEqual(
      numbers,
      numbers.map((_, i) => numbers[0]! + i),
      'no gaps, no repeats',
    );
  });
});
