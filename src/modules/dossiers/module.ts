import { lt } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { systemCtx } from '../../platform/context.js';
import { quietLogger } from '../../platform/logging.js';
import type { TinhsoModule } from '../../platform/module.js';
import { listUsers, loadUser } from '../identity/index.js';
import { seedDemoDossiers } from './demo-dossiers.js';
import type { DemoSigner } from './demo-results.js';
import { issueMissingResults, resultSigningFor } from './issue-result.js';
import { dossiersRoutes } from './routes.js';
import { idempotencyKeys, trackFailures } from './schema.js';
import { TRACK_WINDOW_MS } from './track-dossier.js';

/**
 * Dossiers in the demo province on a new installation (issue 6 §7: tens of thousands over two years, within the
 * first start's 3 minutes on two cores); `tinhso dossiers generate` makes more. PostgreSQL's writes set the pace
 * (about 2–3.5 ms a dossier on the 2-core machine, depending on its load), so 20,000 keeps the first start near
 * 90 s or less even when the machine is busy.
 */
export const DEMO_DOSSIERS = 20_000;

export const dossiersModule: TinhsoModule = {
  name: 'dossiers',
  routes: (app, env) => dossiersRoutes(app, env),
  seedDemo: async (ctx, env, demo) => {
    const citizen = await listUsers(ctx, { q: 'congdan', kind: 'citizen', page: 1, pageSize: 1 });
    const own = citizen.ok ? citizen.value.items[0] : undefined;
    const count = Number(process.env.TINHSO_DEMO_DOSSIERS ?? DEMO_DOSSIERS);
    return seedDemoDossiers(ctx, demo.provinceCode, {
      count: Number.isFinite(count) ? count : DEMO_DOSSIERS,
      citizenUserId: own?.id ?? null,
      citizenName: own?.displayName ?? null,
      signers: await demoSigners(ctx),
      signing: await resultSigningFor(env.config),
    });
  },
  jobs: (env) => [
    {
      // A result the approval's request did not live to issue (issue 11 §4: a crash between the approval's
      // commit and the result's): issued here, signed with the approving official's key.
      name: 'dossiers-issue-results',
      cron: '*/5 * * * *',
      run: async () => {
        const signing = await resultSigningFor(env.config);
        await issueMissingResults(
          systemCtx(env.database.db, 'dossiers-issue-results', quietLogger()),
          signing,
        );
      },
    },
    {
      // Idempotency keys answer retries for a week; failed look-ups matter only within the rate-limit window.
      name: 'dossiers-purge-keys',
      cron: '23 * * * *',
      run: async () => {
        const now = Date.now();
        await env.database.db
          .delete(idempotencyKeys)
          .where(lt(idempotencyKeys.createdAt, new Date(now - 7 * 86_400_000)));
        await env.database.db
          .delete(trackFailures)
          .where(lt(trackFailures.at, new Date(now - 2 * TRACK_WINDOW_MS)));
      },
    },
  ],
};

/** The demo's commune leaders (lanhdao.xa, lanhdao.hoaan): they approve and sign their communes' e-results. */
async function demoSigners(ctx: Ctx): Promise<DemoSigner[]> {
  const found = await listUsers(ctx, { q: 'lanhdao', kind: 'official', page: 1, pageSize: 20 });
  if (!found.ok) return [];
  const signers: DemoSigner[] = [];
  for (const item of found.value.items) {
    const user = await loadUser(ctx.db, item.id);
    const grant = user?.roles.find((g) => g.role === 'unit_leader');
    if (user && grant) signers.push({ userId: user.id, name: user.displayName, unitCode: grant.unitCode });
  }
  // The capital ward's leader first: the demo citizen's own birth registration is filed there.
  return signers.sort((a, b) => a.unitCode.localeCompare(b.unitCode));
}
