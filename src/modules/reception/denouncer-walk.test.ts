import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import {
  type Identity,
  identityPieces,
  leaksIn,
  type Spec,
  walkableUrls,
} from '../../platform/testing/route-walk.js';

/**
 * Law on Denunciations 2018 art. 47–48 at the reception desk (issue 21 §3): a denouncer received in person at
 * the ward chair's session — one left pending in the register, one taken at once as a denunciation case —
 * then every other role walks every GET route of the OpenAPI document and every export: no piece of either
 * identity anywhere, nor in the server's log. The official who recorded them and the chair who received them
 * do see them (so the walk cannot pass vacuously).
 */
describe('a denouncer received in person, against a walk of every documented route (issue 21 §3)', () => {
  let t: TestApp;
  const logs: string[] = [];
  const sessions: Record<string, Session> = {};
  const recorded: Array<{ id: string; identity: Identity; caseId: string | null; caseCode: string | null }> =
    [];
  const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);

  const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url: url.startsWith('/api/') ? url : `/api/v1${url}`,
      headers: who ? sessions[who]!.headers : {},
      ...(payload ? { payload } : {}),
    });

  const PENDING: Identity = {
    fullName: 'Nguyễn Hoàng Bích Ngọc',
    idNumber: '004186093417',
    phone: '0912 604 385',
    email: 'bichngoc.nh@thu-nghiem.vn',
    address: 'Số 64 ngõ 11 Vườn Cam, tổ 9, phường Thục Phán',
  };
  const OPENED: Identity = {
    fullName: 'Sầm Văn Thượng Kiên',
    idNumber: '004079215836',
    phone: '0868 339 120',
    email: 'thuongkien.sv@thu-nghiem.vn',
    address: 'Số 19 ngõ 6 Xuân Trường, tổ 3, phường Thục Phán',
  };
  const content = (who: Identity) =>
    `Tôi là ${who.fullName}, CCCD ${who.idNumber}, điện thoại ${who.phone}, thư ${who.email}, trú tại ${who.address}. Tố cáo cán bộ địa chính phường nhận tiền ngoài lệ phí.`;

  before(async () => {
    const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) });
    t = await startTestApp({ logger });
    for (const who of [
      'admin',
      'quantri.tinh',
      'lanhdao.tinh',
      'tuphap.chuyenvien',
      'motcua.tinh',
      'lanhdao.xa',
      'chuyenvien',
      'motcua',
      'lanhdao.hoaan',
      'motcua.hoaan',
      'congdan',
    ])
      sessions[who] = await t.signIn(who);
    const chairId = (await call('GET', '/auth/me', 'lanhdao.xa')).json().user.id;
    const session = await call('POST', '/reception/sessions', 'motcua', {
      unitCode: '01273',
      receiverName: 'Nông Thị Lan',
      receiverTitle: 'Chủ tịch UBND phường Thục Phán',
      receiverUserId: chairId,
      kind: 'regular',
      mode: 'in_person',
      startedAt: new Date().toISOString(),
      location: 'Trụ sở UBND phường Thục Phán',
    });
    assert.equal(session.statusCode, 201, session.body);
    for (const [identity, opened] of [
      [PENDING, false],
      [OPENED, true],
    ] as const) {
      const entry = await call('POST', '/reception/entries', 'motcua', {
        sessionId: session.json().id,
        classification: 'denunciation',
        person: {
          fullName: identity.fullName,
          idNumber: identity.idNumber,
          address: identity.address,
          phone: identity.phone,
        },
        content: content(identity),
        withinCompetence: true,
        outcome: opened ? 'case_opened' : 'pending',
        ...(opened
          ? {
              case: {
                title: 'Tố cáo cán bộ địa chính nhận tiền',
                field: 'staff_conduct',
                communeCode: '01273',
              },
            }
          : {}),
      });
      assert.equal(entry.statusCode, 201, entry.body);
      const body = entry.json();
      recorded.push({ id: body.id, identity, caseId: body.caseId, caseCode: body.caseCode });
    }
    assert.match(recorded[1]!.caseCode ?? '', /^TC-04-/, 'the reception became a denunciation case');
  });
  after(() => t?.close());

  const pieces = () => [PENDING, OPENED].flatMap(identityPieces);

  it('shows each denouncer to the official who recorded them and the chair who received them', async () => {
    for (const who of ['motcua', 'lanhdao.xa']) {
      for (const r of recorded) {
        const list = await call('GET', '/reception/entries?provinceCode=04&unitCode=01273', who);
        assert.equal(list.statusCode, 200, list.body);
        const row = list.json().items.find((e: { id: string }) => e.id === r.id);
        assert.equal(row.person, null, 'the register row itself never shows a denouncer');
        assert.equal(row.mayRevealDenouncer, true);
        const shown = await call('GET', `/reception/entries/${r.id}/denouncer`, who);
        assert.equal(shown.statusCode, 200, shown.body);
        assert.deepEqual(
          leaksIn(shown.body, identityPieces(r.identity), 'person').sort(),
          ['address', 'ID number', 'e-mail', 'name', 'phone'].sort(),
        );
      }
    }
    const trail = await call('GET', `/audit/entries?entityId=${recorded[0]!.id}`, 'admin');
    assert.ok(
      trail.json().items.some((e: { action: string }) => e.action === 'reception.denouncer_viewed'),
      'each view of a denouncer is in the audit trail',
    );
  });

  it('walks every documented GET route and export as every other role: no piece of either identity', async () => {
    const spec = (await call('GET', '/api/v1/openapi.json')).json() as Spec;
    const { urls, unfilled } = await walkableUrls(spec, {
      get: async (url) => {
        const r = await call('GET', url, 'admin');
        return r.statusCode === 200 && /json/.test(String(r.headers['content-type'])) ? r.json() : undefined;
      },
      cases: recorded.filter((r) => r.caseId).map((r) => ({ id: r.caseId!, code: r.caseCode! })),
      year,
    });
    assert.deepEqual(unfilled, [], 'every required parameter has a value');
    assert.ok(
      recorded.some((r) => urls.includes(`/api/v1/reception/entries/${r.id}/denouncer`)),
      'the walk reaches the newest register row and asks for its denouncer',
    );
    // The walk fills a path with the first row listed; both rows of this test are opened.
    for (const r of recorded)
      for (const url of [`/api/v1/reception/entries/${r.id}`, `/api/v1/reception/entries/${r.id}/denouncer`])
        if (!urls.includes(url)) urls.push(url);
    const others = [
      'admin',
      'quantri.tinh',
      'lanhdao.tinh',
      'tuphap.chuyenvien',
      'motcua.tinh',
      'chuyenvien',
      'lanhdao.hoaan',
      'motcua.hoaan',
      'congdan',
      undefined,
    ];
    const leaks: string[] = [];
    let rowsSeen = 0;
    for (const who of others) {
      for (const url of urls) {
        const response = await call('GET', url, who);
        if (recorded.some((r) => response.body.includes(r.id))) rowsSeen += 1;
        for (const found of leaksIn(response.body, pieces(), url))
          leaks.push(`${who ?? 'anonymous'} GET ${url} → ${response.statusCode}: ${found}`);
      }
      for (const lang of ['vi', 'en']) {
        const csv = await call('GET', `/reception/register.csv?provinceCode=04&lang=${lang}`, who);
        if (csv.statusCode === 200) rowsSeen += 1;
        for (const found of leaksIn(csv.body, pieces(), 'csv')) leaks.push(`${who} register.csv: ${found}`);
      }
    }
    assert.deepEqual(leaks, []);
    assert.deepEqual(leaksIn(logs.join('\n'), pieces(), 'log'), [], 'log');
    assert.ok(rowsSeen >= 10, `the walk read the register rows (${rowsSeen} answers), not just 404s`);
  });
});
