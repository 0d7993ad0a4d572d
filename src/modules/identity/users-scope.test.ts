import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

/**
 * Issue 18 §4: every account has a home unit, and an administrator reaches an account only when its home
 * unit or an active grant lies inside the administrator's scope, for reading, listing, resetting, granting
 * and revoking: 404 out of reach (existence not told), 403 in reach but not allowed.
 */
describe('administrator scope over accounts with and without roles', () => {
  let t: TestApp;
  let national: Session;
  let province04: Session;
  let commune01273: Session;
  const ids: Record<string, string> = {};
  const PASSWORD = 'a-long-password';

  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    session: Session,
    payload?: object,
  ) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  const create = async (body: Record<string, unknown>) => {
    const response = await call('POST', '/users', national, {
      kind: 'official',
      password: PASSWORD,
      ...body,
    });
    assert.equal(response.statusCode, 201, response.body);
    return response.json() as { id: string; homeUnitCode: string; roles: Array<{ id: string }> };
  };

  before(async () => {
    t = await startTestApp();
    national = await t.signIn('admin');
    province04 = await t.signIn('quantri.tinh');
    await create({
      username: 'quantri.xa',
      displayName: 'Quản trị xã',
      roles: [{ role: 'system_admin', unitCode: '01273' }],
    });
    commune01273 = await t.signIn('quantri.xa', PASSWORD);
    // An official of Hà Nội (01) whose only role is revoked: the account of the reproduction.
    const revoked = await create({
      username: 'cv.hanoi.revoked',
      displayName: 'Phạm Văn Bình',
      roles: [{ role: 'specialist', unitCode: '00070' }],
    });
    await call('DELETE', `/users/${revoked.id}/roles/${revoked.roles[0]!.id}`, national);
    ids.revoked01 = revoked.id;
    ids.never01 = (
      await create({ username: 'cv.hanoi.never', displayName: 'Lê Thị Cúc', homeUnitCode: '01' })
    ).id;
    ids.never04 = (
      await create({ username: 'cv.caobang.never', displayName: 'Hoàng Văn Dũng', homeUnitCode: '04' })
    ).id;
    ids.never01273 = (
      await create({ username: 'cv.xa.never', displayName: 'Nông Văn Ếch', homeUnitCode: '01273' })
    ).id;
    // Home in Hà Nội, seconded with a role in Cao Bằng (04).
    ids.seconded = (
      await create({
        username: 'cv.hanoi.seconded',
        displayName: 'Vũ Thị Giang',
        homeUnitCode: '01',
        roles: [{ role: 'specialist', unitCode: '04' }],
      })
    ).id;
  });
  after(() => t.close());

  /** Read, reset the password of, and grant a role in `unitCode` (inside the administrator's own scope) to an account. */
  const attempts = async (session: Session, id: string, unitCode = '01654') => {
    const read = await call('GET', `/users/${id}`, session);
    const version = read.statusCode === 200 ? read.json().version : 1;
    const reset = await call('PATCH', `/users/${id}`, session, {
      version,
      password: 'mây trắng bay qua đèo Mã Pí Lèng',
    });
    const grant = await call('POST', `/users/${id}/roles`, session, {
      role: 'counter_clerk',
      unitCode,
    });
    return { read: read.statusCode, reset: reset.statusCode, grant: grant.statusCode };
  };

  it('hides a revoked official of province 01 from the administrator of province 04: read, reset, grant all 404', async () => {
    assert.deepEqual(await attempts(province04, ids.revoked01!), { read: 404, reset: 404, grant: 404 });
    const list = (await call('GET', '/users?pageSize=200', province04)).json();
    assert.ok(!list.items.some((u: { id: string }) => u.id === ids.revoked01));
  });

  it('hides a never-granted official of province 01 from the administrators of 04 and of a commune', async () => {
    assert.deepEqual(await attempts(province04, ids.never01!), { read: 404, reset: 404, grant: 404 });
    assert.deepEqual(await attempts(commune01273, ids.never01!, '01273'), {
      read: 404,
      reset: 404,
      grant: 404,
    });
  });

  it('gives the national administrator every account, revoked and never-granted included', async () => {
    const list = (await call('GET', '/users?pageSize=200&q=cv.', national)).json();
    const names = list.items.map((u: { username: string }) => u.username).sort();
    assert.deepEqual(names, [
      'cv.caobang.never',
      'cv.hanoi.never',
      'cv.hanoi.revoked',
      'cv.hanoi.seconded',
      'cv.xa.never',
    ]);
    assert.equal((await call('GET', `/users/${ids.revoked01}`, national)).json().homeUnitCode, '00070');
  });

  it('lets the administrator of 04 manage a never-granted official whose home is in 04', async () => {
    assert.deepEqual(await attempts(province04, ids.never04!), { read: 200, reset: 200, grant: 200 });
    const list = (await call('GET', '/users?pageSize=200&q=cv.', province04)).json();
    const names = list.items.map((u: { username: string }) => u.username).sort();
    assert.deepEqual(names, ['cv.caobang.never', 'cv.hanoi.seconded', 'cv.xa.never']);
  });

  it('lets the administrator of 04 read and grant in 04 to an official seconded from 01, but not reset the password (403)', async () => {
    assert.deepEqual(await attempts(province04, ids.seconded!), { read: 200, reset: 403, grant: 200 });
  });

  it('keeps a commune administrator to accounts of the commune', async () => {
    assert.deepEqual(await attempts(commune01273, ids.never01273!, '01273'), {
      read: 200,
      reset: 200,
      grant: 200,
    });
    assert.deepEqual(await attempts(commune01273, ids.never04!, '01273'), {
      read: 404,
      reset: 404,
      grant: 404,
    });
    const list = (await call('GET', '/users?pageSize=200', commune01273)).json();
    assert.ok(
      list.items.every(
        (u: { homeUnitCode: string; roles: Array<{ unitCode: string }> }) =>
          u.homeUnitCode === '01273' || u.roles.some((r) => r.unitCode === '01273'),
      ),
    );
  });

  it('refuses revoking a role of an out-of-reach account with 404', async () => {
    const seconded = (await call('GET', `/users/${ids.seconded}`, national)).json();
    const grant = seconded.roles[0].id;
    assert.equal(
      (await call('DELETE', `/users/${ids.seconded}/roles/${grant}`, commune01273)).statusCode,
      404,
    );
  });

  it('requires a home unit for a new official without roles, and gives a citizen without roles the province', async () => {
    const none = await call('POST', '/users', national, {
      username: 'cv.nohome',
      displayName: 'X',
      kind: 'official',
      password: PASSWORD,
    });
    assert.equal(none.statusCode, 400);
    assert.equal(none.json().errors[0].field, 'homeUnitCode');
    assert.equal(none.json().errors[0].code, 'identity.field.homeRequired');
    const citizen = await call('POST', '/users', national, {
      username: 'congdan.moi',
      displayName: 'Công dân mới',
      kind: 'citizen',
      password: PASSWORD,
    });
    assert.equal(citizen.statusCode, 201, citizen.body);
    assert.equal(citizen.json().homeUnitCode, '04');
    const outside = await call('POST', '/users', province04, {
      username: 'cv.outside',
      displayName: 'X',
      kind: 'official',
      password: PASSWORD,
      homeUnitCode: '01',
    });
    assert.equal(outside.statusCode, 403, 'an administrator creates accounts only at home in their scope');
  });

  it('gives every other role 404 on accounts without roles', async () => {
    for (const username of ['lanhdao.tinh', 'chuyenvien', 'motcua', 'congdan']) {
      const session = await t.signIn(username);
      assert.equal((await call('GET', `/users/${ids.never04}`, session)).statusCode, 404, username);
      assert.equal((await call('GET', `/users/${ids.revoked01}`, session)).statusCode, 404, username);
    }
  });
});
