import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { type Ctx, systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { listAgencies } from '../units/index.js';
import {
  acceptTask,
  decideExtension,
  getTask,
  issueConclusion,
  listNotices,
  requestExtension,
  runEscalation,
  setLadder,
} from './index.js';

/**
 * The oversight-escalate job (issue 8 §3): ladder steps from the working-day calendar, each recorded once per
 * task, step and deadline, with a notice and an audit entry; a granted extension starts a new ladder.
 * Every run is given its instant: the rule under test, not the clock of the machine.
 */
describe('oversight: escalating overdue tasks', () => {
  let db: TestDatabase;
  let taskId: string;
  const at = (day: string) => new Date(`${day}T08:05:00+07:00`);
  const ctxAt = (day: string): Ctx => systemCtx(db.db, 'oversight-escalate', quietLogger(), at(day));
  const run = (day: string) => runEscalation(ctxAt(day), { provinceCode: '04' });
  const firedFor = async (id: string) =>
    (
      await db.db.execute<{ step: string; deadline: string; fired_on: string }>(
        sql`select step, deadline, fired_on from oversight.escalations where task_id = ${id}::uuid order by fired_at, step`,
      )
    ).rows;

  before(async () => {
    db = await createTestDatabase('demo');
    const agencies = await listAgencies(db.db, '04');
    const health = agencies.find((a) => a.name === 'Sở Y tế')!;
    const issued = await issueConclusion(ctxAt('2026-11-02'), {
      issuerUnitCode: '04',
      issuerName: 'Ủy ban nhân dân tỉnh',
      kind: 'directive',
      number: '07/CT-UBND',
      issuedOn: '2026-11-02',
      title: 'Chỉ thị về phòng, chống dịch bệnh mùa đông',
      tasks: [
        {
          title: 'Kế hoạch phòng dịch',
          content: 'Xây dựng kế hoạch.',
          leadAgencyId: health.id,
          deadline: '2026-11-16',
        },
      ],
    });
    assert.ok(issued.ok, JSON.stringify(!issued.ok && issued.error));
    taskId = issued.value.tasks[0]!.id;
  });
  after(() => db.drop());

  it('records nothing while the deadline is more than three working days away', async () => {
    await run('2026-11-10');
    assert.deepEqual(await firedFor(taskId), []);
  });

  it('reminds the lead agency three working days before the deadline, once however often the job runs', async () => {
    const first = await run('2026-11-11');
    assert.deepEqual(
      first.fired.filter((f) => f.taskId === taskId).map((f) => [f.step, f.audience]),
      [['reminder', 'agency']],
    );
    const again = await run('2026-11-11');
    assert.equal(again.fired.filter((f) => f.taskId === taskId).length, 0);
    await run('2026-11-12');
    assert.equal((await firedFor(taskId)).length, 1);
  });

  it('notifies the agency head the working day after the deadline, and lists the task to the issuer five working days after', async () => {
    await run('2026-11-17');
    await run('2026-11-20');
    assert.deepEqual(
      (await firedFor(taskId)).map((r) => r.step),
      ['reminder', 'agency_head'],
    );
    // Friday 20 → Monday 23/11/2026 is the fifth working day after Monday 16/11.
    await run('2026-11-23');
    assert.deepEqual(
      (await firedFor(taskId)).map((r) => [r.step, r.fired_on]),
      [
        ['reminder', '2026-11-11'],
        ['agency_head', '2026-11-17'],
        ['issuer', '2026-11-23'],
      ],
    );
    const detail = await getTask(ctxAt('2026-11-23'), taskId);
    assert.ok(detail.ok);
    assert.equal(detail.value.dueState, 'overdue');
    assert.deepEqual(detail.value.escalation, { step: 'issuer', audience: 'issuer', firedOn: '2026-11-23' });
  });

  it('leaves each step in the audit trail and a notice for its audience', async () => {
    const audited = await db.db.execute<{ n: number }>(
      sql`select count(*)::int as n from audit.entries where action = 'oversight.escalated' and entity_id = ${taskId}`,
    );
    assert.equal(audited.rows[0]?.n, 3);
    const notices = await db.db.execute<{ audience: string }>(
      sql`select audience from oversight.notices where task_id = ${taskId}::uuid and kind = 'escalation' order by created_at`,
    );
    assert.deepEqual(
      notices.rows.map((r) => r.audience),
      ['agency', 'agency_head', 'issuer'],
    );
    const list = await listNotices(ctxAt('2026-11-23'), { page: 1, pageSize: 200 });
    assert.ok(list.ok && list.value.items.some((n) => n.taskId === taskId && n.params.step === 'issuer'));
  });

  it('starts a new ladder for the deadline an extension grants, and keeps the old steps on record', async () => {
    const ctx = ctxAt('2026-11-23');
    const accepted = await acceptTask(ctx, taskId, { version: 1 });
    assert.ok(accepted.ok);
    const asked = await requestExtension(ctx, taskId, {
      version: 2,
      requestedDeadline: '2026-12-04',
      reason: 'Chờ vắc-xin.',
    });
    assert.ok(asked.ok);
    const granted = await decideExtension(ctx, taskId, asked.value.extensions[0]!.id, {
      version: 3,
      decision: 'grant',
    });
    assert.ok(granted.ok);
    assert.equal(granted.value.escalation, null, 'no step yet for the new deadline');
    await run('2026-12-01');
    const rows = await firedFor(taskId);
    assert.deepEqual(rows.at(-1), { step: 'reminder', deadline: '2026-12-04', fired_on: '2026-12-01' });
    assert.equal(rows.length, 4);
  });

  it('follows the ladder a province sets for itself', async () => {
    const admin = systemCtx(db.db, 'test', quietLogger(), at('2026-12-01'));
    const changed = await setLadder(admin, '04', {
      steps: [
        { step: 'early_reminder', offsetWorkingDays: -5, audience: 'agency' },
        { step: 'issuer', offsetWorkingDays: 2, audience: 'issuer' },
      ],
    });
    assert.ok(changed.ok);
    assert.equal(changed.value.isDefault, false);
    await run('2026-12-08');
    const steps = (await firedFor(taskId)).filter((r) => r.deadline === '2026-12-04').map((r) => r.step);
    assert.deepEqual(
      steps,
      ['reminder', 'issuer'],
      'the issuer step of the new ladder, two working days late',
    );
    const [ladderAudit] = (
      await db.db.execute<{ n: number }>(
        sql`select count(*)::int as n from audit.entries where action = 'oversight.ladder_changed'`,
      )
    ).rows;
    assert.equal(ladderAudit?.n, 1);
  });

  it('refuses a ladder change from someone who is neither administrator nor provincial leader of the province', async () => {
    const notLeader: Ctx = {
      ...ctxAt('2026-12-01'),
      actor: {
        kind: 'user',
        userId: '00000000-0000-7000-8000-000000000001',
        username: 'x',
        displayName: 'X',
        userKind: 'official',
        roles: [{ role: 'unit_leader', unitCode: '01273', provinceCode: '04' }],
      },
    };
    const refused = await setLadder(notLeader, '04', {
      steps: [{ step: 'a', offsetWorkingDays: 1, audience: 'issuer' }],
    });
    assert.equal(!refused.ok && refused.error.kind, 'forbidden');
  });
});
