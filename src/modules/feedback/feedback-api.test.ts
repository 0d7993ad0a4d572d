import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/** The feedback API per role (issue 10 §1–§4): who may file what through which channel, read, rate and report. */
describe('the feedback API per role', () => {
  let t: TestApp;
  const sessions: Record<string, Session> = {};
  const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: who ? sessions[who]!.headers : {},
      ...(payload ? { payload } : {}),
    });
  const pakn = {
    provinceCode: '04',
    kind: 'pakn',
    field: 'environment',
    title: 'Rác thải tồn đọng đầu bản',
    content: 'Điểm tập kết rác nhiều ngày không được thu gom, bốc mùi.',
    communeCode: '01273',
  };

  before(async () => {
    t = await startTestApp();
    for (const who of ['congdan', 'motcua', 'chuyenvien', 'lanhdao.xa', 'lanhdao.tinh'])
      sessions[who] = await t.signIn(who);
  });
  after(() => t.close());

  it('takes a PAKN from a visitor without an account and lets them follow it with the code and key only', async () => {
    const filed = await call('POST', '/feedback/cases', undefined, pakn);
    assert.equal(filed.statusCode, 201, filed.body);
    const { code, trackingKey } = filed.json();
    assert.ok(trackingKey);
    const tracked = await call('POST', '/feedback/track', undefined, { code, key: trackingKey });
    assert.equal(tracked.statusCode, 200);
    assert.equal(tracked.json().status, 'received');
    assert.equal(tracked.headers['cache-control'], 'no-store');
    assert.equal(
      (await call('POST', '/feedback/track', undefined, { code, key: 'wrong-key-123' })).statusCode,
      404,
    );
    // The key never travels in a URL (issue 18 §6): the old query-string form is refused, without an echo.
    const inUrl = await call('GET', `/feedback/track?code=${code}&key=${encodeURIComponent(trackingKey)}`);
    assert.equal(inUrl.statusCode, 400);
    assert.ok(!inUrl.body.includes(trackingKey));
  });

  it('asks for sign-in before a complaint or denunciation (401), and refuses counter intake to citizens (403)', async () => {
    const complaint = { ...pakn, kind: 'complaint', decisionKnownOn: '2026-11-01' };
    const anonymous = await call('POST', '/feedback/cases', undefined, complaint);
    assert.equal(anonymous.statusCode, 401);
    assert.match(String(anonymous.headers['content-type']), /problem\+json/);
    assert.equal(
      (await call('POST', '/feedback/cases', 'congdan', { ...pakn, channel: 'counter' })).statusCode,
      403,
    );
    const atCounter = await call('POST', '/feedback/cases', 'motcua', {
      ...complaint,
      channel: 'counter',
      person: { fullName: 'La Văn Tuấn', idNumber: '004088012345', address: 'Xã Hòa An' },
    });
    assert.equal(atCounter.statusCode, 201, atCounter.body);
    assert.equal(atCounter.json().firstStep.step, 'accept');
  });

  it('keeps the work queue to officials and scopes it to their units', async () => {
    assert.equal((await call('GET', '/feedback/cases')).statusCode, 401);
    assert.equal((await call('GET', '/feedback/cases', 'congdan')).statusCode, 403);
    const ward = (await call('GET', '/feedback/cases?pageSize=200', 'chuyenvien')).json();
    assert.ok(ward.total > 0);
    assert.ok(ward.items.every((c: { unitCode: string }) => c.unitCode === '01273'));
    const province = (await call('GET', '/feedback/cases?pageSize=1', 'lanhdao.tinh')).json();
    assert.ok(province.total > ward.total, 'the province sees its departments and every commune');
  });

  it('rates published answers for signed-in people only, one vote each', async () => {
    const answers = (await call('GET', '/feedback/answers?provinceCode=04&pageSize=1')).json();
    assert.ok(answers.total > 0, 'the demo has published answers');
    const code = answers.items[0].code;
    assert.equal(
      (await call('PUT', `/feedback/answers/${code}/rating`, undefined, { vote: 'like' })).statusCode,
      401,
    );
    const before = (await call('GET', `/feedback/answers/${code}`, 'chuyenvien')).json();
    await call('PUT', `/feedback/answers/${code}/rating`, 'chuyenvien', { vote: 'like' });
    const twice = await call('PUT', `/feedback/answers/${code}/rating`, 'chuyenvien', { vote: 'dislike' });
    assert.equal(twice.statusCode, 200);
    assert.equal(twice.json().myVote, 'dislike');
    const after = (await call('GET', `/feedback/answers/${code}`, 'chuyenvien')).json();
    assert.equal(after.likes + after.dislikes, before.likes + before.dislikes + (before.myVote ? 0 : 1));
  });

  it('gives reports to leaders, not to specialists or citizens, and lists the legal limits with their sources', async () => {
    const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);
    assert.equal(
      (await call('GET', `/feedback/reports?provinceCode=04&period=${year}`, 'lanhdao.tinh')).statusCode,
      200,
    );
    assert.equal(
      (await call('GET', `/feedback/reports?provinceCode=04&period=${year}`, 'chuyenvien')).statusCode,
      403,
    );
    assert.equal(
      (await call('GET', `/feedback/reports?provinceCode=04&period=${year}`, 'congdan')).statusCode,
      403,
    );
    assert.equal(
      (await call('GET', `/feedback/export?provinceCode=04&period=${year}`, 'lanhdao.xa')).statusCode,
      403,
    );
    const rules = (await call('GET', '/feedback/rules')).json().items;
    const accept = rules.filter(
      (r: { kind: string; step: string }) => r.kind === 'complaint' && r.step === 'accept',
    );
    assert.deepEqual(
      accept.map((r: { effectiveTo: string | null }) => r.effectiveTo),
      ['2026-07-01', null],
    );
    assert.ok(accept.every((r: { source: string }) => r.source.length > 10));
  });
});
