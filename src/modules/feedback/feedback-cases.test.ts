import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { as, auditTrail, demoActor, demoAgency, errorOf, must, systemAt, vn } from '../../app/test-actors.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { formatLocal } from '../calendar/index.js';
import { listCommunes } from '../units/index.js';
import {
  acceptCase,
  answerCase,
  assignCase,
  classifyCase,
  extendCase,
  getCase,
  getFeedbackState,
  getPublishedAnswer,
  markOverdue,
  publishAnswer,
  refuseCase,
  requestOversight,
  requestSupplement,
  type SubmitInput,
  submitFeedback,
  trackCase,
} from './index.js';

const local = (d: Date | null | undefined) => (d ? formatLocal(d.getTime()) : null);
const WARD = '01273';

describe('feedback cases through the module’s API (issue 10)', () => {
  let db: TestDatabase;
  let sys: Ctx;
  let citizen: Actor;
  let wardLeader: Actor;
  let specialist: Actor;
  let otherCommune: string;
  const pakn = (over: Partial<SubmitInput> = {}): SubmitInput => ({
    provinceCode: '04',
    kind: 'pakn',
    channel: 'portal',
    field: 'transport',
    title: 'Sạt lở taluy trên đường liên xã',
    content:
      'Đất đá tràn xuống mặt đường sau mưa lớn, đề nghị khắc phục sớm. Liên hệ Nông Văn Hùng, 0912 345 678.',
    communeCode: WARD,
    person: { fullName: 'Nông Văn Hùng', phone: '0912345678' },
    ...over,
  });
  const identified = {
    fullName: 'Hoàng Thị Mai',
    idNumber: '004190012345',
    address: 'Phường Thục Phán, Cao Bằng',
  };

  before(async () => {
    db = await createTestDatabase('demo');
    sys = systemAt(db.db, vn('2027-03-01T09:00'));
    citizen = await demoActor(db.db, 'congdan');
    wardLeader = await demoActor(db.db, 'lanhdao.xa');
    specialist = await demoActor(db.db, 'chuyenvien');
    otherCommune = (await listCommunes(db.db, '04', '2027-03-01')).find((c) => c.code !== WARD)!.code;
  });
  after(() => db.drop());

  it('files an anonymous PAKN in the ward’s People’s Committee and starts its 15-working-day clock', async () => {
    const filed = must(await submitFeedback(as(sys, { kind: 'anonymous' }), pakn()));
    assert.match(filed.code, /^PA-04-270301-\d{4}$/);
    assert.equal(filed.agency.unitCode, WARD);
    assert.equal(filed.firstStep.step, 'process');
    assert.equal(local(filed.firstStep.dueAt), '2027-03-22T17:00:00+07:00');
    assert.ok(filed.trackingKey, 'an anonymous submitter gets a key to follow the case');
    const tracked = must(await trackCase(sys, filed.code, filed.trackingKey!));
    assert.equal(tracked.status, 'received');
    assert.equal(errorOf(await trackCase(sys, filed.code, 'not-the-key')).kind, 'not_found');
  });

  it('answers and publishes within the limits; the published answer carries no personal data', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    assert.equal(filed.trackingKey, null, 'a signed-in citizen follows the case from their account');
    let v = must(
      await classifyCase(as(sys, wardLeader, vn('2027-03-02T09:00')), filed.id, { version: 1 }),
    ).version;
    v = must(
      await answerCase(as(sys, wardLeader, vn('2027-03-10T10:00')), filed.id, {
        version: v,
        answer: 'Trả lời ông Nông Văn Hùng: xã đã dọn đất đá và cắm biển cảnh báo.',
      }),
    ).version;
    must(await publishAnswer(as(sys, wardLeader, vn('2027-03-11T10:00')), filed.id, { version: v }));
    const published = must(await getPublishedAnswer(as(sys, { kind: 'anonymous' }), filed.code));
    const text = JSON.stringify(published);
    for (const personal of ['Nông Văn Hùng', '0912 345 678', '0912345678'])
      assert.ok(!text.includes(personal), personal);
    assert.match(published.answer, /dọn đất đá/);
    const view = must(await getCase(as(sys, wardLeader), filed.id));
    assert.equal(view.as, 'official');
    if (view.as !== 'official') return;
    assert.deepEqual(
      view.case.deadlines.map((d) => [d.step, d.state]),
      [
        ['process', 'on_time'],
        ['publish', 'on_time'],
      ],
    );
  });

  it('counts a PAKN refused after 2 working days as late (Decision 766 sub-indicator 5.2)', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    must(
      await refuseCase(as(sys, wardLeader, vn('2027-03-04T10:00')), filed.id, {
        version: 1,
        reason: 'Không thuộc thẩm quyền.',
      }),
    );
    const view = must(await getCase(as(sys, wardLeader), filed.id));
    assert.ok(view.as === 'official');
    if (view.as !== 'official') return;
    const refuse = view.case.deadlines.find((d) => d.step === 'refuse')!;
    assert.equal(local(refuse.dueAt), '2027-03-03T17:00:00+07:00');
    assert.equal(refuse.state, 'late');
    assert.equal(view.case.deadlines.find((d) => d.step === 'process')!.state, 'cancelled');
  });

  it('asks a PAKN’s submitter for more information once only', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    const asked = must(
      await requestSupplement(as(sys, wardLeader, vn('2027-03-03T09:00')), filed.id, {
        version: 1,
        note: 'Cho biết vị trí cụ thể.',
      }),
    );
    assert.equal(asked.status, 'supplement_requested');
    const again = await requestSupplement(as(sys, wardLeader, vn('2027-03-03T10:00')), filed.id, {
      version: asked.version,
      note: 'Lần nữa.',
    });
    assert.equal(errorOf(again).kind, 'conflict');
  });

  it('requires an identified person for complaints and denunciations', async () => {
    const complaint = {
      ...pakn(),
      kind: 'complaint' as const,
      field: 'land' as const,
      decisionKnownOn: '2027-02-20',
    };
    assert.equal(
      errorOf(await submitFeedback(as(sys, { kind: 'anonymous' }), complaint)).kind,
      'unauthenticated',
    );
    const missing = errorOf(
      await submitFeedback(as(sys, citizen), { ...complaint, person: { fullName: 'Hoàng Thị Mai' } }),
    );
    assert.equal(missing.kind, 'invalid');
    assert.ok(missing.kind === 'invalid' && missing.errors?.some((e) => e.field === 'person.idNumber'));
    const denunciation = { ...pakn(), kind: 'denunciation' as const, field: 'staff_conduct' as const };
    assert.equal(
      errorOf(await submitFeedback(as(sys, { kind: 'anonymous' }), denunciation)).kind,
      'unauthenticated',
    );
  });

  it('accepts a complaint and gives it 30 days to resolve, 45 once classified complex (Law on Complaints art. 28)', async () => {
    const filed = must(
      await submitFeedback(as(sys, citizen), {
        ...pakn(),
        kind: 'complaint',
        field: 'land',
        title: 'Khiếu nại quyết định thu hồi đất',
        decisionKnownOn: '2027-02-20',
        person: identified,
      }),
    );
    assert.equal(filed.firstStep.step, 'accept');
    assert.equal(local(filed.firstStep.dueAt), '2027-03-10T17:00:00+07:00', '7 working days from 1/7/2026');
    assert.equal(filed.limitation?.expired, false);
    const accepted = must(
      await acceptCase(as(sys, wardLeader, vn('2027-03-05T09:00')), filed.id, { version: 1 }),
    );
    const resolveDue = async () => {
      const v = must(await getCase(as(sys, wardLeader), filed.id));
      return v.as === 'official' ? local(v.case.deadlines.find((d) => d.step === 'resolve')!.dueAt) : null;
    };
    assert.equal(
      await resolveDue(),
      '2027-04-06T00:00:00+07:00',
      '30 days from 5/3 end on 4/4 (Sunday) → Monday 5/4, 24:00',
    );
    must(
      await classifyCase(as(sys, wardLeader, vn('2027-03-08T09:00')), filed.id, {
        version: accepted.version,
        complex: true,
      }),
    );
    assert.equal(await resolveDue(), '2027-04-20T00:00:00+07:00', '45 days from 5/3 end on 19/4, 24:00');
  });

  it('declines to accept a complaint filed after the 90-day limitation (art. 9); it is refused instead', async () => {
    const filed = must(
      await submitFeedback(as(sys, citizen), {
        ...pakn(),
        kind: 'complaint',
        field: 'land',
        decisionKnownOn: '2026-11-01',
        person: identified,
      }),
    );
    assert.equal(filed.limitation?.expired, true);
    assert.equal(errorOf(await acceptCase(as(sys, wardLeader), filed.id, { version: 1 })).kind, 'invalid');
    assert.equal(
      must(await refuseCase(as(sys, wardLeader), filed.id, { version: 1, reason: 'Hết thời hiệu.' })).status,
      'refused',
    );
  });

  it('takes a second-level complaint within 30 days of the first decision and gives it 45 days (art. 33, 37)', async () => {
    const first = must(
      await submitFeedback(as(sys, citizen), {
        ...pakn(),
        kind: 'complaint',
        field: 'land',
        decisionKnownOn: '2027-02-20',
        person: identified,
      }),
    );
    let v = must(
      await acceptCase(as(sys, wardLeader, vn('2027-03-02T09:00')), first.id, { version: 1 }),
    ).version;
    v = must(
      await answerCase(as(sys, wardLeader, vn('2027-03-20T09:00')), first.id, {
        version: v,
        answer: 'Giữ nguyên quyết định.',
        decisionNumber: '12/QĐ-UBND',
      }),
    ).version;
    const late = await submitFeedback(as(sys, citizen, vn('2027-04-22T09:00')), {
      ...pakn(),
      kind: 'complaint',
      field: 'land',
      decisionKnownOn: '2027-03-20',
      previousCaseCode: first.code,
      person: identified,
    });
    assert.equal(errorOf(late).kind, 'invalid', 'more than 30 days after the decision');
    const second = must(
      await submitFeedback(as(sys, citizen, vn('2027-04-05T09:00')), {
        ...pakn(),
        kind: 'complaint',
        field: 'land',
        decisionKnownOn: '2027-03-20',
        previousCaseCode: first.code,
        person: identified,
      }),
    );
    const accepted = must(
      await acceptCase(as(sys, wardLeader, vn('2027-04-06T09:00')), second.id, { version: 1 }),
    );
    const view = must(await getCase(as(sys, wardLeader), accepted.id));
    assert.ok(view.as === 'official' && view.case.level === 2 && view.case.previousCaseCode === first.code);
    if (view.as !== 'official') return;
    assert.equal(
      local(view.case.deadlines.find((d) => d.step === 'resolve_second')!.dueAt),
      '2027-05-22T00:00:00+07:00',
    );
  });

  it('extends a complex denunciation once and an especially complex one twice, by at most 30 days, before the time runs out (art. 30)', async () => {
    const filed = must(
      await submitFeedback(as(sys, citizen), {
        ...pakn(),
        kind: 'denunciation',
        field: 'staff_conduct',
        title: 'Tố cáo cán bộ đòi tiền',
        person: identified,
      }),
    );
    assert.equal(local(filed.firstStep.dueAt), '2027-03-10T17:00:00+07:00', '7 working days to register');
    let v = must(
      await acceptCase(as(sys, wardLeader, vn('2027-03-05T09:00')), filed.id, { version: 1 }),
    ).version;
    const extend = (at: string, grade: 'complex' | 'especially_complex', days = 30) =>
      extendCase(as(sys, wardLeader, vn(at)), filed.id, {
        version: v,
        days,
        grade,
        decisionNumber: '5/QĐ-TTr',
        reason: 'Phức tạp.',
      });
    assert.equal(errorOf(await extend('2027-03-20T09:00', 'complex', 31)).kind, 'invalid', 'at most 30 days');
    v = must(await extend('2027-03-20T09:00', 'complex')).version;
    assert.equal(
      errorOf(await extend('2027-04-20T09:00', 'complex')).kind,
      'conflict',
      'a complex case once',
    );
    v = must(await extend('2027-04-20T09:00', 'especially_complex')).version;
    assert.equal(
      errorOf(await extend('2027-05-20T09:00', 'especially_complex')).kind,
      'conflict',
      'never a third time',
    );
    const view = must(await getCase(as(sys, wardLeader), filed.id));
    assert.ok(view.as === 'official');
    if (view.as !== 'official') return;
    const resolve = view.case.deadlines.find((d) => d.step === 'resolve')!;
    assert.equal(resolve.extensions, 2);
    // 30 days from 5/3 end on 4/4 (Sunday) → 5/4; +30 → 5/5; +30 → 4/6 (Friday), 24:00.
    assert.equal(local(resolve.dueAt), '2027-06-05T00:00:00+07:00');

    const other = must(
      await submitFeedback(as(sys, citizen), {
        ...pakn(),
        kind: 'denunciation',
        field: 'construction',
        person: identified,
      }),
    );
    const ov = must(
      await acceptCase(as(sys, wardLeader, vn('2027-03-02T09:00')), other.id, { version: 1 }),
    ).version;
    const tooLate = await extendCase(as(sys, wardLeader, vn('2027-04-10T09:00')), other.id, {
      version: ov,
      days: 10,
      grade: 'complex',
      decisionNumber: '6/QĐ-TTr',
      reason: 'Muộn.',
    });
    assert.equal(errorOf(tooLate).kind, 'invalid', 'an extension is decided before the time runs out');
  });

  it('marks an overdue step once, with one audit entry per step, however often the job runs', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    const later = systemAt(db.db, vn('2027-04-30T09:00'));
    const first = await markOverdue(later);
    assert.ok(first.marked >= 1);
    assert.equal((await markOverdue(later)).marked, 0, 'already marked');
    const entries = await auditTrail(db.db, filed.id, 'feedback.step_overdue');
    assert.equal(entries.length, 1);
    const state = await getFeedbackState(db.db, filed.id, vn('2027-04-30T09:00'));
    assert.equal(state?.overdue, true);
  });

  it('refuses a change made on a stale version with 409 and the current case', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    must(await classifyCase(as(sys, wardLeader), filed.id, { version: 1 }));
    const stale = errorOf(await classifyCase(as(sys, wardLeader), filed.id, { version: 1, field: 'land' }));
    assert.equal(stale.kind, 'conflict');
    assert.equal((stale as { current?: { version: number } }).current?.version, 2);
  });

  it('hides a case from officials outside its unit (404) and lets only leaders and assigned officials handle it (403)', async () => {
    const elsewhere = must(await submitFeedback(as(sys, citizen), pakn({ communeCode: otherCommune })));
    assert.equal(elsewhere.agency.unitCode, otherCommune);
    assert.equal(errorOf(await getCase(as(sys, specialist), elsewhere.id)).kind, 'not_found');
    const here = must(await submitFeedback(as(sys, citizen), pakn()));
    assert.equal(must(await getCase(as(sys, specialist), here.id)).as, 'official');
    assert.equal(
      errorOf(await refuseCase(as(sys, specialist), here.id, { version: 1, reason: 'x' })).kind,
      'forbidden',
    );
    const answer = { version: 1, answer: 'Đã xử lý.' };
    assert.equal(errorOf(await answerCase(as(sys, specialist), here.id, answer)).kind, 'forbidden');
    const assigned = must(
      await assignCase(as(sys, wardLeader), here.id, {
        version: 1,
        userIds: [specialist.kind === 'user' ? specialist.userId : ''],
      }),
    );
    assert.equal(
      must(await answerCase(as(sys, specialist), here.id, { ...answer, version: assigned.version })).status,
      'answered',
    );
    const ward = await demoAgency(db.db, { commune: WARD, kind: 'people_committee' });
    assert.equal(ward.unitCode, WARD);
  });

  it('turns a PAKN into an oversight task link and answers its state without personal data', async () => {
    const filed = must(await submitFeedback(as(sys, citizen), pakn()));
    const linked = must(
      await requestOversight(as(sys, wardLeader), filed.id, { version: 1, note: 'Đôn đốc.' }),
    );
    assert.deepEqual(linked.link, { kind: 'feedback', id: filed.id });
    const state = await getFeedbackState(db.db, filed.id, vn('2027-03-02T09:00'));
    assert.equal(state?.linkKind, 'feedback');
    assert.equal(state?.code, filed.code);
    assert.equal(state?.closed, false);
    assert.ok(!JSON.stringify(state).includes('0912'), 'no phone number');
    assert.equal(
      errorOf(await requestOversight(as(sys, wardLeader), filed.id, { version: 2 })).kind,
      'conflict',
    );
  });
});
