import { lt } from 'drizzle-orm';
import { type Ctx, type Role, systemCtx } from '../../platform/context.js';
import { newId } from '../../platform/ids.js';
import { quietLogger } from '../../platform/logging.js';
import type { TinhsoModule } from '../../platform/module.js';
import { recordAudit } from '../audit/index.js';
import { assignPosition, findAgencyOfUnit, getUnitDetail, type PositionTitle } from '../units/index.js';
import { createUser } from './create-user.js';
import { loadEnvironmentProviders } from './identity-providers.js';
import { identityRoutes } from './routes.js';
import { secondFactors, sessions, signInFailures } from './schema.js';
import { DEFAULT_STEP_UP_MINUTES } from './second-factor.js';
import { setSecondFactorPolicy } from './second-factor-admin.js';
import { sealSecret } from './secret-box.js';
import { IP_WINDOW_MS } from './sign-in-limits.js';
import { demoTotpSecret } from './totp.js';

interface DemoAccount {
  username: string;
  displayName: string;
  role: Role;
  unitCode: string;
  /** The agency the official works in: a kind of the unit's agencies, or a department by name. */
  agency?: { kind: 'people_committee' | 'pas_centre' } | { name: string };
  title?: PositionTitle;
}

/**
 * The demo accounts of a new installation: one per role, in the demo province, its departments and
 * two of its communes, each official holding a position in an agency (issue 3 §3).
 */
function demoAccounts(provinceCode: string, communes: [string, string]): DemoAccount[] {
  const [first, second] = communes;
  return [
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'system_admin', unitCode: 'VN' },
    { username: 'quantri.tinh', displayName: 'Đàm Thị Hoa', role: 'system_admin', unitCode: provinceCode },
    {
      username: 'lanhdao.tinh',
      displayName: 'Hoàng Văn Thạch',
      role: 'provincial_leader',
      unitCode: provinceCode,
      agency: { kind: 'people_committee' },
      title: 'chair',
    },
    {
      username: 'tuphap.chuyenvien',
      displayName: 'Ma Văn Đức',
      role: 'specialist',
      unitCode: provinceCode,
      agency: { name: 'Sở Tư pháp' },
      title: 'officer',
    },
    {
      username: 'motcua.tinh',
      displayName: 'Triệu Thị Thu',
      role: 'counter_clerk',
      unitCode: provinceCode,
      agency: { kind: 'pas_centre' },
      title: 'clerk',
    },
    {
      username: 'lanhdao.xa',
      displayName: 'Nông Thị Lan',
      role: 'unit_leader',
      unitCode: first,
      agency: { kind: 'people_committee' },
      title: 'chair',
    },
    {
      username: 'chuyenvien',
      displayName: 'Lục Văn Minh',
      role: 'specialist',
      unitCode: first,
      agency: { kind: 'people_committee' },
      title: 'officer',
    },
    {
      username: 'motcua',
      displayName: 'Bế Thị Hằng',
      role: 'counter_clerk',
      unitCode: first,
      agency: { kind: 'pas_centre' },
      title: 'clerk',
    },
    {
      username: 'lanhdao.hoaan',
      displayName: 'Hà Văn Quân',
      role: 'unit_leader',
      unitCode: second,
      agency: { kind: 'people_committee' },
      title: 'chair',
    },
    {
      username: 'motcua.hoaan',
      displayName: 'Lăng Thị Mai',
      role: 'counter_clerk',
      unitCode: second,
      agency: { kind: 'pas_centre' },
      title: 'clerk',
    },
    { username: 'congdan', displayName: 'Nguyễn Văn An', role: 'citizen', unitCode: provinceCode },
  ];
}

/** The roles whose demo holders approve and sign, so the demo requires their second factor. */
const SIGNING_ROLES: Role[] = ['provincial_leader', 'unit_leader'];

/** A demo leader's authenticator app, with the public demo secret (totp.ts), already confirmed. */
async function enrolDemoTotp(ctx: Ctx, secret: string, userId: string, username: string): Promise<string> {
  const shared = demoTotpSecret(username);
  const id = newId();
  await ctx.db.insert(secondFactors).values({
    id,
    userId,
    kind: 'totp',
    label: '',
    totpSecret: sealSecret(secret, shared, `totp:${id}`),
    confirmedAt: ctx.now,
    createdAt: ctx.now,
  });
  await recordAudit(ctx.db, ctx, {
    action: 'auth.second_factor_enrolled',
    entityType: 'user',
    entityId: userId,
    after: { kind: 'totp', factorId: id, demo: true },
  });
  return shared;
}

