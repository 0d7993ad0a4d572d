import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { listProjects } from '../investment/index.js';

/**
 * A conclusion's task from issue to confirmation through the real API (issue 8 §2–3): who may do each step
 * (the issuing leader; the lead agency's officials), the optimistic version, extensions, reopening, notices
 * and the audit trail.
 */
describe('oversight: a task’s life through the API', () => {
  let t: TestApp;
  let leader: Session;
  let communeLeader: Session;
  let specialist: Session;
  let admin: Session;
  let agencies: Array<{ id: string; name: string; unitCode: string; kind: string }>;
  const agency = (name: string) => agencies.find((a) => a.name === name)!.id;
  const call = (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    session?: Session,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  let conclusionId: string;
  let taskId: string;
  let justiceTaskId: string;

  before(async () => {
    t = await startTestApp();
    leader = await t.signIn('lanhdao.tinh');
    communeLeader = await t.signIn('lanhdao.xa');
    specialist = await t.signIn('chuyenvien');
    admin = await t.signIn('admin');
    agencies = (await call('GET', '/oversight/agencies/04', leader)).json().items;
  });
  after(() => t.close());

  it('lets the provincial leader issue a conclusion with tasks, a deadline given as a date or as working days', async () => {
    const response = await call('POST', '/oversight/conclusions', leader, {
      issuerUnitCode: '04',
      issuerName: 'Ủy ban nhân dân tỉnh',
      kind: 'conclusion_notice',
      number: '901/TB-UBND',
      issuedOn: '2026-11-20',
      title: 'Thông báo kết luận cuộc họp kiểm tra',
      tasks: [
        {
          title: 'Báo cáo kết quả số hóa',
          content: 'Báo cáo kết quả số hóa hồ sơ tại phường.',
          leadAgencyId: agency('Ủy ban nhân dân Phường Thục Phán'),
          deadline: '2026-12-15',
          priority: 'high',
        },
        {
          title: 'Thẩm định dự thảo',
          content: 'Thẩm định dự thảo quy định.',
          leadAgencyId: agency('Sở Tư pháp'),
          coordinatingAgencyIds: [agency('Sở Tài chính')],
          deadlineWorkingDays: 3,
        },
      ],
    });
    assert.equal(response.statusCode, 201, response.body);
    const conclusion = response.json();
    conclusionId = conclusion.id;
    assert.deepEqual(
      conclusion.tasks.map((task: { code: string }) => task.code),
      ['901/TB-UBND-01', '901/TB-UBND-02'],
    );
    // Friday 20/11/2026 + 3 working days: Monday 23, (Tuesday 24 is Culture Day), Wednesday 25, Thursday 26.
    assert.equal(conclusion.tasks[1].deadline, '2026-11-26');
    assert.equal(conclusion.tasks[0].status, 'assigned');
    taskId = conclusion.tasks[0].id;
    justiceTaskId = conclusion.tasks[1].id;
  });

  it('refuses a number the unit already used this year (409) and names the wrong task field (400)', async () => {
    const base = {
      issuerUnitCode: '04',
      issuerName: 'UBND tỉnh',
      kind: 'conclusion_notice',
      title: 'X',
      issuedOn: '2026-11-21',
    };
    const again = await call('POST', '/oversight/conclusions', leader, {
      ...base,
      number: '901/TB-UBND',
      tasks: [],
    });
    assert.equal(again.statusCode, 409, again.body);
    const bad = await call('POST', '/oversight/conclusions', leader, {
      ...base,
      number: '902/TB-UBND',
      tasks: [{ title: 'A', content: 'B', leadAgencyId: agency('Sở Y tế') }],
    });
    assert.equal(bad.statusCode, 400);
    assert.deepEqual(
      bad.json().errors.map((e: { field: string }) => e.field),
      ['tasks.0.deadline'],
    );
  });

  it('does not let a commune’s leader issue for the province, nor give a department a task (403, 400)', async () => {
    const forProvince = await call('POST', '/oversight/conclusions', communeLeader, {
      issuerUnitCode: '04',
      issuerName: 'UBND tỉnh',
      kind: 'directive',
      number: '1/CT',
      issuedOn: '2026-11-21',
      title: 'X',
      tasks: [],
    });
    assert.equal(forProvince.statusCode, 403);
    const toDepartment = await call('POST', '/oversight/conclusions', communeLeader, {
      issuerUnitCode: '01273',
      issuerName: 'UBND phường Thục Phán',
      kind: 'conclusion_notice',
      number: '99/TB-UBND',
      issuedOn: '2026-11-21',
      title: 'X',
      tasks: [{ title: 'A', content: 'B', leadAgencyId: agency('Sở Y tế'), deadline: '2026-12-01' }],
    });
    assert.equal(toDepartment.statusCode, 400);
    assert.equal(toDepartment.json().errors[0].field, 'tasks.0.leadAgencyId');
  });

  it('shows the lead agency’s officials their task, and hides tasks of other agencies (404)', async () => {
    const mine = (await call('GET', '/oversight/tasks?view=agency&pageSize=200', specialist)).json();
    const ids = mine.items.map((task: { id: string }) => task.id);
    assert.ok(ids.includes(taskId));
    assert.ok(!ids.includes(justiceTaskId));
    assert.equal((await call('GET', `/oversight/tasks/${justiceTaskId}`, specialist)).statusCode, 404);
    const detail = (await call('GET', `/oversight/tasks/${taskId}`, specialist)).json();
    assert.equal(detail.can.accept, true);
    assert.equal(detail.can.review, false);
  });

  it('answers 401 without a session, 403 to a citizen, and an empty list to a counter clerk', async () => {
    assert.equal((await call('GET', '/oversight/tasks')).statusCode, 401);
    assert.equal((await call('GET', '/oversight/tasks', await t.signIn('congdan'))).statusCode, 403);
    const clerk = await t.signIn('motcua');
    assert.equal((await call('GET', '/oversight/tasks?view=agency', clerk)).json().total, 0);
    assert.equal((await call('GET', `/oversight/tasks/${taskId}`, clerk)).statusCode, 404);
  });

  it('lets the lead agency accept the task, and answers a stale version with 409 and the task as it is', async () => {
    const accepted = await call('POST', `/oversight/tasks/${taskId}/accept`, specialist, { version: 1 });
    assert.equal(accepted.statusCode, 200, accepted.body);
    assert.equal(accepted.json().status, 'in_progress');
    const stale = await call('POST', `/oversight/tasks/${taskId}/progress`, specialist, {
      version: 1,
      percent: 10,
      text: 'x',
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().current.version, 2);
    assert.equal(
      (await call('POST', `/oversight/tasks/${taskId}/accept`, leader, { version: 2 })).statusCode,
      403,
    );
  });

  it('records progress with attachment references (metadata only) and ends "never reported"', async () => {
    const response = await call('POST', `/oversight/tasks/${taskId}/progress`, specialist, {
      version: 2,
      percent: 40,
      text: 'Đã số hóa 40% hồ sơ.',
      attachments: [{ name: 'Báo cáo tháng 11', reference: 'https://vanban.example/bc-11' }],
    });
    assert.equal(response.statusCode, 200, response.body);
    const task = response.json();
    assert.equal(task.progressPercent, 40);
    assert.equal(task.neverReported, false);
    assert.deepEqual(task.reports[0].attachments, [
      { name: 'Báo cáo tháng 11', reference: 'https://vanban.example/bc-11' },
    ]);
  });

  it('takes one extension request at a time, decided by the issuer only; a grant moves the deadline and keeps the original', async () => {
    const asked = await call('POST', `/oversight/tasks/${taskId}/extensions`, specialist, {
      version: 3,
      requestedDeadline: '2027-01-15',
      reason: 'Chờ số liệu của các tổ dân phố.',
    });
    assert.equal(asked.statusCode, 200, asked.body);
    const requestId = asked.json().extensions[0].id;
    const twice = await call('POST', `/oversight/tasks/${taskId}/extensions`, specialist, {
      version: 4,
      requestedDeadline: '2027-02-15',
      reason: 'Lần nữa',
    });
    assert.equal(twice.statusCode, 409);
    const byCommune = await call(
      'POST',
      `/oversight/tasks/${taskId}/extensions/${requestId}/decision`,
      communeLeader,
      {
        version: 4,
        decision: 'grant',
      },
    );
    assert.equal(
      byCommune.statusCode,
      403,
      'the commune leader works in the lead agency but did not issue the task',
    );
    const granted = await call(
      'POST',
      `/oversight/tasks/${taskId}/extensions/${requestId}/decision`,
      leader,
      {
        version: 4,
        decision: 'grant',
        grantedDeadline: '2027-01-08',
        note: 'Gia hạn đến 08/01/2027.',
      },
    );
    assert.equal(granted.statusCode, 200, granted.body);
    const task = granted.json();
    assert.equal(task.deadline, '2027-01-08');
    assert.equal(task.originalDeadline, '2026-12-15');
    assert.equal(task.extensions[0].status, 'granted');
  });

  it('notifies the issuer of the request and the agency of the decision', async () => {
    const issuerNotices = (await call('GET', '/oversight/notices?pageSize=200', leader)).json().items;
    assert.ok(
      issuerNotices.some(
        (n: { kind: string; taskId: string }) => n.kind === 'extension_requested' && n.taskId === taskId,
      ),
    );
    const agencyNotices = (
      await call('GET', '/oversight/notices?unread=true&pageSize=200', specialist)
    ).json();
    const decided = agencyNotices.items.find(
      (n: { kind: string; taskId: string }) => n.kind === 'extension_decided' && n.taskId === taskId,
    );
    assert.ok(decided);
    assert.equal((await call('POST', `/oversight/notices/${decided.id}/read`, specialist)).statusCode, 200);
    const after = (await call('GET', '/oversight/notices?unread=true&pageSize=200', specialist)).json();
    assert.equal(after.unread, agencyNotices.unread - 1);
    assert.equal(
      (await call('POST', `/oversight/notices/${decided.id}/read`, await t.signIn('motcua'))).statusCode,
      404,
    );
  });

  it('reopens a reported completion only with a reason, then confirms it: done on time against the extended deadline', async () => {
    let task = (
      await call('POST', `/oversight/tasks/${taskId}/completion`, specialist, {
        version: 5,
        text: 'Đã hoàn thành.',
      })
    ).json();
    assert.equal(task.status, 'completion_reported');
    assert.equal(task.dueState, 'awaiting_review');
    const noReason = await call('POST', `/oversight/tasks/${taskId}/review`, leader, {
      version: 6,
      outcome: 'reopen',
    });
    assert.equal(noReason.statusCode, 400);
    task = (
      await call('POST', `/oversight/tasks/${taskId}/review`, leader, {
        version: 6,
        outcome: 'reopen',
        note: 'Thiếu phụ lục.',
      })
    ).json();
    assert.equal(task.status, 'in_progress');
    assert.equal(task.progressPercent, 40, 'back to the last progress reported');
    task = (
      await call('POST', `/oversight/tasks/${taskId}/completion`, specialist, {
        version: 7,
        text: 'Đã bổ sung phụ lục.',
      })
    ).json();
    const confirmed = await call('POST', `/oversight/tasks/${taskId}/review`, leader, {
      version: 8,
      outcome: 'confirm',
    });
    assert.equal(confirmed.statusCode, 200, confirmed.body);
    assert.equal(confirmed.json().status, 'completed');
    assert.equal(confirmed.json().dueState, 'done_on_time');
    assert.deepEqual(
      confirmed.json().reports.map((r: { kind: string; review: string | null }) => [r.kind, r.review]),
      [
        ['progress', null],
        ['completion', 'reopened'],
        ['completion', 'confirmed'],
      ],
    );
  });

  it('links the task to records of other modules, each read through its module: a project, a dossier by code (issue 8 §5)', async () => {
    const projects = await listProjects(systemCtx(t.db.db, 'test', quietLogger()), {
      provinceCode: '04',
      page: 1,
      pageSize: 1,
    });
    assert.ok(projects.ok && projects.value.items[0], 'the demo province has investment projects');
    const project = projects.value.items[0];
    const unknown = await call('POST', `/oversight/tasks/${taskId}/links`, leader, {
      version: 9,
      kind: 'investment_project',
      reference: 'DA-2026-017',
    });
    assert.equal(unknown.statusCode, 400, 'a project is linked by its id, and must exist');
    const linked = await call('POST', `/oversight/tasks/${taskId}/links`, leader, {
      version: 9,
      kind: 'investment_project',
      reference: project.id,
    });
    assert.equal(linked.statusCode, 200, linked.body);
    const resolution = linked.json().links[0].resolution;
    assert.equal(resolution.state, 'resolved');
    assert.ok(resolution.label.startsWith(project.code), resolution.label);
    assert.equal(resolution.status, project.status);
    assert.equal(resolution.progress, project.rate);
    assert.equal(resolution.path, `/dashboard/investment?project=${project.id}`);

    const noSuchDossier = await call('POST', `/oversight/tasks/${taskId}/links`, leader, {
      version: 10,
      kind: 'dossier',
      reference: 'H12.22-261120-9999',
    });
    assert.equal(noSuchDossier.statusCode, 400, 'a dossier the dossiers module does not know is refused');
    const queue = (await call('GET', '/dossiers/queue?queue=all&page=1&pageSize=1', leader)).json();
    const known = queue.items[0] as { id: string; code: string; status: string };
    assert.ok(known?.code, 'the demo province has dossiers in the leader’s scope');
    const dossier = await call('POST', `/oversight/tasks/${taskId}/links`, leader, {
      version: 10,
      kind: 'dossier',
      reference: known.code.toLowerCase(),
    });
    assert.equal(dossier.statusCode, 200, dossier.body);
    const stored = dossier.json().links.find((l: { kind: string }) => l.kind === 'dossier');
    assert.equal(stored.resolution.state, 'resolved');
    assert.ok(stored.resolution.label.startsWith(known.code), stored.resolution.label);
    assert.equal(stored.resolution.status, known.status);
    assert.equal(stored.resolution.path, `/dossiers/${known.id}`);
    const removed = await call('DELETE', `/oversight/tasks/${taskId}/links/${stored.id}?version=11`, leader);
    assert.equal(removed.statusCode, 200, removed.body);
    assert.deepEqual(
      removed.json().links.map((l: { kind: string }) => l.kind),
      ['investment_project'],
    );
  });

  it('writes every step to the audit trail', async () => {
    const trail = (
      await call('GET', `/audit/entries?entityType=oversight_task&entityId=${taskId}&limit=50`, admin)
    ).json();
    const actions = trail.items.map((e: { action: string }) => e.action).reverse();
    assert.deepEqual(actions, [
      'oversight.task_accepted',
      'oversight.progress_reported',
      'oversight.extension_requested',
      'oversight.extension_granted',
      'oversight.completion_reported',
      'oversight.task_reopened',
      'oversight.completion_reported',
      'oversight.completion_confirmed',
      'oversight.task_linked',
      'oversight.task_linked',
      'oversight.task_unlinked',
    ]);
    const issued = (
      await call('GET', `/audit/entries?entityType=oversight_conclusion&entityId=${conclusionId}`, admin)
    ).json();
    assert.equal(issued.items[0].action, 'oversight.conclusion_issued');
  });
});
