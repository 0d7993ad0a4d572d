import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import type { Ctx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { listUsers, loadUser } from '../identity/index.js';
import { findAgencyOfUnit } from '../units/index.js';
import { issueMissingResults, resultSigningFor } from './issue-result.js';
import type { DossierOp } from './op-types.js';
import { runDossierWork } from './run-work.js';

/**
 * Issue 11 §4: an approval commits, then its request dies before the result document is issued (the two are
 * separate transactions). Nobody may have to retry the approval: the `dossiers-issue-results` job finds the
 * approved dossier without its result and issues it, signed with the key of the official who approved it.
 */
describe('results an approval did not live to issue (issue 11 §4)', () => {
  let t: TestApp;
  let clerk: Session;
  let officer: Session;
  let leader: Session;
  before(async () => {
    t = await startTestApp();
    [clerk, officer, leader] = (await Promise.all(
      ['motcua', 'chuyenvien', 'lanhdao.xa'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session];
  });
  after(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  /** The leader as the approval's request saw them (what the session middleware builds). */
  async function leaderCtx(now: Date): Promise<Ctx> {
    const found = await listUsers(
      { db: t.db.db, actor: { kind: 'system', name: 'test' }, requestId: 't', now, log: quietLogger() },
      { q: 'lanhdao.xa', page: 1, pageSize: 1 },
    );
    assert.ok(found.ok);
    const user = await loadUser(t.db.db, found.value.items[0]!.id);
    assert.ok(user);
    return {
      db: t.db.db,
      actor: {
        kind: 'user',
        userId: user.id,
        username: user.username,
        displayName: user.displayName,
        userKind: 'official',
        roles: user.roles.map((g) => ({
          role: g.role,
          unitCode: g.unitCode,
          provinceCode: g.provinceCode,
          agencyId: g.agencyId,
        })),
      },
      requestId: 'test-approval',
      now,
      log: quietLogger(),
    };
  }

  /** A counter dossier approved (or refused) by the leader whose request died before the result was issued. */
  async function approvedWithoutResult(
    applicant: string,
    op: DossierOp = { type: 'approve' },
  ): Promise<{ id: string; approvedAt: Date }> {
    const centre = await findAgencyOfUnit(t.db.db, '01273', 'pas_centre');
    const registered = await call('POST', '/dossiers/counter', clerk, {
      procedureCode: '1.001193',
      receivingAgencyId: centre!.id,
      channel: 'in_person',
      applicant: { name: applicant },
      resultMethod: 'counter',
      documents: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu' }, { name: 'Giấy chứng sinh' }],
      decision: { kind: 'complete' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const id = registered.json().id as string;
    let view = (await call('GET', `/dossiers/${id}`, officer)).json();
    const forwarded = await call('POST', `/dossiers/${id}/actions`, officer, {
      version: view.version,
      action: { type: 'forward' },
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    view = (await call('GET', `/dossiers/${id}`, leader)).json();
    // The approval's transaction commits; the request dies before issuing the result.
    const approvedAt = new Date();
    const approved = await runDossierWork(await leaderCtx(approvedAt), [
      { dossierId: id, version: view.version, ops: [{ op }] },
    ]);
    assert.ok(approved.ok, JSON.stringify(approved));
    view = (await call('GET', `/dossiers/${id}`, leader)).json();
    assert.equal(view.eResult, false, 'decided, no result yet');
    return { id, approvedAt };
  }

  it('issues the result first when the clerk returns one that was never issued, so nothing is handed over empty', async () => {
    const { id } = await approvedWithoutResult('Lục Thị Hoa');
    const seen = (await call('GET', `/dossiers/${id}`, clerk)).json();
    // The clerk acts on the dossier as they see it: approved, version before the issue.
    const returned = await call('POST', `/dossiers/${id}/actions`, clerk, {
      version: seen.version,
      action: { type: 'return_result', method: 'counter' },
    });
    assert.equal(returned.statusCode, 200, returned.body);
    assert.equal(returned.json().status, 'returned');
    const view = (await call('GET', `/dossiers/${id}`, clerk)).json();
    assert.equal(returned.json().version, view.version);
    assert.equal(view.status, 'returned');
    assert.equal(view.eResult, true);
    const types = view.history.map((h: { type: string }) => h.type);
    assert.deepEqual(types.slice(-3), ['approved', 'result_issued', 'result_returned']);
    assert.equal(view.version, seen.version + 2);
    const issued = view.history.find((h: { type: string }) => h.type === 'result_issued');
    assert.ok(issued, 'result issued');
  });

  it('issues the signed result of an approved dossier left without one, once, and leaves others alone', async () => {
    const { id, approvedAt } = await approvedWithoutResult('Hoàng Văn Thắng');
    let view = (await call('GET', `/dossiers/${id}`, leader)).json();

    const signing = await resultSigningFor(t.env.config);
    const job = (now: Date): Ctx => ({
      db: t.db.db,
      actor: { kind: 'system', name: 'dossiers-issue-results' },
      requestId: 'job',
      now,
      log: quietLogger(),
    });
    // Within the first minute the approval's own request may still be issuing it: the job waits.
    assert.equal(await issueMissingResults(job(approvedAt), signing), 0);
    const later = new Date(approvedAt.getTime() + 2 * 60_000);
    assert.equal(
      await issueMissingResults(job(later), signing),
      1,
      'only this dossier; demo approvals carry none',
    );
    assert.equal(await issueMissingResults(job(later), signing), 0, 'issued once');

    view = (await call('GET', `/dossiers/${id}`, leader)).json();
    assert.equal(view.eResult, true);
    const result = view.documents.find((d: { kind: string }) => d.kind === 'result');
    assert.ok(result, 'the result document is attached');
    const pdf = await call('GET', `/dossiers/${id}/documents/${result.position}`, leader);
    assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 200));
    const text = pdf.rawPayload.toString('latin1');
    assert.match(text, /\/SubFilter\s*\/ETSI\.CAdES\.detached/, 'PAdES-signed');
  });

  it('issues the written refusal of a refusal left without one, signed by the leader who refused (Decree 61 art. 19)', async () => {
    const { id, approvedAt: refusedAt } = await approvedWithoutResult('Nông Văn Sơn', {
      type: 'refuse',
      reasons: ['Giấy chứng sinh không hợp lệ'],
    });
    const signing = await resultSigningFor(t.env.config);
    const job: Ctx = {
      db: t.db.db,
      actor: { kind: 'system', name: 'dossiers-issue-results' },
      requestId: 'job',
      now: new Date(refusedAt.getTime() + 2 * 60_000),
      log: quietLogger(),
    };
    assert.equal(
      await issueMissingResults(job, signing),
      1,
      'only this refusal; the demo refusals carry none',
    );
    const view = (await call('GET', `/dossiers/${id}`, leader)).json();
    assert.equal(view.status, 'refused');
    const result = view.documents.find((d: { kind: string }) => d.kind === 'result');
    assert.equal(result?.name, 'PHIẾU TỪ CHỐI GIẢI QUYẾT HỒ SƠ');
    const issued = view.history.find((h: { type: string }) => h.type === 'result_issued');
    assert.equal(issued.actorLabel, 'Nông Thị Lan', 'under the name of the leader who refused');
    const pdf = await call('GET', `/dossiers/${id}/documents/${result.position}`, leader);
    assert.match(pdf.rawPayload.toString('latin1'), /\/SubFilter\s*\/ETSI\.CAdES\.detached/, 'PAdES-signed');
  });
});
