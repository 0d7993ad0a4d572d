import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { hasPoppler, runPoppler } from '../../platform/testing/poppler.js';

/**
 * The leaders' views on the demo province (issue 8 §4, §6): Cao Bằng's 2nd Party Committee conference of
 * October 2025, its conclusion on the 11 key task groups and two later conclusions, with histories written
 * for 23/11/2026. Figures are counted from the records when read.
 */
describe('oversight: the demo province and the leaders’ views', () => {
  let t: TestApp;
  let leader: Session;
  let communeLeader: Session;
  const get = async (url: string, session: Session) => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });
    assert.equal(response.statusCode, 200, `${url}: ${response.body}`);
    return response;
  };

  before(async () => {
    t = await startTestApp();
    [leader, communeLeader] = await Promise.all([t.signIn('lanhdao.tinh'), t.signIn('lanhdao.xa')]);
  });
  after(() => t.close());

  it('holds the October 2025 conference: its agenda, attendance, the drafts approved unanimously, and its conclusion', async () => {
    const list = (await get('/oversight/meetings?provinceCode=04', leader)).json();
    const conference = list.items.find((m: { title: string }) => m.title.startsWith('Hội nghị lần thứ hai'));
    assert.ok(conference);
    const meeting = (await get(`/oversight/meetings/${conference.id}`, leader)).json();
    assert.equal(meeting.bodyKind, 'party_committee');
    assert.equal(meeting.agenda.length, 4);
    assert.deepEqual(meeting.attendance, { present: 9, excused: 1, absent: 0 });
    const approved = meeting.documents.filter((d: { outcome: string | null }) => d.outcome === 'approved');
    assert.deepEqual(
      approved.map((d: { title: string; outcomeNote: string }) => [d.title.split(' ')[0], d.outcomeNote]),
      [
        ['Quy', 'Biểu quyết nhất trí thông qua'],
        ['Nghị', 'Biểu quyết nhất trí thông qua'],
      ],
    );
    assert.deepEqual(
      meeting.conclusions.map((c: { number: string }) => c.number),
      ['02-KL/TU'],
    );
  });

  it('breaks the conclusion into the 11 key task groups and tasks for communes, counted by where they stand', async () => {
    // The province's own conclusions: the conference's, two UBND notices, and the storm-recovery directive of
    // the disasters demo (215/CĐ-UBND); the outside ones (inspection, State Audit, notice 581) are listed apart.
    const conclusions = (await get('/oversight/conclusions?source=own', leader)).json();
    assert.deepEqual(conclusions.items.map((c: { number: string }) => c.number).sort(), [
      '02-KL/TU',
      '15/TB-UBND',
      '215/CĐ-UBND',
      '245/TB-UBND',
    ]);
    const outside = (await get('/oversight/conclusions?source=outside', leader)).json();
    assert.deepEqual(outside.items.map((c: { number: string }) => c.number).sort(), [
      '18/KL-TTr',
      '245/TB-KTNN',
      '581-TB/UBKTTW',
    ]);
    const kl = conclusions.items.find((c: { number: string }) => c.number === '02-KL/TU');
    assert.equal(kl.stats.tasks, 16);
    const detail = (await get(`/oversight/conclusions/${kl.id}`, leader)).json();
    assert.equal(detail.tasks.filter((task: { title: string }) => task.title.startsWith('Nhóm ')).length, 11);
    const tasks = (await get('/oversight/tasks?view=issued&pageSize=200', leader)).json();
    // 21 tasks of the conference and the UBND notices, 3 of the storm-recovery directive, 6 of the outside
    // conclusions (inspection 1, State Audit 2, notice 581 3) — the last two demos of issue 21.
    assert.equal(tasks.total, 30);
    assert.deepEqual(tasks.counts.byStatus, {
      assigned: 7,
      in_progress: 12,
      completion_reported: 1,
      completed: 10,
    });
    assert.equal(tasks.counts.byDueState.done_on_time + tasks.counts.byDueState.done_late, 10);
    assert.ok(tasks.counts.byDueState.overdue >= 5, JSON.stringify(tasks.counts));
  });

  it('lists to the issuer the tasks the ladder escalated, and finds tasks without diacritics', async () => {
    const escalated = (
      await get('/oversight/tasks?view=issued&escalation=issuer&pageSize=200', leader)
    ).json();
    const codes = escalated.items.map((task: { code: string }) => task.code);
    assert.ok(codes.includes('02-KL/TU-02'), codes.join());
    assert.ok(codes.includes('15/TB-UBND-01'), codes.join());
    const found = (
      await get(`/oversight/tasks?view=issued&q=${encodeURIComponent('giai phong mat bang')}`, leader)
    ).json();
    assert.ok(found.items.some((task: { code: string }) => task.code === '02-KL/TU-02'));
  });

  it('shows a commune leader the tasks of the conclusions the commune issued, and those of its People’s Committee', async () => {
    const issued = (await get('/oversight/tasks?view=issued', communeLeader)).json();
    assert.deepEqual(issued.items.map((task: { code: string }) => task.code).sort(), [
      '15/TB-UBND-01',
      '15/TB-UBND-02',
    ]);
    const mine = (await get('/oversight/tasks?view=agency&pageSize=200', communeLeader)).json();
    const titles = mine.items.map((task: { title: string }) => task.title);
    for (const title of [
      'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính tại phường',
      'Rà soát hộ nghèo, hộ cận nghèo trên địa bàn phường',
      'Xây dựng báo cáo tổng kết năm 2026',
    ])
      assert.ok(titles.includes(title), title);
  });

  it('lists the conclusions whose tasks were never reported on, with the agencies that owe a report', async () => {
    const unreported = (await get('/oversight/unreported', leader)).json();
    const byNumber = Object.fromEntries(
      unreported.items.map((c: { number: string; neverReported: number }) => [c.number, c.neverReported]),
    );
    // The storm-recovery directive and two outside conclusions of the demo have tasks nobody reported on yet.
    assert.deepEqual(byNumber, {
      '02-KL/TU': 3,
      '15/TB-UBND': 2,
      '18/KL-TTr': 1,
      '215/CĐ-UBND': 3,
      '245/TB-KTNN': 1,
    });
    const kl = unreported.items.find((c: { number: string }) => c.number === '02-KL/TU');
    assert.ok(kl.agencies.some((a: { name: string }) => a.name === 'Sở Khoa học và Công nghệ'));
  });

  it('draws agencies × months of deadline: on time, late, overdue and open', async () => {
    const map = (await get('/oversight/heatmap?from=2025-10&to=2026-12&source=own', leader)).json();
    assert.equal(map.months.length, 15);
    const total = map.total.onTime + map.total.late + map.total.overdueOpen + map.total.open;
    assert.equal(total, 23, 'the own conclusions’ tasks due in the range (the storm directive’s included)');
    const finance = map.rows.find((r: { agency: { name: string } }) => r.agency.name === 'Sở Tài chính');
    assert.deepEqual(finance.total, { onTime: 3, late: 0, overdueOpen: 0, open: 0 });
    const construction = map.rows.find((r: { agency: { name: string } }) => r.agency.name === 'Sở Xây dựng');
    const june = map.months.indexOf('2026-06');
    const july = map.months.indexOf('2026-07');
    assert.ok(
      construction.cells[june].overdueOpen >= 1,
      'expressway site clearance, due 30/6/2026, still open (the storm directive may add its own)',
    );
    assert.equal(construction.cells[july].late, 1, 'its report, extension refused, done 20/8 against 31/7');
    const specialist = await t.signIn('chuyenvien');
    assert.deepEqual((await get('/oversight/heatmap', specialist)).json().rows, []);
  });

  it('exports the same figures as CSV for the next meeting, in Vietnamese by default', async () => {
    const agencies = await get('/oversight/export.csv?table=agencies&from=2025-10&to=2026-12', leader);
    assert.match(String(agencies.headers['content-type']), /^text\/csv/);
    assert.match(
      String(agencies.headers['content-disposition']),
      /attachment; filename="oversight-agencies-/,
    );
    const lines = agencies.body.split('\r\n');
    assert.equal(
      lines[0],
      '\uFEFFCơ quan chủ trì,Đúng hạn,Trễ hạn,Quá hạn chưa hoàn thành,Chưa đến hạn,Tổng số,Tỷ lệ đúng hạn (%)',
    );
    // Every source: the finance department also carries a State Audit task (on time) and one of notice 581.
    assert.ok(lines.includes('Sở Tài chính,4,0,1,0,5,100.0'), lines.join('\n'));
    const tasks = await get('/oversight/export.csv?table=tasks&lang=en', leader);
    const rows = tasks.body.trimEnd().split('\r\n');
    assert.equal(rows.length, 31);
    assert.match(rows[0]!, /^\uFEFFTask code,Task,Document number/);
  });

  it('writes the report for the next meeting as a PDF with the agencies, never-reported conclusions and overdue tasks', async () => {
    const response = await get('/oversight/report.pdf?from=2025-10&to=2026-12', leader);
    assert.equal(response.headers['content-type'], 'application/pdf');
    const pdf = response.rawPayload;
    assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
    if (!hasPoppler('pdftotext')) return; // the bytes are checked; the text needs poppler-utils
    const text = runPoppler('pdftotext', ['-layout', '-enc', 'UTF-8'], pdf).output;
    for (const expected of ['BÁO CÁO', 'Sở Tài chính', '02-KL/TU', 'Sở Khoa học và Công nghệ', '02-KL/TU-02'])
      assert.ok(text.includes(expected), `${expected} in the report`);
  });

  it('lets the issuing leader amend a meeting’s minutes, refusing a stale version (409)', async () => {
    const list = (await get('/oversight/meetings?provinceCode=04', leader)).json();
    const id = list.items[0].id;
    const meeting = (await get(`/oversight/meetings/${id}`, leader)).json();
    const change = (version: number) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/oversight/meetings/${id}`,
        headers: leader.headers,
        payload: { version, minutes: `${meeting.minutes} (Đã bổ sung.)` },
      });
    const ok = await change(meeting.version);
    assert.equal(ok.statusCode, 200, ok.body);
    assert.match(ok.json().minutes, /Đã bổ sung/);
    assert.equal((await change(meeting.version)).statusCode, 409);
  });
});
