import { type Ctx, systemCtx } from '../platform/context.js';
import { migrateDatabase } from '../platform/database/migrate.js';
import { readSetting, writeSetting } from '../platform/database/settings.js';
import type { Logger } from '../platform/logging.js';
import type { DemoSettings, ModuleEnv } from '../platform/module.js';
import { modules } from './modules.js';

export const DEMO_PROVINCE = '04';
export const DEFAULT_DEMO_PASSWORD = 'Demo@2025';

export interface PrepareOptions {
  /** auto: seed a new embedded installation; force: seed if not yet seeded (--demo); never. */
  demo: 'auto' | 'force' | 'never';
  mode: 'embedded' | 'server';
  progress: (line: string) => void;
  log: Logger;
  demoPassword?: string;
}

export type StoredDemo = Omit<DemoSettings, 'password'> & { password: string; seededAt: string };

/**
 * Bring a database to the current release: migrations, reference data (idempotent), and on a new
 * installation the demo province. Every step is safe to repeat after a crash half-way.
 */
export async function prepareDatabase(
  env: ModuleEnv,
  options: PrepareOptions,
): Promise<StoredDemo | undefined> {
  const started = Date.now();
  options.progress('Applying database migrations …');
  await migrateDatabase(env.database.url);
  const ctx = systemCtx(env.database.db, 'reference-data', options.log);
  for (const module of modules) {
    if (!module.loadReferenceData) continue;
    const line = await module.loadReferenceData(ctx, env);
    if (line) options.progress(`${module.name}: ${line}`);
  }
  let demo = await readSetting<StoredDemo>(env.database.db, 'demo');
  const installedBefore = await readSetting<{ at: string }>(env.database.db, 'installation');
  const wantDemo =
    !demo &&
    (options.demo === 'force' ||
      (options.demo === 'auto' && options.mode === 'embedded' && !installedBefore));
  if (!installedBefore) await writeSetting(env.database.db, 'installation', { at: new Date().toISOString() });
  if (wantDemo) {
    demo = await seedDemo(env, options, DEMO_PROVINCE, options.demoPassword ?? DEFAULT_DEMO_PASSWORD);
  }
  options.progress(`Database ready in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return demo;
}

/** All modules' demo data in one transaction: a crash half-way leaves no half-seeded province. */
async function seedDemo(env: ModuleEnv, options: PrepareOptions, provinceCode: string, password: string) {
  options.progress(`Creating the demo province (${provinceCode}) …`);
  const settings: DemoSettings = { provinceCode, password, logins: [] };
  return env.database.db.transaction(async (tx) => {
    const ctx: Ctx = systemCtx(tx, 'demo', options.log);
    for (const module of modules) {
      if (!module.seedDemo) continue;
      const t0 = Date.now();
      const line = await module.seedDemo(ctx, env, settings);
      if (line) options.progress(`  ${module.name}: ${line} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
    }
    const stored: StoredDemo = { ...settings, seededAt: new Date().toISOString() };
    await writeSetting(tx, 'demo', stored);
    return stored;
  });
}
