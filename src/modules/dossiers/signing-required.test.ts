import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';
import { findAgencyOfUnit } from '../units/index.js';

/**
 * Issue 6 §4 in server mode without TINHSO_KEY_ENCRYPTION_KEY: tinhso works, but a leader's approval — which
 * issues the signed result — is refused with a 503 problem and changes nothing, so no citizen ever receives an
 * unsigned result (README, Configuration: "Signing results").
 */
describe('approval where the installation cannot sign (issue 6 §4)', () => {
  let t: TestApp;
  let clerk: Session;
  let officer: Session;
  let leader: Session;
  before(async () => {
    // startTestApp runs in server mode (DATABASE_URL): no key-encryption key means no signing.
    t = await startTestApp({ config: { keyEncryptionKey: undefined } });
    [clerk, officer, leader] = (await Promise.all(
      ['motcua', 'chuyenvien', 'lanhdao.xa'].map((u) => t.signIn(u)),
    )) as [Session, Session, Session];
  });
  after(() => t.close());

  const call = (method: 'GET' | 'POST', url: string, session: Session, payload?: object) =>
    t.app.inject({ method, url: `/api/v1${url}`, headers: session.headers, ...(payload ? { payload } : {}) });

  it('refuses the approval with 503 signing-not-configured, leaves the dossier as it was, allows the rest', async () => {
    const centre = await findAgencyOfUnit(t.db.db, '01273', 'pas_centre');
    const registered = await call('POST', '/dossiers/counter', clerk, {
      procedureCode: '1.001193',
      receivingAgencyId: centre!.id,
      channel: 'in_person',
      applicant: { name: 'Nông Thị Mai' },
      resultMethod: 'counter',
      documents: [{ name: 'Tờ khai đăng ký khai sinh theo mẫu' }, { name: 'Giấy chứng sinh' }],
      decision: { kind: 'complete' },
    });
    assert.equal(registered.statusCode, 201, registered.body);
    const id = registered.json().id as string;
    let view = (await call('GET', `/dossiers/${id}`, officer)).json();
    const forwarded = await call('POST', `/dossiers/${id}/actions`, officer, {
      version: view.version,
      action: { type: 'forward' },
    });
    assert.equal(forwarded.statusCode, 200, forwarded.body);
    view = (await call('GET', `/dossiers/${id}`, leader)).json();
    assert.ok(view.actions.includes('approve'), 'the leader decides at this step');

    const refused = await call('POST', `/dossiers/${id}/actions`, leader, {
      version: view.version,
      action: { type: 'approve' },
    });
    assert.equal(refused.statusCode, 503, refused.body);
    assert.equal(refused.headers['content-type'], 'application/problem+json; charset=utf-8');
    assert.match(refused.json().type, /\/signing-not-configured$/);
    assert.match(refused.json().detail, /TINHSO_KEY_ENCRYPTION_KEY/);

    const after = (await call('GET', `/dossiers/${id}`, leader)).json();
    assert.equal(after.version, view.version, 'nothing was written');
    assert.equal(after.status, view.status);
    assert.equal(
      after.documents.some((d: { kind: string }) => d.kind === 'result'),
      false,
      'no unsigned result was issued',
    );
    const returned = await call('POST', `/dossiers/${id}/actions`, leader, {
      version: after.version,
      action: { type: 'return_step', note: 'Xem lại hồ sơ' },
    });
    assert.equal(returned.statusCode, 200, 'the other actions go on without signing');
  });
});
