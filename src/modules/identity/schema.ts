import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgSchema,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const identitySchema = pgSchema('identity');

/** Officials and citizens who sign in. `username` is stored lower-case. */
export const users = identitySchema.table('users', {
  id: uuid('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  kind: text('kind', { enum: ['official', 'citizen'] }).notNull(),
  email: text('email'),
  phone: text('phone'),
  passwordHash: text('password_hash').notNull(),
  /** Set when an administrator resets the password: the owner must choose a new one at next sign-in. */
  passwordMustChange: boolean('password_must_change').notNull().default(false),
  /**
   * The unit the account belongs to (issue 18 §4): an administrator's scope covers the account when its home
   * unit or one of its active grants lies inside it, so an account without roles is never out of everyone's
   * reach nor in everyone's. `VN` for national accounts; the province code beside it for scope checks.
   */
  homeUnitCode: text('home_unit_code').notNull(),
  homeProvinceCode: text('home_province_code').notNull(),
  status: text('status', { enum: ['active', 'disabled'] })
    .notNull()
    .default('active'),
  /** Consecutive failed password checks; reset on success and when an expired lock is passed. */
  failedAttempts: integer('failed_attempts').notNull().default(0),
  /**
   * Password checks under way (counted before the check starts, issue 18 §3): failures plus checks under way never
   * exceed the lock threshold, so parallel attempts cannot outrun it. Counts older than a minute without a new
   * attempt are left over from a crash and read as 0.
   */
  checksInFlight: integer('checks_in_flight').notNull().default(0),
  checksStartedAt: timestamp('checks_started_at', { withTimezone: true, mode: 'date' }),
  lockedUntil: timestamp('locked_until', { withTimezone: true, mode: 'date' }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** A role held on a unit and its sub-units, from a date, until revoked. */
export const roleGrants = identitySchema.table(
  'role_grants',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    role: text('role').notNull(),
    unitCode: text('unit_code').notNull(),
    provinceCode: text('province_code').notNull(),
    /** Set when the role is held in one agency of the unit (a department, a PAS centre), not the whole unit. */
    agencyId: uuid('agency_id'),
    validFrom: date('valid_from').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
    grantedBy: text('granted_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [
    uniqueIndex('role_grants_active_uq')
      .on(t.userId, t.role, t.unitCode, sql`coalesce(${t.agencyId}::text, '')`)
      .where(sql`revoked_at is null`),
    index('role_grants_unit_idx').on(t.unitCode),
  ],
);

/** Server-side sessions; `id` is an HMAC of the cookie token, so a database leak yields no usable cookie. */
export const sessions = identitySchema.table(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true, mode: 'date' }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Sign-in attempts by client address not known to have succeeded, for rate limiting that survives restarts
 * and spans instances. A row is written BEFORE the password is checked (so parallel attempts count) and
 * deleted when the attempt succeeds.
 */
export const signInFailures = identitySchema.table(
  'sign_in_failures',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    ip: text('ip').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
    /** The password check is still under way: the attempt may yet succeed (and its row be deleted). */
    pending: boolean('pending').notNull().default(false),
  },
  (t) => [index('sign_in_failures_ip_at_idx').on(t.ip, t.at)],
);

/**
 * What a session may do yet: `full`; `second_factor` (the password was right, a second factor is still to be
 * given); `enrol` (the account's role requires a second factor and none is enrolled: only enrolment is open).
 */
export const SESSION_STAGES = ['full', 'second_factor', 'enrol'] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

/** Extra columns of a session (issue 20): its stage, its last second factor, its single sign-on origin. */
export const sessionDetails = identitySchema.table('session_details', {
  sessionId: text('session_id')
    .primaryKey()
    .references(() => sessions.id, { onDelete: 'cascade' }),
  /** A non-secret handle the owner uses to name the session when ending it (the id is a credential's HMAC). */
  handle: uuid('handle').notNull().unique(),
  stage: text('stage', { enum: SESSION_STAGES }).notNull().default('full'),
  /** When the owner last gave a second factor in this session (sign-in or step-up). */
  secondFactorAt: timestamp('second_factor_at', { withTimezone: true, mode: 'date' }),
  /** Wrong second factors given in this session; the fifth ends it. */
  secondFactorFailures: integer('second_factor_failures').notNull().default(0),
  /** The WebAuthn challenge handed out last, until it is answered. */
  webauthnChallenge: text('webauthn_challenge'),
  /** Single sign-on: the provider the session came from, and the ID token kept for RP-initiated logout. */
  providerId: uuid('provider_id'),
  idToken: text('id_token'),
});

/** An enrolled second factor: a TOTP authenticator app or a WebAuthn credential (passkey, security key). */
export const secondFactors = identitySchema.table(
  'second_factors',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: ['totp', 'webauthn'] }).notNull(),
    label: text('label').notNull(),
    /** TOTP: the shared secret, sealed under the installation's secret (secret-box.ts). */
    totpSecret: text('totp_secret'),
    /** TOTP: the last time step accepted, so one code is never accepted twice (RFC 6238 §5.2). */
    totpLastStep: integer('totp_last_step'),
    /** WebAuthn: the credential id (base64url), its COSE public key (base64url), signature counter, transports. */
    credentialId: text('credential_id').unique(),
    publicKey: text('public_key'),
    signCount: integer('sign_count'),
    transports: text('transports'),
    /** A TOTP enrolment counts once a first code proved the app holds the secret. */
    confirmedAt: timestamp('confirmed_at', { withTimezone: true, mode: 'date' }),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('second_factors_user_idx').on(t.userId)],
);

