import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { SAMPLE_BIRTH_DECLARATION } from '../modules/procedures/index.js';
import { samplePdf } from '../platform/files/test-fixtures.js';
import { createLogger } from '../platform/logging.js';
import { DEMO_COMMUNE, FLOW_PROCEDURE } from './dossier-flow.js';
import { DEMO_PASSWORD, startTestApp, type TestApp } from './testing.js';

/**
 * Secrets never travel in URLs or logs (issue 18 §6; ASVS 4.0.3 V7.1.1, V7.1.2, V8.3.4, V3.1.1). A realistic
 * session runs against the real server over HTTP with its pino log captured at the most verbose level an
 * operator could set; then the log is searched for every secret the session used.
 */

interface Client {
  cookie?: string;
  csrf?: string;
}

/** Query or path parameters that carry a secret by their name. */
const SECRET_NAME = /secret|passw|token|key|session|csrf|otp|pin$/i;
/** Parameters whose name looks secret but whose value is not (none today). */
const DOCUMENTED_SAFE: string[] = [];

describe('secrets never travel in URLs or logs (issue 18 §6)', () => {
  let t: TestApp;
  const log: string[] = [];
  /** Every secret the session used, by what it is. */
  const secrets: Array<{ what: string; value: string }> = [];
  let feedbackKey: string | undefined;
  let spec: { paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>> };

  const call = async (
    client: Client,
    method: string,
    url: string,
    body?: unknown,
    // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes; the session reads what it needs.
  ): Promise<{ status: number; json: any }> => {
    const response = await fetch(`${t.url}/api/v1${url}`, {
      method,
      headers: {
        ...(client.cookie ? { cookie: client.cookie } : {}),
        ...(client.csrf && method !== 'GET' ? { 'x-csrf-token': client.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { status: response.status, json: text ? JSON.parse(text) : {} };
  };

  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<Client> => {
    const response = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    assert.equal(response.status, 200, `sign-in as ${username}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith('tinhso_session='));
    assert.ok(cookie);
    const csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
    secrets.push({ what: `${username}'s session cookie`, value: cookie.split('=')[1] ?? '' });
    secrets.push({ what: `${username}'s CSRF token`, value: csrf });
    return { cookie, csrf };
  };

  before(async () => {
    const sink = new Writable({
      write(chunk, _encoding, done) {
        log.push(String(chunk));
        done();
      },
    });
    t = await startTestApp({ listen: true, logger: createLogger('trace', 'tinhso', sink) });
    spec = await (await fetch(`${t.url}/api/v1/openapi.json`)).json();
    secrets.push({ what: 'the demo password', value: DEMO_PASSWORD });

    // A mistyped password, then the citizen, the counter clerk and the administrator sign in.
    const wrong = 'Sai-mat-khau-cua-toi-2026';
    secrets.push({ what: 'a mistyped password', value: wrong });
    const refused = await fetch(`${t.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'congdan', password: wrong }),
    });
    assert.equal(refused.status, 401);
    const citizen = await signIn('congdan');
    const clerk = await signIn('motcua');
    const admin = await signIn('admin');

    // The citizen uploads a scan and files a dossier online.
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(samplePdf())], { type: 'application/pdf' }), 'to-khai.pdf');
    const upload = await fetch(`${t.url}/api/v1/dossiers/uploads`, {
      method: 'POST',
      headers: { cookie: citizen.cookie ?? '', 'x-csrf-token': citizen.csrf ?? '' },
      body: form,
    });
    assert.equal(upload.status, 201);
    const fileId = ((await upload.json()) as { fileId: string }).fileId;
    const unit = await call(citizen, 'GET', `/units/${DEMO_COMMUNE}`);
    const agencies: Array<{ kind: string; id: string }> = unit.json.agencies;
    const centre = agencies.find((a) => a.kind === 'pas_centre');
    assert.ok(centre);
    const filed = await call(citizen, 'POST', '/dossiers', {
      procedureCode: FLOW_PROCEDURE,
      receivingAgencyId: centre.id,
      applicant: { name: 'Nguyễn Văn An', phone: '0912345678', address: 'Xã Hòa An' },
      declaration: SAMPLE_BIRTH_DECLARATION,
      resultMethod: 'counter',
      documents: [
        { name: 'Tờ khai đăng ký khai sinh theo mẫu', fileId },
        { name: 'Giấy chứng sinh', fileId },
      ],
    });
    assert.equal(filed.status, 201, JSON.stringify(filed.json));
    const id = filed.json.id;

    // The clerk receives it (Form 01 with the tracking secret); anyone tracks it with the secret.
    const received = await call(clerk, 'POST', `/dossiers/${id}/reception`, {
      version: filed.json.version,
      decision: { kind: 'complete' },
    });
    assert.equal(received.status, 200, JSON.stringify(received.json));
    const code = received.json.code;
    const secret = received.json.trackingSecret;
    assert.ok(code && secret);
    secrets.push({ what: 'the tracking secret on Form 01', value: secret });
    assert.equal((await call({}, 'POST', '/dossiers/track', { code, secret })).status, 200);
    assert.equal(
      (await call({}, 'POST', '/dossiers/track', { code, secret: 'khong-dung-9999' })).status,
      404,
    );

    // The clerk reissues a lost secret; the new one tracks.
    const reissued = await call(clerk, 'POST', `/dossiers/${id}/actions`, {
      version: received.json.version,
      action: { type: 'reissue_tracking_secret' },
    });
    assert.equal(reissued.status, 200, JSON.stringify(reissued.json));
    const renewed = reissued.json.trackingSecret;
    secrets.push({ what: 'the reissued tracking secret', value: renewed });
    assert.equal((await call({}, 'POST', '/dossiers/track', { code, secret: renewed })).status, 200);

    // The administrator opens an account with its first password.
    const firstPassword = 'Ngua-van-leo-doc-Ma-Pi-Leng-7q';
    secrets.push({ what: 'a new account’s first password', value: firstPassword });
    const created = await call(admin, 'POST', '/users', {
      username: 'nguoi.moi.log',
      displayName: 'Người Mới',
      kind: 'citizen',
      password: firstPassword,
    });
    assert.equal(created.status, 201, JSON.stringify(created.json));

    // A visitor files a PAKN and follows it with its tracking key, by the route the API documents.
    const pakn = await call({}, 'POST', '/feedback/cases', {
      provinceCode: '04',
      kind: 'pakn',
      field: 'environment',
      title: 'Rác thải tồn đọng',
      content: 'Điểm tập kết rác nhiều ngày không được thu gom.',
      communeCode: DEMO_COMMUNE,
    });
    assert.equal(pakn.status, 201, JSON.stringify(pakn.json));
    const key: string = pakn.json.trackingKey;
    feedbackKey = key;
    const paknCode: string = pakn.json.code;
    assert.equal((await call({}, 'POST', '/feedback/track', { code: paknCode, key })).status, 200);
    // An old link with the key in its query is refused, and neither logged nor echoed.
    const old = await call({}, 'GET', `/feedback/track?code=${encodeURIComponent(paknCode)}&key=${key}`);
    assert.equal(old.status, 400);
    assert.equal(JSON.stringify(old.json).includes(key), false, 'the old link’s answer repeats the key');

    await call(citizen, 'POST', '/auth/logout', {});
  });
  after(() => t.close());

  it('captured a real session log: requests, responses and the application’s own lines', () => {
    const text = log.join('');
    assert.match(text, /"msg":"incoming request"/);
    assert.match(text, /"url":"\/api\/v1\/dossiers\/track"/);
    assert.ok(log.length > 30, `${log.length} log lines`);
  });

  it('writes no password, session cookie, CSRF token or dossier tracking secret to the log', () => {
    const text = log.join('');
    const found = secrets.filter((s) => s.value && text.includes(s.value)).map((s) => s.what);
    assert.deepEqual(found, []);
  });

  it('documents no route that takes a secret in its URL', () => {
    const offending: string[] = [];
    for (const [path, item] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(item)) {
        for (const p of op.parameters ?? []) {
          if (p.in !== 'query' && p.in !== 'path') continue;
          const where = `${method.toUpperCase()} ${path} ${p.in} ${p.name}`;
          if (SECRET_NAME.test(p.name) && !DOCUMENTED_SAFE.includes(where)) offending.push(where);
        }
      }
    }
    assert.deepEqual(offending, []);
  });

  it('keeps the complaint tracking key out of the URL and the log', () => {
    assert.ok(feedbackKey);
    assert.equal(log.join('').includes(feedbackKey), false, 'the tracking key is in the log');
    assert.equal(spec.paths['/api/v1/feedback/track']?.get, undefined, 'the key is still taken in a query');
    assert.ok(spec.paths['/api/v1/feedback/track']?.post, 'tracking takes the key in a POST body');
  });
});
