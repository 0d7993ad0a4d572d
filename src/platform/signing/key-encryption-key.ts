import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { type Config, ConfigError } from '../config.js';

/** A 32-byte AES-256 key that encrypts signing keys at rest; it never enters the database (ADR 0007). */
export interface KeyEncryptionKey {
  key: Buffer;
  /** First 16 hex digits of SHA-256(key), stored beside each ciphertext: a wrong key is told from damage. */
  id: string;
}

export function keyEncryptionKey(key: Buffer): KeyEncryptionKey {
  if (key.length !== 32) throw new ConfigError('The key-encryption key must be 32 bytes (AES-256).');
  return { key, id: createHash('sha256').update(key).digest('hex').slice(0, 16) };
}

/** 64 hex digits or base64/base64url of 32 bytes. */
export function parseKeyEncryptionKey(text: string): KeyEncryptionKey {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return keyEncryptionKey(Buffer.from(trimmed, 'hex'));
  const bytes = Buffer.from(trimmed, 'base64');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed) && bytes.length === 32) return keyEncryptionKey(bytes);
  throw new ConfigError(
    'TINHSO_KEY_ENCRYPTION_KEY must be 32 random bytes as 64 hex digits or base64 (e.g. `openssl rand -base64 32`).',
  );
}

/**
 * The key-encryption key, as the session secret is found (src/app/session-secret.ts): from
 * TINHSO_KEY_ENCRYPTION_KEY when given (server mode, the same for every app instance, kept outside the database
 * and its backups); else generated once into the data folder (embedded mode). Server mode without it is an error.
 */
export async function loadKeyEncryptionKey(
  config: Config,
  mode: 'embedded' | 'server' = config.databaseUrl ? 'server' : 'embedded',
): Promise<KeyEncryptionKey> {
  if (config.keyEncryptionKey) return parseKeyEncryptionKey(config.keyEncryptionKey);
  if (mode === 'server') {
    throw new ConfigError(
      'Server mode needs TINHSO_KEY_ENCRYPTION_KEY to sign documents (32 random bytes, base64; the same for every app instance).',
    );
  }
  const file = path.join(config.dataDir, 'key-encryption-key');
  try {
    return parseKeyEncryptionKey(await fs.readFile(file, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32);
  await fs.mkdir(config.dataDir, { recursive: true });
  // `wx`: two processes starting at once cannot both write; the loser reads the winner's key.
  try {
    await fs.writeFile(file, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    return keyEncryptionKey(key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return parseKeyEncryptionKey(await fs.readFile(file, 'utf8'));
  }
}

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** AES-256-GCM: 12-byte IV ‖ 16-byte tag ‖ ciphertext. `aad` binds the ciphertext to its row (its id). */
export function seal(kek: KeyEncryptionKey, plaintext: Buffer, aad: string): Buffer {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek.key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

export class KeyDecryptionError extends Error {}

export function unseal(kek: KeyEncryptionKey, sealed: Buffer, aad: string, storedKekId: string): Buffer {
  if (storedKekId !== kek.id) {
    throw new KeyDecryptionError(
      `This signing key was encrypted with another key-encryption key (${storedKekId}, this installation has ${kek.id}).`,
    );
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek.key, sealed.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(sealed.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    throw new KeyDecryptionError('A signing key failed its integrity check: the row was altered or damaged.');
  }
}
