import type { Command } from 'commander';
import { analyseDossierTables, seedDemoDossiers } from '../modules/dossiers/index.js';
import { analyseServiceAggregates, catchUpServiceAggregates } from '../modules/reports/index.js';
import { findAgencies, findUnit, setAgencyCode } from '../modules/units/index.js';
import { language, must } from './cli-args.js';
import { CliError, output, withDatabase } from './with-database.js';

/** A parser for a count option: a whole number from 1 to 1,000,000, or a clear error naming the option. */
function countOption(flag: string): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
      throw new CliError(`${flag} takes a whole number from 1 to 1,000,000`);
    return n;
  };
}
const count = countOption('--count');
/** `tinhso demo --dossiers N`: how many demo dossiers (issue 6 §7). */
export const dossierCount = countOption('--dossiers');

/** `tinhso dossiers generate`: more realistic demo dossiers (issue 6 §7), through the same batch core as the API. */
export function registerDossiersCommands(program: Command): void {
  const dossiers = program.command('dossiers').description('One-stop dossiers');
  dossiers
    .command('generate')
    .description(
      'Generate realistic demo dossiers for a province (default: 04 Cao Bằng, 20,000 over two years)',
    )
    .option('--count <n>', 'how many dossiers', count, 20_000)
    .option('--province <code>', 'the province (2-digit code)', '04')
    .option('--days <n>', 'days of history before now', countOption('--days'), 730)
    .option('--seed <n>', 'random seed (repeatable runs)', countOption('--seed'), Date.now() % 1_000_000)
    .option('--json', 'print JSON')
    .action(async (o: { count: number; province: string; days: number; seed: number; json?: boolean }) => {
      await withDatabase('dossiers-generate', async (env, ctx) => {
        if (!(await findUnit(env.database.db, o.province)))
          throw new CliError(`no province with code "${o.province}"`);
        const line = await env.database.db.transaction((tx) =>
          seedDemoDossiers({ ...ctx, db: tx }, o.province, { count: o.count, days: o.days, seed: o.seed }),
        );
        // A bulk load (issue 24 §6): analyse what it wrote, fold it into the report aggregates and analyse those,
        // so the first leader to open a dashboard afterwards does not wait for autovacuum.
        const db = env.database.db;
        await analyseDossierTables(db);
        await catchUpServiceAggregates(db, ctx.now);
        await analyseServiceAggregates(db);
        output(Boolean(o.json), { province: o.province, result: line }, () => line);
      });
    });

  dossiers
    .command('set-agency-code <agencyId> <code>')
    .description(
      'Set a receiving agency’s QCVN 102 code (V1V2V3.Z1Z2.Y1Y2.MX1X2), the prefix of its dossier codes',
    )
    .option('--json', 'print JSON')
    .option('--lang <lang>', 'the language of a refusal: vi or en', language, 'vi')
    .action(async (agencyId: string, code: string, o: { json?: boolean; lang: 'vi' | 'en' }) => {
      await withDatabase('dossiers-set-agency-code', async (env, ctx) => {
        const agency = (await findAgencies(env.database.db, [agencyId])).get(agencyId);
        if (!agency) throw new CliError(`no agency with id "${agencyId}"`);
        const set = must(await setAgencyCode(ctx, agencyId, { code }), o.lang);
        output(Boolean(o.json), set, () => `${agency.name}: ${set.code}`);
      });
    });
}
