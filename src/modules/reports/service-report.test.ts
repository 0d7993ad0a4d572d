import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemCtx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import { createTestDatabase, type TestDatabase } from '../../platform/testing/database.js';
import { listReportDossiers } from './drill-down.js';
import { exportReport } from './export-report.js';
import { scorecard766 } from './index766.js';
import { serviceReport } from './service-report.js';

/**
 * Seven dossiers of a quiet province (Quảng Ninh, 22), each figure of March 2025 computed by hand from them.
 * Times are Vietnam time (UTC+7): D1 is received at 01:30 on 1 March, which is still 28 February in UTC.
 */
interface Hand {
  key: string;
  unit: 'A' | 'B';
  channel: 'online' | 'in_person' | 'post';
  received: string | null;
  finished?: string;
  appointment?: string;
  outcome?: string;
  timeliness?: 'early' | 'on_time' | 'late';
  portal?: boolean;
  supplementMinutes?: number;
  resultMethod?: 'online' | 'counter' | 'post';
  returned?: string;
  eResult?: boolean;
  fee?: number;
  paidOnline?: boolean;
  rating?: { at: string; scores: number[] };
}

const ALL2 = [2, 2, 2, 2, 2, 2, 2, 2, 2];
const HAND: Hand[] = [
  {
    key: 'D1',
    unit: 'A',
    channel: 'online',
    received: '2025-03-01T01:30:00+07:00',
    finished: '2025-03-05T10:00:00+07:00',
    appointment: '2025-03-10T17:00:00+07:00',
    outcome: 'approved',
    timeliness: 'early',
    portal: true,
    resultMethod: 'online',
    returned: '2025-03-05T10:00:00+07:00',
    eResult: true,
    fee: 50_000,
    paidOnline: true,
    rating: { at: '2025-03-06T09:00:00+07:00', scores: ALL2 },
  },
  {
    key: 'D2',
    unit: 'A',
    channel: 'in_person',
    received: '2025-03-04T09:00:00+07:00',
    finished: '2025-03-10T16:00:00+07:00',
    appointment: '2025-03-10T17:00:00+07:00',
    outcome: 'approved',
    timeliness: 'on_time',
    portal: true,
    resultMethod: 'post',
    returned: '2025-03-11T09:00:00+07:00',
    rating: { at: '2025-03-12T09:00:00+07:00', scores: [2, 2, 2, 2, 2, 2, 0, 2, 2] },
  },
  {
    key: 'D3',
    unit: 'B',
    channel: 'post',
    received: '2025-03-05T08:00:00+07:00',
    finished: '2025-03-20T08:00:00+07:00',
    appointment: '2025-03-14T17:00:00+07:00',
    outcome: 'approved',
    timeliness: 'late',
    portal: false,
    supplementMinutes: 600,
    resultMethod: 'post',
    returned: '2025-03-21T08:00:00+07:00',
    fee: 100_000,
  },
  {
    key: 'D4',
    unit: 'B',
    channel: 'online',
    received: '2025-03-28T08:00:00+07:00',
    appointment: '2025-04-10T17:00:00+07:00',
    fee: 20_000,
  },
  {
    key: 'D5',
    unit: 'B',
    channel: 'online',
    received: '2025-02-20T08:00:00+07:00',
    finished: '2025-03-02T08:00:00+07:00',
    appointment: '2025-03-02T17:00:00+07:00',
    outcome: 'refused',
    timeliness: 'on_time',
    portal: true,
  },
  {
    key: 'D6',
    unit: 'A',
    channel: 'in_person',
    received: '2025-02-25T08:00:00+07:00',
    appointment: '2025-04-25T17:00:00+07:00',
  },
  {
    key: 'D7',
    unit: 'A',
    channel: 'in_person',
    received: null,
    finished: '2025-03-03T08:00:00+07:00',
    outcome: 'rejected',
  },
];

