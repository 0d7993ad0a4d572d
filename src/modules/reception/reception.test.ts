import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { as, auditTrail, demoActor, errorOf, must, systemAt, vn } from '../../app/test-actors.js';
import type { Actor, Ctx } from '../../platform/context.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { getCase } from '../feedback/index.js';
import {
  cancelSchedule,
  exportRegisterCsv,
  listRegister,
  listSchedule,
  openEntryCase,
  planSchedule,
  receptionReport,
  recordEntry,
  recordSession,
  revealEntryDenouncer,
} from './index.js';

const WARD = '01273';

describe('citizen reception through the module’s API (issue 21 §3)', () => {
  let db: TestDatabase;
  let sys: Ctx;
  let chair: Actor;
  let clerk: Actor;
  let specialist: Actor;
  let otherChair: Actor;
  let sessionId: string;

  before(async () => {
    db = await createTestDatabase('demo');
    sys = systemAt(db.db, vn('2027-03-01T09:00'));
    chair = await demoActor(db.db, 'lanhdao.xa');
    clerk = await demoActor(db.db, 'motcua');
    specialist = await demoActor(db.db, 'chuyenvien');
    otherChair = await demoActor(db.db, 'lanhdao.hoaan');
    sessionId = must(
      await recordSession(as(sys, clerk), {
        unitCode: WARD,
        receiverName: 'Nông Thị Lan',
        receiverTitle: 'Chủ tịch UBND phường',
        receiverUserId: chair.kind === 'user' ? chair.userId : undefined,
        kind: 'regular',
        mode: 'in_person',
        startedAt: vn('2027-03-01T14:00'),
        location: 'Trụ sở UBND phường Thục Phán',
      }),
    ).id;
  });
  after(() => db.drop());

  it('publishes the chair’s weekly reception day for anyone to read, and a cancelled day stays with its reason (Decree 154/2026 art. 29(1)(d))', async () => {
    const slot = must(
      await planSchedule(as(sys, chair), {
        unitCode: WARD,
        receiverName: 'Nông Thị Lan',
        receiverTitle: 'Chủ tịch UBND phường',
        kind: 'regular',
        mode: 'in_person',
        startsAt: vn('2027-03-08T14:00'),
        endsAt: vn('2027-03-08T17:00'),
        location: 'Trụ sở UBND phường Thục Phán',
      }),
    );
    const anonymous = as(sys, { kind: 'anonymous' });
    const week = {
      provinceCode: '04',
      unitCode: WARD,
      from: vn('2027-03-08T00:00'),
      to: vn('2027-03-09T00:00'),
    };
    const listed = must(await listSchedule(anonymous, week));
    assert.deepEqual(
      listed.map((s) => [s.receiverName, s.location, s.cancelled]),
      [['Nông Thị Lan', 'Trụ sở UBND phường Thục Phán', false]],
    );
    assert.equal(
      errorOf(await planSchedule(as(sys, clerk), { ...listed[0]!, note: undefined, unitCode: WARD })).kind,
      'forbidden',
    );
    assert.equal(errorOf(await cancelSchedule(as(sys, otherChair), slot.id, 'Họp')).kind, 'not_found');
    must(await cancelSchedule(as(sys, chair), slot.id, 'Chủ tịch họp đột xuất với tỉnh'));
    const after = must(await listSchedule(anonymous, week));
    assert.equal(after[0]!.cancelled, true);
    assert.equal(after[0]!.cancelReason, 'Chủ tịch họp đột xuất với tỉnh');
    const refused = errorOf(
      await planSchedule(as(sys, chair), {
        ...listed[0]!,
        note: undefined,
        unitCode: WARD,
        startsAt: vn('2027-03-15T14:00'),
        endsAt: vn('2027-03-15T13:00'),
      }),
    );
    assert.equal(refused.kind, 'invalid');
  });

  it('enters a complaint as pending, then turns it into a complaint case of the feedback module (column 11)', async () => {
    const entry = must(
      await recordEntry(as(sys, clerk, vn('2027-03-01T14:20')), {
        sessionId,
        classification: 'complaint',
        person: { fullName: 'Lương Văn Tư', idNumber: '004078001234', address: 'Tổ 4, phường Thục Phán' },
        content: 'Khiếu nại quyết định xử phạt vi phạm hành chính về xây dựng.',
        withinCompetence: true,
        outcome: 'pending',
      }),
    );
    assert.equal(entry.caseCode, null);
    const opened = must(
      await openEntryCase(as(sys, clerk, vn('2027-03-01T15:00')), entry.id, {
        title: 'Khiếu nại quyết định xử phạt về xây dựng',
        field: 'construction',
        decisionKnownOn: '2027-02-20',
        communeCode: WARD,
      }),
    );
    assert.match(opened.caseCode!, /^KN-04-270301-\d{4}$/);
    const kase = must(await getCase(as(sys, chair), opened.caseId!));
    assert.equal(kase.case.kind, 'complaint');
    assert.equal(kase.as, 'official');
    const register = must(
      await listRegister(as(sys, specialist), { provinceCode: '04', page: 1, pageSize: 50 }),
    );
    const row = register.items.find((e) => e.id === entry.id)!;
    assert.equal(row.outcome, 'case_opened');
    assert.equal(row.caseCode, opened.caseCode);
    assert.equal(row.person?.fullName, 'Lương Văn Tư');
    const again = errorOf(await openEntryCase(as(sys, clerk), entry.id, { title: 'x', field: 'land' }));
    assert.equal(again.kind, 'invalid', 'a reception becomes one case only');
    const trail = await auditTrail(db.db, entry.id);
    assert.deepEqual(trail.map((a) => a.action).sort(), [
      'reception.case_opened',
      'reception.entry_recorded',
    ]);
  });

  it('writes nothing when the case cannot be opened: a complaint needs the day the decision was known (Law on Complaints art. 9)', async () => {
    const before = must(
      await listRegister(as(sys, clerk), { provinceCode: '04', page: 1, pageSize: 1 }),
    ).total;
    const refused = errorOf(
      await recordEntry(as(sys, clerk), {
        sessionId,
        classification: 'complaint',
        person: { fullName: 'Hà Thị Mơ', idNumber: '004190000001', address: 'Tổ 1' },
        content: 'Khiếu nại.',
        withinCompetence: true,
        outcome: 'case_opened',
        case: { title: 'Khiếu nại', field: 'land' },
      }),
    );
    assert.equal(refused.kind, 'invalid');
    const afterward = must(
      await listRegister(as(sys, clerk), { provinceCode: '04', page: 1, pageSize: 1 }),
    ).total;
    assert.equal(afterward, before, 'no register row without its case');
    const referral = errorOf(
      await recordEntry(as(sys, clerk), {
        sessionId,
        classification: 'petition',
        person: { fullName: 'Hà Thị Mơ' },
        content: 'Kiến nghị về bảo hiểm xã hội.',
        withinCompetence: false,
        outcome: 'referred',
      }),
    );
    assert.equal(referral.kind, 'invalid');
    assert.equal(
      errorOf(
        await recordEntry(as(sys, otherChair), {
          sessionId,
          classification: 'petition',
          person: { fullName: 'Hà Thị Mơ' },
          content: 'x',
          withinCompetence: true,
          outcome: 'answered',
        }),
      ).kind,
      'not_found',
      'another commune’s chair does not see this session',
    );
  });

  it('keeps a denouncer to the recorder and the receiving chair (Law on Denunciations art. 47), masked in the register and exports', async () => {
    const entry = must(
      await recordEntry(as(sys, clerk), {
        sessionId,
        classification: 'denunciation',
        person: { fullName: 'Vi Thị Hương', idNumber: '004190056789', address: 'Tổ 5, phường Thục Phán' },
        content: 'Tôi là Vi Thị Hương, CCCD 004190056789, tố cáo cán bộ nhận tiền.',
        withinCompetence: true,
        outcome: 'pending',
      }),
    );
    const asSpecialist = must(
      await listRegister(as(sys, specialist), { provinceCode: '04', page: 1, pageSize: 50 }),
    );
    const row = asSpecialist.items.find((e) => e.id === entry.id)!;
    assert.equal(row.person, null);
    assert.equal(row.personConfidential, true);
    assert.equal(row.mayRevealDenouncer, false);
    assert.ok(!row.content.includes('Vi Thị Hương') && !row.content.includes('004190056789'), row.content);
    assert.equal(errorOf(await revealEntryDenouncer(as(sys, specialist), entry.id)).kind, 'not_found');
    assert.equal(must(await revealEntryDenouncer(as(sys, clerk), entry.id)).fullName, 'Vi Thị Hương');
    assert.equal(must(await revealEntryDenouncer(as(sys, chair), entry.id)).idNumber, '004190056789');
    const csv = must(await exportRegisterCsv(as(sys, chair), { provinceCode: '04' }, 'vi'));
    assert.ok(csv.includes('Người tố cáo (giữ bí mật)'));
    assert.ok(!csv.includes('Vi Thị Hương') && !csv.includes('004190056789'));
    // Taken as a case later, the denouncer goes to the feedback module's confidential store, not the case text.
    const opened = must(
      await openEntryCase(as(sys, clerk), entry.id, {
        title: 'Tố cáo cán bộ nhận tiền',
        field: 'staff_conduct',
      }),
    );
    assert.match(opened.caseCode!, /^TC-04-/);
    assert.equal(errorOf(await getCase(as(sys, specialist), opened.caseId!)).kind, 'not_found');
  });

  it('reports sessions, receptions and people per period and unit, by classification and outcome', async () => {
    must(
      await recordEntry(as(sys, clerk), {
        sessionId,
        classification: 'petition',
        person: { fullName: 'Hà Văn Páo' },
        content: 'Đại diện các hộ dân kiến nghị sửa cầu treo.',
        peopleCount: 12,
        withinCompetence: true,
        outcome: 'answered',
      }),
    );
    const report = must(
      await receptionReport(as(sys, chair), { provinceCode: '04', unitCode: WARD, period: '2027-03' }),
    );
    assert.equal(report.total.sessions, 1);
    assert.equal(report.total.receptions, 3);
    assert.equal(report.total.people, 14);
    assert.deepEqual(report.total.byClassification, {
      complaint: 1,
      denunciation: 1,
      petition: 1,
      feedback: 0,
    });
    assert.equal(report.total.byOutcome.case_opened, 2);
    assert.equal(report.total.byOutcome.answered, 1);
    assert.equal(report.to, '2027-03-31');
    assert.equal(
      errorOf(
        await receptionReport(as(sys, specialist), { provinceCode: '04', unitCode: WARD, period: '2027-03' }),
      ).kind,
      'forbidden',
    );
    assert.equal(
      errorOf(await receptionReport(as(sys, chair), { provinceCode: '04', period: '2027-13' })).kind,
      'invalid',
    );
  });
});
