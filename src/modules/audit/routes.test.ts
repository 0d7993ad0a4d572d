import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Session, startTestApp, type TestApp } from '../../app/testing.js';

describe('the audit API (issue 2 §5, ADR 0014)', () => {
  let t: TestApp;
  before(async () => {
    t = await startTestApp();
  });
  after(() => t.close());
  const get = (url: string, session: Session) =>
    t.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: session.headers });

  it('lets a national administrator verify every chain, each with its head', async () => {
    const response = await get('/audit/verify', await t.signIn('admin'));
    assert.equal(response.statusCode, 200, response.body);
    const report = response.json();
    assert.equal(report.ok, true, JSON.stringify(report.firstBroken));
    assert.ok(report.checked > 0);
    for (const chain of report.chains) {
      assert.equal(chain.ok, true, chain.chain);
      assert.equal(chain.head.length, chain.checked, `${chain.chain}: the head is the last link`);
    }
  });

  it('shows each entry’s chain and place in it, and keeps verification national', async () => {
    const admin = await t.signIn('quantri.tinh');
    const page = (await get('/audit/entries?limit=5', admin)).json();
    assert.ok(page.items.length > 0);
    for (const entry of page.items) {
      assert.equal(typeof entry.chain, 'string');
      assert.ok(entry.link >= 1);
    }
    assert.equal((await get('/audit/verify', admin)).statusCode, 403);
  });
});
