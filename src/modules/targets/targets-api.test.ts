import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

// biome-ignore lint/suspicious/noExplicitAny: test payloads are read loosely
type Json = Record<string, any>;

/** Issue 9, Targets: resolutions, values per period, approval and lock, achievement, who may do what. */
describe('targets through the API', () => {
  let t: TestApp;
  let s: Record<string, Session>;
  let ninhThuan: Json;
  let caoBang: Json;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, session?: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });
  const target = (detail: Json, label: string) => detail.targets.find((x: Json) => x.label === label);

  before(async () => {
    t = await startTestApp();
    s = {};
    for (const u of ['admin', 'quantri.tinh', 'lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'congdan'])
      s[u] = await t.signIn(u);
    const list = (await call('GET', '/targets/resolutions', s.admin)).json().items;
    ninhThuan = (
      await call('GET', `/targets/resolutions/${list.find((r: Json) => r.provinceCode === '56').id}`, s.admin)
    ).json();
    caoBang = (
      await call('GET', `/targets/resolutions/${list.find((r: Json) => r.provinceCode === '04').id}`, s.admin)
    ).json();
  });
  after(() => t.close());

  it('loads the 2024 resolution of Ninh Thuận under today’s province (Khánh Hòa, 56), and its summary reads like the report: 19 of 22 met, 3 not', () => {
    assert.equal(ninhThuan.resolution.provinceName, 'Tỉnh Khánh Hòa');
    assert.match(ninhThuan.resolution.issuerName, /Ninh Thuận/);
    assert.deepEqual([ninhThuan.year, ninhThuan.period], [2024, 'Y']);
    assert.equal(ninhThuan.summary.main, 22);
    assert.equal(ninhThuan.summary.achieved, 19);
    assert.equal(ninhThuan.summary.states.not_met, 3);
    const notMet = ninhThuan.targets.filter(
      (x: Json) => x.parentId === null && x.achievement.state === 'not_met',
    );
    assert.deepEqual(notMet.map((x: Json) => x.label).sort(), ['1', '11', '6']);
  });

  it('keeps the plan shapes of the report: a range, a minimum, a district sub-target mapped to today’s communes', () => {
    assert.deepEqual([target(ninhThuan, '1').planLow, target(ninhThuan, '1').planHigh], ['11', '12']);
    assert.deepEqual([target(ninhThuan, '10').kind, target(ninhThuan, '10').planLow], ['at_least', '4000']);
    const bacAi = target(ninhThuan, '12a');
    assert.equal(bacAi.parentId, target(ninhThuan, '12').id);
    assert.deepEqual(bacAi.units.map((u: Json) => u.name).sort(), [
      'Xã Bác Ái',
      'Xã Bác Ái Tây',
      'Xã Bác Ái Đông',
      'Xã Mỹ Sơn',
    ]);
    assert.equal(bacAi.achievement.state, 'exceeded');
    assert.equal(
      target(ninhThuan, '13').achievement.state,
      'met',
      'more new-rural communes than the year before',
    );
    assert.deepEqual(target(ninhThuan, '1').achievement.trend, {
      previous: '8',
      change: '-0.67',
      improved: false,
    });
  });

  it('reads Cao Bằng’s 9-month figures against the year’s plan: not yet due, percent of plan, growth on last year', async () => {
    assert.deepEqual([caoBang.year, caoBang.period], [2025, '9M']);
    const trade = target(caoBang, '2');
    assert.equal(trade.current.value, '1299');
    assert.equal(trade.achievement.state, 'not_yet_due');
    assert.equal(trade.achievement.percentOfPlan, 144.97);
    assert.equal(trade.previous, '734');
    assert.equal(target(caoBang, '3').achievement.percentOfPlan, 59);
    assert.equal(target(caoBang, '1').achievement.reading, 'not_met', '6.52 % is below the 8 % plan so far');
    const year = (
      await call('GET', `/targets/resolutions/${caoBang.resolution.id}?year=2025&period=Y`, s.admin)
    ).json();
    assert.equal(
      year.summary.states.no_value,
      4,
      'the typed whole-year values are overdue: none was reported (5–7 are computed from the records)',
    );
  });

  it('lets the responsible agency report (a commune officer for the ward’s sub-target), and no one else (403)', async () => {
    const ward = target(caoBang, '5a');
    const ok = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2025,
      period: '9M',
      value: 99.4,
      source: 'Trung tâm Phục vụ hành chính công phường',
    });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(
      [ok.json().status, ok.json().revision, ok.json().reportedBy],
      ['reported', 1, 'chuyenvien'],
    );
    const province = await call('POST', `/targets/targets/${target(caoBang, '1').id}/values`, s.chuyenvien, {
      year: 2025,
      period: 'H1',
      value: 6,
      source: 'x',
    });
    assert.equal(province.statusCode, 403);
  });

  it('refuses bad values with a clear message: a share of 140 %, a year outside the resolution, no source', async () => {
    const ward = target(caoBang, '5a');
    const share = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2025,
      period: 'M06',
      value: 140,
      source: 'x',
    });
    assert.equal(share.statusCode, 400);
    assert.match(
      share.json().detail,
      /tỷ lệ trên tổng số nằm trong khoảng 0 đến 100 %/,
      'in Vietnamese by default',
    );
    assert.equal(share.json().errors[0].field, 'value');
    const early = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2022,
      period: 'Y',
      value: 99,
      source: 'x',
    });
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().errors[0].field, 'year');
    const blank = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2025,
      period: 'M06',
      value: 99,
      source: '   ',
    });
    assert.equal(blank.statusCode, 400);
  });

  it('approves by the planning office only, never by the reporter (four eyes), then locks; a correction is a new audited revision', async () => {
    const ward = target(caoBang, '5a');
    const history = async () => (await call('GET', `/targets/targets/${ward.id}`, s.admin)).json();
    const value = (await history()).history[0];
    assert.equal(
      (
        await call('POST', `/targets/values/${value.id}/review`, s['lanhdao.xa'], {
          action: 'approve',
          version: value.version,
        })
      ).statusCode,
      403,
    );
    const approved = await call('POST', `/targets/values/${value.id}/review`, s['lanhdao.tinh'], {
      action: 'approve',
      version: value.version,
    });
    assert.equal(approved.statusCode, 200, approved.body);
    const stale = await call('POST', `/targets/values/${value.id}/review`, s['lanhdao.tinh'], {
      action: 'lock',
      version: value.version,
    });
    assert.equal(stale.statusCode, 409, 'a stale version is a conflict');
    const locked = await call('POST', `/targets/values/${value.id}/review`, s['lanhdao.tinh'], {
      action: 'lock',
      version: approved.json().version,
    });
    assert.equal(locked.json().status, 'locked');
    const noReason = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2025,
      period: '9M',
      value: 99.6,
      source: 'x',
    });
    assert.equal(noReason.statusCode, 400);
    assert.equal(noReason.json().errors[0].field, 'correctionReason');
    const corrected = await call('POST', `/targets/targets/${ward.id}/values`, s.chuyenvien, {
      year: 2025,
      period: '9M',
      value: 99.6,
      source: 'Số liệu rà soát lại',
      correctionReason: 'Bổ sung hồ sơ liên thông bị sót',
    });
    assert.equal(corrected.statusCode, 200, corrected.body);
    assert.deepEqual([corrected.json().revision, corrected.json().status], [2, 'reported']);
    const after = await history();
    assert.deepEqual(
      after.history.map((v: Json) => [v.revision, v.status]),
      [
        [2, 'reported'],
        [1, 'locked'],
      ],
    );
    const audit = (await call('GET', '/audit/entries?action=targets.value_corrected', s.admin)).json();
    assert.ok(audit.items.some((e: Json) => e.entityId === corrected.json().id));
    const selfApproval = await call(
      'POST',
      `/targets/targets/${target(caoBang, '1').id}/values`,
      s['lanhdao.tinh'],
      { year: 2025, period: 'H1', value: 6.1, source: 'Thống kê' },
    );
    assert.equal(selfApproval.statusCode, 200, selfApproval.body);
    const own = await call('POST', `/targets/values/${selfApproval.json().id}/review`, s['lanhdao.tinh'], {
      action: 'approve',
      version: 1,
    });
    assert.equal(own.statusCode, 403);
    const other = await call('POST', `/targets/values/${selfApproval.json().id}/review`, s['quantri.tinh'], {
      action: 'approve',
      version: 1,
    });
    assert.equal(other.statusCode, 200, other.body);
  });

  it('changes a value not yet approved only with its current version (409 with the value as it is now)', async () => {
    const budget = target(caoBang, '4');
    const current = budget.current;
    const stale = await call('POST', `/targets/targets/${budget.id}/values`, s['quantri.tinh'], {
      year: 2025,
      period: '9M',
      value: 3313,
      source: 'x',
      version: current.version + 5,
    });
    assert.equal(stale.statusCode, 409);
    assert.equal(stale.json().current.value, '3312');
    const none = await call('POST', `/targets/targets/${budget.id}/values`, s['quantri.tinh'], {
      year: 2025,
      period: '9M',
      value: 3313,
      source: 'x',
    });
    assert.equal(none.statusCode, 409, 'a second first report is a conflict');
  });

  it('refuses in Vietnamese by default and in English on request (issue 15 §2)', async () => {
    const budget = target(caoBang, '4');
    const refuse = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/targets/targets/${budget.id}/values`,
        headers: { ...s['quantri.tinh']!.headers, ...headers },
        payload: { year: 2025, period: '9M', value: 3313, source: 'x' },
      });
    const vi = await refuse({});
    assert.equal(vi.statusCode, 409, vi.body);
    assert.equal(
      vi.json().detail,
      'Kỳ này đã có số liệu báo cáo; cần gửi kèm phiên bản của số liệu để điều chỉnh.',
    );
    const en = await refuse({ 'accept-language': 'en' });
    assert.equal(
      en.json().detail,
      'A value is already reported for this period; send its version to change it.',
    );
  });

  it('shows a province’s targets to its officials only: citizens 403, another province’s officials 404', async () => {
    assert.equal((await call('GET', '/targets/resolutions', s.congdan)).statusCode, 403);
    assert.equal(
      (await call('GET', `/targets/resolutions/${caoBang.resolution.id}`, s.congdan)).statusCode,
      404,
    );
    assert.equal((await call('GET', '/targets/resolutions')).statusCode, 401);
    const created = await call('POST', '/users', s.admin, {
      username: 'thongke.khanhhoa',
      displayName: 'Trần Văn Bình',
      kind: 'official',
      password: 'a-long-password',
      roles: [{ role: 'specialist', unitCode: '56' }],
    });
    assert.equal(created.statusCode, 201, created.body);
    const khanhHoa = await t.signIn('thongke.khanhhoa', 'a-long-password');
    assert.equal(
      (await call('GET', `/targets/resolutions/${caoBang.resolution.id}`, khanhHoa)).statusCode,
      404,
    );
    const mine = (await call('GET', '/targets/resolutions', khanhHoa)).json().items;
    assert.deepEqual(
      mine.map((r: Json) => r.provinceCode),
      ['56'],
    );
  });

  it('enters a resolution with its targets in one go, naming each wrong field, and exports a period as CSV', async () => {
    const bad = await call('POST', '/targets/resolutions', s['lanhdao.tinh'], {
      provinceCode: '04',
      body: 'people_council',
      issuerName: 'Hội đồng nhân dân tỉnh Cao Bằng',
      number: '01/NQ-HĐND',
      title: 'Kế hoạch phát triển kinh tế – xã hội năm 2026',
      issuedOn: '2025-12-10',
      fromYear: 2026,
      toYear: 2026,
      targets: [
        {
          label: '1',
          indicatorKey: 'grdp_growth',
          indicator: 'Tăng trưởng GRDP',
          unitOfMeasure: '%',
          measure: 'change',
          accumulates: false,
          kind: 'range',
          planLow: 9,
          planHigh: 8,
          unitCodes: ['04'],
          responsibleUnitCode: '04',
          responsibleAgencyName: 'Sở Tài chính',
        },
      ],
    });
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().errors[0].field, 'targets.0.planHigh');
    assert.equal(
      (
        await call('POST', '/targets/resolutions', s.chuyenvien, {
          provinceCode: '04',
          body: 'people_council',
          issuerName: 'x',
          number: 'x',
          title: 'x',
          issuedOn: '2025-12-10',
          fromYear: 2026,
          toYear: 2026,
        })
      ).statusCode,
      403,
    );
    const csv = await call(
      'GET',
      `/targets/resolutions/${ninhThuan.resolution.id}/export.csv?year=2024&period=Y`,
      s['quantri.tinh'],
    );
    assert.equal(csv.statusCode, 404, 'Cao Bằng’s administrator does not see Khánh Hòa’s figures');
    const own = await call(
      'GET',
      `/targets/resolutions/${ninhThuan.resolution.id}/export.csv?year=2024&period=Y`,
      s.admin,
    );
    assert.equal(own.statusCode, 200);
    assert.match(String(own.headers['content-type']), /text\/csv/);
    assert.ok(own.body.startsWith('\uFEFF'));
    assert.match(own.body, /Đạt và vượt 19\/22 chỉ tiêu; không đạt 3/);
  });
});
