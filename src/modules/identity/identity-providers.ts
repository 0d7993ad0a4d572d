/**
 * OpenID Connect providers citizens sign in with (issue 20 §1): any number, from the environment
 * (TINHSO_OIDC_PROVIDERS, read-only here) or added by a national administrator. Client secrets are sealed.
 */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Ctx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { forbidden, forbiddenBecause, notFound, ok, type Result } from '../../platform/result.js';
import { recordAudit } from '../audit/index.js';
import { msg } from './messages.js';
import { identityProviders } from './schema.js';
import { sealSecret } from './secret-box.js';

export const providerInput = z.strictObject({
  slug: z.string().regex(/^[a-z0-9][a-z0-9-]{1,31}$/, 'a–z, 0–9 and -, 2–32 characters'),
  displayName: z.string().trim().min(1).max(100),
  issuer: z.url().max(500),
  clientId: z.string().trim().min(1).max(200),
  clientSecret: z.string().max(500).optional().describe('Kept sealed; omit to keep the current one'),
  scopes: z.string().trim().min(1).max(300).default('openid profile'),
  claimPersonalId: z.string().trim().min(1).max(100).default('personal_id'),
  claimName: z.string().trim().min(1).max(100).default('name'),
  claimBirthDate: z.string().trim().min(1).max(100).default('birthdate'),
  claimAddress: z.string().trim().min(1).max(100).default('address'),
  enabled: z.boolean().default(true),
});
export type ProviderInput = z.infer<typeof providerInput>;

export type ProviderRow = typeof identityProviders.$inferSelect;

export interface ProviderView extends Omit<ProviderRow, 'clientSecret'> {
  hasClientSecret: boolean;
}

const view = ({ clientSecret, ...row }: ProviderRow): ProviderView => ({
  ...row,
  hasClientSecret: !!clientSecret,
});

function national(ctx: Ctx): boolean {
  const actor = ctx.actor;
  return (
    actor.kind === 'system' ||
    (actor.kind === 'user' && actor.roles.some((g) => g.role === 'system_admin' && g.unitCode === 'VN'))
  );
}

/** The providers the sign-in page offers. */
export async function enabledProviders(ctx: Ctx): Promise<Array<{ slug: string; displayName: string }>> {
  const rows = await ctx.db
    .select({
      slug: identityProviders.slug,
      displayName: identityProviders.displayName,
      enabled: identityProviders.enabled,
    })
    .from(identityProviders)
    .orderBy(asc(identityProviders.createdAt));
  return rows.filter((r) => r.enabled).map(({ slug, displayName }) => ({ slug, displayName }));
}

export async function providerBySlug(ctx: Ctx, slug: string): Promise<ProviderRow | undefined> {
  const [row] = await ctx.db.select().from(identityProviders).where(eq(identityProviders.slug, slug));
  return row;
}

export async function listProviders(ctx: Ctx): Promise<Result<ProviderView[]>> {
  if (!national(ctx)) return forbidden();
  const rows = await ctx.db.select().from(identityProviders).orderBy(asc(identityProviders.createdAt));
  return ok(rows.map(view));
}

/** Add or change a provider by its short name; one from the environment cannot be changed here. */
export async function saveProvider(
  ctx: Ctx,
  secret: string,
  input: ProviderInput,
  source: 'env' | 'admin' = 'admin',
): Promise<Result<ProviderView>> {
  if (!national(ctx)) return forbidden('Only national system administrators configure identity providers.');
  return ctx.db.transaction(async (tx) => {
    const [current] = await tx
      .select()
      .from(identityProviders)
      .where(eq(identityProviders.slug, input.slug))
      .for('update');
    if (current && current.source === 'env' && source === 'admin')
      return forbiddenBecause(msg('identity.providerFromEnvironment'));
    const id = current?.id ?? newId();
    const { clientSecret, ...fields } = input;
    const sealed =
      clientSecret === undefined
        ? (current?.clientSecret ?? null)
        : clientSecret === ''
          ? null
          : sealSecret(secret, clientSecret, `oidc:${id}`);
    const values = { ...fields, clientSecret: sealed, source, updatedAt: ctx.now };
    const [saved] = current
      ? await tx
          .update(identityProviders)
          .set({ ...values, version: current.version + 1 })
          .where(eq(identityProviders.id, id))
          .returning()
      : await tx
          .insert(identityProviders)
          .values({ id, ...values, createdAt: ctx.now })
          .returning();
    await recordAudit(tx, ctx, {
      action: current ? 'auth.provider_changed' : 'auth.provider_added',
      entityType: 'identity_provider',
      entityId: id,
      after: { ...fields, source, clientSecretSet: sealed !== null },
    });
    return ok(view(saved!));
  });
}

/** TINHSO_OIDC_PROVIDERS: a JSON array of providers (the fields of the admin form), loaded at every start. */
export async function loadEnvironmentProviders(ctx: Ctx, secret: string, json: string | undefined) {
  if (!json?.trim()) return 0;
  const parsed = z.array(providerInput).safeParse(JSON.parse(json));
  if (!parsed.success) throw new Error(`TINHSO_OIDC_PROVIDERS: ${parsed.error.message}`);
  for (const provider of parsed.data) {
    const saved = await saveProvider(ctx, secret, provider, 'env');
    if (!saved.ok) throw new Error(`TINHSO_OIDC_PROVIDERS ${provider.slug}: ${JSON.stringify(saved.error)}`);
  }
  return parsed.data.length;
}

export async function providerById(ctx: Ctx, id: string): Promise<Result<ProviderRow>> {
  const [row] = await ctx.db.select().from(identityProviders).where(eq(identityProviders.id, id));
  return row ? ok(row) : notFound('identity provider', id);
}
