import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import {
  type Identity,
  identityPieces,
  leaksIn,
  type Piece,
  type Spec,
  walkableUrls,
} from '../../platform/testing/route-walk.js';

/**
 * Law on Denunciations 2018 art. 47–48, walked as a tester would (issue 18 §1): denunciations carrying
 * distinctive identities come in through every channel that takes them; then every other role walks every GET
 * route the OpenAPI document lists (path parameters filled with real ids) and every export, and no response
 * and no log line holds any piece of any identity — with or without diacritics, numbers with any separators.
 * The officials assigned and the head who assigned them do see each identity (so the walk cannot pass
 * vacuously).
 */
describe('the denouncer’s identity against a walk of every documented route (issue 18 §1)', () => {
  let t: TestApp;
  const logs: string[] = [];
  const sessions: Record<string, Session> = {};
  const filed: Array<{ id: string; code: string; identity: Identity; channel: string }> = [];
  let denouncerUserId = '';
  const year = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4);

  const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    t.app.inject({
      method,
      url: url.startsWith('/api/') || url.startsWith('/open311') ? url : `/api/v1${url}`,
      headers: who ? sessions[who]!.headers : {},
      ...(payload ? { payload } : {}),
    });

  const PORTAL: Identity = {
    fullName: 'Khổng Thị Diệu Huyền',
    idNumber: '004196052738',
    phone: '0903 517 264',
    email: 'dieuhuyen.kt@thu-nghiem.vn',
    address: 'Số 17 ngõ 42 Đề Thám, tổ 5, phường Thục Phán',
    username: 'tocao.dieuhuyen',
  };
  const COUNTER: Identity = {
    fullName: 'Lường Thế Vĩnh Khánh',
    idNumber: '004087163920',
    phone: '0386 204 915',
    email: 'vinhkhanh.lt@thu-nghiem.vn',
    address: 'Số 231 ngõ 9 Hòa Bình, tổ 12, phường Thục Phán',
  };
  const POST: Identity = {
    fullName: 'Âu Dương Quế Mỵ',
    idNumber: '040199827361',
    phone: '0817 550 382',
    email: 'quemy.ad@thu-nghiem.vn',
    address: 'Số 88 ngõ 3 Lê Lợi, tổ 7, phường Thục Phán',
  };
  /** Turned away (anonymous portal, Open311): must leave no trace either. */
  const REFUSED: Identity = {
    fullName: 'Ưng Thị Thắm Đông',
    idNumber: '004173390426',
    phone: '0708 431 659',
    email: 'thamdong.ut@thu-nghiem.vn',
    address: 'Số 5 ngõ 77 Kim Đồng, tổ 2, phường Thục Phán',
  };
  const denunciation = (who: Identity, channel: string) => ({
    provinceCode: '04',
    kind: 'denunciation',
    ...(channel === 'portal' ? {} : { channel }),
    field: 'staff_conduct',
    title: `Tố cáo cán bộ địa chính — ${who.fullName.toUpperCase()}`,
    // What denouncers do: name themselves in the letter, unaccented, numbers grouped their own way.
    content: `Tôi là ${fold(who.fullName)}, CCCD ${group(who.idNumber)}, điện thoại ${who.phone.replaceAll(' ', '.')}, thư ${who.email}, trú tại ${fold(who.address)}. Cán bộ địa chính đòi tiền ngoài lệ phí.`,
    communeCode: '01273',
    person: {
      fullName: who.fullName,
      idNumber: who.idNumber,
      phone: who.phone,
      email: who.email,
      address: who.address,
    },
  });

  before(async () => {
    const logger = pino({ level: 'trace' }, { write: (line: string) => void logs.push(line) });
    t = await startTestApp({ logger });
    const roles = ['admin', 'quantri.tinh', 'lanhdao.tinh', 'tuphap.chuyenvien', 'motcua.tinh', 'lanhdao.xa'];
    for (const who of [...roles, 'chuyenvien', 'motcua', 'lanhdao.hoaan', 'motcua.hoaan', 'congdan'])
      sessions[who] = await t.signIn(who);
    const account = await call('POST', '/users', 'admin', {
      username: PORTAL.username,
      displayName: PORTAL.fullName,
      kind: 'citizen',
      password: 'một câu mật khẩu dài của người tố cáo',
      roles: [{ role: 'citizen', unitCode: '04' }],
    });
    assert.equal(account.statusCode, 201, account.body);
    denouncerUserId = account.json().id;
    PORTAL.userId = denouncerUserId;
    sessions.denouncer = await t.signIn(PORTAL.username!, 'một câu mật khẩu dài của người tố cáo');

    for (const [who, identity, channel] of [
      ['denouncer', PORTAL, 'portal'],
      ['motcua', COUNTER, 'counter'],
      ['motcua', POST, 'post'],
    ] as const) {
      const response = await call('POST', '/feedback/cases', who, denunciation(identity, channel));
      assert.equal(response.statusCode, 201, response.body);
      filed.push({ id: response.json().id, code: response.json().code, identity, channel });
    }
    const anonymous = await call('POST', '/feedback/cases', undefined, denunciation(REFUSED, 'portal'));
    assert.equal(anonymous.statusCode, 401, 'a denunciation names its denouncer: sign in first');
    const open311 = await call('POST', '/open311/v2/requests.json?jurisdiction_id=04', undefined, {
      service_code: 'staff_conduct',
      description: denunciation(REFUSED, 'open311').content,
      first_name: REFUSED.fullName,
      email: REFUSED.email,
      phone: REFUSED.phone,
      lat: 22.66,
      long: 106.25,
    });
    assert.ok(
      open311.statusCode >= 400 && open311.statusCode < 500,
      `Open311 without a key: ${open311.statusCode}`,
    );

    // The ward's leader assigns a specialist to each; the denouncer then withdraws theirs, giving their name.
    const specialistId = (await call('GET', '/auth/me', 'chuyenvien')).json().user.id;
    for (const c of filed) {
      const view = await call('GET', `/feedback/cases/${c.id}`, 'lanhdao.xa');
      assert.equal(view.statusCode, 200, view.body);
      const assigned = await call('POST', `/feedback/cases/${c.id}/assign`, 'lanhdao.xa', {
        version: view.json().case.version,
        userIds: [specialistId],
      });
      assert.equal(assigned.statusCode, 200, assigned.body);
    }
    const mine = filed[0]!;
    const own = (await call('GET', `/feedback/cases/${mine.id}`, 'denouncer')).json();
    assert.equal(own.as, 'submitter');
    const withdrawn = await call('POST', `/feedback/cases/${mine.id}/withdraw`, 'denouncer', {
      version: own.case.version,
      reason: `Tôi, ${PORTAL.fullName}, xin rút đơn.`,
    });
    assert.equal(withdrawn.statusCode, 200, withdrawn.body);
  });
  after(() => t?.close());

  const pieces = (): Piece[] => [PORTAL, COUNTER, POST, REFUSED].flatMap(identityPieces);

  it('keeps the tracking key out of the server log and out of answers to old links', async () => {
    const pakn = await call('POST', '/feedback/cases', undefined, {
      provinceCode: '04',
      kind: 'pakn',
      field: 'environment',
      title: 'Rác thải tồn đọng',
      content: 'Điểm tập kết rác nhiều ngày không được thu gom.',
    });
    const { code, trackingKey } = pakn.json();
    assert.equal(
      (await call('POST', '/feedback/track', undefined, { code, key: trackingKey })).statusCode,
      200,
    );
    // An old link with the key in its query string is refused, and its URL is not logged.
    const old = await call('GET', `/feedback/track?code=${code}&key=${encodeURIComponent(trackingKey)}`);
    assert.equal(old.statusCode, 400);
    assert.ok(!old.body.includes(trackingKey));
    const text = logs.join('\n');
    assert.ok(text.includes('/api/v1/feedback/track'), 'the log does record the tracking request');
    assert.ok(!text.includes(trackingKey), 'the tracking key stays out of the log');
  });
  it('shows each identity to the officials assigned and to the head who assigned them', async () => {
    for (const who of ['chuyenvien', 'lanhdao.xa']) {
      for (const c of filed) {
        const identity = await call('GET', `/feedback/cases/${c.id}/denouncer`, who);
        assert.equal(identity.statusCode, 200, `${who} ${c.channel}: ${identity.body}`);
        const found = leaksIn(identity.body, identityPieces(c.identity), 'person');
        assert.deepEqual(
          found.sort(),
          ['address', 'e-mail', 'ID number', 'name', 'phone'].sort(),
          `${who} sees the ${c.channel} denouncer`,
        );
        const view = await call('GET', `/feedback/cases/${c.id}`, who);
        assert.ok(
          leaksIn(view.body, identityPieces(c.identity), 'person').includes('name'),
          `${who} reads the letter as written`,
        );
      }
    }
  });

  it('records the denouncer’s own steps under the intake, not their account', async () => {
    const trail = await call('GET', `/audit/entries?entityId=${filed[0]!.id}`, 'admin');
    assert.equal(trail.statusCode, 200);
    const entries = trail.json().items as Array<{
      action: string;
      actorLabel: string;
      actorId: string | null;
    }>;
    for (const action of ['feedback.received', 'feedback.withdrawn']) {
      const entry = entries.find((e) => e.action === action);
      assert.ok(entry, action);
      assert.equal(entry.actorLabel, 'system:denunciation-intake');
      assert.equal(entry.actorId, null);
    }
    const timeline = (await call('GET', `/feedback/cases/${filed[0]!.id}`, 'lanhdao.tinh')).json().case
      .events;
    assert.deepEqual(
      timeline
        .filter((e: { action: string }) => e.action !== 'assigned')
        .map((e: { actorLabel: string }) => e.actorLabel),
      ['system:denunciation-intake', 'system:denunciation-intake'],
    );
  });

  it('walks every documented GET route and export as every other role: no piece of any identity', async () => {
    const spec = (await call('GET', '/api/v1/openapi.json')).json() as Spec;
    const { urls, unfilled } = await walkableUrls(spec, {
      get: async (url) => {
        const r = await call('GET', url, 'admin');
        return r.statusCode === 200 && /json/.test(String(r.headers['content-type'])) ? r.json() : undefined;
      },
      cases: filed.map((c) => ({ id: c.id, code: c.code })),
      year,
    });
    assert.deepEqual(unfilled, [], 'every required parameter has a value');
    assert.ok(urls.length >= 80, `${urls.length} URLs`);
    const others = [
      'admin',
      'quantri.tinh',
      'lanhdao.tinh',
      'tuphap.chuyenvien',
      'motcua.tinh',
      'motcua',
      'lanhdao.hoaan',
      'motcua.hoaan',
      'congdan',
      undefined,
    ];
    const leaks: string[] = [];
    const seen = new Map<string, number>();
    for (const who of others) {
      for (const url of urls) {
        const response = await call('GET', url, who);
        const body = response.body;
        for (const c of filed) if (body.includes(c.code)) seen.set(c.code, (seen.get(c.code) ?? 0) + 1);
        for (const found of leaksIn(body, pieces(), url))
          leaks.push(`${who ?? 'anonymous'} GET ${url} → ${response.statusCode}: ${found}`);
      }
    }
    assert.deepEqual(leaks, []);
    // Nor the server's log lines of all of it, filing included (issue 18 §6).
    assert.ok(logs.length > 1000, `${logs.length} log lines`);
    assert.deepEqual(leaksIn(logs.join('\n'), pieces(), 'log'), [], 'log');
    // The walk read the cases (lists, case views, the CSV export, the audit trail), not just 404s.
    for (const c of filed)
      assert.ok((seen.get(c.code) ?? 0) >= 10, `${c.code} seen ${seen.get(c.code)} times`);
  });
});

function fold(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd');
}

function group(digits: string): string {
  return digits.replace(/(\d{4})(?=\d)/g, '$1 ');
}
