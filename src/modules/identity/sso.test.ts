import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sql } from 'drizzle-orm';
import { startTestApp, type TestApp } from '../../app/testing.js';
import { ProviderBrowser, startTestProvider, type TestProvider } from './oidc-test-provider.js';

const AN = {
  personal_id: '001094012345',
  name: 'Trần Thị Bình',
  birthdate: '1994-03-15',
  address: { formatted: 'Số 5 Tổ 3, Phường Thục Phán, Cao Bằng' },
};

describe('citizens sign in with OpenID Connect (issue 20 §1)', () => {
  let t: TestApp;
  let op: TestProvider;
  let base: string;

  before(async () => {
    t = await startTestApp({ listen: true });
    base = t.url!;
    op = await startTestProvider(base);
    op.people.set('vneid-sub-1', AN);
    const admin = await t.signIn('admin');
    const saved = await fetch(`${base}/api/v1/identity/providers/vneid`, {
      method: 'PUT',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      body: JSON.stringify({
        displayName: 'VNeID',
        issuer: op.issuer,
        clientId: op.clientId,
        clientSecret: op.clientSecret,
        scopes: 'openid profile address',
      }),
    });
    assert.equal(saved.status, 200, await saved.clone().text());
    assert.equal((await saved.json()).hasClientSecret, true);
  });
  after(async () => {
    await op.close();
    await t.close();
  });

  /** Start at tinhso, walk the provider as `login`, and come back to tinhso's callback with the flow cookie. */
  async function signInAt(
    login: string,
    browser = new ProviderBrowser(op.issuer),
    alterCallback?: (url: URL) => void,
  ) {
    const start = await fetch(`${base}/api/v1/auth/sso/vneid/start`, { redirect: 'manual' });
    assert.equal(start.status, 302);
    const flowCookie = start.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('tinhso_sso='))!;
    const authorize = new URL(start.headers.get('location')!);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(authorize.searchParams.get('nonce') && authorize.searchParams.get('state'));
    const callback = new URL(await browser.walk(authorize.href, login));
    assert.equal(callback.pathname, '/api/v1/auth/sso/callback');
    alterCallback?.(callback);
    const back = await fetch(callback, { redirect: 'manual', headers: { cookie: flowCookie } });
    const session = back.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('tinhso_session=') && c.length > 20);
    return { status: back.status, location: back.headers.get('location'), session, flowCookie, browser };
  }

  const count = async (table: string) =>
    Number((await t.db.db.execute(sql.raw(`select count(*)::int as n from ${table}`))).rows[0]!.n);

  it('refuses a wrong state, nonce, issuer, audience or an expired ID token with a clear error, and creates nothing', async () => {
    const before = {
      users: await count('identity.users'),
      links: await count('identity.external_identities'),
    };
    const wrongState = await signInAt('vneid-sub-1', undefined, (url) =>
      url.searchParams.set('state', 'forged'),
    );
    assert.equal(wrongState.location, '/login?sso_error=state');
    // Control: the proxy re-signs the ID token unchanged, and tinhso takes it (to the consent screen).
    op.tamper = (c) => c;
    assert.equal((await signInAt('vneid-sub-1')).location, '/sso/consent');
    const cases: Array<[string, RegExp, (c: Record<string, unknown>) => Record<string, unknown>]> = [
      ['nonce', /"nonce"/, (c) => ({ ...c, nonce: 'someone-elses' })],
      ['issuer', /"iss"/, (c) => ({ ...c, iss: 'https://evil.example' })],
      ['audience', /"aud"/, (c) => ({ ...c, aud: 'another-client' })],
      [
        'expired',
        /"exp"/,
        (c) => ({
          ...c,
          iat: Math.floor(Date.now() / 1000) - 7200,
          exp: Math.floor(Date.now() / 1000) - 3600,
        }),
      ],
    ];
    for (const [name, why, tamper] of cases) {
      op.tamper = tamper;
      try {
        const refused = await signInAt('vneid-sub-1');
        assert.equal(refused.status, 302, name);
        assert.equal(refused.location, '/login?sso_error=token', name);
        assert.equal(refused.session, undefined, `${name}: no session`);
        const [last] = (
          await t.db.db.execute(
            sql`select after->>'error' as error from audit.entries where action = 'auth.sso_refused' order by seq desc limit 1`,
          )
        ).rows as Array<{ error: string }>;
        assert.match(last!.error, why, `${name}: refused for that reason`);
      } finally {
        op.tamper = null;
      }
    }
    assert.deepEqual(
      { users: await count('identity.users'), links: await count('identity.external_identities') },
      before,
    );
    const audited = await t.db.db.execute(
      sql`select count(*)::int as n from audit.entries where action = 'auth.sso_refused'`,
    );
    assert.ok(Number(audited.rows[0]!.n) >= 5);
  });

  it('creates the citizen account after consent on the first sign-in, linked by the personal identification number, with the profile', async () => {
    const first = await signInAt('vneid-sub-1');
    assert.equal(first.location, '/sso/consent');
    assert.equal(first.session, undefined, 'no session before consent');
    const shown = await (
      await fetch(`${base}/api/v1/auth/sso/consent`, { headers: { cookie: first.flowCookie } })
    ).json();
    assert.deepEqual(shown, {
      provider: 'VNeID',
      profile: {
        personalId: AN.personal_id,
        fullName: AN.name,
        birthDate: AN.birthdate,
        address: AN.address.formatted,
      },
    });
    const agreed = await fetch(`${base}/api/v1/auth/sso/consent`, {
      method: 'POST',
      headers: { cookie: first.flowCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ accept: true }),
    });
    assert.equal(agreed.status, 200);
    const session = agreed.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .find((c) => c?.startsWith('tinhso_session='))!;
    const me = await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: session } })).json();
    assert.equal(me.user.kind, 'citizen');
    assert.equal(me.user.displayName, AN.name);
    assert.equal(me.user.username, `vneid-${AN.personal_id}`);
    assert.deepEqual(me.profile, {
      personalId: AN.personal_id,
      fullName: AN.name,
      birthDate: AN.birthdate,
      address: AN.address.formatted,
    });
    assert.equal(me.stage, 'full');
  });

  it('signs the same person in to the same account the second time, without consent, and logout ends both sessions', async () => {
    const browser = new ProviderBrowser(op.issuer);
    const again = await signInAt('vneid-sub-1', browser);
    assert.equal(again.location, '/my/dossiers');
    assert.ok(again.session);
    const me = await (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: again.session! } })).json();
    assert.equal(me.user.username, `vneid-${AN.personal_id}`);
    const users = await t.db.db.execute(
      sql`select count(*)::int as n from identity.citizen_profiles where personal_id = ${AN.personal_id}`,
    );
    assert.equal(Number(users.rows[0]!.n), 1);
    // While the provider's session lives, a new sign-in there passes without its login form.
    const silent = await fetch(`${base}/api/v1/auth/sso/vneid/start`, { redirect: 'manual' });
    assert.match(await browser.walk(silent.headers.get('location')!, 'nobody'), /sso\/callback/);

    const out = await fetch(`${base}/api/v1/auth/logout`, {
      method: 'POST',
      headers: { cookie: again.session!, 'x-csrf-token': me.csrfToken },
    });
    assert.equal(out.status, 200);
    const { endSessionUrl } = await out.json();
    assert.ok(endSessionUrl.startsWith(op.issuer));
    assert.equal(new URL(endSessionUrl).searchParams.get('post_logout_redirect_uri'), `${base}/`);
    assert.equal(
      (await fetch(`${base}/api/v1/auth/me`, { headers: { cookie: again.session! } })).status,
      401,
    );
    assert.equal(await browser.walk(endSessionUrl, 'unused'), `${base}/`);
    // The provider's session ended too: a new sign-in asks for its login form again (as someone else here).
    op.people.set('vneid-sub-2', { ...AN, personal_id: '001094099999', name: 'Lê Văn Cường' });
    const next = await signInAt('vneid-sub-2', browser);
    assert.equal(next.location, '/sso/consent', 'signed in at the provider as the new login');
  });
});
