/**
 * Signing keys, encrypted at rest (issue 6 §4: "a key per signing official or agency kept encrypted at rest").
 * Private keys are AES-256-GCM ciphertext under the installation's key-encryption key, which never enters the
 * database (ADR 0007). Certificates are public and stored in PEM.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgSchema, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { bytea } from '../database/bytea.js';

export const signingSchema = pgSchema('signing');

/**
 * The installation's certification authority: a self-signed root generated on first use, which issues every
 * signer's certificate. Production replaces it with a certificate from a licensed CA (or keys in an HSM).
 */
export const authorities = signingSchema.table('authorities', {
  /** `installation` for the generated root. */
  id: text('id').primaryKey(),
  certificatePem: text('certificate_pem').notNull(),
  /** 12-byte IV ‖ 16-byte GCM tag ‖ ciphertext of the PKCS#8 DER private key, with the row id as AAD. */
  encryptedKey: bytea('encrypted_key').notNull(),
  /** First 16 hex digits of SHA-256(key-encryption key): tells a wrong key from a damaged row. */
  kekId: text('kek_id').notNull(),
  notAfter: timestamp('not_after', { withTimezone: true, mode: 'date' }).notNull(),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
});

export const SIGNER_KINDS = ['official', 'agency'] as const;
export type SignerKind = (typeof SIGNER_KINDS)[number];

/** A signing official's or agency's key pair and certificate; at most one in force per signer. */
export const signers = signingSchema.table(
  'signers',
  {
    id: uuid('id').primaryKey(),
    /** The official's user id or the agency's id, as the calling module knows it. */
    signerId: text('signer_id').notNull(),
    kind: text('kind', { enum: SIGNER_KINDS }).notNull(),
    /** The province the signer belongs to; null for a national one. */
    provinceCode: text('province_code'),
    commonName: text('common_name').notNull(),
    organization: text('organization'),
    certificatePem: text('certificate_pem').notNull(),
    /** Hex serial number of the certificate. */
    serial: text('serial').notNull(),
    authorityId: text('authority_id')
      .notNull()
      .references(() => authorities.id),
    encryptedKey: bytea('encrypted_key').notNull(),
    kekId: text('kek_id').notNull(),
    notBefore: timestamp('not_before', { withTimezone: true, mode: 'date' }).notNull(),
    notAfter: timestamp('not_after', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    /** Set when the key was replaced or withdrawn; signatures made before stay verifiable by their certificate. */
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [
    uniqueIndex('signers_in_force_uq').on(t.signerId).where(sql`${t.revokedAt} is null`),
    index('signers_province_idx').on(t.provinceCode),
    check('signers_serial_hex', sql`${t.serial} ~ '^[0-9a-f]+$'`),
  ],
);
