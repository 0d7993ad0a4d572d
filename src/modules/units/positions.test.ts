import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

describe('agencies and positions (issue 3 §3)', () => {
  let t: TestApp;
  let admin: Session;
  before(async () => {
    t = await startTestApp();
    admin = await t.signIn('quantri.tinh');
  });
  after(() => t.close());
  const call = (method: 'GET' | 'POST', url: string, session?: Session, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: session?.headers ?? {},
      ...(payload ? { payload } : {}),
    });

  it('gives the demo officials positions in their agencies, dated from 1/7/2025', async () => {
    const me = (await call('GET', '/auth/me', await t.signIn('motcua'))).json().user;
    assert.equal(me.roles[0].agencyId !== null, true, 'the clerk’s role is held in the PAS centre');
    const positions = (await call('GET', `/users/${me.id}/positions`, admin)).json().items;
    assert.deepEqual(
      positions.map((p: { title: string; agencyName: string; validFrom: string }) => [
        p.title,
        p.agencyName,
        p.validFrom,
      ]),
      [['clerk', 'Trung tâm Phục vụ hành chính công Phường Thục Phán', '2025-07-01']],
    );
    const agency = (await call('GET', `/units/agencies/${positions[0].agencyId}`)).json();
    assert.equal(agency.kind, 'pas_centre');
    assert.ok(agency.positions.some((p: { userId: string }) => p.userId === me.id));
  });

  it('records a new position and ends it, each audited', async () => {
    const user = (await call('GET', '/users?q=tuphap', admin)).json().items[0];
    const unit = (await call('GET', '/units/04')).json();
    const office = unit.agencies.find((a: { name: string }) => a.name === 'Sở Nội vụ');
    const created = await call('POST', `/users/${user.id}/positions`, admin, {
      agencyId: office.id,
      title: 'deputy_director',
      validFrom: '2026-01-05',
    });
    assert.equal(created.statusCode, 201, created.body);
    const ended = await call('POST', `/users/${user.id}/positions/${created.json().id}/end`, admin, {
      validTo: '2026-06-30',
    });
    assert.equal(ended.statusCode, 204, ended.body);
    const trail = (await call('GET', `/audit/entries?entityType=agency&entityId=${office.id}`, admin)).json();
    // The agency's trail also holds other changes (the demo sets its QCVN 102 code): only positions matter here.
    assert.deepEqual(
      trail.items
        .map((e: { action: string }) => e.action)
        .filter((a: string) => a.startsWith('units.position_')),
      ['units.position_ended', 'units.position_assigned'],
    );
    const early = await call('POST', `/users/${user.id}/positions/${created.json().id}/end`, admin, {});
    assert.equal(early.statusCode, 409, 'already ended');
  });

  it('grants a role in one agency, checking that the agency belongs to the unit', async () => {
    const user = (await call('GET', '/users?q=tuphap', admin)).json().items[0];
    const commune = (await call('GET', '/units/01654')).json();
    const wrong = await call('POST', `/users/${user.id}/roles`, admin, {
      role: 'specialist',
      unitCode: '04',
      agencyId: commune.agencies[0].id,
    });
    assert.equal(wrong.statusCode, 400);
    assert.equal(wrong.json().errors[0].field, 'agencyId');
    const right = await call('POST', `/users/${user.id}/roles`, admin, {
      role: 'specialist',
      unitCode: '01654',
      agencyId: commune.agencies[0].id,
    });
    assert.equal(right.statusCode, 200, right.body);
  });

  it('refuses officials who are not administrators of the agency’s unit', async () => {
    const clerk = await t.signIn('motcua');
    const user = (await call('GET', '/users?q=tuphap', admin)).json().items[0];
    const unit = (await call('GET', '/units/04')).json();
    const response = await call('POST', `/users/${user.id}/positions`, clerk, {
      agencyId: unit.agencies[0].id,
      title: 'officer',
    });
    assert.equal(response.statusCode, 404);
  });
});
