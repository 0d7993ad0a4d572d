import path from 'node:path';
import { type DatabaseTimeouts, DEFAULT_TIMEOUTS, type PoolGuard } from './database/connection.js';

/** Runtime configuration, read once from the environment (12-factor). */
export interface Config {
  port: number;
  host: string;
  /** Where embedded PostgreSQL, the generated session secret and uploads live. */
  dataDir: string;
  /** Set → server mode against that PostgreSQL (≥ 15); unset → embedded PostgreSQL under dataDir. */
  databaseUrl: string | undefined;
  /**
   * A read replica for reports, public figures and exports (DATABASE_REPLICA_URL), used while its replay lag is
   * at most TINHSO_REPLICA_MAX_LAG_MS (10 s, the staleness bound; issue 22 §1, docs/adr/0020).
   */
  replica: { url: string; maxLagMs: number } | undefined;
  /** Server mode reads it from the environment; embedded mode generates one into dataDir on first start. */
  sessionSecret: string | undefined;
  logLevel: string;
  /** `auto`: Secure cookies only when the request came over HTTPS (directly or via X-Forwarded-Proto). */
  secureCookies: 'auto' | 'always';
  trustProxy: boolean;
  /** Largest accepted upload in bytes (TINHSO_UPLOAD_MAX_BYTES; 10 MiB by default). */
  uploadMaxBytes: number;
  /** SMTP server for email notices (TINHSO_SMTP_URL, e.g. smtps://user:pass@host:465); unset → email off. */
  smtpUrl: string | undefined;
  /** The From of email notices (TINHSO_MAIL_FROM). */
  mailFrom: string;
  /** SMS gateway (TINHSO_SMS_URL, TINHSO_SMS_AUTH_HEADER, TINHSO_SMS_BODY_TEMPLATE, TINHSO_SMS_CONTENT_TYPE). */
  sms: SmsConfig | undefined;
  /** Encrypts signing keys at rest (TINHSO_KEY_ENCRYPTION_KEY, 32 bytes as base64 or hex); embedded mode generates one. */
  keyEncryptionKey: string | undefined;
  /**
   * Time limits so that nothing waits forever (issue 17 §1): TINHSO_DB_POOL_WAIT_MS (10 s: then 503 with
   * Retry-After), TINHSO_DB_STATEMENT_TIMEOUT_MS (60 s), TINHSO_DB_IDLE_IN_TRANSACTION_MS (60 s).
   */
  databaseTimeouts: DatabaseTimeouts;
  /** Connections of the server's pool (TINHSO_DB_POOL_SIZE; 20). */
  databasePoolSize: number;
  /** TINHSO_POOL_GUARD=throw: fail any pool use inside a transaction of that pool (tests, debugging). */
  poolGuard: PoolGuard;
  /**
   * The RFC 3161 time-stamping authority signatures are timestamped by (TINHSO_TSA_URL), making them PAdES B-T;
   * unset, signatures are B-B (issue 19 §2).
   */
  tsaUrl: string | undefined;
  /**
   * OpenID Connect providers citizens sign in with (TINHSO_OIDC_PROVIDERS): a JSON array of
   * `{slug, displayName, issuer, clientId, clientSecret?, scopes?, claimPersonalId?, …}` (issue 20 §1).
   */
  oidcProviders: string | undefined;
  /**
   * The address people reach this installation at (TINHSO_PUBLIC_URL, e.g. https://dichvucong.caobang.gov.vn):
   * the QR code on a signed result opens its verification page there. Default http://localhost:{port}.
   */
  publicUrl?: string | undefined;
}

