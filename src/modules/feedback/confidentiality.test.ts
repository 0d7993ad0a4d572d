import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { auditTrail } from '../../app/test-actors.js';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/**
 * Law on Denunciations 2018 art. 47–48: the denouncer's name, address and identity are kept confidential. Only
 * officials assigned to the case and the head who assigned them see them; everyone else gets 404 as if nothing were there; every view is
 * audited; exports, queues, public pages, Open311 and the audit trail never carry them.
 */
describe('the denouncer’s identity stays confidential (issue 10)', () => {
  let t: TestApp;
  let sessions: Record<string, Session>;
  let caseId: string;
  let caseCode: string;
  const NAME = 'Lục Thị Hạnh';
  const ID_NUMBER = '004195067890';
  const PHONE = '0987 654 321';
  const leaks = (body: string) => [NAME, ID_NUMBER, PHONE, '0987654321'].filter((s) => body.includes(s));
  const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url: url.startsWith('/open311') ? url : `/api/v1${url}`,
      headers: who ? sessions[who]!.headers : {},
      ...(payload ? { payload } : {}),
    });

  before(async () => {
    t = await startTestApp();
    sessions = {};
    for (const who of ['admin', 'lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'motcua', 'congdan'])
      sessions[who] = await t.signIn(who);
    const filed = await call('POST', '/feedback/cases', 'congdan', {
      provinceCode: '04',
      kind: 'denunciation',
      field: 'staff_conduct',
      title: 'Tố cáo cán bộ địa chính đòi tiền khi làm hồ sơ',
      content:
        'Cán bộ địa chính phường yêu cầu nộp thêm tiền ngoài lệ phí mới giải quyết hồ sơ của gia đình tôi.',
      communeCode: '01273',
      person: { fullName: NAME, idNumber: ID_NUMBER, phone: PHONE, address: 'Tổ 5, phường Thục Phán' },
    });
    assert.equal(filed.statusCode, 201, filed.body);
    caseId = filed.json().id;
    caseCode = filed.json().code;
    assert.deepEqual(leaks(filed.body), []);
  });
  after(() => t.close());

  it('answers 404 on the identity to every official not assigned to the case, leaders and administrators included', async () => {
    for (const who of ['admin', 'lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'motcua', 'congdan']) {
      const response = await call('GET', `/feedback/cases/${caseId}/denouncer`, who);
      assert.equal(response.statusCode, 404, who);
      assert.match(String(response.headers['content-type']), /problem\+json/);
      assert.deepEqual(leaks(response.body), [], who);
    }
    assert.equal((await call('GET', `/feedback/cases/${caseId}/denouncer`)).statusCode, 404, 'anonymous');
  });

  it('shows the case without the person to its unit’s leaders, and hides it from officials who are not assigned', async () => {
    for (const who of ['lanhdao.xa', 'lanhdao.tinh', 'admin']) {
      const response = await call('GET', `/feedback/cases/${caseId}`, who);
      assert.equal(response.statusCode, 200, who);
      assert.equal(response.json().case.submitter, null);
      assert.equal(response.json().case.confidentialIdentity, true);
      assert.deepEqual(leaks(response.body), [], who);
    }
    assert.equal(
      (await call('GET', `/feedback/cases/${caseId}`, 'chuyenvien')).statusCode,
      404,
      'a specialist not assigned',
    );
    const queue = await call('GET', '/feedback/cases?kind=denunciation&pageSize=200', 'chuyenvien');
    assert.ok(!queue.json().items.some((c: { id: string }) => c.id === caseId));
  });

  it('shows the identity to an assigned official and audits every view', async () => {
    const view = (await call('GET', `/feedback/cases/${caseId}`, 'lanhdao.xa')).json().case;
    const specialistId = (await call('GET', '/auth/me', 'chuyenvien')).json().user.id;
    const assigned = await call('POST', `/feedback/cases/${caseId}/assign`, 'lanhdao.xa', {
      version: view.version,
      userIds: [specialistId],
    });
    assert.equal(assigned.statusCode, 200, assigned.body);
    assert.deepEqual(leaks(assigned.body), []);
    for (let i = 0; i < 2; i++) {
      const response = await call('GET', `/feedback/cases/${caseId}/denouncer`, 'chuyenvien');
      assert.equal(response.statusCode, 200, response.body);
      assert.equal(response.json().fullName, NAME);
      assert.equal(response.headers['cache-control'], 'no-store');
    }
    const views = await auditTrail(t.db.db, caseId, 'feedback.denouncer_viewed');
    assert.equal(views.length, 2, 'one audit entry per view');
    assert.ok(views.every((v) => v.actorLabel === 'chuyenvien'));
    const byHead = await call('GET', `/feedback/cases/${caseId}/denouncer`, 'lanhdao.xa');
    assert.equal(byHead.statusCode, 200, 'the head who assigned the case may know the denouncer (art. 47)');
    assert.equal(byHead.json().fullName, NAME);
    for (const who of ['lanhdao.tinh', 'admin', 'motcua'])
      assert.equal((await call('GET', `/feedback/cases/${caseId}/denouncer`, who)).statusCode, 404, who);
  });

  it('keeps the identity out of exports, queues, public answers, Open311 and the audit trail', async () => {
    const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);
    const csv = await call('GET', `/feedback/export?provinceCode=04&period=${year}`, 'lanhdao.tinh');
    assert.equal(csv.statusCode, 200, csv.body);
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.ok(csv.body.includes(caseCode));
    assert.deepEqual(leaks(csv.body), []);
    for (const url of ['/feedback/cases?pageSize=200', '/feedback/cases?kind=denunciation&q=dia chinh']) {
      for (const who of ['lanhdao.xa', 'lanhdao.tinh', 'admin'])
        assert.deepEqual(leaks((await call('GET', url, who)).body), [], `${who} ${url}`);
    }
    assert.deepEqual(leaks((await call('GET', '/feedback/answers?pageSize=200')).body), []);
    const open311 = await call('GET', `/open311/v2/requests/${caseCode}.json?jurisdiction_id=04`);
    assert.equal(open311.statusCode, 404, 'denunciations are never Open311 requests');
    const trail = await auditTrail(t.db.db, caseId);
    assert.ok(trail.length >= 3);
    assert.deepEqual(leaks(JSON.stringify(trail)), []);
  });

  it('lets the denouncer follow their own case without the officials’ view', async () => {
    const own = await call('GET', `/feedback/cases/${caseId}`, 'congdan');
    assert.equal(own.statusCode, 200);
    assert.equal(own.json().as, 'submitter');
    assert.equal(own.json().case.assignees, undefined);
    const mine = await call('GET', '/feedback/my-cases', 'congdan');
    assert.ok(mine.json().items.some((c: { id: string }) => c.id === caseId));
  });
});
