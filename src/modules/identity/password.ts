import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id with the library's defaults (m = 19 MiB, t = 2, p = 1: OWASP's recommended minimum). The password is
 * NFC-normalised first (NIST SP 800-63B §5.1.1.2), so the same text typed on another keyboard still matches.
 */
/** NFC only: unlike text fields, a password keeps its spaces. */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

export function hashPassword(password: string): Promise<string> {
  return hash(normalizePassword(password));
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    if (await verify(passwordHash, normalizePassword(password))) return true;
    // Hashes made before normalisation: a password typed in another form was hashed as typed.
    return normalizePassword(password) !== password && (await verify(passwordHash, password));
  } catch {
    return false;
  }
}

/**
 * A hash of nothing anyone knows, verified against when the username does not exist or cannot sign in, so
 * such an attempt takes as long as one for a real account (no username probing by timing).
 */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash(`decoy-${Math.random()}`);
  return decoy;
}

export { PASSWORD_MAX, PASSWORD_MIN } from './password-policy.js';