/** Two communes of the demo province the demo officials work in (its capital ward first). */
const DEMO_COMMUNES: Record<string, [string, string]> = { '04': ['01273', '01654'] };

async function agencyFor(ctx: Ctx, account: DemoAccount): Promise<string | undefined> {
  if (!account.agency) return undefined;
  if ('kind' in account.agency)
    return (await findAgencyOfUnit(ctx.db, account.unitCode, account.agency.kind))?.id;
  const name = account.agency.name;
  return (await getUnitDetail(ctx.db, account.unitCode))?.agencies.find((a) => a.name === name)?.id;
}

export const identityModule: TinhsoModule = {
  name: 'identity',
  routes: (app, env) => identityRoutes(app, { secret: env.sessionSecret }),
  loadReferenceData: async (ctx, env) => {
    const count = await loadEnvironmentProviders(ctx, env.sessionSecret, env.config.oidcProviders);
    return count ? `${count} identity providers from TINHSO_OIDC_PROVIDERS` : undefined;
  },
  seedDemo: async (ctx, env, demo) => {
    const communes = DEMO_COMMUNES[demo.provinceCode];
    if (!communes) throw new Error(`no demo communes chosen for province ${demo.provinceCode}`);
    for (const account of demoAccounts(demo.provinceCode, communes)) {
      const agencyId = await agencyFor(ctx, account);
      const result = await createUser(ctx, {
        username: account.username,
        displayName: account.displayName,
        kind: account.role === 'citizen' ? 'citizen' : 'official',
        // The published demo password (Demo@2025) is too easy to guess for the policy: demo accounts are
        // seeded with it anyway, as a known, public password of a demonstration (issue 18 §3).
        password: demo.password,
        demoPassword: true,
        roles: [{ role: account.role, unitCode: account.unitCode, agencyId }],
      });
      if (!result.ok) throw new Error(`demo account ${account.username}: ${JSON.stringify(result.error)}`);
      if (agencyId && account.title) {
        const position = await assignPosition(ctx, {
          agencyId,
          userId: result.value.id,
          title: account.title,
          validFrom: '2025-07-01',
        });
        if (!position.ok)
          throw new Error(`demo position ${account.username}: ${JSON.stringify(position.error)}`);
      }
      const totpSecret = SIGNING_ROLES.includes(account.role)
        ? await enrolDemoTotp(ctx, env.sessionSecret, result.value.id, account.username)
        : undefined;
      demo.logins.push({
        username: account.username,
        role: account.role,
        unitName: result.value.roles[0]?.unitName ?? account.unitCode,
        ...(totpSecret ? { totpSecret } : {}),
      });
    }
    // The demo requires a second factor of the leaders who approve and sign (issue 20 §2).
    const policy = await setSecondFactorPolicy(ctx, {
      required: SIGNING_ROLES,
      stepUpMinutes: DEFAULT_STEP_UP_MINUTES,
    });
    if (!policy.ok) throw new Error(`demo second-factor rules: ${JSON.stringify(policy.error)}`);
    return `${demo.logins.length} demo accounts`;
  },
  jobs: (env) => [
    {
      name: 'identity-purge-sessions',
      cron: '17 * * * *',
      run: async () => {
        const now = new Date();
        await env.database.db.transaction(async (tx) => {
          const expired = await tx
            .delete(sessions)
            .where(lt(sessions.expiresAt, now))
            .returning({ id: sessions.id });
          await tx
            .delete(signInFailures)
            .where(lt(signInFailures.at, new Date(now.getTime() - IP_WINDOW_MS)));
          if (expired.length > 0) {
            await recordAudit(tx, systemCtx(tx, 'identity-purge-sessions', quietLogger(), now), {
              action: 'auth.sessions_expired',
              entityType: 'session',
              after: { count: expired.length },
            });
          }
        });
      },
    },
  ],
};
