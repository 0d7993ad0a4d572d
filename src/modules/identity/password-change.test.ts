import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { outbox } from '../../platform/notify/schema.js';

const NEW_PASSWORD = 'gió lùa qua khe cửa sổ nhà sàn';

/** Issue 18 §3: every account changes its own password; administrators' resets are audited and notified. */
describe('changing and resetting passwords', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('quantri.tinh');
  });
  after(() => t.close());

  const call = (method: 'GET' | 'POST' | 'PATCH', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });
  const trail = async (id: string) =>
    (await call('GET', `/audit/entries?entityType=user&entityId=${id}`, await t.signIn('admin'))).json()
      .items as Array<{ action: string; after: Record<string, unknown> | null }>;

  it('lets a citizen change their own password with the current one, ending their other sessions', async () => {
    const here = await t.signIn('congdan');
    const elsewhere = await t.signIn('congdan');
    const wrong = await call('POST', '/auth/password', here, {
      currentPassword: 'not-my-password',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(wrong.statusCode, 400);
    assert.deepEqual(wrong.json().errors, [
      { field: 'currentPassword', message: 'Mật khẩu hiện tại không đúng.', code: 'identity.password.wrong' },
    ]);
    const changed = await call('POST', '/auth/password', here, {
      currentPassword: 'Demo@2025',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(changed.statusCode, 204, changed.body);
    assert.equal((await call('GET', '/auth/me', here)).statusCode, 200, 'this session goes on');
    assert.equal((await call('GET', '/auth/me', elsewhere)).statusCode, 401, 'the other session ended');
    await assert.rejects(t.signIn('congdan'), /401/, 'the old password no longer works');
    const again = await t.signIn('congdan', NEW_PASSWORD);
    const me = (await call('GET', '/auth/me', again)).json().user;
    const actions = (await trail(me.id)).map((e) => e.action);
    assert.ok(actions.includes('user.password_changed'));
    assert.ok(actions.includes('user.password_change_failed'));
  });

  it('refuses a weak new password, naming the field and the reason', async () => {
    const session = await t.signIn('chuyenvien');
    for (const [weak, reason, vietnamese] of [
      ['12345678', 'common', /danh sách mật khẩu phổ biến/],
      ['password', 'common', /danh sách mật khẩu phổ biến/],
      ['short', 'tooShort', /ít nhất 8 ký tự/],
      ['Demo@2025', 'tooWeak', /quá dễ đoán/],
      ['chuyenvien-rất-dài-2026', 'containsUsername', /không được chứa tên đăng nhập/],
    ] as const) {
      const response = await call('POST', '/auth/password', session, {
        currentPassword: 'Demo@2025',
        newPassword: weak,
      });
      assert.equal(response.statusCode, 400, weak);
      assert.match(String(response.headers['content-type']), /application\/problem\+json/);
      // Issue 15 §2: the reason is a stable code; the message a sentence in the reader's language (vi default).
      const [error] = response.json().errors;
      assert.deepEqual([error.field, error.code], ['newPassword', `identity.password.${reason}`], weak);
      assert.match(error.message, vietnamese, weak);
      assert.match(response.json().detail, vietnamese, weak);
    }
  });

  it('applies the policy to accounts an administrator creates and to resets', async () => {
    const created = await call('POST', '/users', admin, {
      username: 'yeu.matkhau',
      displayName: 'X',
      kind: 'official',
      password: '12345678',
      roles: [{ role: 'specialist', unitCode: '04' }],
    });
    assert.equal(created.statusCode, 400);
    assert.deepEqual(
      created.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['password', 'identity.password.common']],
    );
    const me = (await call('GET', '/auth/me', await t.signIn('motcua'))).json().user;
    const reset = await call('PATCH', `/users/${me.id}`, admin, {
      version: me.version,
      password: 'password',
    });
    assert.equal(reset.statusCode, 400);
    assert.deepEqual(
      reset.json().errors.map((e: { field: string; code: string }) => [e.field, e.code]),
      [['password', 'identity.password.common']],
    );
  });

  it('audits an administrator’s reset, notifies the owner through the outbox, and makes them choose their own', async () => {
    const owner = await t.signIn('tuphap.chuyenvien');
    const before = (await call('GET', '/auth/me', owner)).json().user;
    const withContact = await call('PATCH', `/users/${before.id}`, admin, {
      version: before.version,
      email: 'duc.ma@caobang.gov.vn',
      phone: '0912 345 678',
    });
    assert.equal(withContact.statusCode, 200, withContact.body);
    const reset = await call('PATCH', `/users/${before.id}`, admin, {
      version: withContact.json().version,
      password: 'tạm thời cho anh Đức 2026',
    });
    assert.equal(reset.statusCode, 200, reset.body);
    assert.equal(reset.json().mustChangePassword, true);
    assert.equal((await call('GET', '/auth/me', owner)).statusCode, 401, 'the owner’s sessions ended');

    const entry = (await trail(before.id)).find((e) => e.action === 'user.password_reset');
    assert.deepEqual(entry?.after, {
      mustChangePassword: true,
      sessionsEnded: true,
      notified: ['email', 'sms'],
    });
    const notices = await t.db.db.select().from(outbox);
    const mine = notices.filter((n) => n.entityId === before.id && n.topic === 'user.password_reset');
    assert.deepEqual(mine.map((n) => n.channel).sort(), ['email', 'sms']);
    assert.ok(
      mine.every((n) => !n.body.includes('tạm thời')),
      'the notice never carries the password',
    );

    const next = await t.signIn('tuphap.chuyenvien', 'tạm thời cho anh Đức 2026');
    const me = (await call('GET', '/auth/me', next)).json().user;
    assert.equal(me.mustChangePassword, true);
    const blocked = await call('PATCH', `/users/${me.id}`, next, { version: me.version, displayName: 'X' });
    assert.equal(blocked.statusCode, 403);
    assert.equal(blocked.json().type, 'https://tinhso.dev/problems/password-change-required');
    const changed = await call('POST', '/auth/password', next, {
      currentPassword: 'tạm thời cho anh Đức 2026',
      newPassword: NEW_PASSWORD,
    });
    assert.equal(changed.statusCode, 204, changed.body);
    assert.equal((await call('GET', '/auth/me', next)).json().user.mustChangePassword, false);
  });

  it('counts wrong current passwords like failed sign-ins, so a borrowed session cannot guess the password', async () => {
    const session = await t.signIn('lanhdao.hoaan');
    const statuses = [];
    for (let i = 0; i < 6; i++) {
      const response = await call('POST', '/auth/password', session, {
        currentPassword: `guess-${i}`,
        newPassword: NEW_PASSWORD,
      });
      statuses.push(response.statusCode);
    }
    assert.deepEqual(statuses, [400, 400, 400, 400, 400, 429]);
  });
});
