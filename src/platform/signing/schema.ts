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

/**
 * Where a signer's key is kept (issue 19 §1, ADR 0019): `installation` — issued by the installation CA, for demos
 * only; `pkcs12` — a certificate and key from an outside CA, imported from a PKCS#12 file and kept encrypted;
 * `pkcs11` — a key that never leaves a token or HSM, reached through its PKCS#11 module.
 */
export const KEY_SOURCES = ['installation', 'pkcs12', 'pkcs11'] as const;
export type KeySource = (typeof KEY_SOURCES)[number];

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
    /** Chức vụ: the title the certificate names (installation CA), or the title it was imported for. */
    title: text('title'),
    source: text('source', { enum: KEY_SOURCES }).notNull().default('installation'),
    certificatePem: text('certificate_pem').notNull(),
    /** The issuing chain (intermediates, then the root) in PEM, as imported; null for the installation CA. */
    chainPem: text('chain_pem'),
    /** Hex serial number of the certificate. */
    serial: text('serial').notNull(),
    /** The installation CA, for `installation` signers only. */
    authorityId: text('authority_id').references(() => authorities.id),
    /** The private key (installation, pkcs12) or the token PIN (pkcs11), sealed like the authority's key. */
    encryptedKey: bytea('encrypted_key').notNull(),
    kekId: text('kek_id').notNull(),
    /** PKCS#11: the module's path (e.g. /usr/lib/softhsm/libsofthsm2.so), the token label and the key's CKA_ID (hex). */
    pkcs11Module: text('pkcs11_module'),
    pkcs11Token: text('pkcs11_token'),
    pkcs11KeyId: text('pkcs11_key_id'),
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
    check(
      'signers_source_fields',
      sql`(${t.source} = 'installation' and ${t.authorityId} is not null)
        or (${t.source} = 'pkcs12' and ${t.authorityId} is null)
        or (${t.source} = 'pkcs11' and ${t.pkcs11Module} is not null and ${t.pkcs11Token} is not null
            and ${t.pkcs11KeyId} is not null)`,
    ),
  ],
);

/**
 * Trust anchors (issue 19 §4): the root certificates an administrator installs (e.g. the Government specialised
 * CA's root, Decree 68/2024; a licensed public CA's root, Decree 23/2025). A signature is trusted when its
 * certificate chains to one of those in force; removing one keeps its row, for the record.
 */
export const trustAnchors = signingSchema.table(
  'trust_anchors',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    certificatePem: text('certificate_pem').notNull(),
    /** SHA-256 of the DER certificate, lower-case hex. */
    fingerprint: text('fingerprint').notNull(),
    subject: text('subject').notNull(),
    notAfter: timestamp('not_after', { withTimezone: true, mode: 'date' }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    removedAt: timestamp('removed_at', { withTimezone: true, mode: 'date' }),
  },
  (t) => [uniqueIndex('trust_anchors_in_force_uq').on(t.fingerprint).where(sql`${t.removedAt} is null`)],
);