/** One-time recovery codes of an account, kept as SHA-256 hashes (each is 50 random bits, used once). */
export const recoveryCodes = identitySchema.table(
  'recovery_codes',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    codeHash: text('code_hash').notNull(),
    usedAt: timestamp('used_at', { withTimezone: true, mode: 'date' }),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [index('recovery_codes_user_idx').on(t.userId)],
);

/** Roles whose holders must give a second factor at sign-in (set by an administrator). */
export const secondFactorRules = identitySchema.table('second_factor_rules', {
  role: text('role').primaryKey(),
  required: boolean('required').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedBy: text('updated_by').notNull(),
});

/** An OpenID Connect provider citizens sign in with (VNeID, a provincial single sign-on), from env or the admin UI. */
export const identityProviders = identitySchema.table('identity_providers', {
  id: uuid('id').primaryKey(),
  /** Short name in URLs (`vneid`). */
  slug: text('slug').notNull().unique(),
  displayName: text('display_name').notNull(),
  issuer: text('issuer').notNull(),
  clientId: text('client_id').notNull(),
  /** Sealed under the installation's secret; none for a public client (PKCE only). */
  clientSecret: text('client_secret'),
  scopes: text('scopes').notNull().default('openid profile'),
  /** Which claim carries what: the personal identification number, the name, date of birth, address. */
  claimPersonalId: text('claim_personal_id').notNull(),
  claimName: text('claim_name').notNull().default('name'),
  claimBirthDate: text('claim_birth_date').notNull().default('birthdate'),
  claimAddress: text('claim_address').notNull().default('address'),
  enabled: boolean('enabled').notNull().default(true),
  /** `env`: configured by TINHSO_OIDC_PROVIDERS, read-only in the admin UI. */
  source: text('source', { enum: ['env', 'admin'] }).notNull(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/** A citizen account's link to a provider's subject; the personal identification number ties them together. */
export const externalIdentities = identitySchema.table(
  'external_identities',
  {
    id: uuid('id').primaryKey(),
    providerId: uuid('provider_id')
      .notNull()
      .references(() => identityProviders.id),
    subject: text('subject').notNull(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull(),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [uniqueIndex('external_identities_subject_uq').on(t.providerId, t.subject)],
);

/**
 * Số định danh cá nhân — the personal identification number (Law on Identification 2023 art. 12) and the
 * profile the provider vouched for, prefilling the citizen's e-forms. One account per number.
 */
export const citizenProfiles = identitySchema.table('citizen_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  personalId: text('personal_id').notNull().unique(),
  fullName: text('full_name').notNull(),
  birthDate: date('birth_date'),
  address: text('address'),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull(),
});

/**
 * A single sign-on under way, keyed by the HMAC of a random token in the browser's cookie (so the flow is bound
 * to the browser that started it); it carries the PKCE verifier, state and nonce, and after the callback the
 * claims waiting for the citizen's consent. Rows live ten minutes.
 */
export const oidcLogins = identitySchema.table('oidc_logins', {
  id: text('id').primaryKey(),
  providerId: uuid('provider_id')
    .notNull()
    .references(() => identityProviders.id, { onDelete: 'cascade' }),
  state: text('state').notNull(),
  nonce: text('nonce').notNull(),
  codeVerifier: text('code_verifier').notNull(),
  redirectUri: text('redirect_uri').notNull(),
  /** Set after a valid callback for a person without an account: what the consent screen shows. */
  claims: jsonb('claims'),
  subject: text('subject'),
  idToken: text('id_token'),
  expiresAt: timestamp('expires_at', { withTimezone: true, mode: 'date' }).notNull(),
});
