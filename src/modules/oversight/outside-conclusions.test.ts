import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { samplePdf } from '../../platform/files/test-fixtures.js';

/**
 * Outside conclusions (issue 21 §4; RULES.md §11): a State Audit report recorded by the province as a source,
 * its recommendations as tasks with deadlines; the lead agency uploads its evidence (a real file, not a link)
 * and cites it in its report (Decision 02/2022/QĐ-KTNN: implementation reports "with evidence documents"); the
 * follow-up is counted by source the same way as the province's own, demo sources included.
 */
describe('oversight: outside conclusions and their follow-up', () => {
  let t: TestApp;
  let leader: Session;
  let agencyOfficial: Session;
  let otherCommune: Session;
  let taskId: string;
  let fileId: string;
  const call = (method: 'GET' | 'POST', url: string, session?: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
  const upload = (session: Session, id: string, bytes: Buffer, name: string) => {
    const boundary = 'xxBOUNDARYxx';
    return t.app.inject({
      method: 'POST',
      url: `/api/v1/oversight/tasks/${id}/files`,
      headers: { ...session.headers, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
        ),
        bytes,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ]),
    });
  };

  before(async () => {
    t = await startTestApp();
    leader = await t.signIn('lanhdao.tinh');
    agencyOfficial = await t.signIn('tuphap.chuyenvien');
    otherCommune = await t.signIn('lanhdao.hoaan');
  });
  after(() => t.close());

  it('records a State Audit report as a source, its recommendations as tasks with deadlines', async () => {
    const agencies = (await call('GET', '/oversight/agencies/04', leader)).json().items as Array<{
      id: string;
      name: string;
    }>;
    const justice = agencies.find((a) => a.name === 'Sở Tư pháp')!.id;
    const response = await call('POST', '/oversight/conclusions', leader, {
      issuerUnitCode: '04',
      issuerName: 'Kiểm toán nhà nước khu vực X',
      source: 'state_audit',
      kind: 'conclusion_notice',
      number: '77/TB-KTNN',
      issuedOn: '2026-11-02',
      title: 'Thông báo kết quả kiểm toán chuyên đề',
      tasks: [
        {
          title: 'Hoàn thiện quy trình thẩm định văn bản',
          content: 'Thực hiện kiến nghị số 1 của Kiểm toán nhà nước.',
          leadAgencyId: justice,
          deadline: '2027-03-31',
        },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const conclusion = response.json();
    assert.equal(conclusion.source, 'state_audit');
    assert.equal(conclusion.issuerName, 'Kiểm toán nhà nước khu vực X');
    taskId = conclusion.tasks[0].id;
    const outside = (await call('GET', '/oversight/conclusions?source=outside&pageSize=50', leader)).json();
    const sources = new Set(outside.items.map((c: { source: string }) => c.source));
    assert.deepEqual([...sources].sort(), ['inspection', 'party_inspection', 'state_audit']);
    assert.ok(
      outside.items.some((c: { number: string }) => c.number === '581-TB/UBKTTW'),
      'the demo notice 581',
    );
    const own = (await call('GET', '/oversight/conclusions?source=own&pageSize=50', leader)).json();
    assert.ok(own.items.every((c: { source: string }) => c.source === 'own'));
  });

  it('lets the lead agency upload its evidence and cite it in a report; only the task’s readers download it', async () => {
    const task = (await call('GET', `/oversight/tasks/${taskId}`, agencyOfficial)).json();
    const accepted = await call('POST', `/oversight/tasks/${taskId}/accept`, agencyOfficial, {
      version: task.version,
    });
    assert.equal(accepted.statusCode, 200, accepted.body);
    const refused = await upload(agencyOfficial, taskId, Buffer.from('not a document'), 'ghi-chu.pdf');
    assert.equal(refused.statusCode, 415, 'a file that is not a PDF, image or DOCX is refused');
    assert.equal(
      (await upload(leader, taskId, samplePdf(), 'bc.pdf')).statusCode,
      403,
      'the issuer does not report',
    );
    const stored = await upload(agencyOfficial, taskId, samplePdf(), 'Báo cáo thực hiện kiến nghị.pdf');
    assert.equal(stored.statusCode, 201, stored.body);
    fileId = stored.json().id;
    assert.equal(stored.json().fileName, 'Báo cáo thực hiện kiến nghị.pdf');
    const reported = await call('POST', `/oversight/tasks/${taskId}/progress`, agencyOfficial, {
      version: accepted.json().version,
      percent: 30,
      text: 'Đã dự thảo quy trình.',
      attachments: [{ fileId }],
    });
    assert.equal(reported.statusCode, 200, reported.body);
    assert.deepEqual(reported.json().reports[0].attachments, [
      { name: 'Báo cáo thực hiện kiến nghị.pdf', reference: `file:${fileId}`, fileId },
    ]);
    const foreign = await call('POST', `/oversight/tasks/${taskId}/progress`, agencyOfficial, {
      version: reported.json().version,
      percent: 40,
      text: 'x',
      attachments: [{ fileId: '01900000-0000-7000-8000-000000000000' }],
    });
    assert.equal(foreign.statusCode, 400, 'a file of another task cannot be cited');
    const download = await call('GET', `/oversight/tasks/${taskId}/files/${fileId}`, leader);
    assert.equal(download.statusCode, 200);
    assert.deepEqual(download.rawPayload, samplePdf());
    assert.equal(
      (await call('GET', `/oversight/tasks/${taskId}/files/${fileId}`, otherCommune)).statusCode,
      404,
    );
  });

  it('counts the follow-up by source the same way as the province’s own: done on time, late, in progress, overdue', async () => {
    const response = await call('GET', '/oversight/follow-up?issuerUnitCode=04', leader);
    assert.equal(response.statusCode, 200, response.body);
    const body = response.json();
    const line = (source: string) => body.lines.find((l: { source: string }) => l.source === source);
    // Notice 581 of the demo: one done late, one in progress (deadline 31/12/2026), one overdue (31/10/2026).
    assert.deepEqual(
      { ...line('party_inspection'), source: undefined },
      { source: undefined, conclusions: 1, tasks: 3, doneOnTime: 0, doneLate: 1, inProgress: 1, overdue: 1 },
    );
    assert.equal(line('state_audit').tasks, 3);
    assert.equal(line('state_audit').doneOnTime, 1);
    assert.ok(line('own').tasks > 0);
    const sum = body.lines.reduce((a: number, l: { tasks: number }) => a + l.tasks, 0);
    assert.equal(body.total.tasks, sum);
    const heat = (
      await call('GET', '/oversight/heatmap?source=party_inspection&from=2026-01&to=2026-12', leader)
    ).json();
    assert.equal(heat.total.late + heat.total.overdueOpen + heat.total.open + heat.total.onTime, 3);
  });
});
