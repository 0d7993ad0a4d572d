/**
 * A browser-like client of a running tinhso over real HTTP (cookies + CSRF token, as the web app sends them),
 * for the benchmarks (bench/flow.ts) and the crash tests, which talk to a server in another process. The
 * base URL is read on every request, so a client can follow a restarted server or fail over to another
 * instance; a network error (server killed) is reported as status 0, never thrown.
 */
import { giveDemoSecondFactor } from './demo-second-factor.js';
import { DEMO_PASSWORD } from './testing.js';

export interface Answer {
  /** 0 when the request got no HTTP answer (connection refused or reset: the server is down). */
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: JSON bodies of many shapes; callers read what they need.
  body: any;
}

export class HttpSession {
  private headers: Record<string, string> = {};

  /** `base()` gives the URL of the server to talk to now (it may change between requests). */
  constructor(readonly base: () => string) {}

  async signIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    let stage = await this.passwordSignIn(username, password);
    if (stage !== 'second_factor') return;
    await giveDemoSecondFactor(
      username,
      async (code) => (await this.call('POST', '/auth/second-factor/verify', { code })).status === 200,
      async () => {
        stage = await this.passwordSignIn(username, password);
      },
    );
  }

  private async passwordSignIn(username: string, password: string): Promise<string> {
    const response = await fetch(`${this.base()}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`sign-in as ${username}: ${response.status} ${body}`);
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('tinhso_session='));
    if (!cookie) throw new Error(`sign-in as ${username}: no session cookie`);
    const parsed = JSON.parse(body) as { csrfToken: string; stage: string };
    this.headers = { cookie, 'x-csrf-token': parsed.csrfToken };
    return parsed.stage;
  }

  /** One request under /api/v1; a JSON body when `payload` is given; never throws on network errors. */
  async call(
    method: 'GET' | 'POST',
    url: string,
    payload?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer> {
    try {
      const response = await fetch(`${this.base()}/api/v1${url}`, {
        method,
        headers: {
          ...this.headers,
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...headers,
        },
        ...(payload === undefined ? {} : { body: JSON.stringify(payload) }),
        signal: AbortSignal.timeout(30_000),
      });
      const text = await response.text();
      let body: unknown = text;
      try {
        body = text ? JSON.parse(text) : null;
      } catch {
        // not JSON: keep the text
      }
      return { status: response.status, body };
    } catch (error) {
      return { status: 0, body: String(error) };
    }
  }

  /** Upload a file (multipart), as the web app does before an online submission. */
  async upload(fileName: string, bytes: Buffer, mediaType: string): Promise<Answer> {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)], { type: mediaType }), fileName);
    try {
      const response = await fetch(`${this.base()}/api/v1/dossiers/uploads`, {
        method: 'POST',
        headers: this.headers,
        body: form,
        signal: AbortSignal.timeout(30_000),
      });
      return { status: response.status, body: await response.json().catch(() => null) };
    } catch (error) {
      return { status: 0, body: String(error) };
    }
  }
}
