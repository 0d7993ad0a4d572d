import { pino } from 'pino';

export type Logger = pino.Logger;

/** Structured JSON logs (pino). Request ids are bound per request by the HTTP layer. */
export function createLogger(level: string, name = 'tinhso'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'password', '*.password'],
      censor: '[redacted]',
    },
  });
}

/** A logger for tests and CLI commands that should stay quiet unless something is wrong. */
export function quietLogger(): Logger {
  return pino({ level: process.env.LOG_LEVEL ?? 'warn' });
}
