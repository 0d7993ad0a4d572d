/**
 * A real OpenID provider for tests (the `oidc-provider` package, certified by the OpenID Foundation), standing in
 * for VNeID: people sign in on its development login form with any password; their claims carry a personal
 * identification number. It listens behind a small proxy of ours that is its public address, so a test can alter
 * the ID token the token endpoint hands out (issuer, audience, nonce, expiry), re-signed with the provider's key,
 * to check that tinhso refuses it.
 */
import { createPrivateKey, generateKeyPairSync, sign } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
  personal_id: string;
  name: string;
  birthdate: string;
  address: { formatted: string };
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  people: Map<string, TestPerson>;
  /** Set to change the ID token's claims before tinhso receives them; null hands them out as issued. */
  tamper: ((claims: Record<string, unknown>) => Record<string, unknown>) | null;
  close(): Promise<void>;
}

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

export async function startTestProvider(relyingParty: string): Promise<TestProvider> {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };
  const signingKey = createPrivateKey({ key: jwk, format: 'jwk' });
  const people = new Map<string, TestPerson>();
  const front = http.createServer();
  const frontPort = await listen(front);
  const issuer = `http://127.0.0.1:${frontPort}`;
  const clientId = 'tinhso';
  const clientSecret = 'test-client-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [`${relyingParty}/api/v1/auth/sso/callback`],
        post_logout_redirect_uris: [`${relyingParty}/`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [jwk] },
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'birthdate', 'personal_id'], address: ['address'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: ['tinhso-test-provider-cookie-key'] },
    async findAccount(_ctx, id) {
      const person = people.get(id);
      if (!person) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...person }) };
    },
  });
  const back = http.createServer(provider.callback());
  const backPort = await listen(back);
  const result: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    people,
    tamper: null,
    close: async () => {
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => back.close(resolve));
    },
  };
  front.on('request', (request, response) => {
    const forward = http.request(
      {
        host: '127.0.0.1',
        port: backPort,
        path: request.url,
        method: request.method,
        headers: request.headers,
      },
      (answer) => {
        const isToken = request.method === 'POST' && request.url?.startsWith('/token');
        if (!isToken || !result.tamper) {
          response.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(response);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const body = JSON.parse(Buffer.concat(chunks).toString()) as { id_token?: string };
          if (body.id_token) {
            const [header, payload] = body.id_token.split('.');
            const claims = result.tamper!(JSON.parse(Buffer.from(payload!, 'base64url').toString()));
            const signed = `${header}.${b64(claims)}`;
            body.id_token = `${signed}.${sign('sha256', Buffer.from(signed), signingKey).toString('base64url')}`;
          }
          const text = JSON.stringify(body);
          const { 'content-length': _length, ...headers } = answer.headers;
          response.writeHead(answer.statusCode ?? 200, {
            ...headers,
            'content-length': Buffer.byteLength(text),
          });
          response.end(text);
        });
      },
    );
    request.pipe(forward);
  });
  return result;
}

/**
 * A person's browser at the provider, without a browser: follows redirects with the provider's cookies and fills
 * its development login and consent forms, until it is sent to an address outside the provider (returned).
 */
export class ProviderBrowser {
  private cookies = new Map<string, string>();
  constructor(private readonly issuer: string) {}

  private async go(url: string, form?: Record<string, string>): Promise<Response> {
    const response = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      ...(form ? { body: new URLSearchParams(form).toString() } : {}),
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }

  /** From `url`, through login (as `login`) and consent, to the first address outside the provider. */
  async walk(url: string, login: string): Promise<string> {
    let next = url;
    let form: Record<string, string> | undefined;
    for (let hop = 0; hop < 20; hop++) {
      const response = await this.go(next, form);
      form = undefined;
      const location = response.headers.get('location');
      if (location) {
        next = new URL(location, next).href;
        if (!next.startsWith(this.issuer)) return next;
        continue;
      }
      const html = await response.text();
      const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
      if (!action) throw new Error(`provider page without a form: ${html.slice(0, 300)}`);
      const fields = Object.fromEntries(
        [...html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)].map((m) => [
          m[1]!,
          m[2]!,
        ]),
      );
      form = html.includes('name="login"')
        ? { ...fields, login, password: 'any' }
        : { ...fields, logout: 'yes' };
      next = new URL(action.replaceAll('&amp;', '&'), next).href;
    }
    throw new Error('too many hops at the provider');
  }
}
