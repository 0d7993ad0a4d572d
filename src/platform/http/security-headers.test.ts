import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startTestApp, type TestApp } from '../../app/testing.js';

/** ASVS 14.4 and 9.1.1: the headers every answer carries, HSTS once the installation is reached over https. */
describe('security headers', () => {
  let plain: TestApp;
  let proxied: TestApp;
  let published: TestApp;
  before(async () => {
    plain = await startTestApp();
    proxied = await startTestApp({ config: { trustProxy: true } });
    published = await startTestApp({ config: { publicUrl: 'https://dichvucong.caobang.gov.vn' } });
  });
  after(async () => {
    await plain?.close();
    await proxied?.close();
    await published?.close();
  });

  it('refuses framing, sniffing and cross-site referrers on pages and on the API', async () => {
    for (const url of ['/', '/verify', '/api/v1/procedures?limit=1', '/api/v1/no-such-thing']) {
      const answer = await plain.app.inject({ method: 'GET', url });
      const csp = String(answer.headers['content-security-policy']);
      assert.match(csp, /frame-ancestors 'none'/, url);
      assert.match(csp, /object-src 'none'/, url);
      assert.match(csp, /base-uri 'self'/, url);
      assert.equal(answer.headers['x-frame-options'], 'DENY', url);
      assert.equal(answer.headers['x-content-type-options'], 'nosniff', url);
      assert.equal(answer.headers['referrer-policy'], 'same-origin', url);
      assert.equal(answer.headers['strict-transport-security'], undefined, `${url}: plain http`);
    }
  });

  it('asks browsers to keep to https behind a trusted proxy or under an https public address', async () => {
    const viaProxy = await proxied.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-forwarded-proto': 'https' },
    });
    assert.equal(viaProxy.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
    const viaPlain = await proxied.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(viaPlain.headers['strict-transport-security'], undefined);
    const underPublic = await published.app.inject({ method: 'GET', url: '/healthz' });
    assert.equal(underPublic.headers['strict-transport-security'], 'max-age=31536000; includeSubDomains');
  });
});