describe('service report of a hand-built province (issue 7 §1)', () => {
  let db: TestDatabase;
  const ids = new Map<string, string>();
  let communes: { A: string; B: string };
  before(async () => {
    db = await createTestDatabase('demo');
    const c = await db.pool.query(
      `select code from units.units where province_code = '22' and level = 'commune' order by code limit 2`,
    );
    communes = { A: c.rows[0].code, B: c.rows[1].code };
    for (const h of HAND) {
      const id = newId();
      ids.set(h.key, id);
      const status =
        h.outcome === 'rejected'
          ? 'rejected'
          : h.finished
            ? h.returned
              ? 'returned'
              : 'done'
            : 'processing';
      await db.pool.query(
        `insert into dossiers.dossiers (id, province_code, code, status, channel, procedure_id, procedure_code, procedure_version_id,
           procedure_version_no, procedure_name, field, competent_unit_code, applicant_name, applicant, declared, submitted_at,
           received_at, appointment_at, due_at, finished_at, returned_at, outcome, timeliness, on_time_indicator, on_time_portal,
           supplement_minutes, result_method, e_result, fee_total_dong, paid_online, workflow, version, created_at, updated_at)
         values ($1, '22', $2, $3, $4, $5, '1.000001', $5, 1, 'Thủ tục thử nghiệm', 'Hộ tịch', $6, 'Nguyễn Văn Bí Mật',
           '{"name":"Nguyễn Văn Bí Mật","idNumber":"001099000111"}', '{}', coalesce($7::timestamptz, $9::timestamptz), $7::timestamptz, $8::timestamptz, $8::timestamptz, $9::timestamptz, $10::timestamptz, $11, $12,
           $13, $14, $15, $16, $17, $18, $19, '[]', 1, now(), now())`,
        [
          id,
          `TEST-${h.key}`,
          status,
          h.channel,
          newId(),
          communes[h.unit],
          h.received,
          h.appointment ?? null,
          h.finished ?? null,
          h.returned ?? null,
          h.outcome ?? null,
          h.timeliness ?? null,
          h.timeliness ? h.timeliness !== 'late' : null,
          h.portal ?? null,
          h.supplementMinutes ?? 0,
          h.resultMethod ?? 'counter',
          h.eResult ?? false,
          h.fee ?? 0,
          h.paidOnline ?? false,
        ],
      );
      if (h.rating)
        await db.pool.query(
          `insert into dossiers.ratings (dossier_id, province_code, scores, rated_at) values ($1, '22', $2, $3)`,
          [id, h.rating.scores, h.rating.at],
        );
      await db.pool.query(
        `insert into dossiers.events (dossier_id, province_code, type, at, status, actor_label, payload)
         values ($1, '22', 'test_loaded', now(), $2, 'test', '{}')`,
        [id, status],
      );
    }
  });
  after(() => db.drop());
  const ctx = () => systemCtx(db.db, 'test', quietLogger(), new Date('2026-01-05T08:00:00+07:00'));

  it('counts received by the Vietnam receipt day, resolved by the finish day, in progress as received − resolved', async () => {
    const r = await serviceReport(ctx(), { unit: '22', period: '2025-03' });
    assert.ok(r.ok, JSON.stringify(r));
    const v = r.value;
    assert.equal(
      v.received,
      4,
      'D1 (01:30 on 1 March, Vietnam time), D2, D3, D4; never D7, refused at reception',
    );
    assert.deepEqual([v.receivedOnline, v.receivedInPerson, v.receivedPost], [2, 1, 1]);
    assert.equal(v.onlineRate, 0.5);
    assert.equal(v.resolved, 4, 'D1, D2, D3 and D5 (received in February, refused in March)');
    assert.equal(v.approved, 3);
    assert.equal(v.inProgress, 2, 'D4 and D6 (received in February) were open on 31 March');
  });

  it('classifies early / on time / late under both rules (RULES.md §1.5; Circular 01/2018 art. 13)', async () => {
    const v = await serviceReport(ctx(), { unit: '22', period: '2025-03' });
    assert.ok(v.ok);
    const f = v.value;
    assert.deepEqual(
      [f.early, f.onTime, f.late],
      [1, 2, 1],
      'portal: D1 before the appointment day; D2, D5 on the day; D3 late',
    );
    assert.deepEqual([f.earlyIndicator, f.onTimeIndicator, f.lateIndicator], [1, 2, 1]);
    assert.equal(f.onTimeRate, 0.75);
    assert.equal(f.onTimeRateIndicator, 0.75);
    const rate = f.indicators.find((i) => i.key === 'onTimeRate')!;
    assert.deepEqual([rate.numerator, rate.denominator, rate.value], [3, 4, 0.75]);
  });

  it('computes post, e-result, online payment, satisfaction and resolution time from their own counts', async () => {
    const r = await serviceReport(ctx(), { unit: '22', period: '2025-03' });
    assert.ok(r.ok);
    const v = r.value;
    assert.equal(v.postalReturnRate, 2 / 3, 'D2 and D3 by post of three results returned');
    assert.equal(v.eResultRate, 1 / 3, 'D1 of three approved');
    assert.equal(v.paidOnlineRate, 1 / 3, 'D1 of D1, D3, D4 with fees');
    assert.equal(v.satisfactionRate, 0.5, 'D2 scored attitude (indicator 7) 0');
    // D1 4 d 8 h 30 min; D2 6 d 7 h; D3 15 d − 600 min waiting; D5 10 d.
    assert.equal(v.resolutionMinutes, 6270 + 9060 + 21000 + 14400);
    assert.equal(v.averageResolutionDays, 50730 / 4 / 1440);
    // Indicator 1 from the clock (RULES.md §1.6, issue 24 §5b): D1 early 2, D2 on time 1, though both typed 2.
    assert.deepEqual(v.satisfaction.averages, [1.5, 2, 2, 2, 2, 2, 1, 2, 2]);
    assert.equal(v.satisfaction.agencyScore, 16.5);
    assert.equal(v.satisfaction.agencyBand, 'excellent', '≥ 15 points (Circular 01/2018 art. 15)');
    assert.equal(v.satisfaction.staffScore, 6.5);
    assert.equal(v.satisfaction.staffBand, 'full');
  });

  it('gives each commune its own figures and the monthly trend of a quarter', async () => {
    const r = await serviceReport(ctx(), { unit: '22', from: '2025-02-01', to: '2025-03-31' });
    assert.ok(r.ok);
    const a = r.value.units.find((u) => u.unitCode === communes.A)!;
    const b = r.value.units.find((u) => u.unitCode === communes.B)!;
    assert.deepEqual([a.received, a.resolved, a.inProgress], [3, 2, 1]);
    assert.deepEqual([b.received, b.resolved, b.inProgress], [3, 2, 1]);
    assert.deepEqual(
      r.value.months.map((m) => [m.month, m.received, m.resolved, m.inProgress]),
      [
        ['2025-02', 2, 0, 2],
        ['2025-03', 4, 4, 2],
      ],
    );
    const commune = await serviceReport(ctx(), { unit: communes.B, period: '2025-03' });
    assert.ok(commune.ok);
    assert.deepEqual([commune.value.received, commune.value.resolved, commune.value.late], [2, 2, 1]);
  });

  it('lists exactly the dossiers behind a figure (drill-down), in pages', async () => {
    const list = async (measure: Parameters<typeof listReportDossiers>[1]['measure']) => {
      const r = await listReportDossiers(ctx(), { unit: '22', period: '2025-03', measure, pageSize: 1 });
      assert.ok(r.ok);
      const items = [...r.value.items];
      let next = r.value.next;
      while (next) {
        const p = await listReportDossiers(ctx(), {
          unit: '22',
          period: '2025-03',
          measure,
          pageSize: 1,
          after: next,
        });
        assert.ok(p.ok);
        items.push(...p.value.items);
        next = p.value.next;
      }
      return items.map((i) => i.code).sort();
    };
    assert.deepEqual(await list('late'), ['TEST-D3']);
    assert.deepEqual(await list('in_progress'), ['TEST-D4', 'TEST-D6']);
    assert.deepEqual(await list('received_online'), ['TEST-D1', 'TEST-D4']);
    assert.deepEqual(await list('unsatisfied'), ['TEST-D2']);
  });

  it('scores the 766 sub-indicators it has data for, and leaves the rest out of the total (RULES.md §2)', async () => {
    const r = await scorecard766(ctx(), { unit: '22', period: '2025-03' });
    assert.ok(r.ok, JSON.stringify(r));
    const card = r.value;
    const item = (code: string) => card.groups.flatMap((g) => g.items).find((i) => i.code === code)!;
    assert.equal(item('2.1').points, 15, '3 of 4 on time × 20');
    assert.equal(item('3.3').points, 6, '50% online reaches the 50% threshold');
    assert.equal(item('3.6').points, 2);
    assert.equal(item('4.1').points, 2);
    assert.ok(
      Math.abs(item('5.4').points! - (0.5 * 6) / 0.9) < 1e-9,
      '100% − 25% late − 25% unsatisfied, below 90%',
    );
    for (const code of ['1.1', '1.2', '1.3', '1.4', '3.1', '4.2', '4.3'])
      assert.deepEqual([item(code).hasData, item(code).points], [false, null], `${code} is no data`);
    const transparency = card.groups.find((g) => g.key === 'transparency')!;
    assert.deepEqual([transparency.points, transparency.max, transparency.fullMax], [0, 0, 18]);
    assert.equal(card.fullMax, 100);
    assert.equal(
      card.max,
      20 + 6 + 6 + 6 + 6 + (item('5.2').hasData ? 6 : 0) + (item('5.3').hasData ? 6 : 0),
    );
    assert.ok(Math.abs(card.total - card.groups.reduce((s, g) => s + g.points, 0)) < 1e-9);
  });

  it('sums all communes, the special zones and the province-level agencies of a province in one call, each with its units (issue 24 §1)', async () => {
    const all = await db.pool.query(
      `select count(*)::int as n from units.units where province_code = '22' and level = 'commune'`,
    );
    const communes766 = await serviceReport(ctx(), { unit: '22', period: '2025-03', level: 'commune' });
    assert.ok(communes766.ok, JSON.stringify(communes766));
    const c = communes766.value;
    assert.equal(c.scopeLevel?.key, 'commune');
    assert.equal(c.scopeLevel?.units.length, all.rows[0].n, 'every xã, phường and đặc khu of Quảng Ninh');
    assert.equal(c.units.length, all.rows[0].n, 'a row for each, also those with no dossier');
    assert.deepEqual([c.received, c.resolved, c.onTimeRate], [4, 4, 0.75], 'the communes hold every dossier');
    assert.equal(c.rowKey, 'total:22:commune');
    const zones = await serviceReport(ctx(), { unit: '22', period: '2025-03', level: 'special_zone' });
    assert.ok(zones.ok);
    assert.deepEqual(
      zones.value.scopeLevel?.units.map((u) => u.name).sort(),
      ['Đặc khu Cô Tô', 'Đặc khu Vân Đồn'],
      'RULES.md §4: Quảng Ninh has the special zones Cô Tô and Vân Đồn',
    );
    assert.deepEqual([zones.value.received, zones.value.onTimeRate], [0, null]);
    const agencies = await serviceReport(ctx(), {
      unit: '22',
      period: '2025-03',
      level: 'province_agencies',
    });
    assert.ok(agencies.ok);
    assert.deepEqual(
      agencies.value.scopeLevel?.units.map((u) => u.code),
      ['22'],
    );
    assert.equal(agencies.value.received, 0, 'no dossier was resolved by a province-level agency');
    const drill = await listReportDossiers(ctx(), {
      unit: '22',
      period: '2025-03',
      level: 'special_zone',
      measure: 'received',
    });
    assert.ok(drill.ok);
    assert.deepEqual(drill.value.items, []);
    const one = await scorecard766(ctx(), { unit: '22', period: '2025-03', level: 'commune' });
    assert.ok(one.ok);
    assert.equal(one.value.scopeLevel?.key, 'commune');
    const wrong = await serviceReport(ctx(), { unit: communes.A, period: '2025-03', level: 'commune' });
    assert.ok(!wrong.ok);
    assert.equal(wrong.error.kind, 'invalid');
    assert.equal(wrong.error.kind === 'invalid' && wrong.error.errors?.[0]?.field, 'level');
  });

  it('gives every exported row a distinct key: the total is not the province-level agencies (issue 24 §5d)', async () => {
    await db.pool.query(`update dossiers.dossiers set competent_unit_code = '22' where code = 'TEST-D5'`);
    await db.pool.query(
      `insert into dossiers.events (dossier_id, province_code, type, at, status, actor_label, payload)
       select id, '22', 'test_moved', now(), status, 'test', '{}' from dossiers.dossiers where code = 'TEST-D5'`,
    );
    const file = await exportReport(ctx(), {
      unit: '22',
      period: '2025-03',
      report: 'service',
      format: 'csv',
    });
    assert.ok(file.ok);
    const lines = file.value.body.toString('utf8').trim().split(/\r?\n/);
    const header = lines[0]!.split(',');
    assert.equal(header[1], 'row_key');
    assert.ok(header.includes('ratings_without_zero_rate'), 'not a second "satisfaction" (issue 24 §5c)');
    const keys = lines.slice(1).map((l) => l.split(',')[1]);
    assert.deepEqual(keys.slice(0, 2), ['total:22', 'province_agencies:22']);
    assert.equal(new Set(keys).size, keys.length);
    const units = lines.slice(1).map((l) => l.split(',')[2]);
    assert.equal(units.filter((u) => u === '22').length, 2, 'both rows carry the province code');
  });
});
