import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { as, auditTrail, demoActor, errorOf, must, systemAt, vn } from '../../app/test-actors.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { formatLocal } from '../calendar/index.js';
import {
  acceptCase,
  getCase,
  getFeedbackState,
  markOverdue,
  resumeCase,
  type SubmitInput,
  submitFeedback,
  suspendCase,
  terminateCase,
  withdrawCase,
} from './index.js';

const local = (d: Date | null | undefined) => (d ? formatLocal(d.getTime()) : null);

/**
 * Tạm đình chỉ, tiếp tục, đình chỉ việc giải quyết khiếu nại (Law on Complaints art. 11a, Law 136/2025;
 * Decree 155/2026: the time limit continues from the decision to resume).
 */
describe('feedback: suspending, resuming and terminating a complaint’s resolution', () => {
  let db: TestDatabase;
  let sys: Ctx;
  let citizen: Actor;
  let wardLeader: Actor;
  let specialist: Actor;
  const complaint = (): SubmitInput => ({
    provinceCode: '04',
    kind: 'complaint',
    channel: 'portal',
    field: 'land',
    title: 'Khiếu nại quyết định thu hồi đất',
    content: 'Tôi khiếu nại quyết định thu hồi đất vì chưa được bồi thường đúng quy định.',
    communeCode: '01273',
    decisionKnownOn: '2027-02-20',
    person: { fullName: 'Hoàng Thị Mai', idNumber: '004190012345', address: 'Phường Thục Phán, Cao Bằng' },
  });
  /** A complaint filed on 1/3/2027 and accepted on 5/3: its resolution is due at the end of 5/4/2027. */
  const accepted = async () => {
    const filed = must(await submitFeedback(as(sys, citizen), complaint()));
    const changed = must(
      await acceptCase(as(sys, wardLeader, vn('2027-03-05T09:00')), filed.id, { version: 1 }),
    );
    return { id: filed.id, version: changed.version };
  };
  const resolveDeadline = async (id: string, at: Date) => {
    const read = must(await getCase(as(sys, wardLeader, at), id));
    assert.equal(read.as, 'official');
    return read.as === 'official' ? read.case.deadlines.find((d) => d.step === 'resolve')! : undefined!;
  };
  const decision = (version: number, n: string) => ({
    version,
    decisionNumber: n,
    reason: 'Chờ kết quả giám định.',
  });

  before(async () => {
    db = await createTestDatabase('demo');
    sys = systemAt(db.db, vn('2027-03-01T09:00'));
    citizen = await demoActor(db.db, 'congdan');
    wardLeader = await demoActor(db.db, 'lanhdao.xa');
    specialist = await demoActor(db.db, 'chuyenvien');
  });
  after(() => db.drop());

  it('stops the resolution time while suspended: not overdue, not escalated, then moved on by the days suspended', async () => {
    const c = await accepted();
    assert.equal(
      local((await resolveDeadline(c.id, vn('2027-03-06T09:00'))).dueAt),
      '2027-04-06T00:00:00+07:00',
    );
    const suspended = must(
      await suspendCase(as(sys, wardLeader, vn('2027-03-10T09:00')), c.id, decision(c.version, '12/QĐ-UBND')),
    );
    assert.equal(suspended.status, 'suspended');

    // Past the original deadline, the suspended complaint is neither overdue nor escalated.
    const late = vn('2027-04-20T09:00');
    const paused = await resolveDeadline(c.id, late);
    assert.equal(paused.state, 'paused');
    assert.equal((await getFeedbackState(db.db, c.id, late))!.overdue, false);
    await markOverdue(systemAt(db.db, late));
    assert.equal((await auditTrail(db.db, c.id, 'feedback.step_overdue')).length, 0);

    // Resumed on 30/3: 20 days suspended (10/3 → 30/3); 5/4 + 20 days = 25/4 (Sunday) → Monday 26/4, 24:00.
    const resumed = must(
      await resumeCase(
        as(sys, wardLeader, vn('2027-03-30T10:00')),
        c.id,
        decision(suspended.version, '15/QĐ-UBND'),
      ),
    );
    assert.equal(resumed.status, 'processing');
    const running = await resolveDeadline(c.id, vn('2027-04-20T09:00'));
    assert.equal(running.state, 'running');
    assert.equal(local(running.dueAt), '2027-04-27T00:00:00+07:00');

    const trail = await auditTrail(db.db, c.id);
    const suspendedEntry = trail.find((e) => e.action === 'feedback.suspended');
    const resumedEntry = trail.find((e) => e.action === 'feedback.resumed');
    assert.equal((suspendedEntry?.after as { decisionNumber: string }).decisionNumber, '12/QĐ-UBND');
    assert.equal((resumedEntry?.after as { daysSuspended: number }).daysSuspended, 20);
  });

  it('terminates a suspended complaint: the case closes and its open steps are no longer measured', async () => {
    const c = await accepted();
    const suspended = must(
      await suspendCase(as(sys, wardLeader, vn('2027-03-10T09:00')), c.id, decision(c.version, '20/QĐ-UBND')),
    );
    const terminated = must(
      await terminateCase(
        as(sys, wardLeader, vn('2027-03-12T09:00')),
        c.id,
        decision(suspended.version, '21/QĐ-UBND'),
      ),
    );
    assert.equal(terminated.status, 'terminated');
    const state = (await getFeedbackState(db.db, c.id, vn('2027-05-01T09:00')))!;
    assert.equal(state.closed, true);
    assert.equal((await resolveDeadline(c.id, vn('2027-05-01T09:00'))).state, 'cancelled');
    assert.equal(
      errorOf(await resumeCase(as(sys, wardLeader), c.id, decision(terminated.version, '22/QĐ-UBND'))).kind,
      'invalid',
    );
  });

  it('lets the complainant withdraw while the resolution is suspended (Law on Complaints art. 10)', async () => {
    const c = await accepted();
    const suspended = must(
      await suspendCase(as(sys, wardLeader, vn('2027-03-10T09:00')), c.id, decision(c.version, '30/QĐ-UBND')),
    );
    const withdrawn = must(
      await withdrawCase(as(sys, citizen, vn('2027-03-11T09:00')), c.id, {
        version: suspended.version,
        reason: 'Đã thỏa thuận được với cơ quan.',
      }),
    );
    assert.equal(withdrawn.status, 'withdrawn');
  });

  it('is decided by the unit’s leaders, only for a complaint being resolved', async () => {
    const c = await accepted();
    assert.equal(
      errorOf(await suspendCase(as(sys, specialist), c.id, decision(c.version, '40/QĐ-UBND'))).kind,
      'forbidden',
    );
    const pakn = must(
      await submitFeedback(as(sys, citizen), { ...complaint(), kind: 'pakn', decisionKnownOn: undefined }),
    );
    assert.equal(
      errorOf(await suspendCase(as(sys, wardLeader), pakn.id, decision(1, '41/QĐ-UBND'))).kind,
      'invalid',
    );
    assert.equal(
      errorOf(await resumeCase(as(sys, wardLeader), c.id, decision(c.version, '42/QĐ-UBND'))).kind,
      'invalid',
      'a running resolution is not resumed',
    );
  });
});
