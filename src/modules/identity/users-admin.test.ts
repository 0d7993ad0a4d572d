import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/** Who may do what with accounts, per role (issue 2 §4: 403, or 404 where existence must not leak). */
describe('accounts and roles, per role', () => {
  let t: TestApp;
  let admin: Session;
  let provinceAdmin: Session;
  let hanoiUserId: string;
  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('admin');
    provinceAdmin = await t.signIn('quantri.tinh');
  });
  after(() => t.close());

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    session?: Session,
    payload?: object,
  ) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  it('lets the national administrator create an account in any province', async () => {
    const response = await call('POST', '/users', admin, {
      username: 'chuyenvien.hanoi',
      displayName: 'Trần Thị Mai',
      kind: 'official',
      password: 'a-long-password',
      roles: [{ role: 'specialist', unitCode: '00070' }],
    });
    assert.equal(response.statusCode, 201, response.body);
    const user = response.json();
    assert.equal(user.roles[0].unitName, 'Phường Hoàn Kiếm');
    assert.equal(user.roles[0].provinceCode, '01');
    hanoiUserId = user.id;
  });

  it('hides accounts outside a provincial administrator’s province (404), and shows those inside', async () => {
    assert.equal((await call('GET', `/users/${hanoiUserId}`, provinceAdmin)).statusCode, 404);
    const list = (await call('GET', '/users?pageSize=200', provinceAdmin)).json();
    const names = list.items.map((u: { username: string }) => u.username);
    assert.ok(names.includes('motcua'));
    assert.ok(!names.includes('chuyenvien.hanoi'));
    assert.ok(!names.includes('admin'), 'the national administrator is outside the province');
  });

  it('refuses a provincial administrator creating an account in another province (403)', async () => {
    const response = await call('POST', '/users', provinceAdmin, {
      username: 'someone.else',
      displayName: 'X',
      kind: 'official',
      password: 'a-long-password',
      roles: [{ role: 'specialist', unitCode: '00070' }],
    });
    assert.equal(response.statusCode, 403);
  });

  it('lets every role read its own account, and nobody else’s unless an administrator', async () => {
    for (const username of ['lanhdao.tinh', 'lanhdao.xa', 'chuyenvien', 'motcua', 'congdan']) {
      const session = await t.signIn(username);
      const me = (await call('GET', '/auth/me', session)).json().user;
      assert.equal((await call('GET', `/users/${me.id}`, session)).statusCode, 200, username);
      assert.equal((await call('GET', `/users/${hanoiUserId}`, session)).statusCode, 404, username);
      assert.equal((await call('GET', '/users', session)).statusCode, 403, username);
      assert.equal((await call('GET', '/audit/entries', session)).statusCode, 403, username);
    }
  });

  it('asks an anonymous caller to sign in (401)', async () => {
    assert.equal((await call('GET', '/users')).statusCode, 401);
  });

  it('detects a conflicting edit by version (409) and keeps the first', async () => {
    const user = (await call('GET', `/users/${hanoiUserId}`, admin)).json();
    const first = await call('PATCH', `/users/${hanoiUserId}`, admin, {
      version: user.version,
      displayName: 'Trần Thị Mai Anh',
    });
    assert.equal(first.statusCode, 200);
    const second = await call('PATCH', `/users/${hanoiUserId}`, admin, {
      version: user.version,
      displayName: 'Other',
    });
    assert.equal(second.statusCode, 409);
    assert.equal(second.json().current.displayName, 'Trần Thị Mai Anh');
  });

  it('grants and revokes a role, each audited with who did it', async () => {
    const granted = await call('POST', `/users/${hanoiUserId}/roles`, admin, {
      role: 'counter_clerk',
      unitCode: '00070',
    });
    assert.equal(granted.statusCode, 200, granted.body);
    const grant = granted.json().roles.find((r: { role: string }) => r.role === 'counter_clerk');
    const again = await call('POST', `/users/${hanoiUserId}/roles`, admin, {
      role: 'counter_clerk',
      unitCode: '00070',
    });
    assert.equal(again.statusCode, 409);
    const revoked = await call('DELETE', `/users/${hanoiUserId}/roles/${grant.id}`, admin);
    assert.equal(revoked.statusCode, 200);
    const trail = (await call('GET', `/audit/entries?entityType=user&entityId=${hanoiUserId}`, admin)).json();
    const actions = trail.items.map((e: { action: string }) => e.action);
    assert.deepEqual(actions.slice(0, 2), ['user.role_revoked', 'user.role_granted']);
    assert.ok(trail.items.every((e: { actorLabel: string }) => e.actorLabel === 'admin'));
  });

  it('refuses unknown units and roles that do not fit the account kind', async () => {
    const unknownUnit = await call('POST', '/users', admin, {
      username: 'x.unknown',
      displayName: 'X',
      kind: 'official',
      password: 'a-long-password',
      roles: [{ role: 'specialist', unitCode: '99999' }],
    });
    assert.equal(unknownUnit.statusCode, 400);
    assert.equal(unknownUnit.json().errors[0].field, 'roles.0.unitCode');
    // Issue 15 §2: the reason is a stable code the web keys on; the message is in the reader's language.
    assert.equal(unknownUnit.json().errors[0].code, 'identity.field.unknownUnit');
    assert.equal(unknownUnit.json().errors[0].message, 'không có đơn vị nào mang mã này');
    const citizenAsClerk = await call('POST', '/users', admin, {
      username: 'x.citizen',
      displayName: 'X',
      kind: 'citizen',
      password: 'a-long-password',
      roles: [{ role: 'counter_clerk', unitCode: '04' }],
    });
    assert.equal(citizenAsClerk.statusCode, 400);
    assert.equal(citizenAsClerk.json().errors[0].code, 'identity.field.roleKind');
    assert.equal(citizenAsClerk.json().errors[0].message, 'không phù hợp với loại tài khoản');
  });

  it('ends a disabled account’s sessions', async () => {
    const session = await t.signIn('chuyenvien.hanoi', 'a-long-password');
    const user = (await call('GET', `/users/${hanoiUserId}`, admin)).json();
    assert.equal(
      (await call('PATCH', `/users/${hanoiUserId}`, admin, { version: user.version, status: 'disabled' }))
        .statusCode,
      200,
    );
    assert.equal((await call('GET', '/auth/me', session)).statusCode, 401);
  });
});
