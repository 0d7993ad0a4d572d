import { pino } from 'pino';

export type Logger = pino.Logger;

/**
 * Fields that hold a secret wherever they appear in a logged object (issue 18 §6: secrets never in logs):
 * passwords, session cookies and CSRF tokens, dossier tracking secrets, complaint tracking keys, API keys.
 */
const SECRET_FIELDS = [
  'password',
  'currentPassword',
  'newPassword',
  'secret',
  'trackingSecret',
  'trackingKey',
  'csrfToken',
  'apiKey',
  'api_key',
  'token',
  'key',
];
const SECRET_HEADERS = ['cookie', 'set-cookie', 'authorization', 'x-csrf-token', 'x-api-key'];

export const REDACTED_PATHS = [
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]),
  ...SECRET_HEADERS.flatMap((h) => [`req.headers["${h}"]`, `*.headers["${h}"]`, `headers["${h}"]`]),
];

/** Query parameters whose values are never logged, should a route ever take a secret in its URL. */
const SECRET_QUERY = new RegExp(`^(${SECRET_FIELDS.join('|')}|session|sid)$`, 'i');

/** A request URL with the values of secret-named query parameters replaced, for the request log line. */
export function redactUrl(url: string): string {
  const at = url.indexOf('?');
  if (at < 0) return url;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      let decoded = name;
      try {
        decoded = decodeURIComponent(name);
      } catch {
        // a malformed name is kept as sent
      }
      return SECRET_QUERY.test(decoded) ? `${name}=[redacted]` : pair;
    })
    .join('&');
  return `${url.slice(0, at)}?${query}`;
}

interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  socket?: { remotePort?: number };
}

/** Fastify's request serializer, with the URL's secrets redacted; headers and bodies are never logged. */
function requestSerializer(req: LoggedRequest) {
  return {
    method: req.method,
    url: typeof req.url === 'string' ? redactUrl(req.url) : req.url,
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

/** Structured JSON logs (pino). Request ids are bound per request by the HTTP layer. */
export function createLogger(level: string, name = 'tinhso', destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    name,
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: { req: requestSerializer },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger for tests and CLI commands that should stay quiet unless something is wrong. */
export function quietLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'warn' });
}
