/**
 * The citizen account a single sign-on lands on (issue 20 §1), found by the provider's subject or by the personal
 * identification number, or created after consent; and the profile it prefills e-forms with.
 */
import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { type Ctx, systemCtx } from '../../platform/context.js';
import type { Executor } from '../../platform/database/connection.js';
import { newId } from '../../platform/ids.js';
import { nfc } from '../../platform/text.js';
import { recordAudit } from '../audit/index.js';
import { createUser, installationProvince } from './create-user.js';
import type { ProviderRow } from './identity-providers.js';
import { citizenProfiles, externalIdentities } from './schema.js';

/** What the provider vouched for, as the profile keeps it. */
export interface CitizenClaims {
  personalId: string;
  fullName: string;
  birthDate: string | null;
  address: string | null;
}

function text(value: unknown): string | null {
  if (typeof value === 'string' && value.trim()) return nfc(value.trim()).slice(0, 500);
  if (value && typeof value === 'object' && 'formatted' in value)
    return text((value as { formatted: unknown }).formatted);
  return null;
}

/**
 * The profile from the claims, through the provider's claim mapping; none without a well-formed personal
 * identification number (12 digits, Decree 70/2024 art. 3 — số định danh cá nhân).
 */
export function profileFromClaims(
  provider: ProviderRow,
  claims: Record<string, unknown>,
): CitizenClaims | null {
  const personalId = text(claims[provider.claimPersonalId]);
  if (!personalId || !/^\d{12}$/.test(personalId)) return null;
  const birth = text(claims[provider.claimBirthDate]);
  return {
    personalId,
    fullName: text(claims[provider.claimName]) ?? personalId,
    birthDate: birth && /^\d{4}-\d{2}-\d{2}$/.test(birth) ? birth : null,
    address: text(claims[provider.claimAddress]),
  };
}

async function keepProfile(tx: Executor, userId: string, profile: CitizenClaims, now: Date) {
  const values = { ...profile, updatedAt: now };
  await tx
    .insert(citizenProfiles)
    .values({ userId, ...values })
    .onConflictDoUpdate({ target: citizenProfiles.userId, set: values });
}

/**
 * The account of the person: linked subject first, then the personal identification number (a second provider, or
 * an account made at the counter, links to the same one); created only when `create` (the person consented).
 * Runs in the caller's transaction; the profile is refreshed from the provider each time.
 */
export async function citizenAccountFor(
  ctx: Ctx,
  provider: ProviderRow,
  subject: string,
  profile: CitizenClaims,
  create: boolean,
): Promise<string | null> {
  const tx = ctx.db;
  const [link] = await tx
    .select()
    .from(externalIdentities)
    .where(and(eq(externalIdentities.providerId, provider.id), eq(externalIdentities.subject, subject)));
  if (link) {
    await tx
      .update(externalIdentities)
      .set({ lastSignInAt: ctx.now })
      .where(eq(externalIdentities.id, link.id));
    await keepProfile(tx, link.userId, profile, ctx.now);
    return link.userId;
  }
  const [known] = await tx
    .select({ userId: citizenProfiles.userId })
    .from(citizenProfiles)
    .where(eq(citizenProfiles.personalId, profile.personalId));
  let userId = known?.userId;
  if (!userId) {
    if (!create) return null;
    userId = await createCitizen(ctx, provider, profile);
  }
  await tx.insert(externalIdentities).values({
    id: newId(),
    providerId: provider.id,
    subject,
    userId,
    createdAt: ctx.now,
    lastSignInAt: ctx.now,
  });
  await keepProfile(tx, userId, profile, ctx.now);
  await recordAudit(tx, ctx, {
    action: 'auth.identity_linked',
    entityType: 'user',
    entityId: userId,
    after: { providerId: provider.id, subject, created: !known },
  });
  return userId;
}

/** A new citizen account, after consent: no usable password (it signs in through its provider). */
async function createCitizen(ctx: Ctx, provider: ProviderRow, profile: CitizenClaims): Promise<string> {
  const province = await installationProvince(ctx.db);
  const created = await createUser(systemCtx(ctx.db, 'single-sign-on', ctx.log, ctx.now), {
    username: `${provider.slug}-${profile.personalId}`,
    displayName: profile.fullName,
    kind: 'citizen',
    password: randomBytes(32).toString('base64url'),
    roles: province ? [{ role: 'citizen', unitCode: province }] : [],
  });
  if (!created.ok) throw new Error(`citizen account: ${JSON.stringify(created.error)}`);
  await recordAudit(ctx.db, ctx, {
    action: 'auth.citizen_account_created',
    entityType: 'user',
    entityId: created.value.id,
    after: { providerId: provider.id, consent: true },
  });
  return created.value.id;
}

/** The profile a citizen's e-forms are prefilled with (name, date of birth, personal identification number, address). */
export async function citizenProfile(db: Executor, userId: string): Promise<CitizenClaims | undefined> {
  const [row] = await db.select().from(citizenProfiles).where(eq(citizenProfiles.userId, userId));
  return row
    ? { personalId: row.personalId, fullName: row.fullName, birthDate: row.birthDate, address: row.address }
    : undefined;
}
