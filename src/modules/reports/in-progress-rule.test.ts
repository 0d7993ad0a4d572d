import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Actor, Ctx } from '../../platform/context.js';
import { systemCtx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { calendarFor, finishClock, pauseClock, readClock, startClock } from '../calendar/index.js';
import { inProgressRuleSetting, readInProgressRule, setInProgressRule } from './in-progress-rule.js';
import { scorecard766 } from './index766.js';

/**
 * Issue 24 §5a: Decision 766 sub-indicators 2.1 and 5.4 as written count only dossiers resolved in the period;
 * RULES.md §1.5 counts those still in progress at the period's end with its last day as their end. Six dossiers
 * of March 2025 in a quiet province (Quảng Ninh, 22), counted by hand under both rules:
 *
 * - R1 resolved 5/3 on time; R2 resolved 20/3 late (portal rule at finish).
 * - P1 received Thu 20/3, 10 working days: due in April, not overdue on 31/3 → on time.
 * - P2 received Mon 3/3, 5 working days: due about 10/3, still open on 31/3 → late.
 * - P3 received Mon 3/3, 3 working days, supplement asked Tue 4/3 and still awaited: ends at the request → on time.
 * - P4 received Tue 25/3, 10 working days, finished 2/4: in progress on 31/3 and not overdue → on time.
 *
 * Written formula: 2.1 = 1 ÷ 2 (R1 of R1, R2); 5.4 = 100% − 1/2 late = 50%.
 * Period end:      2.1 = 4 ÷ 6 (R1, P1, P3, P4 of all six); 5.4 = 100% − 2/6 late = 66,7%.
 */
interface Hand {
  key: string;
  received: string;
  days: number;
  finished?: string;
  portal?: boolean;
  supplementAsked?: string;
}

const HAND: Hand[] = [
  {
    key: 'R1',
    received: '2025-03-03T08:00:00+07:00',
    days: 5,
    finished: '2025-03-05T10:00:00+07:00',
    portal: true,
  },
  {
    key: 'R2',
    received: '2025-03-03T08:00:00+07:00',
    days: 5,
    finished: '2025-03-20T10:00:00+07:00',
    portal: false,
  },
  { key: 'P1', received: '2025-03-20T08:00:00+07:00', days: 10 },
  { key: 'P2', received: '2025-03-03T08:00:00+07:00', days: 5 },
  { key: 'P3', received: '2025-03-03T08:00:00+07:00', days: 3, supplementAsked: '2025-03-04T10:00:00+07:00' },
  {
    key: 'P4',
    received: '2025-03-25T08:00:00+07:00',
    days: 10,
    finished: '2025-04-02T10:00:00+07:00',
    portal: true,
  },
];

describe('which dossiers 2.1 and 5.4 count: an administrator’s setting (issue 24 §5a)', () => {
  let db: TestDatabase;
  const now = new Date('2026-01-05T08:00:00+07:00');
  const ctx = (): Ctx => systemCtx(db.db, 'test', quietLogger(), now);
  const as = (actor: Actor): Ctx => ({ ...ctx(), actor });
  const user = (role: 'system_admin' | 'provincial_leader', unitCode: string): Actor => ({
    kind: 'user',
    userId: newId(),
    username: `${role}.${unitCode}`,
    displayName: role,
    userKind: 'official',
    roles: [{ role, unitCode, provinceCode: unitCode === 'VN' ? 'VN' : unitCode.slice(0, 2) }],
  });

  before(async () => {
    db = await createTestDatabase('demo');
    const cal = await calendarFor(db.db, '22');
    const [commune] = (
      await db.pool.query(
        `select code from units.units where province_code = '22' and level = 'commune' order by code limit 1`,
      )
    ).rows;
    for (const h of HAND) {
      let clock = unwrap(startClock(cal, { amount: h.days, unit: 'working_days' }, h.received));
      const appointment = unwrap(readClock(cal, clock, h.received)).due;
      if (h.supplementAsked) clock = unwrap(pauseClock(cal, clock, h.supplementAsked, 'supplement'));
      if (h.finished) clock = unwrap(finishClock(cal, clock, h.finished, 'done'));
      const id = newId();
      const status = h.supplementAsked ? 'supplement_requested' : h.finished ? 'done' : 'processing';
      await db.pool.query(
        `insert into dossiers.dossiers (id, province_code, code, status, channel, procedure_id, procedure_code, procedure_version_id,
           procedure_version_no, procedure_name, field, competent_unit_code, applicant_name, applicant, declared, submitted_at,
           received_at, appointment_at, due_at, finished_at, outcome, timeliness, on_time_indicator, on_time_portal,
           supplement_count, result_method, clock, workflow, version, created_at, updated_at)
         values ($1, '22', $2, $3, 'in_person', $4, '1.000001', $4, 1, 'Thủ tục thử nghiệm', 'Hộ tịch', $5, 'Người thử',
           '{"name":"Người thử"}', '{}', $6::timestamptz, $6::timestamptz, $7::timestamptz, $7::timestamptz, $8::timestamptz,
           $9, $10, $11, $11, $12, 'counter', $13, '[]', 1, now(), now())`,
        [
          id,
          `RULE-${h.key}`,
          status,
          newId(),
          commune.code,
          h.received,
          appointment,
          h.finished ?? null,
          h.finished ? 'approved' : null,
          h.finished ? (h.portal ? 'on_time' : 'late') : null,
          h.finished ? h.portal : null,
          h.supplementAsked ? 1 : 0,
          JSON.stringify(clock),
        ],
      );
      await db.pool.query(
        `insert into dossiers.events (dossier_id, province_code, type, at, status, actor_label, payload)
         values ($1, '22', 'test_loaded', now(), $2, 'test', '{}')`,
        [id, status],
      );
    }
  });
  after(() => db.drop());

  const itemsOf = async () => {
    const r = await scorecard766(ctx(), { unit: '22', period: '2025-03' });
    assert.ok(r.ok, JSON.stringify(r));
    const item = (code: string) => r.value.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    return { card: r.value, i21: item('2.1'), i54: item('5.4') };
  };

  it('counts the dossiers in progress at the period’s end, its last day as their end, by default: the written formula (RULES.md §1.5)', async () => {
    assert.equal(await readInProgressRule(db.db), 'period_end');
    const { card, i21, i54 } = await itemsOf();
    assert.equal(card.inProgressRule.rule, 'period_end');
    assert.equal(card.inProgressRule.isDefault, true);
    assert.match(card.inProgressRule.source, /Mô tả công thức tính chỉ số 766/);
    assert.deepEqual(card.pendingAtEnd, { onTime: 3, late: 1 }, 'P1, P3, P4 on time; P2 late');
    assert.deepEqual([i21.numerator, i21.denominator], [4, 6], 'R1, P1, P3, P4 of all six');
    assert.ok(Math.abs(i21.points! - (4 / 6) * 20) < 1e-9);
    assert.ok(Math.abs(i54.ratio! - (1 - 2 / 6)) < 1e-9, '100% − R2 and P2 late of six');
    assert.ok(Math.abs(i54.points! - ((4 / 6) * 6) / 0.9) < 1e-9);
    assert.match(i21.note ?? '', /đang giải quyết cuối kỳ được tính/);
    assert.match(i21.formulaEn, /in progress at its end/, 'the formula says what it divides');
  });

  it('counts only the dossiers resolved in the period once an administrator chooses the narrower reading, and back', async () => {
    const set = await setInProgressRule(as(user('system_admin', '22')), { rule: 'resolved_only' });
    assert.ok(set.ok, JSON.stringify(set));
    const { card, i21, i54 } = await itemsOf();
    assert.equal(card.inProgressRule.rule, 'resolved_only');
    assert.match(card.inProgressRule.source, /Quyết định 766\/QĐ-TTg/);
    assert.deepEqual([i21.numerator, i21.denominator], [1, 2], 'R1 on time of R1, R2');
    assert.equal(i21.points, 10, '50% × 20');
    assert.deepEqual([i54.numerator, i54.denominator], [1, 2], '100% − 1 late of 2');
    assert.ok(Math.abs(i54.points! - (0.5 * 6) / 0.9) < 1e-9);
    assert.deepEqual(card.pendingAtEnd, { onTime: 0, late: 0 });
    assert.ok(
      card.method.some((m) => m.key === 'in_progress_rule' && /Chỉ tính hồ sơ đã giải quyết/.test(m.vi)),
    );
    // Back to the written formula: the same records give the first figure again.
    assert.ok((await setInProgressRule(as(user('system_admin', 'VN')), { rule: 'period_end' })).ok);
    assert.deepEqual([(await itemsOf()).i21.numerator, (await itemsOf()).i21.denominator], [4, 6]);
  });

  it('audits each change in its transaction, with the rule before and after', async () => {
    const { rows } = await db.pool.query(
      `select before, after, actor_label from audit.entries where action = 'reports.in_progress_rule_set' order by seq`,
    );
    assert.deepEqual(
      rows.map((r) => [r.before.rule, r.after.rule, r.actor_label]),
      [
        ['period_end', 'resolved_only', 'system_admin.22'],
        ['resolved_only', 'period_end', 'system_admin.VN'],
      ],
    );
  });

  it('refuses a leader or a commune administrator the change, and lets report readers read the rule', async () => {
    const leader = user('provincial_leader', '22');
    const refused = await setInProgressRule(as(leader), { rule: 'resolved_only' });
    assert.ok(!refused.ok && refused.error.kind === 'forbidden', JSON.stringify(refused));
    const commune = await setInProgressRule(as(user('system_admin', '22001')), { rule: 'resolved_only' });
    assert.ok(!commune.ok && commune.error.kind === 'forbidden');
    assert.equal(await readInProgressRule(db.db), 'period_end', 'nothing written');
    const read = await inProgressRuleSetting(as(leader));
    assert.ok(read.ok && read.value.rule === 'period_end' && read.value.canChange === false);
  });
});

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
