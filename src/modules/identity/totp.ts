import { createHash } from 'node:crypto';
import { generate, generateSecret, generateURI, verify } from 'otplib';

/** RFC 6238 defaults every authenticator app reads: SHA-1, 6 digits, 30-second steps. */
export const TOTP_PERIOD_SECONDS = 30;
const ISSUER = 'tinhso';

export function newTotpSecret(): string {
  return generateSecret({ length: 20 });
}

export function totpUri(secret: string, username: string): string {
  return generateURI({ issuer: ISSUER, label: username, secret });
}

/**
 * The time step a code matches (one step either side of now, for clocks a little apart), or null. A step not
 * after `lastStep` is refused, so a code seen over someone's shoulder cannot be used again (RFC 6238 §5.2).
 */
export async function matchTotp(
  secret: string,
  code: string,
  lastStep: number | null,
  now: Date,
): Promise<number | null> {
  if (!/^\d{6}$/.test(code)) return null;
  const result = await verify({
    strategy: 'totp',
    secret,
    token: code,
    epoch: Math.floor(now.getTime() / 1000),
    epochTolerance: TOTP_PERIOD_SECONDS,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/** The code of a secret at an instant (the demo helpers and tests; an authenticator app does this itself). */
export function totpCode(secret: string, at: Date): Promise<string> {
  return generate({ secret, epoch: Math.floor(at.getTime() / 1000) });
}

/**
 * The demo leaders' TOTP secret: derived from the username, so it is as public as the demo password, printed at
 * start in embedded demo mode and known to the test helpers. Never used outside the demo seeder.
 */
export function demoTotpSecret(username: string): string {
  const digest = createHash('sha256').update(`tinhso demo totp ${username}`).digest();
  return base32(digest.subarray(0, 20));
}

/** RFC 4648 base32 without padding, the form authenticator apps take secrets in. */
function base32(bytes: Buffer): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += alphabet[(value << (5 - bits)) & 31];
  return out;
}
