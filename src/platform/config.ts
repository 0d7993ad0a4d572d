import path from 'node:path';

/** Runtime configuration, read once from the environment (12-factor). */
export interface Config {
  port: number;
  host: string;
  /** Where embedded PostgreSQL, the generated session secret and uploads live. */
  dataDir: string;
  /** Set → server mode against that PostgreSQL (≥ 15); unset → embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /** Server mode reads it from the environment; embedded mode generates one into dataDir on first start. */
  sessionSecret: string | undefined;
  logLevel: string;
  /** `auto`: Secure cookies only when the request came over HTTPS (directly or via X-Forwarded-Proto). */
  secureCookies: 'auto' | 'always';
  trustProxy: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const port = env.PORT === undefined || env.PORT === '' ? 3000 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new ConfigError(`PORT must be an integer between 0 and 65535, got "${env.PORT}"`);
  }
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must be a postgres:// or postgresql:// URL');
  }
  const sessionSecret = env.TINHSO_SESSION_SECRET?.trim() || undefined;
  if (sessionSecret !== undefined && sessionSecret.length < 32) {
    throw new ConfigError('TINHSO_SESSION_SECRET must be at least 32 characters');
  }
  return {
    port,
    host: env.HOST?.trim() || '127.0.0.1',
    dataDir: path.resolve(env.TINHSO_DATA_DIR?.trim() || './data'),
    databaseUrl,
    sessionSecret,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    secureCookies: env.TINHSO_SECURE_COOKIES === 'always' ? 'always' : 'auto',
    trustProxy: env.TINHSO_TRUST_PROXY === '1' || env.TINHSO_TRUST_PROXY === 'true',
  };
}
