import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import {
  importDisbursements,
  monthlyReport,
  monthlyReportCsv,
  monthlyReportPdf,
  monthlyReportXlsx,
  provinceSummary,
  TREASURY_COLUMNS,
} from '../modules/investment/index.js';
import { vietnamToday } from '../modules/units/index.js';
import type { Executor } from '../platform/database/connection.js';
import { readSetting } from '../platform/database/settings.js';
import type { DomainError } from '../platform/result.js';
import { CliError, output, withDatabase } from './with-database.js';

/** A rollback that carries the import's answer out of a dry run. */
class DryRun extends Error {
  constructor(readonly summary: unknown) {
    super('dry run');
  }
}

async function provinceOf(db: Executor, given: string | undefined): Promise<string> {
  if (given) {
    if (!/^\d{2}$/.test(given)) throw new CliError('--province takes a 2-digit province code');
    return given;
  }
  const demo = await readSetting<{ provinceCode: string }>(db, 'demo');
  if (!demo) throw new CliError('name the province with --province <code>');
  return demo.provinceCode;
}

/** Whole đồng grouped as Vietnamese documents write them: 5.506.000.000.000. */
const dong = (value: string) => BigInt(value).toLocaleString('vi-VN');

function explain(error: DomainError): string {
  if (error.kind === 'invalid' && error.errors?.length)
    return [error.detail, ...error.errors.map((e) => `  ${e.field}: ${e.message}`)].join('\n');
  if (error.kind === 'invalid' || error.kind === 'conflict') return error.detail;
  return error.kind;
}

export function registerInvestmentCommands(program: Command): void {
  const investment = program.command('investment').description('Public investment: disbursement, imports');

  investment
    .command('import <file>')
    .description(
      `Import a State Treasury disbursement CSV, all rows or none (docs/investment-treasury-csv.md; columns ${TREASURY_COLUMNS.join(', ')}, ghi_chu)`,
    )
    .option('--dry-run', 'check every row and report, but import nothing')
    .option('--json', 'print JSON')
    .action(async (file: string, o: { dryRun?: boolean; json?: boolean }) => {
      const text = await readFile(path.resolve(file), 'utf8').catch((e: NodeJS.ErrnoException) => {
        throw new CliError(`cannot read ${file}: ${e.code === 'ENOENT' ? 'no such file' : e.message}`);
      });
      await withDatabase('investment-import', async (_env, ctx) => {
        const input = { fileName: path.basename(file), text };
        let result: Awaited<ReturnType<typeof importDisbursements>>;
        if (o.dryRun) {
          try {
            await ctx.db.transaction(async (tx) => {
              throw new DryRun(await importDisbursements({ ...ctx, db: tx }, input));
            });
            throw new Error('unreachable');
          } catch (error) {
            if (!(error instanceof DryRun)) throw error;
            result = error.summary as typeof result;
          }
        } else result = await importDisbursements(ctx, input);
        if (!result.ok) throw new CliError(`${file}: nothing imported.\n${explain(result.error)}`);
        const s = result.value;
        output(
          Boolean(o.json),
          { ...s, dryRun: Boolean(o.dryRun) },
          () =>
            `${o.dryRun ? 'dry run, nothing imported: ' : ''}${s.rows} payments, ${dong(s.totalAmount)} đồng, ${s.projects} projects (province ${s.provinceCodes.join(', ')})`,
        );
      });
    });

  investment
    .command('summary')
    .description('A province’s disbursement for a plan year, against its plan and the same day last year')
    .option('--province <code>', 'the province (default: the demo province)')
    .option('--year <year>', 'the plan year (default: this year)', (v) => Number(v))
    .option('--as-of <date>', 'YYYY-MM-DD (default: today)')
    .option('--json', 'print JSON')
    .action(async (o: { province?: string; year?: number; asOf?: string; json?: boolean }) => {
      if (o.year !== undefined && !(Number.isInteger(o.year) && o.year >= 2000 && o.year <= 2100))
        throw new CliError('--year takes a year 2000–2100');
      if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf))
        throw new CliError('--as-of takes YYYY-MM-DD');
      await withDatabase('investment-summary', async (_env, ctx) => {
        const result = await provinceSummary(ctx, {
          provinceCode: await provinceOf(ctx.db, o.province),
          year: o.year,
          asOf: o.asOf,
        });
        if (!result.ok) throw new CliError(explain(result.error));
        const s = result.value;
        output(Boolean(o.json), s, () =>
          [
            `${s.provinceName}, plan year ${s.year}, to ${s.asOf}: ${dong(s.total.paid)} of ${dong(s.total.plan)} đồng disbursed (${s.total.rate ?? '–'}%)`,
            `same day last year (${s.asOfLastYear}): ${s.total.rateLastYear ?? '–'}%`,
            ...s.bySource.map((b) => `  ${b.source}: ${b.rate ?? '–'}% of ${dong(b.plan)} đồng`),
            `projects awaiting a People's Council extension: ${s.extensions.awaiting}; past their end date without a request: ${s.extensions.pastEndWithoutRequest}`,
            `projects at risk (≥ ${s.atRisk.marginPoints} points behind their monthly plan): ${s.atRisk.count}`,
          ].join('\n'),
        );
      });
    });

  investment
    .command('report')
    .description('The monthly disbursement report as CSV, Excel or PDF (the layout sent upward)')
    .requiredOption('--month <month>', 'the month, 1–12', (v) => Number(v))
    .option('--province <code>', 'the province (default: the demo province)')
    .option('--year <year>', 'the plan year (default: this year)', (v) => Number(v))
    .option('--format <format>', 'csv, xlsx or pdf', 'csv')
    .option('--out <file>', 'write to a file (required for xlsx and pdf)')
    .action(async (o: { month: number; province?: string; year?: number; format: string; out?: string }) => {
      if (!['csv', 'xlsx', 'pdf'].includes(o.format)) throw new CliError('--format takes csv, xlsx or pdf');
      if (o.format !== 'csv' && !o.out)
        throw new CliError(`--format ${o.format} writes a file: give --out <file>`);
      if (!(Number.isInteger(o.month) && o.month >= 1 && o.month <= 12))
        throw new CliError('--month takes 1–12');
      await withDatabase('investment-report', async (_env, ctx) => {
        const result = await monthlyReport(ctx, {
          provinceCode: await provinceOf(ctx.db, o.province),
          year: o.year ?? Number(vietnamToday(ctx.now).slice(0, 4)),
          month: o.month,
        });
        if (!result.ok) throw new CliError(explain(result.error));
        const bytes =
          o.format === 'xlsx'
            ? await monthlyReportXlsx(result.value)
            : o.format === 'pdf'
              ? await monthlyReportPdf(result.value, vietnamToday(ctx.now))
              : monthlyReportCsv(result.value);
        if (o.out) {
          await writeFile(o.out, bytes);
          process.stderr.write(`investment: wrote ${o.out}\n`);
        } else process.stdout.write(bytes);
      });
    });
}
