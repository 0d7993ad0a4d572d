import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { systemAt, vn } from '../../app/test-actors.js';
import { startTestApp, type TestApp } from '../../app/testing.js';
import { newId } from '../../platform/ids.js';
import { INTAKE_LIMITS, takeIntakeSlot } from './rate-limit.js';

/**
 * Intake without an account is rate-limited (issue 10 §1): anonymous PAKN per client address, Open311 POST per
 * client address and per API key; past the limit the answer is 429 — problem+json on the API, the GeoReport v2
 * error array on Open311 — with a message saying what to do and a Retry-After header.
 */
describe('feedback: rate limits on anonymous intake and Open311', () => {
  let t: TestApp;
  let apiKey: string;
  const pakn = {
    provinceCode: '04',
    kind: 'pakn',
    field: 'transport',
    title: 'Đèn tín hiệu giao thông hỏng',
    content: 'Đèn tín hiệu tại ngã tư trung tâm đã hỏng nhiều ngày, đề nghị sửa chữa.',
    communeCode: '01273',
  };
  const file = (remoteAddress: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/v1/feedback/cases', remoteAddress, headers, payload: pakn });
  const open311 = (remoteAddress: string, key = apiKey) =>
    t.app.inject({
      method: 'POST',
      url: '/open311/v2/requests.json',
      remoteAddress,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        jurisdiction_id: '04',
        api_key: key,
        service_code: 'transport',
        lat: '22.6657',
        long: '106.2580',
        description: 'Ổ gà lớn giữa đường, nguy hiểm cho xe máy.',
      }).toString(),
    });

  before(async () => {
    t = await startTestApp();
    const admin = await t.signIn('quantri.tinh');
    const issued = await t.app.inject({
      method: 'POST',
      url: '/api/v1/feedback/open311-keys',
      headers: admin.headers,
      payload: { provinceCode: '04', name: 'Ứng dụng phản ánh hiện trường' },
    });
    assert.equal(issued.statusCode, 201, issued.body);
    apiKey = issued.json().key;
  });
  after(() => t.close());

  it('takes anonymous PAKN from one address up to the limit, then answers 429 problem+json with Retry-After', async () => {
    const max = INTAKE_LIMITS.portal_anonymous.max;
    for (let i = 0; i < max; i++) {
      const filed = await file('203.0.113.7');
      assert.equal(filed.statusCode, 201, filed.body);
    }
    const refused = await file('203.0.113.7');
    assert.equal(refused.statusCode, 429);
    assert.match(String(refused.headers['content-type']), /application\/problem\+json/);
    // Issue 15 §2: told in the reader's language, Vietnamese by default.
    assert.match(refused.json().detail, /vui lòng thử lại sau hoặc đăng nhập/);
    const english = await t.app.inject({
      method: 'POST',
      url: '/api/v1/feedback/cases',
      remoteAddress: '203.0.113.7',
      headers: { 'accept-language': 'en' },
      payload: pakn,
    });
    assert.equal(english.statusCode, 429);
    assert.match(english.json().detail, /try again later or sign in/);
    assert.ok(Number(refused.headers['retry-after']) > 0);
    assert.equal((await file('203.0.113.8')).statusCode, 201, 'another address is not held back');
    const citizen = await t.signIn('congdan');
    const signedIn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/feedback/cases',
      remoteAddress: '203.0.113.7',
      headers: citizen.headers,
      payload: pakn,
    });
    assert.equal(signedIn.statusCode, 201, 'a signed-in citizen is accountable and not limited here');
  });

  it('answers the Open311 error array with 429 past the per-address limit', async () => {
    const max = INTAKE_LIMITS.open311_address.max;
    for (let i = 0; i < max; i++) {
      const posted = await open311('198.51.100.20');
      assert.equal(posted.statusCode, 200, posted.body);
    }
    const refused = await open311('198.51.100.20');
    assert.equal(refused.statusCode, 429);
    const errors = refused.json();
    assert.ok(Array.isArray(errors) && errors.length === 1, refused.body);
    assert.equal(errors[0].code, 429);
    assert.match(
      errors[0].description,
      /Too many requests from this address; try again later\. Retry after \d+ seconds/,
    );
    assert.deepEqual(Object.keys(errors[0]).sort(), ['code', 'description'], 'the spec’s error shape only');
    assert.ok(Number(refused.headers['retry-after']) > 0);
    const guessed = await open311('198.51.100.20', 'not-a-key');
    assert.equal(guessed.statusCode, 429, 'guessing keys from a limited address is limited too');
    assert.equal((await open311('198.51.100.21')).statusCode, 200);
  });

  it('counts one API key across addresses and frees slots as the window passes', async () => {
    const ctx = systemAt(t.db.db, vn('2027-01-10T09:00'));
    const key = newId();
    const limit = { max: 3, windowMs: 60_000 };
    for (let i = 0; i < 3; i++)
      assert.ok((await takeIntakeSlot(ctx, { bucket: 'open311_key', key, provinceCode: '04', limit })).ok);
    const refused = await takeIntakeSlot(ctx, { bucket: 'open311_key', key, provinceCode: '04', limit });
    assert.ok(!refused.ok && refused.error.kind === 'rate_limited');
    assert.equal(!refused.ok && refused.error.kind === 'rate_limited' && refused.error.retryAfterSeconds, 60);
    const later = { ...ctx, now: vn('2027-01-10T09:02') };
    assert.ok((await takeIntakeSlot(later, { bucket: 'open311_key', key, provinceCode: '04', limit })).ok);
  });
});
