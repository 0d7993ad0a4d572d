import path from 'node:path';
import type { Command } from 'commander';
import {
  countProvinceUnits,
  countUnits,
  importReferenceUnits,
  ReferenceImportError,
  searchUnits,
  traceLineage,
} from '../modules/units/index.js';
import { vietnamToday } from '../platform/vietnam-time.js';
import { CliError, output, withDatabase } from './with-database.js';

/** The day the two-level model began: the default date of `units stats` (issue 3 §5). */
const BASELINE = '2025-07-01';

function asOfOption(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new CliError('--as-of takes YYYY-MM-DD');
  return value;
}

export function registerUnitsCommands(program: Command): void {
  const units = program.command('units').description('Administrative units: provinces, communes, lineage');

  units
    .command('stats')
    .description(`Count units in force on a date (default ${BASELINE})`)
    .option('--province <code>', 'one province (2-digit code)')
    .option('--as-of <date>', 'YYYY-MM-DD', asOfOption, BASELINE)
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; asOf: string; json?: boolean }) => {
      await withDatabase('units-stats', async (env) => {
        if (o.province) {
          const stats = await countProvinceUnits(env.database.db, o.province, o.asOf);
          if (!stats) throw new CliError(`no province with code "${o.province}"`);
          output(
            Boolean(o.json),
            stats,
            () =>
              `${stats.name} (${stats.province}) on ${stats.asOf}: ${stats.total} communes = ${stats.xa} xã + ${stats.phuong} phường + ${stats.dac_khu} đặc khu`,
          );
        } else {
          const s = await countUnits(env.database.db, o.asOf);
          output(
            Boolean(o.json),
            s,
            () =>
              `On ${s.asOf}: ${s.provinces} provinces (${s.cities} centrally run cities + ${s.provincesProper} provinces); ` +
              `${s.communes} communes = ${s.xa} xã + ${s.phuong} phường + ${s.dac_khu} đặc khu`,
          );
        }
      });
    });

  units
    .command('lineage <code>')
    .description('An old commune code → its 2025 unit(s); a 2025 unit → the old units merged into it')
    .option('--json', 'print JSON')
    .action(async (code: string, o: { json?: boolean }) => {
      await withDatabase('units-lineage', async (env) => {
        const lineage = await traceLineage(env.database.db, code);
        if (!lineage.successors.length && !lineage.predecessors.length && !lineage.legacyUnit) {
          throw new CliError(`no unit, old or new, with code "${code}"`);
        }
        output(Boolean(o.json), lineage, () =>
          [
            ...(lineage.legacyUnit
              ? [`${lineage.legacyUnit.name} (${code}, before 1/7/2025) went into:`]
              : []),
            ...lineage.successors.map((l) => `  → ${l.newName} (${l.newCode}): ${l.relationText}`),
            ...(lineage.predecessors.length ? [`${code} (from 1/7/2025) was formed from:`] : []),
            ...lineage.predecessors.map(
              (l) => `  ← ${l.oldName} (${l.oldCode ?? l.oldDistrictCode}): ${l.relationText}`,
            ),
          ].join('\n'),
        );
      });
    });

  units
    .command('search <query>')
    .description('Search by code or name, ignoring diacritics and case ("co to" finds Đặc khu Cô Tô)')
    .option('--legacy', 'include units that ceased on 1/7/2025')
    .option('--limit <n>', 'how many', (v) => Number(v), 20)
    .option('--json', 'print JSON')
    .action(async (query: string, o: { legacy?: boolean; limit: number; json?: boolean }) => {
      await withDatabase('units-search', async (env) => {
        const result = await searchUnits(env.database.db, {
          q: query,
          asOf: vietnamToday(),
          includeLegacy: Boolean(o.legacy),
          limit: Math.min(Math.max(1, o.limit || 20), 200),
          offset: 0,
        });
        output(
          Boolean(o.json),
          result,
          () =>
            result.items
              .map((u) => `${u.code.padEnd(6)} ${u.name}${u.legacy ? ' (before 1/7/2025)' : ''}`)
              .join('\n') || 'no unit matches',
        );
      });
    });

  units
    .command('import [dir]')
    .description('Import administrative-unit reference files (default: the shipped ones); all or nothing')
    .action(async (dir: string | undefined) => {
      await withDatabase('units-import', async (env, ctx) => {
        const source = path.resolve(dir ?? path.join(env.referenceDir, 'admin-units'));
        try {
          const s = await importReferenceUnits(ctx, source);
          process.stdout.write(
            s.skipped
              ? `units: ${source} is already loaded; nothing changed\n`
              : `units: imported ${s.provinces} provinces, ${s.communes} communes, ${s.versions} later versions, ${s.legacy} pre-2025 units, ${s.lineage} lineage rows from ${source}\n`,
          );
        } catch (error) {
          if (error instanceof ReferenceImportError) throw new CliError(error.message);
          throw error;
        }
      });
    });
}
