import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { readXlsxRows } from '../../platform/xlsx.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 21 §2: disaster events, damage reports per Joint Circular 43/2015, aggregates, recovery, scenarios. */
describe('disaster damage and recovery through the API', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let eventId: string;
  const call: TestApp['call'] = (...args) => t.call(...args);

  before(async () => {
    t = await startTestApp();
    s = {};
    for (const u of ['lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'lanhdao.hoaan', 'motcua', 'congdan'])
      s[u] = await t.signIn(u);
    const list = (await call('GET', '/disasters/events?provinceCode=04', s['lanhdao.tinh'])).json() as Json[];
    eventId = list.find((e) => e.code === 'TT-2025-11')!.id;
  });
  after(() => t.close());

  it('the province aggregate is the sum of every commune’s latest revision, and each day’s figure what was known that evening', async () => {
    const event = (await call('GET', `/disasters/events/${eventId}`, s['lanhdao.tinh'])).json() as Json;
    assert.equal(event.form, '01/TKTH');
    assert.equal(event.summaryDueOn, '2025-10-24', 'art. 9(2): 15 days after the end');
    assert.equal(event.communes, 18);
    assert.equal(event.total.communesReported, 17, 'one commune has not reported');
    const sum = (code: string) =>
      event.lines.reduce((n: number, l: Json) => n + (l.latest?.values[code] ?? 0), 0);
    for (const code of ['houses_flooded', 'households_affected', 'roads_m'])
      assert.equal(event.total.values[code], sum(code));
    const value = event.lines.reduce((n: bigint, l: Json) => n + BigInt(l.latest?.estimatedValue ?? 0), 0n);
    assert.equal(event.total.estimatedValue, value.toString());
    const day7 = event.byDay.find((d: Json) => d.day === '2025-10-07');
    const last = event.byDay.at(-1);
    assert.ok(day7.communesReported < last.communesReported);
    assert.ok(day7.values.houses_flooded < last.values.houses_flooded, 'counts firm up day by day');
    assert.deepEqual(last.values, event.total.values);
  });

  it('a commune officer reports and revises its own damage; each revision is kept and the total moves to the latest', async () => {
    const before = (await call('GET', `/disasters/events/${eventId}`, s['lanhdao.tinh'])).json() as Json;
    const mine = (await call('GET', `/disasters/events/${eventId}`, s.chuyenvien)).json() as Json;
    assert.deepEqual(
      mine.lines.map((l: Json) => l.unitCode),
      ['01273'],
      'a commune sees its own commune only',
    );
    assert.deepEqual(mine.reportable, ['01273']);
    const latest = mine.lines[0].latest;
    const revised = await call('POST', `/disasters/events/${eventId}/reports`, s.chuyenvien, {
      unitCode: '01273',
      revises: latest.revision,
      figures: { ...latest.values, houses_flooded: latest.values.houses_flooded + 10, injured: 2 },
      estimatedValue: latest.estimatedValue,
      initial: false,
      note: 'Bổ sung sau rà soát',
    });
    assert.equal(revised.statusCode, 201, revised.body);
    assert.equal(revised.json().revision, latest.revision + 1);
    const stale = await call('POST', `/disasters/events/${eventId}/reports`, s.chuyenvien, {
      unitCode: '01273',
      revises: latest.revision,
      figures: {},
      estimatedValue: 0,
      initial: true,
    });
    assert.equal(stale.statusCode, 409);
    assert.match(stale.json().detail, /lần báo cáo mới hơn/);
    const after = (await call('GET', `/disasters/events/${eventId}`, s['lanhdao.tinh'])).json() as Json;
    assert.equal(after.total.values.houses_flooded, before.total.values.houses_flooded + 10);
    assert.equal(after.total.values.injured ?? 0, (before.total.values.injured ?? 0) + 2);
    const revisions = (
      await call('GET', `/disasters/events/${eventId}/communes/01273/reports`, s['lanhdao.tinh'])
    ).json() as Json[];
    assert.equal(revisions.length, latest.revision + 1);
    const other = await call('POST', `/disasters/events/${eventId}/reports`, s.chuyenvien, {
      unitCode: '01654',
      revises: 0,
      figures: {},
      estimatedValue: 0,
      initial: true,
    });
    assert.equal(other.statusCode, 404, 'another commune’s report is not this officer’s to make');
    const clerk = await call('POST', `/disasters/events/${eventId}/reports`, s.motcua, {
      unitCode: '01273',
      revises: latest.revision + 1,
      figures: {},
      estimatedValue: 0,
      initial: true,
    });
    assert.equal(clerk.statusCode, 403);
    assert.equal((await call('GET', `/disasters/events/${eventId}`, s.congdan)).statusCode, 404);
  });

  it('the provincial command declares an event and raises recovery tasks through oversight; the commune cannot', async () => {
    const declared = await call('POST', '/disasters/events', s['lanhdao.tinh'], {
      provinceCode: '04',
      code: 'TT-2026-01',
      name: 'Sạt lở đất thử nghiệm',
      hazards: ['landslide'],
      startedOn: '2026-12-01',
      communes: ['01654'],
    });
    assert.equal(declared.statusCode, 201, declared.body);
    const byCommune = await call('POST', '/disasters/events', s['lanhdao.xa'], {
      provinceCode: '04',
      code: 'TT-2026-02',
      name: 'x',
      hazards: ['flood'],
      startedOn: '2026-12-01',
      communes: [],
    });
    assert.equal(byCommune.statusCode, 403);
    const recovery = (
      await call('GET', `/disasters/events/${eventId}/recovery`, s['lanhdao.tinh'])
    ).json() as Json[];
    assert.equal(recovery.length, 1);
    assert.equal(recovery[0]!.tasks.length, 3);
    const agencyId = recovery[0]!.tasks[0].leadAgency.id;
    const raised = await call('POST', `/disasters/events/${declared.json().id}/recovery`, s['lanhdao.tinh'], {
      issuerName: 'Ủy ban nhân dân tỉnh Cao Bằng',
      number: '999/CĐ-UBND',
      issuedOn: '2026-12-02',
      tasks: [
        {
          title: 'Di dời hộ dân',
          content: 'Di dời khẩn cấp các hộ vùng sạt lở',
          leadAgencyId: agencyId,
          deadline: '2026-12-20',
        },
      ],
    });
    assert.equal(raised.statusCode, 201, raised.body);
    const tasks = (
      await call('GET', `/oversight/conclusions/${raised.json().id}`, s['lanhdao.tinh'])
    ).json() as Json;
    assert.equal(tasks.tasks[0].title, 'Di dời hộ dân', 'the task lives in oversight and is tracked there');
  });

  it('exports equal the screen: one row per commune and the total, in the reader’s language', async () => {
    const event = (await call('GET', `/disasters/events/${eventId}`, s['lanhdao.tinh'])).json() as Json;
    const xlsx = await call(
      'GET',
      `/disasters/events/${eventId}/export.xlsx`,
      s['lanhdao.tinh'],
      undefined,
      'en',
    );
    assert.equal(xlsx.statusCode, 200);
    const rows = await readXlsxRows(xlsx.rawPayload);
    const total = rows.find((r) => r[0] === 'Total')!;
    assert.equal(String(total.at(-1)), event.total.estimatedValue);
    const csv = (await call('GET', `/disasters/events/${eventId}/export.csv?table=days`, s['lanhdao.tinh']))
      .body;
    assert.match(csv, /Ngày,Số xã đã báo cáo/);
    assert.equal(csv.trim().split('\r\n').length, event.byDay.length + 1);
  });

  it('a commune keeps its preparedness scenarios; the province reads every commune’s', async () => {
    const added = await call('POST', '/disasters/scenarios', s.chuyenvien, {
      unitCode: '01273',
      hazard: 'inundation',
      title: 'Ngập úng đô thị',
      householdsAtRisk: 120,
      peopleAtRisk: 450,
      evacuationSites: 'Nhà văn hóa tổ 3',
      forces: 'Dân quân phường',
      supplies: 'Máy bơm',
    });
    assert.equal(added.statusCode, 201, added.body);
    const province = (
      await call('GET', '/disasters/scenarios?provinceCode=04', s['lanhdao.tinh'])
    ).json() as Json[];
    assert.ok(province.some((x) => x.title === 'Ngập úng đô thị'));
    assert.ok(province.some((x) => x.unitCode === '01726'));
    const other = (
      await call('GET', '/disasters/scenarios?provinceCode=04', s['lanhdao.hoaan'])
    ).json() as Json[];
    assert.ok(other.every((x) => x.unitCode === '01654'));
  });

  it('the abilities answer offers the forms policy.ts allows: the command steers every commune, a commune its own', async () => {
    const command = (
      await call('GET', '/disasters/abilities?provinceCode=04', s['lanhdao.tinh'])
    ).json() as Json;
    assert.equal(command.steer, true);
    assert.equal(command.communes.length, 56);
    const officer = (await call('GET', '/disasters/abilities?provinceCode=04', s.chuyenvien)).json() as Json;
    assert.equal(officer.steer, false);
    assert.deepEqual(
      officer.communes.map((c: Json) => c.code),
      ['01273'],
    );
    const clerk = (await call('GET', '/disasters/abilities?provinceCode=04', s.motcua)).json() as Json;
    assert.deepEqual(clerk, { steer: false, communes: [] });
  });
});
