import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../platform/config.js';

/**
 * The session secret: from TINHSO_SESSION_SECRET when given (server mode, shared by all app
 * instances); else generated once into the data folder (embedded mode). Never in the repository.
 */
export async function ensureSessionSecret(config: Config, mode: 'embedded' | 'server'): Promise<string> {
  if (config.sessionSecret) return config.sessionSecret;
  if (mode === 'server') {
    throw new Error(
      'Server mode needs TINHSO_SESSION_SECRET (at least 32 random characters, the same for every app instance).',
    );
  }
  const file = path.join(config.dataDir, 'session-secret');
  try {
    const existing = (await fs.readFile(file, 'utf8')).trim();
    if (existing.length >= 32) return existing;
  } catch {
    // first start: generate below
  }
  const secret = randomBytes(32).toString('base64url');
  await fs.writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
