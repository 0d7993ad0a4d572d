import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/**
 * A complaint or PAKN (issue 10 §3) and an investment project at risk (issue 9 §2) become an oversight task in
 * one action (issue 8 §5): a directive with one task pointing at the source, its lead agency taken from the
 * source, recorded and audited by both modules — or not at all.
 */
describe('oversight: raising a task from a feedback case or a project at risk', () => {
  let t: TestApp;
  let leader: Session;
  let specialist: Session;
  let admin: Session;
  const call = (method: 'GET' | 'POST', url: string, session: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session.headers,
      ...(payload ? { payload } : {}),
    });
  const directive = (number: string) => ({
    issuerUnitCode: '04',
    issuerName: 'Ủy ban nhân dân tỉnh',
    number,
    issuedOn: '2026-11-23',
    task: {
      title: 'Giải quyết dứt điểm nội dung phản ánh',
      content: 'Kiểm tra, xử lý và báo cáo kết quả.',
      deadlineWorkingDays: 10,
      priority: 'high',
    },
  });
  const conclusionNumbers = async () =>
    (await call('GET', '/oversight/conclusions?pageSize=100', leader))
      .json()
      .items.map((c: { number: string }) => c.number);

  let caseItem: { id: string; code: string; version: number };

  before(async () => {
    t = await startTestApp();
    [leader, specialist, admin] = await Promise.all([
      t.signIn('lanhdao.tinh'),
      t.signIn('tuphap.chuyenvien'),
      t.signIn('admin'),
    ]);
    const open = (await call('GET', '/feedback/cases?provinceCode=04&kind=pakn&status=open', leader)).json();
    assert.ok(open.items.length > 0, 'the demo province has open PAKN');
    const first = open.items[0];
    const view = (await call('GET', `/feedback/cases/${first.id}`, leader)).json().case;
    caseItem = { id: first.id, code: first.code, version: view.version };
  });
  after(() => t.close());

  it('refuses a stale case version and writes nothing on either side', async () => {
    const stale = await call('POST', '/oversight/raise', leader, {
      ...directive('RAISE-1/CĐ'),
      source: { kind: 'feedback', id: caseItem.id, version: caseItem.version + 5 },
    });
    assert.equal(stale.statusCode, 409, stale.body);
    assert.ok(!(await conclusionNumbers()).includes('RAISE-1/CĐ'), 'no directive was issued');
    const kase = (await call('GET', `/feedback/cases/${caseItem.id}`, leader)).json();
    assert.equal(kase.case.oversightRequestedAt, null);
  });

  it('refuses an official who is not a leader of the case’s unit (403), writing nothing', async () => {
    const denied = await call('POST', '/oversight/raise', specialist, {
      ...directive('RAISE-2/CĐ'),
      source: { kind: 'feedback', id: caseItem.id, version: caseItem.version },
    });
    assert.ok([403, 404].includes(denied.statusCode), denied.body);
    assert.ok(!(await conclusionNumbers()).includes('RAISE-2/CĐ'));
  });

  it('turns a PAKN into a directive with one task led by the case’s agency and linked to the case', async () => {
    const before = (await call('GET', `/feedback/cases/${caseItem.id}`, leader)).json().case;
    const raised = await call('POST', '/oversight/raise', leader, {
      ...directive('RAISE-1/CĐ'),
      source: { kind: 'feedback', id: caseItem.id, version: caseItem.version },
      note: 'Người dân phản ánh nhiều lần.',
    });
    assert.equal(raised.statusCode, 201, raised.body);
    const { conclusion, taskId } = raised.json();
    assert.equal(conclusion.kind, 'directive');
    assert.equal(conclusion.number, 'RAISE-1/CĐ');
    assert.ok(conclusion.title.includes(caseItem.code), conclusion.title);
    assert.equal(conclusion.tasks.length, 1);
    assert.equal(conclusion.tasks[0].leadAgency.id, before.agency.id, 'the lead agency is the case’s');

    const task = (await call('GET', `/oversight/tasks/${taskId}`, leader)).json();
    assert.equal(task.links.length, 1);
    assert.equal(task.links[0].kind, 'feedback');
    assert.equal(task.links[0].reference, caseItem.id);
    assert.equal(task.links[0].resolution.state, 'resolved');
    assert.equal(task.links[0].resolution.status, before.status);
    assert.equal(task.links[0].resolution.path, `/work/feedback?case=${caseItem.id}`);

    const after = (await call('GET', `/feedback/cases/${caseItem.id}`, leader)).json().case;
    assert.ok(after.oversightRequestedAt, 'the feedback module recorded the request');
    assert.equal(after.version, before.version + 1);

    const caseTrail = (
      await call('GET', `/audit/entries?entityType=feedback_case&entityId=${caseItem.id}&limit=50`, admin)
    ).json();
    assert.ok(caseTrail.items.some((e: { action: string }) => e.action === 'feedback.oversight_requested'));
    const issued = (
      await call('GET', `/audit/entries?entityType=oversight_conclusion&entityId=${conclusion.id}`, admin)
    ).json();
    assert.equal(issued.items[0].action, 'oversight.conclusion_issued');
    assert.deepEqual(issued.items[0].after.tasks[0].links, [{ kind: 'feedback', reference: caseItem.id }]);

    const again = await call('POST', '/oversight/raise', leader, {
      ...directive('RAISE-3/CĐ'),
      source: { kind: 'feedback', id: caseItem.id, version: after.version },
    });
    assert.equal(again.statusCode, 409, 'a case is followed up as a task once');
    assert.ok(!(await conclusionNumbers()).includes('RAISE-3/CĐ'));
  });

  it('turns an investment project at risk into a task led by its owner, showing it at risk', async () => {
    const atRisk = (await call('GET', '/investment/at-risk?provinceCode=04', leader)).json();
    const project = atRisk.items.find((p: { ownerAgencyId: string | null }) => p.ownerAgencyId);
    assert.ok(project, 'the demo province has a project at risk with an owning agency');
    const raised = await call('POST', '/oversight/raise', leader, {
      ...directive('RAISE-4/CĐ'),
      source: { kind: 'investment_project', id: project.projectId },
      task: { ...directive('').task, title: 'Đẩy nhanh giải ngân dự án' },
    });
    assert.equal(raised.statusCode, 201, raised.body);
    const { conclusion, taskId } = raised.json();
    assert.equal(conclusion.tasks[0].leadAgency.id, project.ownerAgencyId);
    assert.ok(conclusion.title.includes(project.code));
    const link = (await call('GET', `/oversight/tasks/${taskId}`, leader)).json().links[0];
    assert.equal(link.kind, 'investment_project');
    assert.equal(link.resolution.state, 'resolved');
    assert.equal(link.resolution.atRisk, true);
    assert.equal(link.resolution.status, 'active');
  });

  it('answers 404 for a source that does not exist', async () => {
    const missing = await call('POST', '/oversight/raise', leader, {
      ...directive('RAISE-5/CĐ'),
      source: { kind: 'investment_project', id: '01900000-0000-7000-8000-000000000000' },
    });
    assert.equal(missing.statusCode, 404, missing.body);
  });
});