/** A provider-agnostic SMS gateway: one HTTP POST per message, its body filled from a template. */
export interface SmsConfig {
  url: string;
  /** `Name: value`, e.g. `Authorization: Bearer …`; none when unset. */
  authHeader: string | undefined;
  /** With `{{to}}`, `{{msisdn}}`, `{{text}}`, `{{textAscii}}`, `{{id}}`; JSON `{"to":"{{to}}","text":"{{text}}"}` by default. */
  bodyTemplate: string;
  contentType: string;
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
  const replicaUrl = env.DATABASE_REPLICA_URL?.trim() || undefined;
  if (replicaUrl && !/^postgres(ql)?:\/\//.test(replicaUrl)) {
    throw new ConfigError('DATABASE_REPLICA_URL must be a postgres:// or postgresql:// URL');
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
    replica: replicaUrl
      ? { url: replicaUrl, maxLagMs: positiveInteger(env, 'TINHSO_REPLICA_MAX_LAG_MS', 10_000) }
      : undefined,
    sessionSecret,
    logLevel: env.LOG_LEVEL?.trim() || 'info',
    secureCookies: env.TINHSO_SECURE_COOKIES === 'always' ? 'always' : 'auto',
    trustProxy: env.TINHSO_TRUST_PROXY === '1' || env.TINHSO_TRUST_PROXY === 'true',
    uploadMaxBytes: positiveInteger(env, 'TINHSO_UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
    smtpUrl: optionalUrl(env, 'TINHSO_SMTP_URL', /^smtps?:\/\//, 'an smtp:// or smtps://'),
    mailFrom: env.TINHSO_MAIL_FROM?.trim() || 'tinhso <no-reply@tinhso.invalid>',
    sms: smsConfig(env),
    keyEncryptionKey: env.TINHSO_KEY_ENCRYPTION_KEY?.trim() || undefined,
    databaseTimeouts: {
      poolWaitMs: positiveInteger(env, 'TINHSO_DB_POOL_WAIT_MS', DEFAULT_TIMEOUTS.poolWaitMs),
      statementMs: positiveInteger(env, 'TINHSO_DB_STATEMENT_TIMEOUT_MS', DEFAULT_TIMEOUTS.statementMs),
      idleInTransactionMs: positiveInteger(
        env,
        'TINHSO_DB_IDLE_IN_TRANSACTION_MS',
        DEFAULT_TIMEOUTS.idleInTransactionMs,
      ),
    },
    databasePoolSize: positiveInteger(env, 'TINHSO_DB_POOL_SIZE', 20),
    poolGuard: env.TINHSO_POOL_GUARD === 'throw' ? 'throw' : 'off',
    tsaUrl: env.TINHSO_TSA_URL?.trim() || undefined,
    oidcProviders: env.TINHSO_OIDC_PROVIDERS?.trim() || undefined,
    publicUrl: (env.TINHSO_PUBLIC_URL?.trim() || `http://localhost:${port}`).replace(/\/+$/, ''),
  };
}

function positiveInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value <= 0) throw new ConfigError(`${name} must be a positive integer`);
  return value;
}

function optionalUrl(env: NodeJS.ProcessEnv, name: string, scheme: RegExp, kind: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  if (!scheme.test(raw) || !URL.canParse(raw)) throw new ConfigError(`${name} must be ${kind} URL`);
  return raw;
}

function smsConfig(env: NodeJS.ProcessEnv): SmsConfig | undefined {
  const url = optionalUrl(env, 'TINHSO_SMS_URL', /^https?:\/\//, 'an http:// or https://');
  if (!url) return undefined;
  const authHeader = env.TINHSO_SMS_AUTH_HEADER?.trim() || undefined;
  if (authHeader !== undefined && !/^[A-Za-z0-9-]+:\s*\S/.test(authHeader)) {
    throw new ConfigError('TINHSO_SMS_AUTH_HEADER must look like "Name: value"');
  }
  return {
    url,
    authHeader,
    bodyTemplate: env.TINHSO_SMS_BODY_TEMPLATE?.trim() || '{"to":"{{to}}","text":"{{text}}"}',
    contentType: env.TINHSO_SMS_CONTENT_TYPE?.trim() || 'application/json',
  };
}
