import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { as, demoActor, must, systemAt, vn } from '../../app/test-actors.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import {
  answerCase,
  classifyCase,
  type FeedbackReport,
  feedbackReport,
  publishAnswer,
  rateAnswer,
  type SubmitInput,
  submitFeedback,
} from './index.js';

/**
 * Issue 10 §4: counts by kind, field, unit and period with the change on the previous period; on-time rates;
 * Decision 766 sub-indicators 5.2 (PAKN on time) and 5.3 (satisfaction), counted from a month built by hand.
 */
describe('the feedback report and the Decision 766 feedback sub-indicators', () => {
  let db: TestDatabase;
  let sys: Ctx;
  let citizen: Actor;
  let report: FeedbackReport;
  const pakn = (title: string): SubmitInput => ({
    provinceCode: '04',
    kind: 'pakn',
    channel: 'counter',
    field: 'environment',
    title,
    content: 'Rác thải tồn đọng ở điểm tập kết đầu bản nhiều ngày chưa được thu gom.',
    communeCode: '01273',
  });
  const file = async (at: string, title: string, over: Partial<SubmitInput> = {}) =>
    must(await submitFeedback(systemAt(db.db, vn(at)), { ...pakn(title), ...over }));
  const answerAndPublish = async (id: string, answered: string, published?: string) => {
    const v = must(
      await answerCase(systemAt(db.db, vn(answered)), id, { version: 1, answer: 'Đã thu gom.' }),
    ).version;
    if (published) must(await publishAnswer(systemAt(db.db, vn(published)), id, { version: v }));
  };

  before(async () => {
    db = await createTestDatabase('demo');
    citizen = await demoActor(db.db, 'congdan');
    // February 2027: two PAKN.
    const feb1 = await file('2027-02-22T09:00', 'Tháng hai thứ nhất');
    await file('2027-02-23T09:00', 'Tháng hai thứ hai');
    // March 2027: A on time and liked; B answered after 15 working days; C repeats February's; D disliked.
    const a = await file('2027-03-01T09:00', 'A');
    await answerAndPublish(a.id, '2027-03-05T09:00', '2027-03-08T09:00');
    const b = await file('2027-03-01T10:00', 'B');
    await answerAndPublish(b.id, '2027-03-25T09:00', '2027-03-26T09:00');
    const c = await file('2027-03-25T09:00', 'C');
    must(
      await classifyCase(systemAt(db.db, vn('2027-03-26T09:00')), c.id, {
        version: 1,
        repeatOfCode: feb1.code,
      }),
    );
    const d = await file('2027-03-02T09:00', 'D');
    await answerAndPublish(d.id, '2027-03-04T09:00', '2027-03-05T09:00');
    must(await rateAnswer(as(systemAt(db.db, vn('2027-03-10T09:00')), citizen), a.code, 'like'));
    must(await rateAnswer(as(systemAt(db.db, vn('2027-03-10T09:00')), citizen), d.code, 'dislike'));
    // And one complaint in March.
    await file('2027-03-03T09:00', 'Khiếu nại', {
      kind: 'complaint',
      field: 'land',
      decisionKnownOn: '2027-02-20',
      person: { fullName: 'Hà Văn Khải', idNumber: '004090011111', address: 'Cao Bằng' },
    });
    sys = systemAt(db.db, vn('2027-03-31T12:00'));
    report = must(await feedbackReport(sys, { provinceCode: '04', period: '2027-03' }));
  });
  after(() => db.drop());

  it('counts March against February: 5 against 2, +150%; PAKN 4 against 2, +100%', () => {
    assert.deepEqual([report.total.current, report.total.previous, report.total.change], [5, 2, 1.5]);
    const paknRow = report.byKind.find((k) => k.key === 'pakn')!;
    assert.deepEqual([paknRow.current, paknRow.previous, paknRow.change], [4, 2, 1]);
    const complaintRow = report.byKind.find((k) => k.key === 'complaint')!;
    assert.deepEqual([complaintRow.current, complaintRow.previous, complaintRow.change], [1, 0, null]);
    assert.deepEqual(
      report.byField.map((f) => [f.key, f.current]),
      [
        ['environment', 4],
        ['land', 1],
      ],
    );
    assert.deepEqual(
      report.byUnit.map((u) => [u.key, u.unitName, u.current]),
      [['01273', 'Phường Thục Phán', 5]],
    );
    assert.deepEqual(report.byMonth, [{ month: '2027-03', pakn: 4, complaint: 1, denunciation: 0 }]);
  });

  it('computes 5.2 as PAKN on time ÷ PAKN received; a PAKN still within its time counts as on time', () => {
    const i52 = report.indicators766.find((i) => i.code === '5.2')!;
    assert.equal(i52.portalCode, 'PETITION_PROCESSING_ON_TIME');
    assert.deepEqual([i52.numerator, i52.denominator, i52.ratio], [3, 4, 0.75]);
    assert.equal(i52.points, 4.5, '0.75 × 6 points');
  });

  it('computes 5.3 as (all − disliked − late − repeated) ÷ all, each PAKN subtracted once', () => {
    const i53 = report.indicators766.find((i) => i.code === '5.3')!;
    assert.equal(i53.portalCode, 'PETITION_HANDLING_SATISFACTION');
    assert.deepEqual(i53.parts, { all: 4, disliked: 1, late: 1, repeated: 1, subtracted: 3 });
    assert.deepEqual([i53.numerator, i53.denominator, i53.ratio], [1, 4, 0.25]);
  });

  it('gives on-time rates per law and per step, counting a running step only once it is due', () => {
    const pakn = report.onTimeByKind.find((k) => k.kind === 'pakn')!;
    assert.deepEqual([pakn.cases, pakn.late, pakn.rate], [4, 1, 0.75]);
    const process = report.onTimeBySteps.find((s) => s.kind === 'pakn' && s.step === 'process')!;
    assert.deepEqual(
      [process.measured, process.onTime, process.late],
      [3, 2, 1],
      'C is still running and not yet due',
    );
    const complaint = report.onTimeByKind.find((k) => k.kind === 'complaint')!;
    assert.deepEqual([complaint.cases, complaint.late], [1, 1], 'not accepted within 7 working days');
  });

  it('refuses reports to citizens and scopes a unit leader to their unit', async () => {
    assert.equal(
      (await feedbackReport(as(sys, citizen), { provinceCode: '04', period: '2027-03' })).ok,
      false,
    );
    const wardLeader = await demoActor(db.db, 'lanhdao.xa');
    const scoped = must(await feedbackReport(as(sys, wardLeader), { provinceCode: '04', period: '2027-03' }));
    assert.deepEqual(scoped.units, ['01273']);
    assert.equal(scoped.total.current, 5);
  });
});
