import { lt } from 'drizzle-orm';
import { type Role, systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import type { TinhsoModule } from '../../platform/module.js';
import { recordAudit } from '../audit/index.js';
import { createUser } from './create-user.js';
import { identityRoutes } from './routes.js';
import { sessions, signInFailures } from './schema.js';
import { IP_WINDOW_MS } from './sign-in.js';

/** The demo accounts of a new installation: one per role, in the demo province and one of its communes. */
function demoAccounts(provinceCode: string, communeCode: string) {
  const accounts: Array<{ username: string; displayName: string; role: Role; unitCode: string }> = [
    { username: 'admin', displayName: 'Quản trị hệ thống', role: 'system_admin', unitCode: 'VN' },
    { username: 'quantri.tinh', displayName: 'Đàm Thị Hoa', role: 'system_admin', unitCode: provinceCode },
    {
      username: 'lanhdao.tinh',
      displayName: 'Hoàng Văn Thạch',
      role: 'provincial_leader',
      unitCode: provinceCode,
    },
    { username: 'lanhdao.xa', displayName: 'Nông Thị Lan', role: 'unit_leader', unitCode: communeCode },
    { username: 'chuyenvien', displayName: 'Lục Văn Minh', role: 'specialist', unitCode: communeCode },
    { username: 'motcua', displayName: 'Bế Thị Hằng', role: 'counter_clerk', unitCode: communeCode },
    { username: 'congdan', displayName: 'Nguyễn Văn An', role: 'citizen', unitCode: provinceCode },
  ];
  return accounts;
}

/** The commune of the demo province the demo officials work in: its capital ward when known. */
const DEMO_COMMUNE: Record<string, string> = { '04': '01273' };

export const identityModule: TinhsoModule = {
  name: 'identity',
  routes: (app, env) => identityRoutes(app, { secret: env.sessionSecret }),
  seedDemo: async (ctx, _env, demo) => {
    const commune = DEMO_COMMUNE[demo.provinceCode] ?? demo.provinceCode;
    for (const account of demoAccounts(demo.provinceCode, commune)) {
      const result = await createUser(ctx, {
        username: account.username,
        displayName: account.displayName,
        kind: account.role === 'citizen' ? 'citizen' : 'official',
        password: demo.password,
        roles: [{ role: account.role, unitCode: account.unitCode }],
      });
      if (!result.ok) throw new Error(`demo account ${account.username}: ${JSON.stringify(result.error)}`);
      demo.logins.push({
        username: account.username,
        role: account.role,
        unitName: result.value.roles[0]?.unitName ?? account.unitCode,
      });
    }
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
