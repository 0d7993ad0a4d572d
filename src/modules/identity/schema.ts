import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
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
