import { type Config, loadConfig } from '../platform/config.js';
import type { App } from '../platform/http/server.js';
import { type Logger, quietLogger } from '../platform/logging.js';
import type { ModuleEnv } from '../platform/module.js';
import { createTestDatabase, type TestDatabase } from '../platform/testing/database.js';
import { buildApp } from './build-app.js';
import { giveDemoSecondFactor } from './demo-second-factor.js';
import { referenceDir } from './paths.js';
import { DEFAULT_DEMO_PASSWORD } from './prepare.js';

export const TEST_SESSION_SECRET = 'test-session-secret-0123456789abcdef-0123456789';
/** The key-encryption key of test installations (server mode needs one to sign; ADR 0007). */
export const TEST_KEY_ENCRYPTION_KEY = 'dGluaHNvLXRlc3Qta2V5LWVuY3J5cHRpb24ta2V5ISE=';
export const DEMO_PASSWORD = DEFAULT_DEMO_PASSWORD;

export interface Session {
  cookie: string;
  csrfToken: string;
  /** Headers for a request of this session (cookie, and the CSRF token for state changes). */
  headers: Record<string, string>;
}

export interface TestApp {
  app: App;
  db: TestDatabase;
  env: ModuleEnv;
  /** Base URL when started with `listen: true`. */
  url: string | undefined;
  signIn(username: string, password?: string): Promise<Session>;
  /** A request to `/api/v1<url>` as a session (none: anonymous) in a language (vi unless told). */
  call(method: ApiMethod, url: string, session?: Session, payload?: object, lang?: string): Promise<Answer>;
  close(): Promise<void>;
}

export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Answer = Awaited<ReturnType<App['inject']>>;

/** The real application on its own test database, for end-to-end tests (HTTP through inject or a port). */
export async function startTestApp(
  options: {
    from?: 'demo' | 'empty';
    listen?: boolean;
    config?: Partial<Config>;
    /** Where the app logs (a test that reads the log lines); quiet by default. */
    logger?: Logger;
  } = {},
): Promise<TestApp> {
  const db = await createTestDatabase(options.from ?? 'demo');
  const config = {
    ...loadConfig({}),
    databaseUrl: db.url,
    logLevel: 'warn',
    keyEncryptionKey: TEST_KEY_ENCRYPTION_KEY,
    ...options.config,
  };
  const env: ModuleEnv = { config, database: db, sessionSecret: TEST_SESSION_SECRET, referenceDir };
  const app = await buildApp(env, options.logger ?? quietLogger());
  let url: string | undefined;
  if (options.listen) {
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  } else {
    await app.ready();
  }
  return {
    app,
    db,
    env,
    url,
    async signIn(username, password = DEMO_PASSWORD) {
      const start = async () => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { username, password },
        });
        if (response.statusCode !== 200)
          throw new Error(`sign-in as ${username}: ${response.statusCode} ${response.body}`);
        const cookie = response.cookies.find((c) => c.name === 'tinhso_session');
        const body = response.json() as { csrfToken: string; stage: string };
        const header = `tinhso_session=${cookie?.value}`;
        return {
          cookie: header,
          csrfToken: body.csrfToken,
          headers: { cookie: header, 'x-csrf-token': body.csrfToken },
          stage: body.stage,
        };
      };
      let session = await start();
      if (session.stage === 'second_factor') {
        await giveDemoSecondFactor(
          username,
          async (code) => {
            const answer = await app.inject({
              method: 'POST',
              url: '/api/v1/auth/second-factor/verify',
              headers: session.headers,
              payload: { code },
            });
            return answer.statusCode === 200;
          },
          async () => {
            session = await start();
          },
        );
      }
      const { stage: _stage, ...signedIn } = session;
      return signedIn;
    },
    call(method, url, session, payload, lang = 'vi') {
      return app.inject({
        method,
        url: `/api/v1${url}`,
        headers: { ...(session?.headers ?? {}), 'accept-language': lang },
        ...(payload ? { payload } : {}),
      });
    },
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
